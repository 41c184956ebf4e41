/**
 * What Pagefind's word positions mean to its ranking, and nothing else: per page, which words (and
 * which of their weight groups) stand at the same position. Two indexes with the same classes rank
 * alike (see src/integrations/pagefind/position-labels.ts), whatever numbers the positions have.
 */

/** A decoded index word: [word, pages, variants], each page [page delta, locations, meta locations]. */
export type DecodedWord = [word: string, pages: unknown[][], variants: [form: string, pages: unknown[][]][]];

/** Per page, one sorted signature per distinct position: the word lists and weight groups that have it. */
export function positionClasses(words: readonly DecodedWord[]): Record<number, string[]> {
  const byPage = new Map<number, Map<number, string[]>>();
  for (const [word, pages, variants] of words) {
    const lists: [string, unknown[][]][] = [
      [word, pages],
      ...variants.map(([form, list]): [string, unknown[][]] => [`${word}/${form}`, list]),
    ];
    for (const [name, list] of lists) {
      let page = 0;
      for (const [delta, locations] of list) {
        page += delta as number;
        let group = -1;
        let position = 0;
        for (const value of locations as number[]) {
          if (value < 0) {
            group += 1;
            position = 0;
            continue;
          }
          position += value;
          const positions = byPage.get(page) ?? byPage.set(page, new Map()).get(page)!;
          const at = positions.get(position) ?? positions.set(position, []).get(position)!;
          at.push(`${name}#${group}`);
        }
      }
    }
  }
  const classes: Record<number, string[]> = {};
  for (const [page, positions] of byPage)
    classes[page] = [...positions.values()].map((keys) => keys.sort().join(' ')).sort();
  return classes;
}

/** The words with each location list cut to its shape: weight markers, and how many positions follow each. */
export function locationShapes(words: readonly DecodedWord[]): unknown[] {
  const shape = (locations: number[]) => {
    const out: number[] = [];
    for (const value of locations) {
      if (value < 0) out.push(value, 0);
      else if (out.length === 0) out.push(0, 1);
      else out[out.length - 1]! += 1;
    }
    return out;
  };
  const lists = (list: unknown[][]) =>
    list.map(([delta, locations, ...rest]) => [delta, shape(locations as number[]), ...rest]);
  return words.map(([word, pages, variants]) => [
    word,
    lists(pages),
    variants.map(([form, list]) => [form, lists(list)]),
  ]);
}
