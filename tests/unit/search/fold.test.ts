import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  asciiSkeleton,
  eSkeleton,
  foldedSpellings,
  norwegianLetters,
  queryForm,
  withFoldedSpellings,
} from '../../../src/lib/search/fold.ts';
import { searchTerms, typedWord } from '../../../src/lib/search/results.ts';

/**
 * What the index has for a page with `text`: its own words and the spellings the build adds. A query
 * word finds the page when its query form starts one of them (Pagefind matches word beginnings).
 */
function indexed(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...words, ...withFoldedSpellings(text, [])];
}
const finds = (query: string, text: string) => indexed(text).some((word) => word.startsWith(queryForm(query)));

describe('Nordic spellings meet (M12)', () => {
  it.each([
    // æ/ae, and æ typed as a
    ['baerekraftige', 'bærekraftige'],
    ['barekraftige', 'bærekraftige'],
    ['ernaering', 'underernæring og ernæring'],
    // ø/o and ø/oe
    ['dorterskelen', 'På dørterskelen'],
    ['doerterskelen', 'På dørterskelen'],
    ['stodig', 'Sterk og stødig'],
    // å/aa
    ['paa', 'På dørterskelen'],
    ['maade', 'på den gode måde'],
    // ä/æ and ö/ø, both ways
    ['hälsolabb', 'Hälsolabb – den nära vården'],
    ['halsolabb', 'Hälsolabb – den nära vården'],
    ['hælsolabb', 'Hälsolabb – den nära vården'],
    ['bärekraftige', 'bærekraftige'],
    ['höst', 'høsten'],
    ['høst', 'hösten'],
    ['dörterskelen', 'På dørterskelen'],
    // Swedish and Danish words for the Norwegian one
    ['äldre', 'tiltak for eldre'],
    ['eldre', 'ældre borgere'],
    ['eldre', 'äldre'],
  ])('«%s» finds a page with «%s»', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['dorterskelen', 'døren'],
    ['baerekraftige', 'kraftige'],
    ['eldre', 'aldri'],
    ['ost', 'vest og nord'],
  ])('«%s» does not find a page with only «%s»', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('folds to the ASCII skeleton and the e-skeleton', () => {
    expect(asciiSkeleton('bærekraftige')).toBe('barekraftige');
    expect(asciiSkeleton('baerekraftige')).toBe('barekraftige');
    expect(asciiSkeleton('dørterskelen')).toBe('dorterskelen');
    expect(asciiSkeleton('paa')).toBe('pa');
    expect(asciiSkeleton('søen')).toBe('son');
    expect(eSkeleton('äldre')).toBe('eldre');
    expect(eSkeleton('ældre')).toBe('eldre');
    expect(norwegianLetters('hälsolabb')).toBe('hælsolabb');
  });

  it('searches Norwegian letters as typed, Swedish letters as the e-skeleton, plain letters as the skeleton', () => {
    expect(queryForm('Bærekraftige')).toBe('bærekraftige');
    expect(queryForm('äldre')).toBe('eldre');
    expect(queryForm('baerekraftige')).toBe('barekraftige');
    expect(queryForm('eldre')).toBe('eldre');
  });

  it('lists only other spellings, none for a word without Nordic letters', () => {
    expect(foldedSpellings('eldre')).toEqual([]);
    expect(foldedSpellings('bærekraftige').sort()).toEqual(['barekraftige', 'berekraftige']);
    expect(foldedSpellings('hälsolabb').sort()).toEqual(['halsolabb', 'helsolabb', 'hælsolabb']);
  });

  it('adds spellings of the keywords too, also one the text seems to hold (Pagefind may read it differently)', () => {
    const keywords = withFoldedSpellings('Underernæring hos eldre, på pa-dorterskelen', ['ernæring']);
    expect(keywords).toContain('ernæring');
    expect(keywords).toContain('underernaring');
    expect(keywords).toContain('ernaring');
    expect(keywords).toContain('pa');
    expect(withFoldedSpellings('eldre og unge', ['omsorg'])).toEqual(['omsorg']);
  });

  it('a query form is its own query form, and always what the index holds for the word itself', () => {
    const nordic = fc.string({ unit: fc.constantFrom(...'abdeilnorstæøåäöAÆØ'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(nordic, (word) => {
        const form = queryForm(word);
        expect(queryForm(form)).toBe(form);
        const lower = word.toLowerCase();
        expect([lower, ...foldedSpellings(lower)]).toContain(form);
      }),
    );
  });
});

describe('searchTerms with folding', () => {
  it('sends each word in its query form', () => {
    expect(searchTerms('baerekraftige fellesskap')).toEqual(['barekraftige', 'fellesskap']);
    expect(searchTerms('äldre')).toEqual(['eldre']);
  });

  it("counts a word's length after folding, so «aa» (å) never widens the search", () => {
    expect(searchTerms('aa')).toEqual([]);
  });

  it('treats stop words typed without Norwegian letters as stop words', () => {
    expect(searchTerms('tiltak paa dorterskelen')).toEqual(['dorterskelen']);
    expect(searchTerms('nar eldre bor hjemme')).toEqual(['eldre', 'hjemme']);
  });

  it('quotes the word as typed', () => {
    expect(typedWord('Baerekraftige fellesskap', 'barekraftige')).toBe('baerekraftige');
    expect(typedWord('x', 'y')).toBe('y');
  });
});
