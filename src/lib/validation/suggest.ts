import { foldNordic } from '../format/slug.ts';

/** Edit distance (Levenshtein), small inputs only: vocabulary ids are short. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The allowed value an editor most likely meant, or undefined when nothing is close. Folds case and
 * Norwegian letters first, so «Lørenskog» suggests «lorenskog».
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const folded = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = fold(candidate);
    const distance = c === folded ? 0 : c.startsWith(folded) || folded.startsWith(c) ? 1 : editDistance(folded, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** Case, Nordic letters and separators folded, so «Lørenskog» and «lorenskog» compare equal. */
export function fold(s: string): string {
  return foldNordic(s).replace(/[\s_]+/g, '-');
}
