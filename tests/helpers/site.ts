import { dirname, relative, sep } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { htmlFiles } from '../../scripts/lib/built-html';
import { DIST, launchBrowser, serveSite, type Site } from '../../scripts/lib/site-server';

/** The path of every page in dist/, e.g. /zh-hans/statement/2/. */
export function builtPages(): string[] {
  return htmlFiles(DIST)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => `/${relative(DIST, dirname(file)).split(sep).join('/')}/`.replace(/^\/\/$/u, '/'))
    .sort();
}

/** Records console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's checks of structure beyond WCAG's letter: headings in order, one main landmark, distinct landmarks, all content in landmarks. */
export const STRUCTURE_RULES = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-complementary-is-top-level',
  'region',
];

/** Runs axe-core in the page against WCAG 2.2 AA and the structure rules; returns the violations, each with the offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ([tags, structure]) => {
      const rules = Object.fromEntries(structure.map((id) => [id, { enabled: true }]));
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [WCAG_22_AA, STRUCTURE_RULES] as const,
  );
  return violations;
}

/** Serves the built site and starts Chromium for the tests of one file, and stops both after them. */
export function withSiteAndBrowser(): { site: Site; browser: Browser } {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    [env.site, env.browser] = await Promise.all([serveSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
