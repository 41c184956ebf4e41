import { AUTO_WEIGHT_MARKER, END_WEIGHT_MARKER, WHITE_SPACE, type PageReading } from './page-reading.ts';
import { stemNorwegian } from './stem-norwegian.ts';

/**
 * A page's words as Pagefind 1.6 indexes them (its parse_digest in pagefind/src/fossick/mod.rs, and
 * what 1.6 adds: accent-folded keys with the written form as a variant, and the words of meta
 * fields). Read off Pagefind's own output where its source was not at hand, and checked against it
 * on every built entry page (tests/built/own-index.test.ts):
 * - a word is the run between white space; its key is its letters and digits, lower-cased,
 *   accents folded («på» → «pa») and stemmed; when folding changed it, the word as written (not
 *   stemmed) is kept as a variant of the key;
 * - a word with other characters or capitals is also indexed by its parts («NAV-kontoret»: «nav»,
 *   «kontoret»; «WKWebView»: «wk», «web», «view»), parts of one letter left out and the weight
 *   shared between the parts that are left, unless the parts are the word itself («deg,»);
 * - positions count words, weights come from the markers of page-reading.ts (24 for body text,
 *   24 × 7 … 24 × 2 for h1 … h6), and meta words are counted per field from 0.
 */

/**
 * One written form of a word on a page. `locations` and `meta` are flat pairs: weight, position
 * (body text) and field index, position (meta fields), in the order met.
 */
export interface FormOnPage {
  /** The index key: folded and stemmed. */
  key: string;
  /** The form as written when folding changed it (a variant of the key), else ''. */
  written: string;
  locations: number[];
  meta: number[];
}

export interface PageWords {
  /** The page's text as Pagefind stores it in the fragment. */
  content: string;
  wordCount: number;
  /** Every form on the page, in the order first met. */
  forms: FormOnPage[];
}

/** Characters Pagefind indexes besides letters and digits (its default `include_characters`). */
const INCLUDE = new Set(['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿']);
const ALPHANUMERIC = /[\p{Alphabetic}\p{N}]/u;
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const SPLIT = new RegExp(`[${WHITE_SPACE}]+`);
const EMOJI = /\p{Extended_Pictographic}/u;
const WEIGHT_UNIT = 24;

/** Accents folded as Pagefind folds them: decomposed, combining marks dropped (å → a; æ, ø stay). */
export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** The word's letters, digits and included characters, lower-cased (Rust's per-character rule). */
function normalized(word: string): string {
  let out = '';
  for (const c of word) {
    if (!ALPHANUMERIC.test(c) && !INCLUDE.has(c)) continue;
    out += UPPER.test(c) ? c.toLowerCase() : c;
  }
  return out;
}

type Kind = 'upper' | 'lower' | 'digit' | 'other';
const kind = (c: string): Kind =>
  c >= '0' && c <= '9' ? 'digit' : UPPER.test(c) ? 'upper' : LOWER.test(c) ? 'lower' : 'other';

/**
 * The parts of a word: ASCII punctuation as spaces, then split where the case or digits change, as
 * the convert_case crate's lower case does («WKWebView» → «wk web view», «P3» → «p 3»).
 */
export function wordParts(word: string): string[] {
  const parts: string[] = [];
  for (const chunk of word.replace(ASCII_PUNCTUATION, ' ').split(' ')) {
    const chars = [...chunk];
    let start = 0;
    for (let i = 1; i < chars.length; i += 1) {
      const [a, b] = [kind(chars[i - 1]!), kind(chars[i]!)];
      const next = chars[i + 1] === undefined ? 'other' : kind(chars[i + 1]!);
      const boundary =
        (a === 'lower' && b === 'upper') ||
        (a === 'upper' && b === 'digit') ||
        (a === 'digit' && (b === 'upper' || b === 'lower')) ||
        (a === 'lower' && b === 'digit') ||
        (a === 'upper' && b === 'upper' && next === 'lower');
      if (boundary) {
        parts.push(chars.slice(start, i).join(''));
        start = i;
      }
    }
    if (chars.length > start) parts.push(chars.slice(start).join(''));
  }
  return parts.filter(Boolean).map((part) => part.toLowerCase());
}

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

const segmenter = new Intl.Segmenter('nb', { granularity: 'grapheme' });

/** A form words are indexed under: one object per form, whichever words it comes from. */
interface FormSlot {
  form: string;
  key: string;
  written: string;
  /** The page (`pageWords` call) this form was last met on, and its entry there. */
  stamp: number;
  onPage: FormOnPage | undefined;
}

/** A form a written word is indexed under, with the share of the word's weight it gets. */
interface IndexedForm {
  slot: FormSlot;
  /** 0 for the word's full weight, else the number of parts that share it. */
  parts: number;
}

/** Numbers each `pageWords` call, so a form knows whether its `onPage` is this page's. */
let pageStamp = 0;

/**
 * The forms of written words (see above), kept per written word: a catalogue repeats the same
 * few thousand words on every page, so each is split, folded and stemmed once per shard.
 */
export class WordForms {
  readonly #byWord = new Map<string, IndexedForm[]>();
  readonly #slots = new Map<string, FormSlot>();

  #indexed(form: string, parts: number): IndexedForm {
    let slot = this.#slots.get(form);
    if (slot === undefined) {
      const folded = fold(form);
      slot = { form, key: stemNorwegian(folded), written: folded === form ? '' : form, stamp: -1, onPage: undefined };
      this.#slots.set(form, slot);
    }
    return { slot, parts };
  }

  of(word: string): IndexedForm[] {
    let forms = this.#byWord.get(word);
    if (forms) return forms;
    forms = [];
    const whole = normalized(word);
    if (whole !== '') forms.push(this.#indexed(whole, 0));
    let compound = false;
    for (const c of word) if (UPPER.test(c) || !ALPHANUMERIC.test(c)) compound = true;
    if (compound && whole !== '') {
      const parts = wordParts(word);
      if (parts.length > 1 || !whole.startsWith(parts.join(' '))) {
        const kept = parts.filter((part) => utf8Length(part) > 1);
        for (const part of kept) forms.push(this.#indexed(part, kept.length));
      }
    }
    if (compound && EMOJI.test(word))
      for (const { segment } of segmenter.segment(word)) if (EMOJI.test(segment)) forms.push(this.#indexed(segment, 0));
    this.#byWord.set(word, forms);
    return forms;
  }
}

/** A part's weight: the word's, shared between its parts, at least 1 unless the word's is 0. */
const shareOf = (weight: number, parts: number) =>
  parts === 0 || weight === 0 ? weight : Math.max(1, Math.floor(weight / parts));

/** Whether the words of a page in `language` can be stemmed here: Pagefind's Norwegian stemmer. */
export const hasStemmer = (language: string) => /^(nb|no)\b/.test(language);

/**
 * The words of a page read by page-reading.ts, in a language with a stemmer (`hasStemmer`). `fields` is the sorted list of meta field names the
 * meta locations are numbered by.
 */
export function pageWords(reading: PageReading, fields: readonly string[], cache: WordForms): PageWords {
  const forms: FormOnPage[] = [];
  const stamp = ++pageStamp;
  // A form's entry for this page hangs on the cached form itself: no map lookup per word.
  const entry = ({ slot }: IndexedForm): FormOnPage => {
    if (slot.stamp === stamp) return slot.onPage!;
    const found: FormOnPage = { key: slot.key, written: slot.written, locations: [], meta: [] };
    slot.stamp = stamp;
    slot.onPage = found;
    forms.push(found);
    return found;
  };
  const content: string[] = [];
  const weights = [WEIGHT_UNIT];
  let position = 0;
  let last = 0;
  for (const token of reading.digest.split(SPLIT)) {
    if (token === '') continue;
    if (token.startsWith('___')) {
      if (token.startsWith(AUTO_WEIGHT_MARKER)) {
        const value = Number.parseFloat(token.slice(AUTO_WEIGHT_MARKER.length));
        const weight = Math.trunc(Math.min(10, Math.max(0, Number.isNaN(value) ? 1 : value)) * WEIGHT_UNIT);
        weights.push(weights.length === 1 ? weight : weights.at(-1)!);
        continue;
      }
      if (token.startsWith(END_WEIGHT_MARKER)) {
        weights.pop();
        continue;
      }
    }
    const word = token.includes('\u200b') ? token.replaceAll('\u200b', '') : token;
    if (word === '') continue;
    content.push(word);
    const weight = weights.at(-1) ?? 1;
    for (const indexed of cache.of(word)) entry(indexed).locations.push(shareOf(weight, indexed.parts), position);
    last = position;
    position += 1;
  }
  for (const [name, value] of reading.meta) {
    const field = fields.indexOf(name);
    let at = 0;
    for (const token of value.split(SPLIT)) {
      if (token === '') continue;
      for (const indexed of cache.of(token)) entry(indexed).meta.push(field, at);
      at += 1;
    }
  }
  return { content: content.join(' '), wordCount: last + 1, forms };
}
