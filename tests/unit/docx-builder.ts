import { storedZip } from './stored-zip.ts';

/**
 * A Word document (.docx) of the given paragraphs, built at test time: no .docx writer is installed,
 * and a binary fixture could not be read or reviewed in a diff, so the fixture is the text of its
 * paragraphs (one a line) and this builds the file Word would: the OOXML parts a .docx needs,
 * zipped without compression (a zip's "stored" entries). Nexis Uni's downloads are such files, with
 * a paragraph per line of the document as it shows it.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((paragraph) => (paragraph === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(paragraph)}</w:t></w:r></w:p>`)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** The .docx of `text`'s lines, each a paragraph (a blank line an empty one). */
export function docxOf(text: string): Buffer {
  const paragraphs = text.replace(/\n$/, '').split('\n');
  return storedZip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELATIONSHIPS],
    ['word/document.xml', documentXml(paragraphs)],
  ]);
}
