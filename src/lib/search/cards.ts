import type { ResultCard } from './results.ts';

/**
 * Result cards without Pagefind's fragments. A fragment holds the whole text of its page (for
 * excerpts and match positions) and is about 2.4 KB compressed; a card needs a few meta fields. The
 * build writes each result's card fields to a small JSON file beside the index, and the catalogue
 * fetches that for a result whose card is not on the page, and the fragment only where it needs the
 * text (checking the best match). Ten cards: about 3 KB instead of 25 KB.
 */

/** The file of a result's card, under the Pagefind bundle directory. */
export function cardFile(resultId: string): string {
  return `card/${resultId}.json`;
}

/** A card file's text: the card's fields in a fixed order, so builds repeat byte for byte. */
export function serialiseCard(card: ResultCard): string {
  const { url, title, number, summary, municipality, phase, country, effect } = card;
  return JSON.stringify({ url, title, number, summary, municipality, phase, country, effect });
}

/** Reads a card file, or undefined when it is not one (then the caller falls back to the fragment). */
export function parseCard(value: unknown): ResultCard | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const fields = ['url', 'title', 'number', 'summary', 'municipality', 'phase', 'country', 'effect'] as const;
  if (!fields.every((f) => typeof v[f] === 'string')) return undefined;
  return Object.fromEntries(fields.map((f) => [f, v[f]])) as unknown as ResultCard;
}
