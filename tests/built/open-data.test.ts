import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { Ajv } from 'ajv';
import { distDir, readPage } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { columnAnchor } from '../../src/lib/open-data/codebook.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const exportFiles = [
  'data/velferdsspor.json',
  'data/datapackage.json',
  'data/dcat-ap-no.jsonld',
  'data/velferdsspor.schema.json',
];

/** Whether a site path is a file in dist/ (a directory path means its index.html). */
function resolves(path: string): boolean {
  const file = join(distDir, decodeURIComponent(path));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
}

/** Every string value in a JSON document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the open data in dist/data/', () => {
  const json = JSON.parse(read('data/velferdsspor.json')) as { entries: { id: string; url: string }[] };
  const entryPages = readdirEntries();

  function readdirEntries(): string[] {
    return json.entries.map((e) => `/eksempler/${e.id}/`);
  }

  it('holds every built entry page in the JSON and the CSV', () => {
    const csv = csvParse(read('data/velferdsspor.csv').replace(/^\uFEFF/, ''));
    expect(json.entries.length).toBeGreaterThanOrEqual(29);
    expect(csv.map((r) => r.id)).toEqual(json.entries.map((e) => e.id));
    for (const path of entryPages) expect(resolves(path), path).toBe(true);
  });

  it('links only to addresses that exist in the built site', () => {
    const broken: string[] = [];
    for (const file of exportFiles) {
      for (const value of strings(JSON.parse(read(file)))) {
        if (!value.startsWith(siteUrl)) continue;
        const path = new URL(value).pathname;
        if (!resolves(path)) broken.push(`${file} → ${value}`);
      }
    }
    const datapackage = JSON.parse(read('data/datapackage.json')) as { resources: { path: string }[] };
    for (const resource of datapackage.resources)
      if (!resolves(`/data/${resource.path}`)) broken.push(`datapackage.json → ${resource.path}`);
    expect(broken).toEqual([]);
    // The check above must have had something to check.
    expect(strings(json).filter((s) => s.startsWith(siteUrl)).length).toBeGreaterThanOrEqual(json.entries.length);
  });

  it('documents every CSV column on the /data/ codebook page', () => {
    const page = readPage('/data/');
    const header = read('data/velferdsspor.csv')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const column of header) expect(page, column).toContain(`id="${columnAnchor('kolonne-', column)}"`);
    expect(page).toContain('href="/metode/#nokler"');
    expect(page).toContain('CC BY 4.0');
  });

  it('publishes the JSON Schema that the built velferdsspor.json validates against, linked from the codebook and the Data Package', () => {
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
      JSON.parse(read('data/velferdsspor.schema.json')),
    );
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(readPage('/data/')).toContain('href="/data/velferdsspor.schema.json"');
    const datapackage = JSON.parse(read('data/datapackage.json')) as {
      resources: { path: string; mediatype?: string }[];
    };
    expect(datapackage.resources.find((r) => r.path === 'velferdsspor.schema.json')?.mediatype).toBe(
      'application/schema+json',
    );
  });
});
