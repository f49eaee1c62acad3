import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** One accessibility violation, reduced to what a failing test should print: the rule and where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is now — or only
 * inside the given parts of it — and returns the violations.
 */
export async function axeViolations(page: Page, within: readonly Locator[] = []): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the app's Content-Security-Policy (rightly) refuses injected script tags.
  await page.evaluate(axe.source);
  const handles = await Promise.all(within.map((l) => l.elementHandle()));
  return page.evaluate(async (elements) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const context = elements.length > 0 ? { include: elements.filter((e): e is HTMLElement => e !== null) } : document;
    const result = await run(context, { runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, handles);
}

/** The page is in `language`: its `lang` says so (screen readers pronounce it right) and axe-core finds nothing to fix. */
export async function expectAccessibleIn(page: Page, language: 'en' | 'es'): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
  expect(await axeViolations(page)).toEqual([]);
}
