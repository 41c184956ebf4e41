// @ts-check
// The peer for `npm run bench:build`: bare Astro + @astrojs/mdx + Pagefind over the same .mdx files,
// with nothing of Velferdsspor's own (no validation, no facets, no diagram, no keywords). It is
// built from a copy whose node_modules is this project's, so the package versions are the same.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind's Node API over the built site, the way its docs show it. */
function pagefindIndex() {
  return {
    name: 'bare:pagefind',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': async ({ dir }) => {
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error('Pagefind did not start');
        try {
          await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  cacheDir: './.cache/astro/',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
});
