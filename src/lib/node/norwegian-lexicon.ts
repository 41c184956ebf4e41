import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The Norwegian Bokmål word list behind the search decompounder (src/lib/search/build/decompound.ts), read at
 * build time only: nothing from it is shipped, the site only gets parts of words its entries
 * already contain.
 *
 * The source is `@cspell/dict-nb-no` (the spell-norwegian/hunspell nb_NO list, GPL-3.0-or-later),
 * stored as a cspell «TrieXv3» file: a gzipped, serialised word graph (DAWG) of about 1.27 million
 * forms. We parse it into a graph and look words up by walking it (≈ 0.3 s, ≈ 100 MB) instead of
 * expanding it into a Set (≈ 1.7 s, ≈ 190 MB); the graph answers the same `has` question.
 *
 * Markers in the list: a leading/trailing `+` says the form may end/start a compound, a leading `~`
 * marks case- and accent-folded copies (`~annuitetslanets`), which we ignore so that folded spellings
 * and lower-cased place names are not taken for common words.
 */
export interface NorwegianLexicon {
  /** Whether `word` (lower case, any inflected form) is a common Bokmål word. Names are not. */
  has(word: string): boolean;
  /** Whether `word` (lower case) is known only with a capital letter: a place or person name. */
  isName(word: string): boolean;
  /** Whether the list marks `word` as able to stand last in a compound (hunspell COMPOUNDEND). */
  canEndCompound(word: string): boolean;
  /** Whether the list marks `word` as able to stand first in a compound (hunspell COMPOUNDBEGIN). */
  canStartCompound(word: string): boolean;
}

/** A node of the word graph. Shared sub-graphs are the same object (that is what keeps it small). */
interface TrieNode {
  /** Children by character. */
  c?: Record<string, TrieNode>;
  /** Set when a word ends here. */
  f?: 1;
  /** Set on the shared end-of-word leaf, which must be copied before it gets children. */
  k?: true;
}

/**
 * Parses cspell's TrieXv3 text format into a word graph. A port of `importTrieV3` from
 * cspell-trie-lib (MIT), kept here so the build needs no second package: characters descend,
 * `$` ends a word and steps back, `<` or a digit 2–9 steps back that many levels (digit − 1),
 * `#id;` links to an earlier node by number, `\` escapes the next character.
 */
export function parseTrieV3(text: string): TrieNode {
  const lines = text.split('\n');
  const dataStart = lines.findIndex((line) => line.includes('__DATA__'));
  if (dataStart < 0) throw new Error('ikke en cspell TrieXv3-fil: __DATA__ mangler');
  const header = lines.slice(0, dataStart).filter((line) => line.trim() && !/^\s*#/.test(line));
  const base = /^base=(\d+)$/.exec(header[1]?.trim() ?? '');
  if (header[0]?.trim() !== 'TrieXv3' || !base) throw new Error('ikke en cspell TrieXv3-fil');
  const radix = Number(base[1]);

  const eow: TrieNode = Object.freeze({ f: 1, k: true }) as TrieNode;
  const root: TrieNode = { c: Object.create(null) as Record<string, TrieNode> };
  // Node numbers used by `#id;` count every node created, starting with root and the end leaf.
  const nodes: TrieNode[] = [root, eow];
  const stack: { n: TrieNode; c: string }[] = [{ n: root, c: '' }];
  let current = root;
  let depth = 0;

  const slot = (d: number) => stack[d] as { n: TrieNode; c: string };
  const children = (node: TrieNode) => node.c as Record<string, TrieNode>;

  const insertChar = (char: string) => {
    if (current.k) {
      const s = slot(depth);
      const { k: _shared, c, ...copy } = current;
      current = children(s.n)[s.c] = copy;
      if (c) current.c = Object.assign(Object.create(null) as Record<string, TrieNode>, c);
      nodes.push(current);
    }
    const parent = current;
    parent.c ??= Object.create(null) as Record<string, TrieNode>;
    const next = (parent.c[char] ??= {});
    nodes.push(next);
    depth += 1;
    const s = stack[depth];
    if (s) {
      s.n = parent;
      s.c = char;
    } else {
      stack.push({ n: parent, c: char });
    }
    current = next;
  };
  const markEndOfWord = () => {
    if (!current.c) {
      const s = slot(depth);
      children(s.n)[s.c] = eow;
      if (nodes[nodes.length - 1] === current) nodes.pop();
      current = eow;
    } else {
      current.f = 1;
    }
  };
  const linkTo = (id: number) => {
    const s = slot(depth);
    const target = nodes[id];
    if (!target) throw new Error(`TrieXv3: ukjent node #${id - 1}`);
    children(s.n)[s.c] = target;
    nodes.pop();
  };
  const stepBack = (levels: number) => {
    if (!levels) return;
    depth -= levels;
    current = slot(depth + 1).n;
  };

  type Mode = 'main' | 'back' | 'ref' | 'escape';
  let mode: Mode = 'main';
  let reference = '';
  let escaped = false;
  const escapes: Record<string, string> = { n: '\n', r: '\r', '\\': '\\' };

  for (let i = dataStart + 1; i < lines.length; i += 1) {
    for (const char of lines[i] as string) {
      if (mode === 'ref') {
        if (char === ';') {
          linkTo(Number.parseInt(reference, radix) + 1);
          mode = 'main';
          reference = '';
        } else {
          reference += char;
        }
        continue;
      }
      if (mode === 'escape') {
        if (escaped) {
          insertChar(escapes[char] ?? char);
          escaped = false;
          mode = 'main';
        } else if (char === '\\') {
          escaped = true;
        } else {
          insertChar(char);
          mode = 'main';
        }
        continue;
      }
      if (mode === 'back') {
        if (char === '<') {
          stepBack(1);
          continue;
        }
        if (char >= '2' && char <= '9') {
          stepBack(Number(char) - 1);
          continue;
        }
        mode = 'main';
      }
      if (char === '$') {
        markEndOfWord();
        stepBack(1);
        mode = 'back';
      } else if (char === '<') {
        stepBack(1);
        mode = 'back';
      } else if (char === '#') {
        mode = 'ref';
      } else if (char === '\\') {
        mode = 'escape';
      } else if (char !== '\r') {
        insertChar(char);
      }
    }
  }
  return root;
}

/** Whether the graph holds `word` exactly (markers included). */
export function trieHas(root: TrieNode, word: string): boolean {
  let node: TrieNode | undefined = root;
  for (const char of word) {
    node = node.c?.[char];
    if (!node) return false;
  }
  return node.f === 1;
}

/** Wraps a parsed graph in the lexicon interface (exported for tests with a small hand-made trie). */
export function lexiconFromTrie(root: TrieNode): NorwegianLexicon {
  const has = (word: string) => word.length > 0 && trieHas(root, word);
  const capitalised = (word: string) => (word[0] ?? '').toUpperCase() + word.slice(1);
  return {
    has,
    isName: (word) => word.length > 0 && !has(word) && has(capitalised(word)),
    canEndCompound: (word) => has(`+${word}`) || has(`+${word}+`),
    canStartCompound: (word) => has(`${word}+`) || has(`+${word}+`),
  };
}

/** Where the installed package keeps its word graph (its `exports` only name the cspell config). */
export function norwegianDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cspell/dict-nb-no')), 'nb.trie.gz');
}

let cached: NorwegianLexicon | undefined;

/** The Bokmål lexicon, read and parsed on first use and kept for the rest of the process. */
export function loadNorwegianLexicon(): NorwegianLexicon {
  cached ??= lexiconFromTrie(parseTrieV3(gunzipSync(readFileSync(norwegianDictionaryPath())).toString('utf8')));
  return cached;
}
