import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What an article body may contain once rendered: GitHub's list of harmless elements and
 * attributes, with link URLs limited to schemes that cannot run code. Any other scheme
 * (javascript:, data:, vbscript:, file:, ...) loses its attribute; `rehype-inert-links` then
 * turns the emptied element into plain text.
 */
export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // A table's printed caption (remark-gfm-table.ts), which GitHub's list leaves out.
  tagNames: [...(defaultSchema.tagNames ?? []), 'caption'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  // Comments cannot run code, but they hide words from readers; raw HTML is already text by now.
  allowComments: false,
};
