import { describe, expect, it } from 'vitest';
import {
  compoundKeywords,
  decompound,
  isMeaningfulMatch,
  lemmas,
  stopWords,
  tokenize,
} from '../../../../src/lib/search/build/decompound.ts';
import { importTrie } from 'cspell-trie-lib';
import { lexiconFromTrie, loadNorwegianLexicon } from '../../../../src/lib/node/norwegian-lexicon.ts';

// The real Bokmål list (≈ 0.3 s to load), so the expectations are the ones the build will meet.
const nb = loadNorwegianLexicon();
// Words of the entries themselves that the dictionary lacks, as the build passes them.
const corpus = new Set(['utenforskap', 'samskaping']);

describe('decompound with the Bokmål dictionary', () => {
  it.each([
    ['eldreomsorg', ['eldre', 'omsorg']],
    ['hjemmesykepleien', ['hjemme', 'sykepleien']],
    ['helsepersonell', ['helse', 'personell']],
    ['sykehjemsplasser', ['sykehjem', 'plasser']],
    ['velferdsteknologi', ['velferd', 'teknologi']],
    ['arbeidslivet', ['arbeid', 'livet']],
    ['helsefellesskapet', ['helse', 'fellesskapet']],
    ['tjenestetildeling', ['tjeneste', 'tildeling']],
    ['hverdagsmestring', ['hverdag', 'mestring']],
    ['matproduksjon', ['mat', 'produksjon']],
    ['kompetansejobber', ['kompetanse', 'jobber']],
    ['velferdstjenester', ['velferd', 'tjenester']],
    ['pårørendestøtte', ['pårørende', 'støtte']],
    ['funksjonssvikt', ['funksjon', 'svikt']],
    ['vurderingsteam', ['vurdering', 'team']],
    ['skolemåltider', ['skole', 'måltider']],
    ['kommunehelsetjenesten', ['kommune', 'helsetjenesten']],
    ['eldreomsorgstjenester', ['eldreomsorg', 'tjenester']],
    ['Familieveiviseren', ['familie', 'veiviseren']],
    ['helsefagelever', ['helsefag', 'elever']],
    ['livskvalitet', ['liv', 'kvalitet']],
  ])('%s → %j', (word, parts) => {
    expect(decompound(word, nb)).toEqual(parts);
  });

  it.each([
    ['ungdomsutenforskap', ['ungdom', 'utenforskap']],
    ['samskapingsprosjekt', ['samskaping', 'prosjekt']],
    ['ungdomsutenforskaper', ['ungdom', 'utenforskaper']],
  ])('%s → %j once the entries’ own words are known', (word, parts) => {
    expect(decompound(word, nb)).toEqual([]);
    expect(decompound(word, nb, { extraWords: corpus })).toEqual(parts);
  });

  it.each([
    'kommune',
    'omsorg',
    'familie',
    'om',
    'hus',
    'tjeneste',
    'kompetanse',
    'mennesker',
    'beskrive',
    'levering',
    'organisasjoner',
    'veileder',
    'mestring',
    'verktøyene',
    'brukerens',
  ])('leaves the plain word «%s» whole', (word) => {
    expect(decompound(word, nb)).toEqual([]);
  });

  it.each(['Stavanger', 'Kristiansand', 'Lillestrøm', 'Lørenskog', 'Oslo'])(
    'does not split the place name %s',
    (name) => {
      expect(decompound(name, nb)).toEqual([]);
    },
  );

  it('does not take a particle for a part: «omsorg» never yields «om»', () => {
    const words = ['omsorgsarbeid', 'omsorgstjenester', 'innbyggere', 'samarbeid', 'oppfølging', 'tilrettelegging'];
    for (const word of words) expect(decompound(word, nb)).not.toContain('om');
    expect(decompound('innbyggere', nb)).toEqual([]);
    expect(decompound('samarbeid', nb)).toEqual([]);
  });

  it('treats «felles» as a word, not as the genitive of «felle»', () => {
    expect(decompound('fellesarealer', nb)).toEqual(['felles', 'arealer']);
  });
});

describe('decompound with a plain word set', () => {
  const words = new Set([
    'eldre',
    'omsorg',
    'velferd',
    'teknologi',
    'tjenester',
    'barn',
    'hage',
    'om',
    'sorg',
    'eldreomsorg',
  ]);

  it('accepts a Set or a function as the lexicon', () => {
    expect(decompound('eldreomsorg', words)).toEqual(['eldre', 'omsorg']);
    expect(decompound('eldreomsorg', (w) => words.has(w))).toEqual(['eldre', 'omsorg']);
  });

  it('drops linking -s- and -e-', () => {
    expect(decompound('velferdsteknologi', words)).toEqual(['velferd', 'teknologi']);
    expect(decompound('barnehage', words)).toEqual(['barn', 'hage']);
  });

  it('prefers the fewest parts, then the longest first part', () => {
    expect(decompound('eldreomsorgstjenester', words)).toEqual(['eldreomsorg', 'tjenester']);
    expect(decompound('eldreomsorgstjenester', words, { maxParts: 2 })).toEqual(['eldreomsorg', 'tjenester']);
    const noWhole = new Set([...words].filter((w) => w !== 'eldreomsorg'));
    expect(decompound('eldreomsorgstjenester', noWhole)).toEqual(['eldre', 'omsorg', 'tjenester']);
    expect(decompound('eldreomsorgstjenester', noWhole, { maxParts: 2 })).toEqual([]);
  });

  it('honours minPart: «om» + «sorg» is not a split', () => {
    expect(decompound('omsorg', words)).toEqual([]);
    expect(decompound('omsorg', words, { minPart: 2 })).toEqual(['om', 'sorg']);
  });

  it('returns [] for short words, non-words and unknown parts', () => {
    expect(decompound('', words)).toEqual([]);
    expect(decompound('eldr', words)).toEqual([]);
    expect(decompound('eldre-omsorg', words)).toEqual([]);
    expect(decompound('eldrexomsorg', words)).toEqual([]);
  });
});

describe('lemmas', () => {
  it.each([
    ['sykepleien', ['sykepleie']],
    ['plasser', ['plass']],
    ['fellesskapet', ['fellesskap']],
    ['tjenestene', ['tjeneste']],
    ['styrken', ['styrk', 'styrke']],
    ['omsorg', []],
    ['livet', []], // «liv» is shorter than four letters
  ])('%s → %j', (word, expected) => {
    expect(lemmas(word, nb)).toEqual(expected);
  });
});

describe('compoundKeywords', () => {
  it('finds the parts of the compounds in a text, unique and in order', () => {
    const text =
      'Eldreomsorgen i Lister: hjemmesykepleien og sykehjemsplasser, velferdsteknologi og ny eldreomsorg for 2 000 innbyggere.';
    expect(compoundKeywords(text, nb)).toEqual([
      'eldre',
      'omsorgen',
      'omsorg',
      'hjemme',
      'sykepleien',
      'sykepleie',
      'sykehjem',
      'plasser',
      'plass',
      'velferd',
      'teknologi',
    ]);
  });

  it('splits parts that are compounds themselves', () => {
    expect(compoundKeywords('eldreomsorgstjenester', nb)).toEqual([
      'eldreomsorg',
      'eldre',
      'omsorg',
      'tjenester',
      'tjeneste',
    ]);
  });

  it('leaves out words that are in the text already', () => {
    expect(compoundKeywords('Omsorg og eldreomsorg', nb)).toEqual(['eldre']);
  });

  it('leaves out three-letter heads and stop-words, and keeps the tail', () => {
    expect(compoundKeywords('matproduksjon', nb)).toEqual(['produksjon']);
    expect(compoundKeywords('livskvalitet', nb)).toEqual(['kvalitet']);
  });

  it('uses the entries’ own words as extra lexicon', () => {
    const text = 'Ungdomsutenforskap og samskapingsprosjekt';
    expect(compoundKeywords(text, nb)).toEqual([]);
    expect(compoundKeywords(text, nb, corpus)).toEqual(['ungdom', 'utenforskap', 'samskaping', 'prosjekt']);
  });

  it('reuses a shared cache across calls', () => {
    const cache = new Map<string, readonly string[]>();
    expect(compoundKeywords('velferdsteknologi', nb, undefined, { cache })).toEqual(['velferd', 'teknologi']);
    expect(cache.get('velferdsteknologi')).toEqual(['velferd', 'teknologi']);
    expect(compoundKeywords('Velferdsteknologi i hjemmet', nb, undefined, { cache })).toEqual(['velferd', 'teknologi']);
  });

  it('never returns a part shorter than four letters or a stop-word (over the real entries)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../../content/initiatives/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => readFileSync(new URL(file, dir), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    const words = new Set(texts.flatMap(tokenize));
    const cache = new Map<string, readonly string[]>();
    const all = texts.flatMap((text) => compoundKeywords(text, nb, words, { cache }));
    expect(all.length).toBeGreaterThan(50);
    for (const part of all) {
      expect(part.length, part).toBeGreaterThanOrEqual(4);
      expect(stopWords.has(part), part).toBe(false);
      expect(part).toMatch(/^\p{Ll}+$/u);
    }
  });
});

describe('tokenize', () => {
  it('lower-cases letter runs and splits on hyphens, digits and punctuation', () => {
    expect(tokenize('Helse-, omsorgs- og velferdstjenester (NAV) i 2022!')).toEqual([
      'helse',
      'omsorgs',
      'og',
      'velferdstjenester',
      'nav',
      'i',
    ]);
    expect(tokenize('Bærum, Ålesund og Tromsø')).toEqual(['bærum', 'ålesund', 'og', 'tromsø']);
  });
});

describe('isMeaningfulMatch', () => {
  it('rejects a short index word that the query only starts with', () => {
    expect(isMeaningfulMatch('omsorg', 'om')).toBe(false);
    expect(isMeaningfulMatch('omsorg', 'omsorgen')).toBe(true);
    expect(isMeaningfulMatch('omsorgsarbeid', 'omsorg')).toBe(true);
    expect(isMeaningfulMatch('om', 'om')).toBe(true);
    expect(isMeaningfulMatch('fam', 'familien')).toBe(true);
    expect(isMeaningfulMatch('Eldre', 'eldreomsorg')).toBe(true);
  });
});

describe('the lexicon over a TrieXv3 graph read by cspell-trie-lib', () => {
  // Hand-made files in cspell's format: «$» ends a word and steps back one level, a digit d steps
  // back d − 1 more, «#n;» makes the last character lead to the shared node n.
  const file = (data: string) =>
    ['#!/usr/bin/env cspell-trie reader', 'TrieXv3', 'base=10', '# test', '__DATA__', data].join('\n');

  it('reads words, compound markers and capitalised names', () => {
    const lexicon = lexiconFromTrie(importTrie(file('eldre$5omsorg$6+sorg$5Oslo$')));
    expect(lexicon.has('eldre')).toBe(true);
    expect(lexicon.has('eldreomsorg')).toBe(false);
    expect(lexicon.has('omsorg')).toBe(true);
    expect(lexicon.has('sorg')).toBe(false);
    expect(lexicon.canEndCompound('sorg')).toBe(true);
    expect(lexicon.isName('oslo')).toBe(true);
    expect(lexicon.has('oslo')).toBe(false);
  });

  it('follows references to shared endings', () => {
    const lexicon = lexiconFromTrie(importTrie(file('sorg$4bor#3;')));
    expect(lexicon.has('sorg')).toBe(true);
    expect(lexicon.has('borg')).toBe(true);
    expect(lexicon.has('bor')).toBe(false);
  });

  it('loads the full dictionary with its ≈ 1 million forms', () => {
    expect(nb.has('velferdsteknologi')).toBe(false);
    expect(nb.has('eldreomsorg')).toBe(true);
    expect(nb.isName('stavanger')).toBe(true);
    expect(loadNorwegianLexicon()).toBe(nb);
  });
});
