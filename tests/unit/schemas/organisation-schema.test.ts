import { describe, expect, it } from 'vitest';
import { organisationDisplayName, organisationSchema } from '../../../src/schemas/organisation.ts';

const valid = { name: 'NAV Oslo', sector: 'nav', country: 'NO', parent: 'nav' };

describe('organisationSchema', () => {
  it('accepts an organisation with a parent, aliases and a qualifier', () => {
    expect(organisationSchema.parse({ ...valid, aliases: ['NAV i Oslo'], qualifier: 'Oslo' })).toEqual({ ...valid, aliases: ['NAV i Oslo'], qualifier: 'Oslo' });
  });

  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['a one-letter name', { name: 'N' }, 'name'],
    ['a sector with capitals and spaces', { sector: 'Privat Sektor' }, 'sector'],
    ['a country name instead of its code', { country: 'Norge' }, 'country'],
    ['a parent written as a name', { parent: 'NAV' }, 'parent'],
    ['an empty alias list', { aliases: [] }, 'aliases'],
    ['a field the file does not have', { url: 'https://nav.no' }, ''],
  ])('rejects %s', (_what, patch, path) => {
    const result = organisationSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('shows the qualifier after the name only when there is one', () => {
    expect(organisationDisplayName({ name: 'Innbyggere', qualifier: 'Øygarden' })).toBe('Innbyggere (Øygarden)');
    expect(organisationDisplayName({ name: 'NAV' })).toBe('NAV');
  });
});
