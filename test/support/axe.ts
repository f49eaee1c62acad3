import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';

/** axe-core's WCAG 2 A/AA violations inside the given parts of a page (rule id and how many nodes). */
export async function axeViolations(page: Page, within: readonly Locator[]): Promise<Array<{ id: string; nodes: number }>> {
  // Evaluated through the debugging protocol, which the app's Content-Security-Policy (script-src 'self') rightly does not allow a script tag.
  await page.evaluate(axe.source);
  const handles = await Promise.all(within.map((l) => l.elementHandle()));
  return page.evaluate(async (elements) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run({ include: elements.filter((e): e is HTMLElement => e !== null) }, { runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  }, handles);
}
