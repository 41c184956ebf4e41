import { readFileSync, readdirSync } from 'node:fs';
import { randomLcg } from 'd3-random';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  keyCorners,
  keyTarget,
  layoutKeyDiagram,
  squareSizeFor,
  type KeyLayoutEntry,
  type KeyMarker,
} from '../../../src/lib/keys/layout/index.ts';
import { keyIds, type KeyId } from '../../../src/schemas/keys.ts';

/** Levels written as four digits in keyIds order (formål, ressurser, makt, relasjoner). */
function levels(digits: string): Record<KeyId, number> {
  return Object.fromEntries(keyIds.map((id, i) => [id, Number(digits[i])])) as Record<KeyId, number>;
}
const only = (key: KeyId, level = 3) =>
  Object.fromEntries(keyIds.map((id) => [id, id === key ? level : 0])) as Record<KeyId, number>;

// A realistic catalogue: 29 entries shaped like the report's, most with 1–2 on several keys, several
// sharing exactly the same levels (the case that needs the seeded jiggle).
const realistic: KeyLayoutEntry[] = [
  '2222',
  '2312',
  '3212',
  '1213',
  '2122',
  '2212',
  '1323',
  '2223',
  '1211',
  '2322',
  '1112',
  '2213',
  '3313',
  '1222',
  '2212',
  '2121',
  '1111',
  '2323',
  '1201',
  '2113',
  '2222',
  '1322',
  '2223',
  '1212',
  '2222',
  '1213',
  '2133',
  '2222',
  '1223',
].map((digits, i) => ({ id: `entry-${i + 1}`, number: i + 1, levels: levels(digits) }));

function randomEntries(count: number, seed: number): KeyLayoutEntry[] {
  const random = randomLcg(seed);
  const level = () => Math.floor(random() * 4);
  return Array.from({ length: count }, (_, i) => ({
    id: `random-${i + 1}`,
    number: i + 1,
    levels: { purpose: level(), resources: level(), power: level(), relationships: level() },
  }));
}

function minDistance(markers: readonly KeyMarker[]): number {
  let min = Infinity;
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      min = Math.min(min, Math.hypot(markers[i]!.x - markers[j]!.x, markers[i]!.y - markers[j]!.y));
    }
  }
  return min;
}

describe('keyCorners', () => {
  it('puts Formål top left, Relasjoner top right, Makt bottom left and Ressurser bottom right', () => {
    expect(keyCorners).toEqual({
      purpose: { x: 0, y: 0 },
      relationships: { x: 1, y: 0 },
      power: { x: 0, y: 1 },
      resources: { x: 1, y: 1 },
    });
  });
});

describe('keyTarget', () => {
  it.each(keyIds)('puts an entry that only touches %s in its corner, whatever the level', (key) => {
    for (const level of [1, 2, 3]) expect(keyTarget(only(key, level))).toEqual(keyCorners[key]);
  });

  it('puts two neighbouring keys with equal levels at the middle of their edge', () => {
    expect(keyTarget({ purpose: 2, relationships: 2, power: 0, resources: 0 })).toEqual({ x: 0.5, y: 0 });
    expect(keyTarget({ purpose: 3, relationships: 0, power: 3, resources: 0 })).toEqual({ x: 0, y: 0.5 });
    expect(keyTarget({ purpose: 0, relationships: 1, power: 0, resources: 1 })).toEqual({ x: 1, y: 0.5 });
    expect(keyTarget({ purpose: 0, relationships: 0, power: 2, resources: 2 })).toEqual({ x: 0.5, y: 1 });
  });

  it('puts equal levels, opposite corners in balance and the all-zero case in the centre', () => {
    for (const digits of ['1111', '2222', '3333', '0000', '3300', '0033']) {
      expect(keyTarget(levels(digits))).toEqual({ x: 0.5, y: 0.5 });
    }
  });

  it('lets a dominant key pull harder than a linear weight would', () => {
    const squared = keyTarget({ purpose: 3, resources: 1, power: 1, relationships: 1 });
    // Linear weights 3,1,1,1: x = (relationships + resources) / 6, y = (power + resources) / 6.
    const linear = { x: 2 / 6, y: 2 / 6 };
    expect(squared.x).toBeCloseTo(2 / 12);
    expect(squared.y).toBeCloseTo(2 / 12);
    expect(Math.hypot(squared.x, squared.y)).toBeLessThan(Math.hypot(linear.x, linear.y));
  });
});

describe('layoutKeyDiagram', () => {
  const options = { size: 600, radius: 14 };

  it('places a lone single-key entry exactly in its corner, a radius in from the edges', () => {
    const corner = (key: KeyId) => layoutKeyDiagram([{ id: 'a', number: 1, levels: only(key) }], options)[0];
    expect(corner('purpose')).toMatchObject({ x: 14, y: 14, targetX: 14, targetY: 14 });
    expect(corner('relationships')).toMatchObject({ x: 586, y: 14 });
    expect(corner('power')).toMatchObject({ x: 14, y: 586 });
    expect(corner('resources')).toMatchObject({ x: 586, y: 586 });
  });

  it('keeps padding between the square and the markers', () => {
    const [marker] = layoutKeyDiagram([{ id: 'a', number: 1, levels: only('resources') }], { ...options, padding: 10 });
    expect(marker).toMatchObject({ x: 576, y: 576 });
  });

  it('places a lone balanced entry in the centre and a lone edge entry on its edge', () => {
    expect(layoutKeyDiagram([{ id: 'a', number: 1, levels: levels('2222') }], options)[0]).toMatchObject({
      x: 300,
      y: 300,
    });
    expect(layoutKeyDiagram([{ id: 'a', number: 1, levels: levels('3003') }], options)[0]).toMatchObject({
      x: 300,
      y: 14,
    });
  });

  it('returns markers sorted by number, independent of the input order', () => {
    const forward = layoutKeyDiagram(realistic, options);
    const shuffled = [...realistic].reverse().sort((a, b) => (a.id.length % 3) - (b.id.length % 3));
    expect(forward.map((m) => m.number)).toEqual(realistic.map((e) => e.number));
    expect(layoutKeyDiagram(shuffled, options)).toEqual(forward);
  });

  it('gives exactly the same coordinates every run, and the seed is what separates equal entries', () => {
    expect(layoutKeyDiagram(realistic, options)).toEqual(layoutKeyDiagram(realistic, options));
    expect(layoutKeyDiagram(realistic, { ...options, seed: 2 })).not.toEqual(layoutKeyDiagram(realistic, options));
  });

  it('rounds every coordinate to 0.1', () => {
    for (const m of layoutKeyDiagram(realistic, options)) {
      for (const v of [m.x, m.y, m.targetX, m.targetY]) expect(Math.round(v * 10) / 10).toBe(v);
    }
  });

  it('never overlaps the 29 realistic entries, and keeps the gap', () => {
    const markers = layoutKeyDiagram(realistic, options);
    expect(markers).toHaveLength(29);
    expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 14 + 2);
  });

  it('keeps the realistic entries near their targets (the nudge does not scramble the picture)', () => {
    for (const m of layoutKeyDiagram(realistic, options)) {
      expect(Math.hypot(m.x - m.targetX, m.y - m.targetY)).toBeLessThan(600 / 6);
    }
  });

  it('never overlaps 200 random entries', () => {
    const markers = layoutKeyDiagram(randomEntries(200, 42), { size: 1000, radius: 12 });
    expect(markers).toHaveLength(200);
    expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 12 + 2);
  });

  it('never overlaps 200 entries that all share one corner', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, number: i + 1, levels: only('power') }));
    const markers = layoutKeyDiagram(crowd, { size: 1000, radius: 12 });
    expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 12 + 2);
    for (const m of markers) expect(m.x - 12 >= 0 && m.y + 12 <= 1000).toBe(true);
  });

  it('places every entry in content/initiatives exactly once, without overlap', () => {
    const dir = new URL('../../../content/initiatives/', import.meta.url);
    const entries = readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(new URL(file, dir), 'utf8');
        const front = parse(text.split(/^---$/m)[1] ?? '') as {
          number: number;
          keys: Record<KeyId, { level: number }>;
        };
        return {
          id: file.replace(/\.mdx$/, ''),
          number: front.number,
          levels: Object.fromEntries(keyIds.map((id) => [id, front.keys[id].level])) as Record<KeyId, number>,
        };
      });
    expect(entries.length).toBeGreaterThan(0);
    const markers = layoutKeyDiagram(entries, options);
    expect(markers.map((m) => m.id).sort()).toEqual(entries.map((e) => e.id).sort());
    if (markers.length > 1) expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 14 + 2);
  });

  it('keeps every marker wholly inside the square, apart from each other (property)', () => {
    const level = fc.integer({ min: 0, max: 3 });
    const entry = fc.record({ purpose: level, resources: level, power: level, relationships: level });
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 300, max: 900 }),
        fc.integer({ min: 4, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        (levelsList, size, radius, padding, seed) => {
          const entries = levelsList.map((l, i) => ({ id: `p${i}`, number: i + 1, levels: l }));
          const markers = layoutKeyDiagram(entries, { size, radius, padding, seed });
          expect(markers).toHaveLength(entries.length);
          for (const m of markers) {
            expect(m.x - radius).toBeGreaterThanOrEqual(padding);
            expect(m.y - radius).toBeGreaterThanOrEqual(padding);
            expect(m.x + radius).toBeLessThanOrEqual(size - padding);
            expect(m.y + radius).toBeLessThanOrEqual(size - padding);
          }
          if (markers.length > 1) expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * radius);
        },
      ),
      { numRuns: 60, seed: 20240401 },
    );
  });

  it('refuses a marker that cannot fit, and more markers than the square can hold apart', () => {
    expect(() => layoutKeyDiagram(realistic, { size: 20, radius: 14 })).toThrow(RangeError);
    expect(() => layoutKeyDiagram(randomEntries(30, 1), { size: 200, radius: 30 })).toThrow(/do not fit apart/);
  });
});

describe('squareSizeFor', () => {
  it('keeps the default square for the real catalogue', () => {
    expect(squareSizeFor(29, 14, 2, 400)).toBe(400);
  });

  it('grows the square so 1,000 entries lay out without overlap instead of failing the build', () => {
    const size = squareSizeFor(1000, 14, 2, 400);
    expect(size).toBeGreaterThan(400);
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i + 1}`,
      number: i + 1,
      levels: {
        purpose: i % 4,
        resources: Math.floor(i / 4) % 4,
        power: Math.floor(i / 16) % 4,
        relationships: Math.floor(i / 64) % 4,
      },
    }));
    const markers = layoutKeyDiagram(entries, { size, radius: 14, padding: 3, gap: 2 });
    expect(markers).toHaveLength(1000);
    expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 14);
  });

  it('packs large piles of identical assessments on a grid: no overlap, inside the square, deterministic', () => {
    // 2,000 entries on only four distinct targets: the case that defeats a force layout.
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i + 1}`,
      number: i + 1,
      levels: { purpose: i % 4, resources: (i * 7) % 4, power: (i * 13) % 4, relationships: (i * 3) % 4 },
    }));
    const size = squareSizeFor(entries.length, 14, 2, 400);
    const options = { size, radius: 14, padding: 3, gap: 2 };
    const markers = layoutKeyDiagram(entries, options);
    expect(minDistance(markers)).toBeGreaterThanOrEqual(2 * 14 + 2);
    for (const m of markers) {
      expect(m.x).toBeGreaterThanOrEqual(17);
      expect(m.x).toBeLessThanOrEqual(size - 17);
      expect(m.y).toBeGreaterThanOrEqual(17);
      expect(m.y).toBeLessThanOrEqual(size - 17);
    }
    expect(layoutKeyDiagram([...entries].reverse(), options)).toEqual(markers);
  });
});
