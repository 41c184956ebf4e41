/**
 * The compare page's state: the entries in `?e=a,b,c` (2–4 of them, in the reader's order). Pure and
 * zod-free, because the browser scripts use it; the same rules apply on the page and in the toggles.
 */
export const COMPARE_PARAM = 'e';
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
export const COMPARE_PATH = '/sammenlign/';
/** The selection being built on other pages, until the reader opens the comparison. */
export const COMPARE_STORAGE_KEY = 'velferdsspor:sammenlign';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slugs in a list, trimmed, valid, unique, at most COMPARE_MAX, order kept. */
export function normaliseSlugs(slugs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of slugs) {
    const slug = raw.trim();
    if (SLUG.test(slug) && slug.length <= 80 && !kept.includes(slug)) kept.push(slug);
    if (kept.length === COMPARE_MAX) break;
  }
  return kept;
}

/** The slugs a query string asks for: `?e=a,b` (also `?e=a&e=b`). */
export function parseCompare(search: string | URLSearchParams): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return normaliseSlugs(params.getAll(COMPARE_PARAM).flatMap((v) => v.split(',')));
}

/** The page address for a selection; commas stay readable («?e=a,b»). */
export function compareHref(slugs: readonly string[]): string {
  const list = normaliseSlugs(slugs);
  return list.length ? `${COMPARE_PATH}?${COMPARE_PARAM}=${list.join(',')}` : COMPARE_PATH;
}

/** The selection with `slug` added at the end (unless full) or removed. */
export function toggleSlug(slugs: readonly string[], slug: string): string[] {
  return slugs.includes(slug) ? slugs.filter((s) => s !== slug) : normaliseSlugs([...slugs, slug]);
}

export function isFull(slugs: readonly string[]): boolean {
  return slugs.length >= COMPARE_MAX;
}
