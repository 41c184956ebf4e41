import type { KeyId } from '../../../schemas/keys.ts';
import { round1 } from '../../svg/format.ts';
import { relaxWithForces, type ForceNode } from './force.ts';
import { packOnGrid } from './grid.ts';
import { ROUNDING_SLACK, separate } from './separate.ts';
import { keyTarget } from './target.ts';

export { keyCorners, keyTarget } from './target.ts';
export { keyDiagramDefaults, squareSizeFor } from './square-size.ts';

/*
 * The four-keys layout, one step per file as d3-force writes its forces: target.ts (where the levels
 * put a marker), force.ts (the seeded d3-force run), separate.ts (the pass that guarantees no
 * overlap), grid.ts (the packing used past FORCE_LAYOUT_LIMIT markers), square-size.ts (how large
 * the square is). This file chains them.
 */

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
  if (!(max >= min))
    throw new RangeError(`layoutKeyDiagram: a marker of radius ${radius} does not fit in size ${size}`);
  const scale = (u: number) => min + u * (max - min);

  // Sorting first makes the simulation (whose node order feeds the random jiggle) independent of the
  // order the content loader happened to return.
  const sorted = [...entries].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes: ForceNode[] = sorted.map((entry) => {
    const target = keyTarget(entry.levels);
    const targetX = scale(target.x);
    const targetY = scale(target.y);
    return { x: targetX, y: targetY, targetX, targetY };
  });

  if (nodes.length > FORCE_LAYOUT_LIMIT) packOnGrid(nodes, 2 * radius + gap + ROUNDING_SLACK, min, max);
  else {
    relaxWithForces(nodes, { radius, gap, ticks, seed, min, max });
    separate(nodes, 2 * radius + gap + ROUNDING_SLACK, min, max);
  }

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

/** Rounds to 0.1 without stepping outside [min, max] (which need not be multiples of 0.1). */
function roundInside(v: number, min: number, max: number): number {
  const r = round1(v);
  if (r > max) return Math.floor(max * 10) / 10;
  if (r < min) return Math.ceil(min * 10) / 10;
  return r;
}
