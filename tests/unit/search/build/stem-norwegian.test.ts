import { describe, expect, it } from 'vitest';
import { stemNorwegian } from '../../../../src/lib/search/build/stem-norwegian.ts';
import { fold, wordParts } from '../../../../src/lib/search/build/page-words.ts';

// Stems as Pagefind 1.6 wrote them into its index for these words (read off its output); every
// word of the catalogue is compared with Pagefind's in tests/built/own-index.test.ts.
const pagefindKeys: Record<string, string> = {
  sers: 'sers',
  tvers: 'tvers',
  kurs: 'kur',
  kors: 'kor',
  ars: 'ars',
  deltakers: 'deltak',
  ellers: 'ell',
  velferdsspors: 'velferdsspor',
  også: 'ogs',
  skåle: 'skal',
  ærlig: 'ærl',
  løftet: 'løft',
  iphone: 'iphon',
  osloviken: 'oslovik',
  bærekraftige: 'bærekraft',
  nivåene: 'niva',
  oppnådde: 'oppnadd',
  unngås: 'unng',
  måltidene: 'maltid',
  området: 'omrad',
  gårdene: 'gard',
  kontoret: 'kontor',
  '«bærekraftige»': '«bærekraftige»',
};

describe('the Norwegian stemmer', () => {
  it('gives the keys Pagefind gives, after folding accents', () => {
    const ours = Object.fromEntries(Object.keys(pagefindKeys).map((word) => [word, stemNorwegian(fold(word))]));
    expect(ours).toEqual(pagefindKeys);
  });

  it('leaves short words and words outside the Basic Multilingual Plane alone', () => {
    expect(stemNorwegian('en')).toBe('en');
    expect(stemNorwegian('a𝔸ene')).toBe('a𝔸ene');
  });
});

describe('word parts', () => {
  it('splits at punctuation and where case or digits change, as Pagefind does', () => {
    expect(wordParts('WKWebView')).toEqual(['wk', 'web', 'view']);
    expect(wordParts('NAV-kontoret')).toEqual(['nav', 'kontoret']);
    expect(wordParts('NAVkontor')).toEqual(['na', 'vkontor']);
    expect(wordParts('P3-tiltak')).toEqual(['p', '3', 'tiltak']);
    expect(wordParts('«Bærekraftige»')).toEqual(['«bærekraftige»']);
    expect(wordParts('Oslo/Viken')).toEqual(['oslo', 'viken']);
  });
});
