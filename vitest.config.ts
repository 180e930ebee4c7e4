/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Browser tests each start a server and Chromium; two cores are enough for two at a time.
      maxWorkers: 2,
      minWorkers: 1,
    },
  },
  // Without this, every element rendered in tests carries data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
