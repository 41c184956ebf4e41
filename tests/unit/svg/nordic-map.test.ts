import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { drawNordicMap, hitRadius } from '../../../src/lib/svg/nordic-map.ts';

// The coarse 1:110 million atlas keeps the snapshot small; the site draws the 1:50 million one.
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const markers = [
  { id: 'oslo', name: 'Oslo', lat: 59.91, lon: 10.75, count: 4, href: '/eksempler/?kommune=oslo' },
  { id: 'esbjerg', name: 'Esbjerg', lat: 55.47, lon: 8.45, count: 1, href: '/eksempler/?kommune=esbjerg' },
];
const draw = () => drawNordicMap(topology, ['NO', 'DK'], markers);

describe('drawNordicMap', () => {
  it('matches the snapshot', async () => {
    await expect(draw().svg).toMatchFileSnapshot('snapshots/nordic-map.svg');
  });

  it('draws the asked countries and one linked circle per municipality, largest first', () => {
    const { svg, countries } = draw();
    expect(countries.sort()).toEqual(['Denmark', 'Norway']);
    const circles = [...svg.matchAll(/data-kommune="(\w+)">\n<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g)].map(
      (m) => [m[1], Number(m[2])],
    );
    expect(circles.map(([id]) => id)).toEqual(['oslo', 'esbjerg']);
    expect(circles[0]![1]).toBeGreaterThan(circles[1]![1] as number);
  });

  it('sizes the tap circle to 24 px across where the map is drawn narrowest, and no larger there', () => {
    const r = hitRadius(420, 272);
    expect((2 * r * 272) / 420).toBeGreaterThanOrEqual(24);
    expect((2 * r * 272) / 420).toBeLessThan(24.1);
  });

  it('lets a tap reach the nearest marker: a tap circle per marker, clipped to its Voronoi cell, over dots that take no taps', () => {
    // Lørenskog is 15 km from Oslo: their tap circles overlap, their cells do not.
    const near = [
      ...markers,
      { id: 'lorenskog', name: 'Lørenskog', lat: 59.93, lon: 10.96, count: 1, href: '/eksempler/?kommune=lorenskog' },
    ];
    const { svg } = drawNordicMap(topology, ['NO', 'DK'], near);
    const hit = hitRadius(420, 272);
    const drawn = [
      ...svg.matchAll(
        /data-kommune="(\w+)">\n<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" pointer-events="none"\/>\n<circle class="hit" cx="\2" cy="\3" r="([\d.]+)" fill-opacity="0" stroke="none" clip-path="url\(#([\w-]+)\)"\/>/g,
      ),
    ].map((m) => ({ id: m[1]!, x: Number(m[2]), y: Number(m[3]), r: Number(m[4]), hit: Number(m[5]), clip: m[6]! }));
    expect(drawn.map((d) => d.id).sort()).toEqual(['esbjerg', 'lorenskog', 'oslo']);
    const cell = (id: string) =>
      [...new RegExp(`<clipPath id="${id}"><path d="M([\\d.,L]+)Z"/></clipPath>`).exec(svg)![1]!.split('L')].map(
        (p) => p.split(',').map(Number) as [number, number],
      );
    // Ray casting: is the point inside the polygon?
    const inside = ([px, py]: number[], ring: [number, number][]) =>
      ring.reduce((odd, [x1, y1], i) => {
        const [x2, y2] = ring[(i + ring.length - 1) % ring.length]!;
        return y1 > py! !== y2 > py! && px! < ((x2 - x1) * (py! - y1)) / (y2 - y1) + x1 ? !odd : odd;
      }, false);
    const [oslo, lorenskog] = ['oslo', 'lorenskog'].map((id) => drawn.find((d) => d.id === id)!);
    expect(Math.hypot(oslo!.x - lorenskog!.x, oslo!.y - lorenskog!.y)).toBeLessThan(2 * hit);
    for (const d of drawn) {
      expect(d.hit).toBe(Math.max(d.r, hit));
      const ring = cell(d.clip);
      for (const other of drawn) expect(inside([other.x, other.y], ring), `${other.id} in ${d.id}`).toBe(other === d);
    }
  });
});
