import { DOMParser } from 'linkedom';

/**
 * A small XML writer for the feeds, on linkedom's DOM: text goes in as text nodes and attribute
 * values, and the DOM's serialiser escapes them, so an article's words can never become markup.
 * (The feed libraries did not keep text as text: `feed` wrote titles raw in `type="html"` CDATA,
 * left `<` unescaped in attributes and turned `&amp;` into `&`; @astrojs/rss re-parses its custom
 * elements and turned a byline "007" into "7".)
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as references (C0 controls but tab and line
 * ends, lone surrogates, U+FFFE, U+FFFF): each becomes U+FFFD, as CommonMark does with NUL.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

export type XmlElement = ReturnType<InstanceType<typeof DOMParser>['parseFromString']>['documentElement'];

export interface XmlDocument {
  root: XmlElement;
  /** The element `name` with `text` (if any) and `attributes`, appended to `parent`. */
  add(parent: XmlElement, name: string, text?: string, attributes?: Record<string, string>): XmlElement;
  /** The document with its XML declaration and, when given, an XSLT stylesheet for browsers. */
  serialize(): string;
}

/** A document whose root element is `root` with `attributes` (namespace declarations). */
export function xmlDocument(root: string, attributes: Record<string, string>, stylesheet?: string): XmlDocument {
  const document = new DOMParser().parseFromString(`<${root}/>`, 'text/xml');
  const setAttributes = (element: XmlElement, values: Record<string, string>) => {
    // A parser reads tabs and line ends in an attribute as spaces; written as spaces, they say so.
    for (const [name, value] of Object.entries(values)) element.setAttribute(name, xmlChars(value).replace(/[\t\n\r]/g, ' '));
  };
  setAttributes(document.documentElement, attributes);
  return {
    root: document.documentElement,
    add(parent, name, text, values = {}) {
      const element = document.createElement(name);
      setAttributes(element, values);
      if (text !== undefined) element.textContent = xmlChars(text);
      parent.appendChild(element);
      return element;
    },
    serialize() {
      // A processing instruction takes no character references: the path is URL-encoded instead.
      const pi = stylesheet ? `<?xml-stylesheet href="${encodeURI(stylesheet)}" type="text/xsl"?>\n` : '';
      return `<?xml version="1.0" encoding="utf-8"?>\n${pi}${document.documentElement.toString()}\n`;
    },
  };
}
