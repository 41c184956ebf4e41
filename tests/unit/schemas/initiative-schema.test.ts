import { describe, expect, it } from 'vitest';
import { initiativeSchema, type KnownIds } from '../../../src/schemas/initiative.ts';
import { describeAt, keysAt } from '../../../src/lib/validation/schema-walk.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { municipalitySchema, taxonomyIdSchema } from '../../../src/schemas/taxonomies.ts';

const known: KnownIds = {
  topics: ['samordning', 'forebygging'],
  targetGroups: ['familier'],
  municipalities: ['lorenskog'],
  sectors: ['kommune', 'nav'],
  organisations: ['nav', 'lorenskog-kommune'],
  sources: ['velferd-pa-nye-mater'],
};
const schema = initiativeSchema(known);
const key = (level: number) => ({ level, rationale: 'Kilden beskriver dette tydelig for tiltaket.' });

const valid = {
  title: 'Familieveiviseren',
  number: 6,
  kind: 'practice',
  summary: 'Lørenskog har samlet koordinatorrollene i én enhet som tar utgangspunkt i familiens ressurser.',
  country: 'NO',
  municipalities: ['lorenskog'],
  contact: 'Lørenskog kommune',
  theme: 'Samordning av tjenester',
  topics: ['samordning'],
  challenges: ['ungt-utenforskap'],
  phase: 'operation',
  targetGroups: ['familier'],
  partners: [{ id: 'nav', role: 'fagfolk herfra arbeider i enheten' }],
  demandEffect: { status: 'documented', text: 'Kommunen opplever at behovet for andre tjenester går ned.' },
  keys: { purpose: key(2), resources: key(2), power: key(1), relationships: key(2) },
  results: [{ value: '50 prosent', label: 'andel av stillingen' }],
  source: { id: 'velferd-pa-nye-mater', pages: [10] },
  updated: '2024-04-01',
};

/** The path of the first issue when `patch` is applied to the valid entry. */
function firstIssuePath(patch: Record<string, unknown>) {
  const result = schema.safeParse({ ...valid, ...patch });
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

describe('initiativeSchema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed.scope).toBe('municipal');
    expect(parsed.updated).toBe('2024-04-01');
  });

  it('normalises a YAML Date (as Astro parses it) to an ISO date string', () => {
    expect(schema.parse({ ...valid, updated: new Date('2024-04-01T00:00:00Z') }).updated).toBe('2024-04-01');
  });

  it.each([
    ['an unknown topic id', { topics: ['samordnig'] }, 'topics.0'],
    ['an unknown municipality', { municipalities: ['oslo'] }, 'municipalities.0'],
    ['an unknown organisation', { partners: [{ id: 'nav-oslo' }] }, 'partners.0.id'],
    ['a partner written the old way, as name and sector', { partners: [{ name: 'NAV', sector: 'nav' }] }, 'partners.0.id'],
    ['the same organisation twice', { partners: [{ id: 'nav' }, { id: 'nav', role: 'en annen rolle' }] }, 'partners'],
    ['an empty role', { partners: [{ id: 'nav', role: '' }] }, 'partners.0.role'],
    ['an unknown source', { source: { id: 'annen-kilde', pages: [1] } }, 'source.id'],
    ['a phase label instead of its id', { phase: 'Regulær drift' }, 'phase'],
    ['a country name instead of its code', { country: 'Norge' }, 'country'],
    ['an unknown challenge', { challenges: ['klima'] }, 'challenges.0'],
    ['a summary over 300 characters', { summary: 'a'.repeat(301) }, 'summary'],
    ['a number that is not a whole number', { number: 6.5 }, 'number'],
    ['a non-ISO date', { updated: '01.04.2024' }, 'updated'],
    ['a key level of 4', { keys: { ...valid.keys, power: key(4) } }, 'keys.power.level'],
    ['a key without rationale', { keys: { ...valid.keys, power: { level: 1 } } }, 'keys.power.rationale'],
    ['a missing key', { keys: { purpose: key(1), resources: key(1), power: key(1) } }, 'keys.relationships'],
    ['a result without a label', { results: [{ value: '70 %' }] }, 'results.0.label'],
    ['a citation with neither page nor section', { source: { id: 'velferd-pa-nye-mater' } }, 'source.pages'],
    ['no target group', { targetGroups: [] }, 'targetGroups'],
    ['a municipal entry without a municipality', { municipalities: [] }, 'municipalities'],
    ['a spaced hyphen used as a dash in the name (L16)', { title: 'OsloJobb - Kompetansejobber' }, 'title'],
    ['a source theme cut at its start (L7)', { theme: '… ensomhet hos eldre' }, 'theme'],
  ])('rejects %s, naming the field', (_what, patch, path) => {
    expect(firstIssuePath(patch)).toContain(path);
  });

  it('accepts a name with a dash or a hyphenated word, and a theme cut at its end', () => {
    expect(schema.safeParse({ ...valid, title: 'OsloJobb – Kompetansejobber' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, title: 'Helse- og omsorgstjenester' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, theme: 'Forebygging av ensomhet hos eldre …' }).success).toBe(true);
  });

  it('rejects unknown fields', () => {
    const result = schema.safeParse({ ...valid, colour: 'red' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });

  it('rejects a missing required field, naming it', () => {
    const { contact: _omitted, ...withoutContact } = valid;
    const result = schema.safeParse(withoutContact);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['contact']);
  });

  it('allows a national initiative without municipalities', () => {
    expect(schema.safeParse({ ...valid, scope: 'national', municipalities: [] }).success).toBe(true);
  });

  it('describes every field for editors', () => {
    const fields = keysAt(schema, []);
    expect(fields.length).toBeGreaterThan(15);
    for (const field of fields) expect(describeAt(schema, [field]), field).toMatch(/\S{3,}/);
  });
});

describe('vocabulary schemas', () => {
  it('taxonomy ids are lowercase ASCII with hyphens', () => {
    expect(taxonomyIdSchema.safeParse('lorenskog').success).toBe(true);
    expect(taxonomyIdSchema.safeParse('Lørenskog').success).toBe(false);
    expect(taxonomyIdSchema.safeParse('to ord').success).toBe(false);
  });

  it('a municipality needs coordinates inside the Nordic countries', () => {
    const base = { name: 'Lørenskog', region: 'Akershus', country: 'NO', lat: 59.93, lon: 10.96 };
    expect(municipalitySchema.safeParse(base).success).toBe(true);
    expect(municipalitySchema.safeParse({ ...base, lat: 10.96, lon: 59.93 }).success).toBe(false);
  });

  it('a source must say whether it has page numbers', () => {
    const result = sourceSchema.safeParse({ title: 'Rapport', publisher: 'KS', language: 'nb', kind: 'report' });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['paginated']);
  });
});
