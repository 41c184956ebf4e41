// The quality gate's rule: a page passes a category when the median of its Lighthouse runs in that
// category is 100. Lighthouse's docs/variability.md: the median of five runs has about half the spread
// of a single run, so five is the budget; runs stop once more of them cannot change the outcome.

/** The median, taking the upper middle of an even count (the gate's count is odd once all runs are in). */
export const median = (values: readonly number[]) => {
  if (!values.length) throw new Error('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
};

/**
 * Whether the runs so far settle the gate's outcome: every category already has more than half of
 * `budget` runs at 100 (the rest cannot pull its median down), or one category has more than half
 * below 100 (its median can no longer reach 100, so the page fails whatever follows).
 * `perRun[i][c]` is run i's score in category c.
 */
export const outcomeDecided = (perRun: readonly (readonly number[])[], budget: number) => {
  if (!perRun.length) return false;
  const half = budget / 2;
  const categories = perRun[0]!.length;
  let allPass = true;
  for (let c = 0; c < categories; c++) {
    const full = perRun.filter((run) => run[c] === 100).length;
    if (perRun.length - full > half) return true;
    if (full <= half) allPass = false;
  }
  return allPass;
};

/** The median per category over the runs made. */
export const medianScores = (perRun: readonly (readonly number[])[]) =>
  perRun[0]!.map((_, c) => median(perRun.map((run) => run[c]!)));
