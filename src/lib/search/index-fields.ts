/**
 * The names the entry pages write for Pagefind and the catalogue script reads back. Filter names are
 * the catalogue's URL parameters and filter values are vocabulary ids (src/lib/catalogue/state.ts),
 * so a URL, a checkbox and an index filter all say `fase=pilot`; the labels stay in the HTML.
 */

/** Sort keys on entry pages, as `data-pagefind-sort` names. */
export const sortKeys = { title: 'title', number: 'number', updated: 'updated' } as const;

/** Meta fields a result card reads, so it needs no request beyond Pagefind's own fragment. */
export const metaKeys = {
  summary: 'summary',
  number: 'number',
  municipality: 'municipality',
  phase: 'phase',
  country: 'country',
  /** The demandEffect status's label; absent while an entry has none. */
  effect: 'effect',
} as const;

/**
 * Parts of an entry page that are the same on every page (section headings, field labels, the
 * source citation, the key profile's scale), or drawings. Indexing them would make «kilde»,
 * «beskrivelse» or «formål» match every entry. Filters, meta and sorts inside them still count.
 */
export const excludeSelectors = [
  'svg',
  '.entry-head .eyebrow',
  '.entry h2',
  '.facts dt',
  '.facts time',
  '.key-profile > p',
  '.demand-effect-head',
  '.key-profile .key-head',
  '.key-profile .thumb',
  '.citation',
];

/**
 * A title as a sort key in Norwegian order: Pagefind compares strings by code point, which puts
 * «Å» before «Æ» and «Ø» and capitals before small letters. Lower case, with æ ø å (and Swedish/
 * Danish ä ö) moved after z in the Norwegian order, and other accents dropped.
 */
export function titleSortKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æä]/g, '{')
    .replace(/[øö]/g, '|')
    .replace(/å/g, '}')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
