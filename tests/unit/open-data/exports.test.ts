import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import { Ajv } from 'ajv';
import { buildExports, entryColumns } from '../../../src/lib/open-data/exports.ts';
import { columnsOf, cellOf } from '../../../src/lib/open-data/columns.ts';
import { bodyToPlainText } from '../../../src/lib/open-data/plain-text.ts';
import { enumOf } from '../../../src/schemas/vocabulary.ts';
import { phases } from '../../../src/schemas/phases.ts';
import { contentExportInput } from '../helpers/content-exports.ts';
import { processEntries } from '../../../src/loaders/process-entries.ts';
import { readContentFolder } from '../../../src/lib/node/content-files.ts';
import { entriesFolder } from '../../../src/lib/validation/validate-content.ts';

const input = contentExportInput();
const exports = buildExports(input);

/** Every leaf path the schema names, as dotted strings (arrays of objects by their item properties). */
function leafPaths(schema: z.ZodType, prefix = ''): string[] {
  let s: z.ZodType = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  const def = s._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  if (def.type === 'array' && def.element) {
    const inner = leafPaths(def.element, prefix);
    return inner.length && inner[0] !== prefix && !prefix.startsWith('chart.series') ? inner : [prefix];
  }
  return [prefix];
}

describe('the open-data exports of the real content', () => {
  const json = JSON.parse(exports.json) as { entries: Record<string, unknown>[]; created: string; commit: string };
  const csv = csvParse(exports.csv.replace(/^\uFEFF/, ''));

  it('have one record and one CSV row per entry, in the same order', () => {
    expect(input.entries.length).toBeGreaterThanOrEqual(29);
    expect(json.entries.map((e) => e.id)).toEqual(input.entries.map((e) => e.slug));
    expect(csv.map((r) => r.id)).toEqual(input.entries.map((e) => e.slug));
  });

  it('give every record every top-level field of the schema, with null where a value is missing', () => {
    const shape = Object.keys((exports.entrySchema._zod.def as unknown as { shape: Record<string, unknown> }).shape);
    for (const record of json.entries) {
      expect(Object.keys(record)).toEqual(['id', 'url', ...shape, 'body']);
      for (const key of shape) expect(record[key], `${record.id}.${key}`).not.toBeUndefined();
    }
  });

  /** The record without the nulls the export adds for missing optional fields. */
  const withoutNulls = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(withoutNulls)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== null)
              .map(([k, v]) => [k, withoutNulls(v)]),
          )
        : value;

  it('carry every frontmatter value of every entry into the JSON unchanged', () => {
    for (const [i, entry] of input.entries.entries()) {
      const record = json.entries[i]!;
      for (const [key, value] of Object.entries(entry.data as Record<string, unknown>)) {
        // Partners carry their organisation's fields too; the frontmatter's own (id, role) are unchanged.
        const written =
          key === 'partners'
            ? (record[key] as Record<string, unknown>[]).map((p) => ({ id: p.id, role: p.role }))
            : record[key];
        expect(withoutNulls(written), `${entry.slug}.${key}`).toEqual(JSON.parse(JSON.stringify(value)));
      }
    }
  });

  it('resolve every partner to its organisation: name, sector, country, parent and page', () => {
    const organisations = new Map(
      input.taxonomies
        .find((t) => t.key === 'organisations')!
        .items.map((i) => [i.id, i.data as { name: string; sector: string; country: string; parent?: string }]),
    );
    let partners = 0;
    for (const record of json.entries) {
      for (const p of record.partners as {
        id: string;
        name: string;
        sector: string;
        country: string;
        parent: string | null;
        url: string;
      }[]) {
        const o = organisations.get(p.id)!;
        expect(
          { name: p.name, sector: p.sector, country: p.country, parent: p.parent },
          `${record.id}: ${p.id}`,
        ).toEqual({ name: o.name, sector: o.sector, country: o.country, parent: o.parent ?? null });
        expect(p.url).toBe(`https://velferdsspor.example/aktorer/${p.id}/`);
        partners += 1;
      }
    }
    expect(partners).toBeGreaterThan(100);
  });

  it('validate against the published JSON Schema (velferdsspor.schema.json), which refuses what the schemas refuse', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(exports.jsonSchema);
    const ok = validate(json);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toEqual([]);
    expect(ok).toBe(true);
    const first = json.entries[0]!;
    const broken = (patch: Record<string, unknown>) => ({ ...json, entries: [{ ...first, ...patch }] });
    expect(validate(broken({ partners: [{ ...(first.partners as object[])[0]!, id: 'ingen-slik-aktor' }] }))).toBe(
      false,
    );
    expect(validate(broken({ phase: 'drift' }))).toBe(false);
    expect(validate(broken({ body: undefined }))).toBe(false);
    expect(validate(broken({ colour: 'red' }))).toBe(false);
    expect(validate(broken({ period: null }))).toBe(true);
  });

  it('give the CSV a column for every leaf field of the schema', () => {
    const names = exports.columns.map((c) => c.name);
    for (const path of leafPaths(exports.entrySchema)) expect(names, path).toContain(path);
    expect(names.slice(0, 2)).toEqual(['id', 'url']);
    expect(names.at(-1)).toBe('body');
  });

  it('fill the CSV cells from the entries (lists joined with «;», partners item by item)', () => {
    const vurdering = csv.find((r) => r.id === 'vurderingsteam')!;
    const data = input.entries.find((e) => e.slug === 'vurderingsteam')!.data as {
      topics: string[];
      partners: { id: string }[];
      keys: { power: { level: number } };
      source: { pages: number[] };
    };
    expect(vurdering.topics).toBe(data.topics.join(';'));
    expect(vurdering['partners.id']).toBe(data.partners.map((p) => p.id).join(';'));
    expect(vurdering['partners.name']).toBe('Bergen kommune');
    expect(vurdering['partners.sector']).toBe('kommune');
    expect(vurdering['keys.power.level']).toBe(String(data.keys.power.level));
    expect(vurdering['source.pages']).toBe(data.source.pages.join(';'));
    expect(vurdering.url).toBe('https://velferdsspor.example/eksempler/vurderingsteam/');
    expect(vurdering.body).toContain('Bergen har to vurderingsteam.');
    expect(vurdering.body).not.toMatch(/^##/m);
  });

  it('record the build date and commit they were given, not the clock', () => {
    expect(json.created).toBe(input.build.date);
    expect(json.commit).toBe(input.build.commit);
    expect(exports.datapackage.created).toBe(input.build.date);
    expect(buildExports(input).csv).toBe(exports.csv);
  });

  it('write one CSV per taxonomy with a row per id', () => {
    for (const t of input.taxonomies) {
      const file = exports.taxonomyCsv.find((x) => x.name === t.name)!;
      expect(csvParse(file.csv.replace(/^\uFEFF/, '')).map((r) => r.id)).toEqual(t.items.map((i) => i.id));
    }
  });

  it('publish a Data Package that the official Data Package 2.0 profile accepts', () => {
    const profile = JSON.parse(
      readFileSync(new URL('../../fixtures/data-package/datapackage-profile-2.0.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(profile);
    const ok = validate(exports.datapackage);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
    // And the profile is not a pushover: a package without resources fails.
    expect(validate({ name: 'x' })).toBe(false);
  });

  it('describe exactly the CSV columns in the Data Package, in order', () => {
    const resources = exports.datapackage.resources as { name: string; schema?: { fields: { name: string }[] } }[];
    expect(resources[0]!.schema!.fields.map((f) => f.name)).toEqual(exports.columns.map((c) => c.name));
    for (const t of exports.taxonomyCsv)
      expect(resources.find((r) => r.name === t.name)!.schema!.fields.map((f) => f.name)).toEqual(
        t.columns.map((c) => c.name),
      );
  });
});

describe('columnsOf', () => {
  it('picks up a field added to the schema without any other change', () => {
    const schema = z.object({
      title: z.string(),
      phase: enumOf(phases, 'Fase.').optional(),
      extra: z.object({ score: z.number().int().min(0).max(9) }),
    });
    const columns = columnsOf(schema);
    expect(columns.map((c) => c.name)).toEqual(['title', 'phase', 'extra.score']);
    expect(columns[1]).toMatchObject({ required: false, values: Object.keys(phases), type: 'string' });
    expect(columns[1]!.vocabulary).toBe(phases);
    expect(columns[2]).toMatchObject({ type: 'integer', minimum: 0, maximum: 9, required: true });
  });

  it('turns a list of flat objects into one column per property, and deeper lists into JSON', () => {
    const schema = z.object({
      people: z.array(z.object({ name: z.string(), age: z.number() })),
      nested: z.array(z.object({ values: z.array(z.number()) })),
    });
    const columns = columnsOf(schema);
    expect(columns.map((c) => [c.name, c.shape])).toEqual([
      ['people.name', 'list'],
      ['people.age', 'list'],
      ['nested', 'json'],
    ]);
    const record = {
      people: [
        { name: 'A', age: 1 },
        { name: 'B', age: 2 },
      ],
      nested: [{ values: [1, 2] }],
    };
    expect(columns.map((c) => cellOf(record, c))).toEqual(['A;B', '1;2', '[{"values":[1,2]}]']);
  });

  it('refuses a list item with «;» rather than split it silently', () => {
    const [column] = columnsOf(z.object({ names: z.array(z.string()) }));
    expect(() => cellOf({ names: ['a;b'] }, column!)).toThrow(/«;»/);
  });

  it('gives the entry export id and url first and body last', () => {
    const names = entryColumns(exports.entrySchema).map((c) => c.name);
    expect([names[0], names[1], names.at(-1)]).toEqual(['id', 'url', 'body']);
  });
});

describe('bodyToPlainText', () => {
  it('keeps the words and drops the Markdown', () => {
    expect(
      bodyToPlainText('## Beskrivelse\n\nEn *viktig* [lenke](/x/) og\nen linje.\n\n- punkt en\n- punkt **to**\n'),
    ).toBe('Beskrivelse\n\nEn viktig lenke og en linje.\n\n– punkt en\n\n– punkt to');
  });

  it('is what the content loader stores for every real entry, so the exports need not parse again', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const processed = processEntries(root, readContentFolder(root, entriesFolder, []));
    expect(processed.length).toBeGreaterThan(0);
    for (const entry of processed) {
      expect(entry.problems).toEqual([]);
      expect(entry.text).toBe(bodyToPlainText(entry.body!));
    }
  });
});

describe('CITATION.cff', () => {
  it('names the same dataset, licence and address as the published metadata', async () => {
    const { parse } = await import('yaml');
    const { dataset, dataPaths } = await import('../../../src/lib/open-data/dataset.ts');
    const { siteUrl } = await import('../../../src/lib/site.ts');
    const cff = parse(readFileSync(new URL('../../../CITATION.cff', import.meta.url), 'utf8'));
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(cff.title).toBe(dataset.title);
    expect(cff.license).toBe(dataset.license.name);
    expect(cff.url).toBe(new URL(dataPaths.page, siteUrl).href);
    expect(cff['repository-artifact']).toBe(new URL(dataPaths.csv, siteUrl).href);
  });
});
