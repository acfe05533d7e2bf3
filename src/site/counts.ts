/** `1 article`, `1,234 articles`. */
export function countLabel(count: number, noun = 'article'): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
