// @ts-check
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/options.ts';
import { BASE, SITE_URL } from './src/lib/urls.ts';
import leanPreloadHelper from './scripts/lib/lean-preload-helper.ts';
import buildSteps from './scripts/lib/build-integration.ts';

export default defineConfig({
  ...(SITE_URL && { site: SITE_URL }),
  base: BASE,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: markdownOptions,
  integrations: [buildSteps()],
  vite: {
    // Scripts ship as files, never inlined, so that a Content-Security-Policy needs no inline script.
    // Lazy modules are fetched when used, not preloaded, so the preload helper can be a plain import().
    build: { assetsInlineLimit: 0, modulePreload: false },
    plugins: [leanPreloadHelper()],
  },
});
