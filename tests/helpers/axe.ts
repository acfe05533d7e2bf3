import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 A and AA, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

/**
 * The WCAG A and AA violations axe-core finds on the page as it is now, one line each
 * (`rule: help (elements)`); `within` narrows the check to the first element it selects.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  return page.evaluate(
    async ({ tags, selector }) => {
      type Violation = { id: string; help: string; nodes: { target: string[] }[] };
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }).axe;
      const scope = selector ? document.querySelector(selector) : document;
      if (!scope) throw new Error(`axe: nothing on the page matches ${selector}`);
      const result = await axe.run(scope, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    { tags: WCAG_TAGS, selector: within },
  );
}
