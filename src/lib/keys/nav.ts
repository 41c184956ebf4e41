/** Arrow-key movement between diagram markers. Pure, so it is unit-tested without a browser. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  x: number;
  y: number;
}

export const arrowKeys: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The index of the point to move to from `points[from]`, or -1 when nothing lies that way. Only points
 * ahead in the direction count (y grows downwards, as on screen); among them the score is the
 * distance ahead plus twice the sideways offset, so a marker almost straight ahead wins over a nearer
 * one far off to the side. Ties go to the lower index, so the result never depends on anything else.
 */
export function nearestInDirection(points: readonly Point[], from: number, direction: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  let best = -1;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const [ahead, side] =
      direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'down' ? [dy, dx] : [-dy, dx];
    if (ahead <= 0.5) return;
    const score = ahead + 2 * Math.abs(side);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
