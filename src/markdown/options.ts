import type { AstroUserConfig } from 'astro';
import { EDITIONS } from '../lib/editions';
import { UI } from '../lib/ui';
import remarkParagraphRefs from './remark-paragraph-refs';

const linkLabel = Object.fromEntries(EDITIONS.map((edition) => [edition, UI[edition].paragraphLinkLabel]));

/** The Markdown pipeline of the site, shared by astro.config.mjs and the tests. */
export const markdownOptions = {
  // Quotes and dashes stay exactly as printed.
  smartypants: false,
  gfm: true,
  remarkPlugins: [[remarkParagraphRefs, { linkLabel }]],
} satisfies NonNullable<AstroUserConfig['markdown']>;
