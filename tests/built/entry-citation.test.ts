import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';

const entries = builtPages().filter(
  (p) => /^\/eksempler\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/eksempler/side/'),
);

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe('«Slik siterer du» on every entry page', () => {
  it.each(entries.map((p) => [p.path, p.file]))('%s cites itself in text, RIS, BibTeX and JSON-LD', (path, file) => {
    const page = readFileSync(file, 'utf8');
    const slug = path.split('/')[2]!;
    const title = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(page)![1]!);
    const url = `${siteUrl}${path}`;
    const section = /<section class="entry-cite" aria-labelledby="siter">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(section).toContain('Slik siterer du');
    expect(decode(section.replace(/<[^>]+>/g, ''))).toContain(`Velferdsspor. (`);
    expect(decode(section.replace(/<[^>]+>/g, ''))).toContain(`${title}. Hentet `);
    expect(section).toContain(` fra ${url}`);

    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)![1]!);
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.url).toBe(url);
    expect(ld.name).toBe(title);
    expect(ld.isBasedOn.name.length).toBeGreaterThan(3);

    const ris = readFileSync(join(distDir, `data/eksempler/${slug}.ris`), 'utf8');
    expect(ris).toContain(`TI  - ${title}\n`);
    expect(ris).toContain(`UR  - ${url}\n`);
    expect(ris.match(/^TY {2}-/gm)).toHaveLength(2);
    const bib = readFileSync(join(distDir, `data/eksempler/${slug}.bib`), 'utf8');
    expect(bib).toContain(`url = {${url}}`);
  });
});
