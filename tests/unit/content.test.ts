import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitMdx } from '../../src/lib/validation/mdx-file.ts';
import { sectionsOf } from '../../src/lib/validation/body-sections.ts';
import { parseBody } from '../../src/lib/entry-body/parse-body.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { keyIds } from '../../src/schemas/keys.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = `${root}content/initiatives/`;

/** The catalogue as DESIGN.md lists it: 1–25 in the report's Figure 1 order, 26–29 from other sources. */
const expected: [number, string][] = [
  [1, 'baerekraftige-fellesskap'],
  [2, 'comfortpark'],
  [3, 'det-gode-liv-i-siljan'],
  [4, 'digital-hjemmeoppfolging'],
  [5, 'et-enklere-nav'],
  [6, 'familieveiviseren'],
  [7, 'grimstad-ungdomshub'],
  [8, 'heltom'],
  [9, 'hverdagshjelpen'],
  [10, 'innbyggernes-modell'],
  [11, 'klinisk-ernaeringsfysiolog'],
  [12, 'larviksmodellen-vare-unge'],
  [13, 'tjenesteleveranse-til-seniorer'],
  [14, 'oslojobb-kompetansejobber'],
  [15, 'pa-dorterskelen'],
  [16, 'pakobla-hjelpemiddel'],
  [17, 'sterk-og-stodig'],
  [18, 'universitetssykehjem'],
  [19, 'vegetar-expressen'],
  [20, 'vurderingsteam'],
  [21, 'energi-til-hinanden'],
  [22, 'opgang-til-opgang'],
  [23, 'sheworks-atelier'],
  [24, 'tilbage-til-skole'],
  [25, 'halsolabb-den-nara-varden'],
  [26, 'samskaping-om-helse-i-lister'],
  [27, 'hvordan-driftes-samfunnet'],
  [28, 'samskabelse-pa-den-gode-made'],
  [29, 'saet-borgere-og-medarbejdere-i-samspil'],
];
/** Report pages from its table of contents, for the 25 report entries. */
const reportPages: Record<string, number> = {
  'baerekraftige-fellesskap': 5,
  comfortpark: 6,
  'det-gode-liv-i-siljan': 7,
  'digital-hjemmeoppfolging': 8,
  'et-enklere-nav': 9,
  familieveiviseren: 10,
  'grimstad-ungdomshub': 11,
  heltom: 12,
  hverdagshjelpen: 13,
  'innbyggernes-modell': 14,
  'klinisk-ernaeringsfysiolog': 15,
  'larviksmodellen-vare-unge': 16,
  'tjenesteleveranse-til-seniorer': 17,
  'oslojobb-kompetansejobber': 18,
  'pa-dorterskelen': 19,
  'pakobla-hjelpemiddel': 20,
  'sterk-og-stodig': 21,
  universitetssykehjem: 22,
  'vegetar-expressen': 23,
  vurderingsteam: 24,
  'energi-til-hinanden': 26,
  'opgang-til-opgang': 27,
  'sheworks-atelier': 28,
  'tilbage-til-skole': 29,
  'halsolabb-den-nara-varden': 30,
};

interface Frontmatter {
  number: number;
  keys: Record<string, { level?: number; rationale?: string }>;
  results: { value: string }[];
  source: { id: string; pages?: number[]; section?: string };
}

const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const parts = splitMdx(readFileSync(dir + f, 'utf8'));
    return {
      slug: f.slice(0, -4),
      data: parse(parts.frontmatter ?? '') as Frontmatter,
      body: parts.body,
      bodyLine: parts.bodyLine,
    };
  });
const bySlug = new Map(entries.map((e) => [e.slug, e]));

describe('the catalogue content', () => {
  it('has exactly the 29 entries of DESIGN.md, each with its number', () => {
    expect(entries.map((e) => [e.data.number, e.slug]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(
      expected,
    );
  });

  it('passes the validator with no problems', () => {
    expect(validateContent(root).map(formatProblem)).toEqual([]);
  });

  it.each(expected.map(([, slug]) => slug))('%s assesses all four keys with a level and a rationale', (slug) => {
    const { keys } = bySlug.get(slug)!.data;
    for (const id of keyIds) {
      expect(keys[id]?.level, `${slug} ${id}`).toBeTypeOf('number');
      expect(keys[id]?.rationale?.trim().length, `${slug} ${id}`).toBeGreaterThan(20);
    }
    expect(keyIds.some((id) => (keys[id]?.level ?? 0) >= 1)).toBe(true);
  });

  it.each(Object.entries(reportPages))('%s cites the report on page %i', (slug, page) => {
    expect(bySlug.get(slug)!.data.source).toEqual({ id: 'velferd-pa-nye-mater', pages: [page] });
  });

  it.each(expected.slice(25).map(([, slug]) => slug))('%s cites a section of its own source document', (slug) => {
    const { source } = bySlug.get(slug)!.data;
    expect(source.id).toBe(slug);
    expect(source.section?.length).toBeGreaterThan(2);
  });

  it.each(expected.map(([, slug]) => slug))('%s has a non-empty Beskrivelse and no empty section', (slug) => {
    const { body, bodyLine } = bySlug.get(slug)!;
    const parsed = parseBody(body);
    if (!('tree' in parsed)) throw new Error(`${slug}: ${parsed.failure.message}`);
    const sections = sectionsOf(parsed.tree, bodyLine);
    expect(sections[0]?.heading).toBe('Beskrivelse');
    for (const s of sections) expect(s.text.trim().length, `${slug}: ${s.heading}`).toBeGreaterThan(40);
  });

  it.each(expected.map(([, slug]) => slug))('%s mentions every figure in results in its text', (slug) => {
    const { data, body } = bySlug.get(slug)!;
    const text = body.replace(/\s+/g, ' ');
    for (const r of data.results ?? []) expect(text, r.value).toContain(r.value.replace(/\s+/g, ' '));
  });
});
