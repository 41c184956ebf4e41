import { describe, expect, it } from 'vitest';
import { renderCountBars } from '../../../src/lib/stats/count-bars.ts';

const rows = [
  { id: 'pilot', label: 'Pilot', count: 6, href: '/eksempler/?fase=pilot' },
  { id: 'operation', label: 'Regulær drift', count: 12, href: '/eksempler/?fase=operation' },
  { id: 'one', label: 'Én', count: 1, href: '/eksempler/?fase=one' },
  { id: 'none', label: 'Et svært langt navn som brytes over to linjer & mer', count: 0, href: undefined },
];

describe('renderCountBars', () => {
  it('matches the snapshot', async () => {
    await expect(renderCountBars(rows)).toMatchFileSnapshot('snapshots/count-bars.html');
  });

  it('draws one bar per row, as wide as its share of the largest count, and a sliver for the smallest', () => {
    const html = renderCountBars(rows);
    const widths = [...html.matchAll(/<svg class="count-bar-fill" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([50, 100, 8.3, 0]);
    const counts = [...html.matchAll(/<span class="count-bar-n">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([6, 12, 1, 0]);
  });

  it('makes each row with a catalogue filter one link out of the tab order, in a chart hidden from assistive technology', () => {
    const html = renderCountBars(rows);
    expect(html.startsWith('<div class="count-bars" aria-hidden="true">')).toBe(true);
    const links = [...html.matchAll(/<a class="count-bar" href="([^"]+)" tabindex="-1">/g)].map((m) => m[1]);
    expect(links).toEqual(['/eksempler/?fase=pilot', '/eksempler/?fase=operation', '/eksempler/?fase=one']);
    expect(html.match(/<div class="count-bar">/g)).toHaveLength(1);
  });

  it('keeps every label whole (HTML wraps it), escaped', () => {
    const html = renderCountBars(rows);
    expect(html).toContain(
      '<span class="count-bar-label">Et svært langt navn som brytes over to linjer &amp; mer</span>',
    );
  });

  it('puts one element on each line', () => {
    for (const line of renderCountBars(rows).split('\n')) expect(line).toMatch(/^<[^<]*(<\/\w+>)?$|^<\/\w+>$/);
  });
});
