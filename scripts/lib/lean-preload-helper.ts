import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic import() in (vite:build-import-analysis). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic import() in a helper that preloads the imported chunk's dependencies and
 * CSS, and ships that helper (about 0.6 KB gzipped) in the first script of every page even with
 * `build.modulePreload: false` (vitejs/vite#18551). With module preloading off, the site's lazy
 * modules import no CSS (they load their stylesheets with load-stylesheet.ts), so the helper has
 * nothing to do: this plugin makes it a plain call of the import. The build fails if a lazy chunk
 * ever does import CSS, which the lean helper would not load.
 */
export default function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    // One copy per importing module (it is a few bytes), so that it never becomes a shared chunk: an extra request.
    resolveId(source, importer) {
      return source === PRELOAD_HELPER ? `${PRELOAD_HELPER}?${importer ?? ''}` : undefined;
    },
    load(id) {
      return id.startsWith(`${PRELOAD_HELPER}?`) ? 'export const __vitePreload = (load) => load();' : undefined;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        if (css.length > 0)
          this.error(
            `${chunk.fileName} is loaded with import() and imports CSS (${css.join(', ')}): load it with load-stylesheet.ts instead`,
          );
      }
    },
  };
}
