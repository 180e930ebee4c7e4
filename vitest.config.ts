/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Browser tests each start a server and Chromium; two cores are enough for two at a time.
      maxWorkers: 2,
      minWorkers: 1,
      projects: [
        {
          // Pure functions, the splitter, the collections and the Markdown plugins: no build needed.
          extends: true,
          test: { name: 'unit', include: ['tests/{split,collections,editorial,lib,markdown}/**/*.test.ts'] },
        },
        {
          // The built dist/ (HTML, links, data) and the browser tests in Chromium.
          extends: true,
          test: {
            name: 'site',
            include: ['tests/{build,browser}/**/*.test.ts'],
            globalSetup: ['tests/setup/built-site.ts'],
          },
        },
      ],
    },
  },
  // Without this, every element rendered in tests carries data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
