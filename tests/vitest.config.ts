import { defineConfig } from 'vitest/config';

// Config lives in tests/ to keep the repository's top level to what DESIGN.md lists.
// Two projects: `unit` needs nothing but the sources; `built` reads dist/ and drives Chromium, so it
// runs after `astro build` (see package.json "test").
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The form and validator tests parse the real entries: ~1 s alone, but over 5 s (Vitest's
          // default) on a shared 2-core machine under load, where a timeout says nothing about the code.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One Chromium and one static server are shared per file; files run one at a time so the
          // two cores are not oversubscribed by parallel browsers.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
