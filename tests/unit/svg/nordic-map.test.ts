import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { drawNordicMap } from '../../../src/lib/svg/nordic-map.ts';

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
});
