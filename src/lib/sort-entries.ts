/** Orderings shared by pages, the catalogue script and data exports. */
interface Sortable {
  data: { number: number; title: string; updated: string };
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

export const byNumber = (a: Sortable, b: Sortable) => a.data.number - b.data.number;
export const byTitle = (a: Sortable, b: Sortable) => collator.compare(a.data.title, b.data.title) || byNumber(a, b);
/** Newest first: researchers look for what was confirmed most recently. */
export const byUpdated = (a: Sortable, b: Sortable) => b.data.updated.localeCompare(a.data.updated) || byNumber(a, b);
