import { describe, expect, it } from 'vitest';
import { renderCountBars } from '../../../src/lib/svg/count-bars.ts';

const rows = [
  { id: 'pilot', label: 'Pilot', count: 6, href: '/eksempler/?fase=pilot' },
  { id: 'operation', label: 'Regulær drift', count: 12, href: '/eksempler/?fase=operation' },
  { id: 'none', label: 'Et svært langt navn som må kortes av & merkes', count: 0, href: undefined },
];

describe('renderCountBars', () => {
  it('matches the snapshot', async () => {
    await expect(renderCountBars(rows)).toMatchFileSnapshot('snapshots/count-bars.svg');
  });

  it('draws one bar per row, longer for a larger count, and links rows that have a catalogue filter', () => {
    const svg = renderCountBars(rows);
    const widths = [...svg.matchAll(/<rect x="190" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(widths[2]).toBe(0);
    expect(svg.match(/<a href="/g)).toHaveLength(2);
    expect(svg).toContain('Et svært langt navn som må …');
    expect(svg).not.toContain('& merkes');
  });

  it('puts one element on each line', () => {
    for (const line of renderCountBars(rows).split('\n')) expect(line).toMatch(/^<[^<]*(<\/\w+>)?$|^<\/\w+>$/);
  });
});
