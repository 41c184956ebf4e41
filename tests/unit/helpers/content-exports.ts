import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { taxonomies, type TaxonomyName } from '../../../src/schemas/taxonomies.ts';
import { loadKnownIds } from '../../../src/lib/node/known-ids.ts';
import type { ExportEntry, ExportInput, ExportTaxonomy } from '../../../src/lib/open-data/exports.ts';

/** The repository's own content, parsed the way the build parses it, as input to the exports. */
export function contentExportInput(
  root = fileURLToPath(new URL('../../..', import.meta.url)),
): ExportInput & { rawEntries: ExportEntry[] } {
  const content = join(root, 'content');
  const known = loadKnownIds(content);
  const entrySchema = initiativeSchema(known);
  const dir = join(content, 'initiatives');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const parts = splitMdx(readFileSync(join(dir, file), 'utf8'));
      return {
        slug: file.replace(/\.mdx$/, ''),
        data: entrySchema.parse(parse(parts.frontmatter ?? '')),
        body: parts.body,
      };
    });
  const items = (path: string, schema: z.ZodType) =>
    Object.entries(parse(readFileSync(path, 'utf8')) as Record<string, unknown>).map(([id, data]) => ({
      id,
      data: schema.parse(data),
    }));
  const taxonomyInputs: ExportTaxonomy[] = (Object.keys(taxonomies) as TaxonomyName[]).map((key) => ({
    key,
    name: taxonomies[key].file.replace(/\.yaml$/, ''),
    title: key,
    schema: taxonomies[key].schema,
    items: items(join(content, 'taxonomies', taxonomies[key].file), taxonomies[key].schema),
  }));
  const sourcesDir = join(content, 'sources');
  taxonomyInputs.push({
    key: 'sources',
    name: 'sources',
    title: 'sources',
    schema: sourceSchema,
    items: readdirSync(sourcesDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        data: sourceSchema.parse(parse(readFileSync(join(sourcesDir, f), 'utf8'))),
      })),
  });
  return {
    known,
    entries,
    rawEntries: entries,
    taxonomies: taxonomyInputs,
    absolute: (path: string) => new URL(path, 'https://velferdsspor.example').href,
    build: { date: '2026-01-02T03:04:05.000Z', commit: '0123456789abcdef0123456789abcdef01234567' },
  };
}
