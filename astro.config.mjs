// @ts-check
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/options.ts';
import { BASE, SITE_URL } from './src/lib/urls.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: markdownOptions,
  // Scripts ship as files, never inlined, so that a Content-Security-Policy needs no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
