import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { sitemapPaths, sitemapXml } from '../lib/feeds/sitemap.ts';
import { absoluteUrl } from '../lib/site.ts';

/**
 * Writes dist/sitemap.xml from the pages Astro actually built, so no route list is kept by hand.
 * Not @astrojs/sitemap: it always writes sitemap-index.xml plus numbered files, and robots.txt and
 * portals here expect the one /sitemap.xml; for a few hundred pages one file is what the protocol
 * recommends anyway (it allows 50,000 URLs).
 */
export function sitemap(): AstroIntegration {
  return {
    name: 'velferdsspor:sitemap',
    hooks: {
      'astro:build:done': async ({ pages, dir, logger }) => {
        const paths = sitemapPaths(pages.map((p) => p.pathname));
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(paths, absoluteUrl));
        logger.info(`${paths.length} adresser i sitemap.xml`);
      },
    },
  };
}
