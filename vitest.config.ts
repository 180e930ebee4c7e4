import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
          // One file at a time: Chromium's processes keep two cores busy for one browser test already, and a
          // second worker beside it made the project slower (205 s against 194 s on two cores).
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
