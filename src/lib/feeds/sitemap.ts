import { escapeXml } from '../svg/escape-xml.ts';

/** A sitemaps.org urlset for site paths, sorted so the file is the same on every build. */
export function sitemapXml(paths: readonly string[], absolute: (path: string) => string): string {
  const urls = [...new Set(paths)].sort().map((p) => `<url><loc>${escapeXml(absolute(p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The paths worth listing: HTML pages, not the 404 page. `pathname` is Astro's («eksempler/x/», «» for home). */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  return pathnames
    .map((p) => `/${p.replace(/^\//, '')}`)
    .filter((p) => p.endsWith('/') || p === '/')
    .filter((p) => !/^\/404\/?$/.test(p));
}
