import { describe, expect, it } from 'vitest';
import { relatedExamples, type RelatedInput } from '../../../src/lib/related/related-examples.ts';

const t = (id: string) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1) });
const entry = (slug: string, number: number, groups: string[], topics: string[], keys: string[] = []): RelatedInput => ({
  slug,
  title: slug.toUpperCase(),
  number,
  targetGroups: groups.map(t),
  topics: topics.map(t),
  movedKeys: keys,
});

describe('relatedExamples', () => {
  const entries = [
    entry('a', 1, ['eldre'], ['mestring', 'frivillighet'], ['Makt', 'Relasjoner']),
    entry('b', 2, ['eldre'], ['mestring'], ['Makt']),
    entry('c', 3, ['unge'], ['mestring', 'frivillighet'], ['Makt', 'Relasjoner']),
    entry('d', 4, ['unge'], ['skole'], ['Makt', 'Relasjoner']),
    entry('e', 5, ['eldre'], ['skole']),
    entry('f', 6, ['eldre'], ['mestring']),
  ];
  const related = relatedExamples(entries);

  it('ranks a shared target group above a shared topic, and shared keys add to it', () => {
    // b: group 3 + topic 2 + key 1 = 6; f: group 3 + topic 2 = 5; c: topics 4 + keys 2 = 6; e: group 3.
    expect(related.get('a')!.map((r) => [r.slug, r.score])).toEqual([['b', 6], ['c', 6], ['f', 5], ['e', 3]]);
  });

  it('never pairs entries that share only a key pattern, and never an entry with itself', () => {
    expect(related.get('a')!.map((r) => r.slug)).not.toContain('d');
    for (const [slug, list] of related) expect(list.map((r) => r.slug)).not.toContain(slug);
  });

  it('keeps at most four, ties broken by the lower catalogue number', () => {
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(4);
    expect(related.get('a')!.slice(0, 2).map((r) => r.slug)).toEqual(['b', 'c']);
  });

  it('says why in words', () => {
    expect(related.get('a')!.find((r) => r.slug === 'b')!.reason).toBe('samme målgruppe: eldre; samme tema: mestring; begge flytter makt');
    expect(related.get('a')!.find((r) => r.slug === 'c')!.reason).toBe('samme tema: mestring og frivillighet; begge flytter makt og relasjoner');
  });

  it('gives an entry with nothing in common no related examples', () => {
    expect(relatedExamples([entry('x', 1, ['a'], ['b']), entry('y', 2, ['c'], ['d'])]).get('x')).toEqual([]);
  });

  it('counts a shared organisation, says it with the name as written, and finds entries through it alone', () => {
    const nav = { id: 'nav', label: 'NAV' };
    const list = relatedExamples([
      { ...entry('x', 1, ['a'], ['b']), organisations: [nav, { id: 'bydel-alna', label: 'Bydel Alna' }] },
      { ...entry('y', 2, ['c'], ['d']), organisations: [nav] },
      { ...entry('z', 3, ['a'], ['e']), organisations: [{ id: 'bydel-alna-2', label: 'Bydel Alna' }] },
    ]);
    expect(list.get('x')).toEqual([
      { slug: 'z', title: 'Z', score: 3, reason: 'samme målgruppe: a' },
      { slug: 'y', title: 'Y', score: 2, reason: 'begge med NAV' },
    ]);
  });
});
