import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestInDirection, type Direction, type Point } from '../../../src/lib/keys/nav.ts';

//      1
//  3   0   2
//      4       5 (far right, a bit lower)
const points: Point[] = [
  { x: 100, y: 100 },
  { x: 100, y: 50 },
  { x: 150, y: 100 },
  { x: 50, y: 100 },
  { x: 100, y: 150 },
  { x: 300, y: 130 },
];

describe('nearestInDirection', () => {
  it('moves to the neighbour straight in each direction', () => {
    expect(nearestInDirection(points, 0, 'up')).toBe(1);
    expect(nearestInDirection(points, 0, 'right')).toBe(2);
    expect(nearestInDirection(points, 0, 'left')).toBe(3);
    expect(nearestInDirection(points, 0, 'down')).toBe(4);
  });

  it('prefers a marker ahead over a nearer one far to the side', () => {
    // From 1 (top) going down: 0 is straight below; 2 and 3 are as near but off to the side.
    expect(nearestInDirection(points, 1, 'down')).toBe(0);
    // (10, 9) is nearer than (20, 0), but almost as much down as right.
    expect(
      nearestInDirection(
        [
          { x: 0, y: 0 },
          { x: 10, y: 9 },
          { x: 20, y: 0 },
        ],
        0,
        'right',
      ),
    ).toBe(2);
    expect(nearestInDirection(points, 2, 'right')).toBe(5);
  });

  it('returns -1 at the edge, and for a bad index', () => {
    expect(nearestInDirection(points, 5, 'right')).toBe(-1);
    expect(nearestInDirection(points, 1, 'up')).toBe(-1);
    expect(nearestInDirection(points, 99, 'up')).toBe(-1);
  });

  it('always moves strictly in the asked direction, to another marker', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }) });
    const direction = fc.constantFrom<Direction>('left', 'right', 'up', 'down');
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), fc.nat(), direction, (list, i, d) => {
        const from = i % list.length;
        const to = nearestInDirection(list, from, d);
        if (to === -1) return;
        expect(to).not.toBe(from);
        const dx = list[to]!.x - list[from]!.x;
        const dy = list[to]!.y - list[from]!.y;
        expect(d === 'right' ? dx : d === 'left' ? -dx : d === 'down' ? dy : -dy).toBeGreaterThan(0);
      }),
    );
  });
});
