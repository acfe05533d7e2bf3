import { phrasesOf } from './printed-phrases.ts';

/**
 * The page's record of when the article was published and last modified, a sentence each, in the box under the text
 * (guardian.co.uk until 2009, under `About this article`: `This article was published on guardian.co.uk at 14.32 BST
 * on Tuesday 5 May 2009. It was last modified at 16.05 BST on Tuesday 5 May 2009.`). The box is the page's, never the
 * body's; its two instants are the article's publication and update, each as printed (`14.32 BST on Tuesday 5 May 2009`).
 */
const TIME = String.raw`\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s\p{Lu}{2,5})?`;
const AT_ON = (name: string) => String.raw`\s+${phrasesOf('timeWord')}\s+(?<${name}>${TIME}\s+${phrasesOf('dayWord')}\s+[^.]+\d)\.`;
const RECORD = new RegExp(
  String.raw`^(?:\p{L}+\s+){1,3}${phrasesOf('publishedLabel')}\s+\S+\.\p{L}{2,}${AT_ON('published')}` +
    String.raw`(?:\s+(?:\p{L}+\s+){1,2}${phrasesOf('updateLabel')}${AT_ON('modified')})?$`,
  'iu',
);

/** The publication's and last update's dates a record line prints, or undefined when the line is none. */
export function publicationRecord(line: string): { published: string; modified?: string } | undefined {
  const groups = RECORD.exec(line)?.groups;
  return groups && { published: groups.published!, ...(groups.modified === undefined ? {} : { modified: groups.modified }) };
}
