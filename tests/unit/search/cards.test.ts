import { describe, expect, it } from 'vitest';
import { cardFile, parseCard, serialiseCard } from '../../../src/lib/search/cards.ts';
import { toResultCard, type ResultCard } from '../../../src/lib/search/results.ts';

const card: ResultCard = {
  url: '/eksempler/x/',
  title: 'X «y» & z',
  number: '7',
  summary: 'Kort',
  municipality: 'Bergen',
  phase: 'Drift',
  country: 'Norge',
  effect: '',
};

describe('result card files', () => {
  it('live beside the index, named by result id', () => {
    expect(cardFile('nb_1a2b3c4')).toBe('card/nb_1a2b3c4.json');
  });

  it('read back what was written, in a fixed field order', () => {
    const text = serialiseCard({ ...card });
    expect(parseCard(JSON.parse(text))).toEqual(card);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'url',
      'title',
      'number',
      'summary',
      'municipality',
      'phase',
      'country',
      'effect',
    ]);
    // The same card as the fragment gives: the build makes the file with toResultCard.
    expect(
      parseCard(
        JSON.parse(
          serialiseCard(
            toResultCard({
              url: card.url,
              content: 'lang tekst',
              meta: {
                title: card.title,
                number: '7',
                summary: 'Kort',
                municipality: 'Bergen',
                phase: 'Drift',
                country: 'Norge',
              },
            }),
          ),
        ),
      ),
    ).toEqual(card);
  });

  it('refuse anything else, so the catalogue falls back to the fragment', () => {
    expect(parseCard(null)).toBeUndefined();
    expect(parseCard('x')).toBeUndefined();
    expect(parseCard({ ...card, title: 3 })).toBeUndefined();
    const { effect: _effect, ...missing } = card;
    expect(parseCard(missing)).toBeUndefined();
  });
});
