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
      // No test mocks a module or keeps state in one: the files of a worker share one module graph, so each
      // module is loaded once per worker, not once per file (Vitest applies this to every project alike).
      isolate: false,
      projects: [
        {
          // Pure functions, the splitter, the content rules and the Markdown plugins: the split, no build.
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/{split,collections,editorial,lib,markdown}/**/*.test.ts'],
            globalSetup: ['tests/setup/split.ts'],
          },
        },
        {
          // The built dist/ (HTML, links, data) and the browser tests in Chromium.
          extends: true,
          test: {
            name: 'site',
            include: ['tests/{build,browser}/**/*.test.ts'],
            globalSetup: ['tests/setup/built-site.ts'],
            // A poll waits for a state the page reaches; on two busy cores that can take more than a second.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  },
  // Without this, every element rendered in tests carries data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
