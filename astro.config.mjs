// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfigFrom } from './src/shared/urls.ts';
import leanPreloadHelper from './scripts/lib/lean-preload-helper.ts';
import buildSteps from './scripts/lib/build-integration.ts';

// The one place the build's configuration is read: the environment of the command (BASE_PATH, SITE_URL).
const { base, site } = siteConfigFrom(process.env);

export default defineConfig({
  ...(site && { site }),
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Astro's and Vite's caches stay in the project, not in node_modules/, which a scratch copy of the project
  // (the determinism check, the benchmark) links to and builds beside it.
  cacheDir: './.astro/cache',
  // The Markdown pipeline is set by the build's integration, from the content model the split makes.
  integrations: [buildSteps({ base, site })],
  vite: {
    cacheDir: './.astro/vite',
    // Scripts ship as files, never inlined, so that a Content-Security-Policy needs no inline script.
    // Lazy modules are fetched when used, not preloaded, so the preload helper can be a plain import().
    // A module of a few hundred bytes shared by several scripts (the contracts' names, the page data reader)
    // goes into the scripts that use it rather than costing every page another request.
    build: { assetsInlineLimit: 0, modulePreload: false, rollupOptions: { output: { experimentalMinChunkSize: 2000 } } },
    plugins: [leanPreloadHelper()],
  },
});
