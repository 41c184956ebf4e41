/** Catalogue order: by the entry's number, as in the report's Figure 1. */
interface Numbered {
  data: { number: number };
}

export const byNumber = (a: Numbered, b: Numbered) => a.data.number - b.data.number;
