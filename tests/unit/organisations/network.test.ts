import { describe, expect, it } from 'vitest';
import { labelWidth, layoutNetwork } from '../../../src/lib/organisations/network.ts';

const input = {
  entries: [
    { id: 'a', number: 1, partners: ['nav', 'bergen'] },
    { id: 'b', number: 2, partners: ['nav', 'trondheim', 'solo'] },
    { id: 'c', number: 3, partners: ['trondheim', 'bergen'] },
    { id: 'd', number: 4, partners: ['solo-2'] },
  ],
  organisationLabels: new Map([
    ['nav', 'NAV'],
    ['bergen', 'Bergen kommune'],
    ['trondheim', 'Trondheim kommune'],
    ['solo', 'Bare i ett'],
    ['solo-2', 'Også bare i ett'],
  ]),
};

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
