import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  facetFor,
  facetOfField,
  facetParams,
  facets,
  facetValuesOf,
  filterOn,
  NO_PHASE,
  pagefindFilter,
  type FacetSource,
} from '../../../src/lib/catalogue/facets.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'bench' ? [] : files(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Drops comments, so prose that explains a URL (`?fase=pilot`) is not taken for code that writes one. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const entry: FacetSource = {
  demandEffect: { status: 'expected', text: '…' },
  phase: 'pilot',
  country: 'NO',
  topics: ['b', 'a'],
  targetGroups: ['eldre'],
  challenges: ['demografi'],
  municipalities: ['oslo'],
  partners: [{ id: 'nav' }, { id: 'bydel-alna', role: 'arbeidsgiver' }],
  keys: { purpose: { level: 3 }, resources: { level: 1 }, power: { level: 2 }, relationships: { level: 0 } },
};

describe('the facet registry', () => {
  it('gives every facet a unique parameter, field and label', () => {
    for (const key of ['param', 'field', 'label'] as const) {
      expect(new Set(facets.map((f) => f[key])).size, key).toBe(facets.length);
    }
  });

  it('reads each facet from its field, sorted, and from an absent field only its «missing» values', () => {
    const values = facetValuesOf(entry);
    expect(values[facetOfField('topics').param]).toEqual(['a', 'b']);
    expect(values[facetOfField('keys').param]).toEqual(['power', 'purpose']);
    expect(values[facetOfField('phase').param]).toEqual(['pilot']);
    // Partners by organisation id, whatever role the source gives them.
    expect(values[facetOfField('partners').param]).toEqual(['bydel-alna', 'nav']);
    const partial = facetValuesOf({ country: 'DK' });
    // An entry without a phase is «Ikke oppgitt i kilden» (L9); other absent fields give nothing.
    expect(Object.entries(partial).filter(([, v]) => v.length > 0)).toEqual([
      [facetOfField('phase').param, [NO_PHASE]],
      [facetOfField('country').param, ['DK']],
    ]);
  });

  it('derives filters, Pagefind names and lookups from the same records', () => {
    expect(Object.keys(emptyFilters())).toEqual(facetParams);
    const phase = facetOfField('phase');
    expect(facetFor(phase.param)).toBe(phase);
    expect(pagefindFilter('phase', 'pilot')).toBe(`${phase.param}:pilot`);
    expect(filterOn('keys', 'power', 'purpose')).toEqual({ [facetOfField('keys').param]: ['power', 'purpose'] });
  });

  // The registry is the only place a filter's parameter is written: pages, components, elements,
  // data loaders and scripts name a facet by its entry field (facetOfField('phase')) and derive the
  // rest. A second literal copy would let the two drift apart, as «no phase» and «key ≥ 2» did.
  it('is the only place the parameter names are written', () => {
    const registry = join(root, 'src/lib/catalogue/facets.ts');
    const exceptions = [
      // The map's CSS class for country outlines, not the `land` parameter.
      { file: 'src/lib/svg/nordic-map.ts', text: 'class="land"' },
      // The anchor prefix of the challenges on /begreper/ (#utfordring-…), not the parameter.
      { file: 'src/lib/urls.ts', text: "challenge: 'utfordring'" },
      // The topics file's name in its JSON Schema title, not the parameter.
      { file: 'src/schemas/taxonomies.ts', text: "label: 'tema'" },
      // A sector id (content/taxonomies/sectors.yaml), not the parameter.
      { file: 'scripts/generate-entries.ts', text: "sector: 'kommune'" },
    ];
    const hits: string[] = [];
    for (const file of [...files(join(root, 'src')), ...files(join(root, 'scripts'))]) {
      if (file === registry) continue;
      const rel = relative(root, file);
      let text = code(readFileSync(file, 'utf8'));
      for (const e of exceptions) if (e.file === rel) text = text.split(e.text).join('');
      for (const param of facetParams) {
        const literal = new RegExp(
          `(['"\`])${param}\\1|['"\`]${param}[:=]|[?&]${param}=|[{,]\\s*${param}\\s*:\\s*[\\[{]`,
        );
        const match = literal.exec(text);
        if (match) hits.push(`${rel}: ${match[0]}`);
      }
    }
    expect(
      hits,
      'name the facet by its field: facetOfField(field).param, pagefindFilter(field, value), filterOn(field, value)',
    ).toEqual([]);
  });
});
