import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { relatedExamples, type RelatedInput } from '../../../src/lib/related/related-examples.ts';

const t = (id: string) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1) });
const entry = (
  slug: string,
  number: number,
  groups: string[],
  topics: string[],
  keys: string[] = [],
): RelatedInput => ({
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
    expect(related.get('a')!.map((r) => [r.slug, r.score])).toEqual([
      ['b', 6],
      ['c', 6],
      ['f', 5],
      ['e', 3],
    ]);
  });

  it('never pairs entries that share only a key pattern, and never an entry with itself', () => {
    expect(related.get('a')!.map((r) => r.slug)).not.toContain('d');
    for (const [slug, list] of related) expect(list.map((r) => r.slug)).not.toContain(slug);
  });

  it('keeps at most four, ties broken by the lower catalogue number', () => {
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(4);
    expect(
      related
        .get('a')!
        .slice(0, 2)
        .map((r) => r.slug),
    ).toEqual(['b', 'c']);
  });

  it('says why in words', () => {
    expect(related.get('a')!.find((r) => r.slug === 'b')!.reason).toBe(
      'samme målgruppe: eldre; samme tema: mestring; begge flytter makt',
    );
    expect(related.get('a')!.find((r) => r.slug === 'c')!.reason).toBe(
      'samme tema: mestring og frivillighet; begge flytter makt og relasjoner',
    );
  });

  it('gives an entry with nothing in common no related examples', () => {
    expect(relatedExamples([entry('x', 1, ['a'], ['b']), entry('y', 2, ['c'], ['d'])]).get('x')).toEqual([]);
  });

  it('ranks exactly as comparing every pair would, also with many entries sharing one profile', () => {
    // The definition, written the slow way: every other entry that shares a group or topic, scored,
    // best score first, then the lower number.
    const bruteForce = (list: RelatedInput[]) =>
      new Map(
        list.map((e) => {
          const ranked = list
            .filter((o) => o !== e)
            .map((o) => {
              const groups = e.targetGroups.filter((g) => o.targetGroups.some((x) => x.id === g.id)).length;
              const topics = e.topics.filter((x) => o.topics.some((y) => y.id === x.id)).length;
              const keys = e.movedKeys.filter((k) => o.movedKeys.includes(k)).length;
              return { o, shares: groups + topics > 0, score: 3 * groups + 2 * topics + keys };
            })
            .filter((r) => r.shares)
            .sort((a, b) => b.score - a.score || a.o.number - b.o.number);
          return [e.slug, ranked.slice(0, 4).map((r) => [r.o.slug, r.score])];
        }),
      );
    const profile = fc.record({
      groups: fc.subarray(['eldre', 'unge', 'familier', 'innvandrere']),
      topics: fc.subarray(['mestring', 'frivillighet', 'skole', 'helse', 'arbeid']),
      keys: fc.subarray(['Makt', 'Relasjoner', 'Ressurser', 'Kunnskap']),
    });
    fc.assert(
      fc.property(
        fc.array(profile, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 40 }),
        (profiles, picks) => {
          // Numbers out of list order, and profiles repeated, as copies of real entries would be.
          const list = picks.map((pick, i) => {
            const p = profiles[pick % profiles.length]!;
            return entry(`e${i}`, ((i * 17) % picks.length) + 1, p.groups, p.topics, p.keys);
          });
          const fast = relatedExamples(list);
          const slow = bruteForce(list);
          for (const e of list) expect(fast.get(e.slug)!.map((r) => [r.slug, r.score])).toEqual(slow.get(e.slug));
        },
      ),
      { numRuns: 200 },
    );
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
