import { clamp } from '../../svg/format.ts';

// Rounding to 0.1 moves a centre by < 0.1 per axis, so a pair may come up to 0.1·√2 closer; the
// separation keeps that much extra room so «never overlap» still holds after rounding.
export const ROUNDING_SLACK = 0.15;
const SEPARATION_ROUNDS = 2000;

/**
 * A force run stops after a fixed number of ticks, not when every collision is resolved, so this
 * deterministic pass pushes any pair still closer than `distance` apart (half each way, staying
 * inside [min, max]), in index order, until none is left. It rarely moves anything; it is what makes
 * «never overlap» a guarantee (or a clear error when the markers cannot fit).
 */
export function separate(nodes: { x: number; y: number }[], distance: number, min: number, max: number): void {
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    // Only markers in the same or a neighbouring grid cell can be too close, which keeps a pass
    // linear in the number of markers. A round that moves nothing saw the grid's exact positions,
    // so stopping then is exact.
    const grid = new Map<string, number[]>();
    const cellOf = (node: { x: number; y: number }) =>
      [Math.floor(node.x / distance), Math.floor(node.y / distance)] as const;
    nodes.forEach((node, i) => {
      const [cx, cy] = cellOf(node);
      const key = `${cx},${cy}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      const [cx, cy] = cellOf(nodes[i]!);
      const neighbours: number[] = [];
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) if (j > i) neighbours.push(j);
        }
      }
      neighbours.sort((a, b) => a - b);
      for (const j of neighbours) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= distance) continue;
        if (d < 1e-9) {
          // Exactly coincident: a direction from the pair's indices (golden angle), deterministic
          // and different for each pair.
          const angle = (i * 137.508 + j) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        // Push a little beyond the threshold so a pair clamped against a wall still makes progress.
        const push = (distance - d) / 2 + 0.01;
        const ux = dx / d;
        const uy = dy / d;
        a.x = clamp(a.x - ux * push, min, max);
        a.y = clamp(a.y - uy * push, min, max);
        b.x = clamp(b.x + ux * push, min, max);
        b.y = clamp(b.y + uy * push, min, max);
        moved = true;
      }
    }
    if (!moved) return;
  }
  // Only reachable when the markers cannot physically fit; failing the build says so plainly.
  throw new RangeError(
    `layoutKeyDiagram: ${nodes.length} markers do not fit apart in the square; use a smaller radius or a larger size`,
  );
}
