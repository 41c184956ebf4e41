import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomies, type TaxonomyName } from '../../schemas/taxonomies.ts';
import type { KnownIds } from '../../schemas/initiative.ts';

/**
 * Reads the ids defined in content/taxonomies/*.yaml and content/sources/*.yaml, so the entry schema
 * can check references. Tolerant on purpose: a broken file yields no ids here and is reported, with
 * its line, by the validator that reads the same files strictly.
 */
export function loadKnownIds(contentDir: string): KnownIds {
  const ids = {} as Record<TaxonomyName, string[]>;
  for (const [name, { file }] of Object.entries(taxonomies) as [TaxonomyName, { file: string }][]) {
    ids[name] = mapKeys(join(contentDir, 'taxonomies', file));
  }
  return { ...ids, sources: sourceIds(join(contentDir, 'sources')) };
}

function mapKeys(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data)
      ? Object.keys(data).filter((k) => k !== '$schema')
      : [];
  } catch {
    return [];
  }
}

export function sourceIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}
