import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { builtPages, distDir } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const entries = (
  JSON.parse(read('data/velferdsspor.json')) as { entries: { id: string; updated: string; title: string }[] }
).entries;
const xml = new XMLParser({ ignoreAttributes: false });

describe('feeds and crawler files', () => {
  it('the Atom feed has every entry, newest `updated` first, and dates from the content', () => {
    const feed = xml.parse(read('eksempler.atom')).feed;
    const items = [].concat(feed.entry) as { id: string; updated: string; title: string }[];
    expect(items).toHaveLength(entries.length);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(entries.map((e) => `${siteUrl}/eksempler/${e.id}/`)));
    const dates = items.map((i) => i.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    const newest = entries
      .map((e) => e.updated)
      .sort()
      .at(-1)!;
    expect(feed.updated).toBe(`${newest}T00:00:00.000Z`);
  });

  it('sitemap.xml lists every built HTML page but the 404 page, as absolute URLs', () => {
    const locs = ([].concat(xml.parse(read('sitemap.xml')).urlset.url) as { loc: string }[]).map((u) => u.loc);
    const pages = builtPages()
      .map((p) => p.path)
      .filter((p) => p !== '/404.html');
    expect(new Set(locs)).toEqual(new Set(pages.map((p) => `${siteUrl}${p}`)));
  });

  it('robots.txt allows crawling and points to the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });
});
