// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { trimTheme } from './src/integrations/trim-theme.ts';
import { pagefindIndex } from './src/integrations/pagefind/index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteUrl } from './src/lib/site.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { entryFilesIntegration } from './src/integrations/entry-files/index.ts';
import { previousBuild } from './src/integrations/previous-build.ts';

const previous = previousBuild();

export default defineConfig({
  output: 'static',
  site: siteUrl,
  // The content layer's store (with each entry's rendered body and digest) lives here, per project
  // folder: the default, node_modules/.astro, is shared by the benchmark and test copies that
  // symlink this project's node_modules.
  cacheDir: './.cache/astro/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline <style> or <script>: the Content-Security-Policy forbids 'unsafe-inline'.
    inlineStylesheets: 'never',
    // One page at a time left the main thread idle for 2.8 s of 13 s of page generation at 1,000
    // entries (CPU profile), waiting for each file write. With 4 pages in flight, page generation took
    // 11.3–11.5 s against 13.5–15.5 s (alternating clean builds); 8 gained nothing more. Same bytes.
    concurrency: 4,
  },
  integrations: [
    // First: when Astro has written the pages it deletes the files of the last build that this one
    // did not write, before the other integrations read dist/. Its partner comes last.
    previous.first,
    contentValidation(),
    mdx(),
    entryFilesIntegration(),
    pagefindIndex(),
    sitemap(),
    securityHeaders(),
    // Last: the note that this build finished, which lets the next one keep dist/.
    previous.last,
  ],
  // `astro dev` and `astro preview` both listen here.
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // A rebuild renders again only the pages whose data or code changed: each getStaticPaths() path
  // gives a cacheKey (src/lib/node/cache-key.ts), and Astro hashes the code (issue «Entries as data»).
  experimental: { incrementalBuild: true },
  vite: {
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: [trimTheme()] } },
  },
});
