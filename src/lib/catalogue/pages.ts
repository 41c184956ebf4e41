/**
 * The catalogue lists entries in pages of this many, so /eksempler/ stays small at 1,000 or 10,000
 * entries (DESIGN.md «Quality budgets»); without JavaScript the next pages are /eksempler/side/2/ ….
 * With the 29 entries of today everything fits on the first page.
 */
export const CATALOGUE_PAGE_SIZE = 50;

/** How many pages `total` entries fill (at least one, so an empty catalogue still has its page). */
export function pageCount(total: number, size = CATALOGUE_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The address of catalogue page `n` (1-based). */
export function cataloguePageHref(n: number): string {
  return n <= 1 ? '/eksempler/' : `/eksempler/side/${n}/`;
}
