import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readPage } from '../helpers/dist.ts';
import { splitMdx } from '../../src/lib/validation/mdx-file.ts';
import { rubricRules } from '../../src/lib/validation/rubric-rules.ts';
import { keyIds, keyLevels, type KeyId } from '../../src/schemas/keys.ts';
import { demandEffectStatuses, type DemandEffectStatus } from '../../src/schemas/demand-effect.ts';
import { periodLabel } from '../../src/lib/format/labels.ts';

/** The entries straight from content/, independent of Astro: what the built pages must show. */
interface Frontmatter {
  number: number;
  title: string;
  keys: Record<KeyId, { level: number; rationale: string }>;
  demandEffect?: { status: DemandEffectStatus; text: string };
  period?: { start: number; end?: number };
}
const dir = fileURLToPath(new URL('../../content/initiatives/', import.meta.url));
const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    slug: f.slice(0, -4),
    fm: parse(splitMdx(readFileSync(dir + f, 'utf8')).frontmatter ?? '') as Frontmatter,
  }));

/** Text as Astro writes it into HTML, back to plain text. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the calibration table on /metode/', () => {
  const page = readPage('/metode/');
  const blocks = new Map(
    [...page.matchAll(/<section[^>]*class="calibration-key"[^>]*data-key="(\w+)"[^>]*>([\s\S]*?)<\/section>/g)].map(
      (m) => [m[1] as KeyId, m[2]!],
    ),
  );

  it('has one block per key', () => {
    expect([...blocks.keys()]).toEqual(keyIds);
  });

  it.each(keyIds)('lists every entry once under %s, at its level, with its rationale', (key) => {
    const levels = [...blocks.get(key)!.matchAll(/<div[^>]*data-level="(\d)"[^>]*>([\s\S]*?)<\/div>/g)];
    expect(levels.map((l) => Number(l[1]))).toEqual(keyLevels.map((l) => l.level));
    const rows = levels.flatMap((l) =>
      [
        ...l[2]!.matchAll(
          /<li[^>]*data-entry="([^"]+)"[^>]*>\s*<a[^>]*>([\s\S]*?)<\/a>[\s\S]*?<span class="rationale"[^>]*>([\s\S]*?)<\/span>/g,
        ),
      ].map((r) => ({
        level: Number(l[1]),
        slug: r[1]!,
        name: text(r[2]!),
        rationale: text(r[3]!),
      })),
    );
    expect(rows.map((r) => r.slug).sort()).toEqual(entries.map((e) => e.slug).sort());
    for (const row of rows) {
      const { fm } = entries.find((e) => e.slug === row.slug)!;
      expect([row.level, row.rationale], `${key} ${row.slug}`).toEqual([
        fm.keys[key].level,
        fm.keys[key].rationale.replace(/\s+/g, ' ').trim(),
      ]);
      expect(row.name).toBe(`${fm.number}. ${fm.title}`);
    }
  });

  it("states the rubric's hard rules from the module the validator runs", () => {
    const listed = [...page.matchAll(/<li[^>]*data-rule="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [
      m[1],
      text(m[2]!),
    ]);
    expect(listed).toEqual(rubricRules.map((r) => [r.id, r.text]));
  });
});

describe('demandEffect and period on entry pages', () => {
  it.each(entries.map((e) => e.slug))(
    '%s shows its demandEffect after the lead and its period in «Fakta», or nothing',
    (slug) => {
      const { fm } = entries.find((e) => e.slug === slug)!;
      const page = readPage(`/eksempler/${slug}/`);
      const box = /<div class="demand-effect[^"]*"[^>]*data-effect="([^"]+)"[^>]*>([\s\S]*?)<\/div>/.exec(page);
      if (fm.demandEffect) {
        expect(box?.[1]).toBe(fm.demandEffect.status);
        expect(text(box![2]!)).toContain(demandEffectStatuses[fm.demandEffect.status].label);
        expect(text(box![2]!)).toContain(fm.demandEffect.text.replace(/\s+/g, ' ').trim());
        expect(box![2]).toContain(`data-pagefind-filter="effekt:${fm.demandEffect.status}"`);
        expect(page.indexOf('class="lead"')).toBeLessThan(page.indexOf('class="demand-effect'));
      } else {
        expect(box).toBeNull();
      }
      const period = /<dt[^>]*>Periode<\/dt>\s*<dd[^>]*>([^<]*)<\/dd>/.exec(page);
      expect(period?.[1]).toBe(fm.period ? periodLabel(fm.period) : undefined);
    },
  );

  it("shows each entry's demandEffect status on its catalogue card, and hides the row where there is none", () => {
    const catalogue = readPage('/eksempler/');
    const list = /<ul class="card-grid"[^>]*data-results[^>]*>([\s\S]*?)<\/ul>/.exec(catalogue)![1]!;
    const cards = [...list.matchAll(/<article[^>]*>([\s\S]*?)<\/article>/g)].map((m) => m[1]!);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const slug = /href="\/eksempler\/([^/]+)\/"/.exec(card)![1]!;
      const { fm } = entries.find((e) => e.slug === slug)!;
      const row = /<div[^>]*data-card-effect[^>]*>([\s\S]*?)<\/div>/.exec(card);
      expect(row, slug).not.toBeNull();
      if (fm.demandEffect) {
        expect(row![0], slug).not.toMatch(/\shidden/);
        expect(text(row![1]!), slug).toContain(demandEffectStatuses[fm.demandEffect.status].label);
      } else {
        expect(row![0], slug).toMatch(/\shidden/);
      }
    }
  });
});
