import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomies, type TaxonomyName } from '../../schemas/taxonomies.ts';
import type { Option, OptionSource } from '../form/fields.ts';

const labelOf = (name: TaxonomyName, entry: Record<string, unknown>) =>
  name === 'municipalities' ? `${entry.name} (${entry.region})` : String(entry.label ?? '');

/** Labels for the open vocabularies, read from content/ (for scripts; pages use the collections). */
export function contentOptionSource(contentDir: string): OptionSource {
  const lists: Option[][] = (Object.keys(taxonomies) as TaxonomyName[]).map((name) => {
    const path = join(contentDir, 'taxonomies', taxonomies[name].file);
    const data = existsSync(path)
      ? ((parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, Record<string, unknown>>)
      : {};
    return Object.entries(data).map(([value, entry]) => ({ value, label: labelOf(name, entry) }));
  });
  const sourcesDir = join(contentDir, 'sources');
  lists.push(
    (existsSync(sourcesDir)
      ? readdirSync(sourcesDir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
      : []
    ).map((f) => {
      const data = parse(readFileSync(join(sourcesDir, f), 'utf8')) as { title?: string; year?: number };
      return { value: f.slice(0, -5), label: `${data.title ?? f}${data.year ? ` (${data.year})` : ''}` };
    }),
  );
  return (values) => lists.find((list) => list.length === values.length && list.every((o, i) => o.value === values[i]));
}
