/**
 * The steps of `npm run build` around Astro's own, run inside the one Astro process, so that the
 * modules they share are loaded once: before the pages, the split (content/source → content/split/);
 * after them, the search index, the host configuration, the link check, and the record of what the
 * build was made from. The same steps run alone as `npm run split` and the scripts in scripts/.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { SOURCE_FILE } from '../../src/lib/collections/read-inputs';
import { BASE, SITE_URL } from '../../src/lib/urls';
import { writeBuildStamp } from './build-inputs';
import { writeHostConfig } from './host-config';
import { findBrokenLinks } from './link-check';
import { writeSearchIndex } from './search-index';
import { SPLIT_OUT, writeSplit } from './write-split';

export default function buildSteps(): AstroIntegration {
  return {
    name: 'site-build-steps',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        logger.info(`split: ${writeSplit(resolve(SOURCE_FILE), resolve(SPLIT_OUT))} files written to ${SPLIT_OUT}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = resolve(new URL('.', dir).pathname);
        logger.info(await writeSearchIndex(dist));
        logger.info(writeHostConfig(dist));
        const broken = findBrokenLinks(dist, SITE_URL, BASE);
        if (broken.length > 0) throw new Error(`check-links: ${broken.length} broken link(s):\n${broken.join('\n')}`);
        logger.info('check-links: every internal link and fragment resolves');
        writeBuildStamp();
      },
    },
  };
}
