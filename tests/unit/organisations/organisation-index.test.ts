import { describe, expect, it } from 'vitest';
import { indexOrganisations } from '../../../src/lib/organisations/organisation-index.ts';

const organisations = [
  { id: 'nav', name: 'NAV' },
  { id: 'nav-oslo', name: 'NAV Oslo', parent: 'nav' },
  { id: 'nav-grorud', name: 'NAV Grorud', parent: 'nav' },
  { id: 'oslo-kommune', name: 'Oslo kommune' },
  { id: 'innbyggere-b', name: 'Innbyggere', qualifier: 'Øygarden' },
  { id: 'innbyggere-a', name: 'Innbyggere', qualifier: 'Lister' },
  { id: 'aarhus', name: 'Aarhus kommune' },
];
const entries = [
  { slug: 'a', partners: ['nav', 'nav-oslo'] },
  { slug: 'b', partners: ['nav', 'innbyggere-b'] },
  { slug: 'c', partners: ['nav-oslo', 'nav-oslo', 'innbyggere-a'] },
];
const index = indexOrganisations(organisations, entries, (e) => e.partners);
const byId = new Map(index.map((u) => [u.organisation.id, u]));

describe('indexOrganisations', () => {
  it('lists exactly the entries whose partners include the organisation, once each', () => {
    expect(byId.get('nav')!.entries.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(byId.get('nav-oslo')!.entries.map((e) => e.slug)).toEqual(['a', 'c']);
    expect(byId.get('nav-grorud')!.entries).toEqual([]);
  });

  it('does not count a child’s entries for its parent', () => {
    expect(byId.get('nav')!.entries.map((e) => e.slug)).not.toContain('c');
  });

  it('sorts by number of entries, then by name in Norwegian order (Aa as Å, last), then by qualifier', () => {
    expect(index.map((u) => u.organisation.id)).toEqual([
      'nav',
      'nav-oslo',
      'innbyggere-a',
      'innbyggere-b',
      'nav-grorud',
      'oslo-kommune',
      'aarhus',
    ]);
  });

  it('links parents and children both ways', () => {
    expect(byId.get('nav')!.children.map((c) => c.id)).toEqual(['nav-grorud', 'nav-oslo']);
    expect(byId.get('nav-oslo')!.parent?.id).toBe('nav');
    expect(byId.get('oslo-kommune')!.parent).toBeUndefined();
  });

  it('keeps every organisation, also those in no entry', () => {
    expect(index).toHaveLength(organisations.length);
  });
});
