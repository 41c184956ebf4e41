import { forceCollide, forceSimulation, forceX, forceY, randomLcg, type SimulationNodeDatum } from 'd3';
import { keyIds, type KeyId } from '../../schemas/keys.ts';

/**
 * Where each key sits on the unit square (y grows downwards, as in SVG). The corners follow the
 * report's figure: Formål top left, Relasjoner top right, Makt bottom left, Ressurser bottom right.
 */
export const keyCorners: Record<KeyId, { x: number; y: number }> = {
  purpose: { x: 0, y: 0 },
  relationships: { x: 1, y: 0 },
  power: { x: 0, y: 1 },
  resources: { x: 1, y: 1 },
};

/**
 * The level-weighted mean of the corners, in the unit square. The weight is level² so a dominant key
 * pulls harder: with a linear weight (3,1,1,1) lands only a third of the way from the centre, and
 * most entries, which score 1–2 on several keys, would crowd into the middle. Equal levels (and the
 * schema-invalid all-zero case) sit in the centre.
 */
export function keyTarget(levels: Record<KeyId, number>): { x: number; y: number } {
  let total = 0;
  let x = 0;
  let y = 0;
  for (const id of keyIds) {
    const weight = levels[id] ** 2;
    total += weight;
    x += weight * keyCorners[id].x;
    y += weight * keyCorners[id].y;
  }
  return total === 0 ? { x: 0.5, y: 0.5 } : { x: x / total, y: y / total };
}

export interface KeyLayoutEntry {
  id: string;
  number: number;
  levels: Record<KeyId, number>;
}

export interface KeyLayoutOptions {
  /** Side of the square, in the SVG's user units. */
  size: number;
  /** Marker radius; markers stay wholly inside the square and never overlap. */
  radius: number;
  /** Empty space between the square's edge and the nearest marker edge. Default 0. */
  padding?: number;
  /** Minimum empty space between two markers. Default 2. */
  gap?: number;
  /** Simulation ticks. Fixed, not «until cool», so the run length never depends on timing. Default 300. */
  ticks?: number;
  /** Seed for d3's own LCG; the same seed and input always give the same coordinates. Default 1. */
  seed?: number;
}

export interface KeyMarker {
  id: string;
  number: number;
  /** Marker centre, rounded to 0.1. */
  x: number;
  y: number;
  /** Where the levels alone would put it, rounded to 0.1; the distance to (x, y) is the nudge. */
  targetX: number;
  targetY: number;
}

interface Node extends SimulationNodeDatum {
  x: number;
  y: number;
  targetX: number;
  targetY: number;
}

// Rounding to 0.1 moves a centre by < 0.1 per axis, so a pair may come up to 0.1·√2 closer; the
// separation pass keeps that much extra room so «never overlap» still holds after rounding.
const ROUNDING_SLACK = 0.15;
const SETTLE_TICKS = 50;
const SEPARATION_ROUNDS = 2000;
/** Above this many markers the layout packs them on a grid instead of running d3-force. */
export const FORCE_LAYOUT_LIMIT = 300;

/**
 * Places every entry on the four-keys square: target at the level² mean of the corners, then a seeded
 * d3-force run (pull toward the target + collision) of a fixed number of ticks nudges coincident
 * markers apart. Pure and deterministic: no DOM, no Math.random, output sorted by number.
 */
export function layoutKeyDiagram(entries: readonly KeyLayoutEntry[], options: KeyLayoutOptions): KeyMarker[] {
  const { size, radius, padding = 0, gap = 2, ticks = 300, seed = 1 } = options;
  const min = padding + radius;
  const max = size - padding - radius;
  if (!(max >= min)) throw new RangeError(`layoutKeyDiagram: a marker of radius ${radius} does not fit in size ${size}`);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const scale = (u: number) => min + u * (max - min);

  // Sorting first makes the simulation (whose node order feeds the random jiggle) independent of the
  // order the content loader happened to return.
  const sorted = [...entries].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes: Node[] = sorted.map((entry) => {
    const target = keyTarget(entry.levels);
    const targetX = scale(target.x);
    const targetY = scale(target.y);
    return { x: targetX, y: targetY, targetX, targetY };
  });

  if (nodes.length > FORCE_LAYOUT_LIMIT) packOnGrid(nodes, 2 * radius + gap + ROUNDING_SLACK, min, max);
  else relaxWithForces(nodes, { radius, gap, ticks, seed, min, max, clamp });

  return sorted.map((entry, i) => {
    const node = nodes[i]!;
    return {
      id: entry.id,
      number: entry.number,
      x: roundInside(node.x, min, max),
      y: roundInside(node.y, min, max),
      targetX: round1(node.targetX),
      targetY: round1(node.targetY),
    };
  });
}

/**
 * The catalogue's layout: a seeded d3-force run (pull toward the target + collision) of a fixed number
 * of ticks, then the deterministic separation pass.
 */
function relaxWithForces(
  nodes: Node[],
  o: { radius: number; gap: number; ticks: number; seed: number; min: number; max: number; clamp: (v: number) => number },
): void {
  const { radius, gap, ticks, seed, min, max, clamp } = o;
  // Coincident markers (same levels) have zero distance; forceCollide separates them with a random
  // jiggle from the simulation's source, which is why the source is a seeded LCG and not a constant.
  // The collision radius is a little larger than the separation pass's threshold, so the pass below
  // normally finds nothing to do.
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .force('x', forceX<Node>((d) => d.targetX).strength(0.08))
    .force('y', forceY<Node>((d) => d.targetY).strength(0.08))
    .force('collide', forceCollide<Node>(radius + (gap + ROUNDING_SLACK) / 2 + 0.25).strength(0.9).iterations(3))
    .stop();
  const step = () => {
    simulation.tick();
    // Clamping every tick lets the walls push back, so markers near a corner spread along the edge.
    // The velocity into the wall is dropped too: forceCollide predicts positions as x + vx, and a
    // velocity that keeps pointing into the wall would make it misjudge every marker piled there.
    for (const node of nodes) {
      if (node.x < min || node.x > max) [node.x, node.vx] = [clamp(node.x), 0];
      if (node.y < min || node.y > max) [node.y, node.vy] = [clamp(node.y), 0];
    }
  };
  for (let i = 0; i < ticks; i++) step();
  // A short settle without the pull lets a crowd pressed into a corner relax to full spacing.
  simulation.force('x', null).force('y', null);
  for (let i = 0; i < SETTLE_TICKS; i++) step();

  separate(nodes, 2 * radius + gap + ROUNDING_SLACK, clamp);

}

/**
 * Past a few hundred markers the force run gets slow (quadtree visits) and large piles of entries with
 * the same levels can defeat it. Then each marker, in number order, takes the free cell of a grid
 * (spacing = the minimum distance) nearest its target: no overlap by construction, deterministic, and
 * fast. The square from squareSizeFor has about three cells per marker.
 */
function packOnGrid(nodes: Node[], cell: number, min: number, max: number): void {
  const cells = Math.floor((max - min) / cell) + 1;
  if (cells * cells < nodes.length) {
    throw new RangeError(`layoutKeyDiagram: ${nodes.length} markers do not fit apart in the square; use a smaller radius or a larger size`);
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

/**
 * A force run stops after a fixed number of ticks, not when every collision is resolved, so this
 * deterministic pass pushes any pair still closer than `distance` apart (half each way), in index
 * order, until none is left. It rarely moves anything; it is what makes «never overlap» a guarantee
 * (or a clear error when the markers cannot fit).
 */
function separate(nodes: Node[], distance: number, clamp: (v: number) => number): void {
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    // Only markers in the same or a neighbouring grid cell can be too close, which keeps a pass
    // linear in the number of markers. A round that moves nothing saw the grid's exact positions,
    // so stopping then is exact.
    const grid = new Map<string, number[]>();
    const cellOf = (node: Node) => [Math.floor(node.x / distance), Math.floor(node.y / distance)] as const;
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
        a.x = clamp(a.x - ux * push);
        a.y = clamp(a.y - uy * push);
        b.x = clamp(b.x + ux * push);
        b.y = clamp(b.y + uy * push);
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

function round1(v: number): number {
  // + 0 turns -0 into 0, so snapshots never show «-0».
  return Math.round(v * 10) / 10 + 0;
}

/** Rounds to 0.1 without stepping outside [min, max] (which need not be multiples of 0.1). */
function roundInside(v: number, min: number, max: number): number {
  const r = round1(v);
  if (r > max) return Math.floor(max * 10) / 10;
  if (r < min) return Math.ceil(min * 10) / 10;
  return r;
}

/**
 * The smallest square (never below `minSize`) that holds `count` markers apart with room to spare:
 * the markers' own area at a packing density well under what the force layout reaches when many
 * crowd toward one corner. Beyond a few hundred entries the diagram grows instead of failing the build.
 */
export function squareSizeFor(count: number, radius: number, gap: number, minSize: number, density = 0.3): number {
  const cell = 2 * radius + gap;
  return Math.max(minSize, Math.ceil(Math.sqrt((count * cell * cell) / density)));
}
