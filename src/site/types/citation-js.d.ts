// citation-js ships no type declarations; these cover the calls src/site/citation.ts and its tests make.
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void } } };
    output: { format(name: string, data: object[], options?: Record<string, unknown>): unknown };
  };
  /** Parsing, for the tests that read references back as a reference manager would. */
  export const Cite: { async(input: string): Promise<{ data: object[] }> };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
