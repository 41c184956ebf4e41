/**
 * Past a few hundred markers the force run gets slow (quadtree visits) and large piles of entries with
 * the same levels can defeat it. Then each marker, in number order, takes the free cell of a grid
 * (spacing `cell` = the minimum distance) nearest its target: no overlap by construction,
 * deterministic, and fast. The square from squareSizeFor has about three cells per marker.
 */
export function packOnGrid(
  nodes: { x: number; y: number; targetX: number; targetY: number }[],
  cell: number,
  min: number,
  max: number,
): void {
  const cells = Math.floor((max - min) / cell) + 1;
  if (cells * cells < nodes.length) {
    throw new RangeError(
      `layoutKeyDiagram: ${nodes.length} markers do not fit apart in the square; use a smaller radius or a larger size`,
    );
  }
  const taken = new Uint8Array(cells * cells);
  const clampCell = (v: number) => Math.min(cells - 1, Math.max(0, v));
  for (const node of nodes) {
    const gx = clampCell(Math.round((node.targetX - min) / cell));
    const gy = clampCell(Math.round((node.targetY - min) / cell));
    let best = -1;
    let bestDistance = Infinity;
    // Search outward ring by ring; the target lies within half a cell of its own cell, so a cell in
    // ring r is at least (r − ½)·cell away: stop once that
    // exceeds the best distance found.
    for (let ring = 0; ring < cells && (ring - 0.5) * cell <= bestDistance; ring++) {
      for (let cy = gy - ring; cy <= gy + ring; cy++) {
        if (cy < 0 || cy >= cells) continue;
        const edge = cy === gy - ring || cy === gy + ring;
        for (let cx = gx - ring; cx <= gx + ring; cx += edge ? 1 : 2 * ring || 1) {
          if (cx < 0 || cx >= cells || taken[cy * cells + cx]) continue;
          const distance = Math.hypot(min + cx * cell - node.targetX, min + cy * cell - node.targetY);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = cy * cells + cx;
          }
        }
      }
    }
    taken[best] = 1;
    node.x = min + (best % cells) * cell;
    node.y = min + Math.floor(best / cells) * cell;
  }
}
