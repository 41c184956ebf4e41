import { describe, expect, it } from 'vitest';
import { labelWidth, layoutNetwork } from '../../../src/lib/organisations/network.ts';
import { smallNetwork as input } from '../../fixtures/organisations/small-network.ts';

describe('layoutNetwork', () => {
  const network = layoutNetwork(input);

  it('draws only organisations in two or more entries, and only entries linked to one of them', () => {
    expect(
      network.nodes
        .filter((n) => n.kind === 'organisation')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['bergen', 'nav', 'trondheim']);
    expect(network.nodes.filter((n) => n.kind === 'entry').map((n) => n.label)).toEqual(['1', '2', '3']);
    expect(network.links).toContainEqual({ entry: 'b', organisation: 'trondheim' });
    expect(network.links.some((l) => l.organisation === 'solo')).toBe(false);
    expect(network.links).toHaveLength(6);
  });

  it('is deterministic: the same input in another order gives the same coordinates', () => {
    const again = layoutNetwork({ ...input, entries: [...input.entries].reverse() });
    expect(again).toEqual(network);
  });

  it('keeps every node, and every organisation label, inside the drawing', () => {
    for (const n of network.nodes) {
      const half = n.kind === 'organisation' ? labelWidth(n.label) / 2 : 13;
      expect(n.x - half).toBeGreaterThanOrEqual(0);
      expect(n.x + half).toBeLessThanOrEqual(network.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + 30).toBeLessThanOrEqual(network.height);
    }
  });

  it('separates the nodes: no two markers on top of each other', () => {
    for (const [i, a] of network.nodes.entries()) {
      for (const b of network.nodes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
    }
  });
});
