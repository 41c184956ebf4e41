/**
 * The copied-text rule from CONTRIBUTING.md: ten or more identical consecutive words shared by an
 * entry and a source text is a copied sentence. Case, punctuation and frontmatter keys are ignored;
 * frontmatter values count, since a summary or rationale is prose too.
 */
export const minCopiedWords = 10;

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/^---\n[\s\S]*?\n---/, (frontmatter) => frontmatter.replace(/^\s*-?\s*[\w-]+:/gm, ' '))
    .split(/[^\p{L}\p{N}%]+/u)
    .filter(Boolean);
}

/** Every run of `min` words in the source, as a set for lookups. */
export function sourceRuns(sourceText: string, min = minCopiedWords): Set<string> {
  const words = wordsOf(sourceText);
  const runs = new Set<string>();
  for (let i = 0; i + min <= words.length; i++) runs.add(words.slice(i, i + min).join(' '));
  return runs;
}

/** The longest stretches of the entry that are made of runs found in the source. */
export function copiedRuns(entryText: string, runs: ReadonlySet<string>, min = minCopiedWords): string[] {
  const words = wordsOf(entryText);
  const found: string[] = [];
  let i = 0;
  while (i + min <= words.length) {
    if (!runs.has(words.slice(i, i + min).join(' '))) {
      i++;
      continue;
    }
    let end = i + min;
    while (end < words.length && runs.has(words.slice(end - min + 1, end + 1).join(' '))) end++;
    found.push(words.slice(i, end).join(' '));
    i = end;
  }
  return found;
}
