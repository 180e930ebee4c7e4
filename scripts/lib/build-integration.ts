/**
 * The steps of `npm run build` (and `npm run dev`) around Astro's own, run inside the one Astro process:
 * before Astro reads the content, the split (every input read and checked, the content model and the
 * collections written to content/split/) and the Markdown pipeline made from the model; after the pages,
 * the search data, the host configuration, the link check, and the record of what the build was made
 * from. The same steps run alone as `npm run split` and the scripts in scripts/.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { SOURCE_FILE } from '../../src/lib/content/inputs';
import { editionScripts, loadEditorial, loadModel, SPLIT_DIR } from '../../src/lib/content/load-model';
import { createUrls, type SiteConfig } from '../../src/shared/urls';
import { markdownOptions } from '../../src/markdown/options';
import { writeBuildStamp } from './build-inputs';
import { writeHostConfig } from './host-config';
import { findBrokenLinks } from './link-check';
import { writeSearchIndex } from './search-index';
import { writeSplit } from './write-split';

export default function buildSteps(config: SiteConfig): AstroIntegration {
  return {
    name: 'site-build-steps',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Vitest loads the configuration for its Vite settings only: the unit tests make the split themselves
        // (tests/setup/split.ts) and the site tests test a build; preview serves one.
        if (command === 'preview' || process.env.VITEST) return;
        logger.info(`split: ${writeSplit(resolve(SOURCE_FILE), resolve(SPLIT_DIR))} files written to ${SPLIT_DIR}`);
        updateConfig({
          markdown: markdownOptions({
            model: loadModel(),
            editorial: loadEditorial(),
            scripts: editionScripts(),
            urls: createUrls(config),
          }),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = resolve(new URL('.', dir).pathname);
        logger.info(await writeSearchIndex(dist, createUrls(config)));
        logger.info(writeHostConfig(dist, config.base));
        const broken = findBrokenLinks(dist, config.site, config.base);
        if (broken.length > 0) throw new Error(`check-links: ${broken.length} broken link(s):\n${broken.join('\n')}`);
        logger.info('check-links: every internal link and fragment resolves');
        writeBuildStamp(config);
      },
    },
  };
}
