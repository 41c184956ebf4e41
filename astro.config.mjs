// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { trimTheme } from './src/integrations/trim-theme.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteUrl } from './src/lib/site.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  output: 'static',
  site: siteUrl,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy forbids 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentValidation(), mdx(), pagefindIndex(), sitemap()],
  // `astro dev` and `astro preview` both listen here.
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: [trimTheme()] } },
  },
});
