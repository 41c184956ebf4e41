import type { KeyDiagramEntry } from '../../../src/lib/svg/key-diagram.ts';
import { keyDiagramDefaults, layoutKeyDiagram } from '../../../src/lib/keys/layout/index.ts';
import { keyIds, type KeyId } from '../../../src/schemas/keys.ts';

export const levels = (digits: string) =>
  Object.fromEntries(keyIds.map((id, i) => [id, Number(digits[i])])) as Record<KeyId, number>;

// Made-up fixtures, not the real content (which changes): one per corner, an edge, the centre, two
// identical entries, every phase plus «no phase», and a title that needs escaping.
export const fixture: KeyDiagramEntry[] = [
  {
    number: 1,
    title: 'Formålsprosjektet',
    slug: 'formalsprosjektet',
    phase: 'planning',
    levels: levels('3000'),
    country: 'NO',
    topics: ['a'],
  },
  {
    number: 2,
    title: 'Ressursbanken',
    slug: 'ressursbanken',
    phase: 'implementation',
    levels: levels('0300'),
    country: 'DK',
    topics: ['a', 'b'],
  },
  { number: 3, title: 'Maktskiftet', slug: 'maktskiftet', phase: 'pilot', levels: levels('0030'), country: 'SE' },
  {
    number: 4,
    title: 'Relasjonsnettet',
    slug: 'relasjonsnettet',
    phase: 'operation',
    levels: levels('0003'),
    country: 'NO',
  },
  {
    number: 5,
    title: 'Midt i «alt» & mer',
    slug: 'midt-i-alt',
    phase: 'operation',
    levels: levels('2222'),
    country: 'NO',
    topics: ['c'],
  },
  {
    number: 6,
    title: 'Familieveiviseren',
    slug: 'familieveiviseren',
    phase: 'operation',
    levels: levels('2312'),
    country: 'NO',
  },
  { number: 7, title: 'Øverste kant', slug: 'overste-kant', phase: 'pilot', levels: levels('2002'), country: 'NO' },
  { number: 12, title: 'Samskabelse på den gode måde', slug: 'samskabelse', levels: levels('2222'), country: 'DK' },
];

export const { size, radius, padding, gap } = keyDiagramDefaults;
export const layout = () =>
  layoutKeyDiagram(
    fixture.map((e) => ({ id: e.slug, number: e.number, levels: e.levels })),
    { size, radius, padding, gap },
  );
