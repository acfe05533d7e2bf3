// citation-js ships no type declarations; these cover the calls src/views/citation.ts makes, and
// Cite, with which the tests read RIS and BibTeX back as a reference manager would.
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void } } };
    output: { format(name: string, data: object[], options?: Record<string, unknown>): unknown };
  };
  /** Parses any input format it has a plugin for into CSL-JSON records. */
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    static async(input: string): Promise<{ data: object[] }>;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
