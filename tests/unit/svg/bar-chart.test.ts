import { describe, expect, it } from 'vitest';
import { renderBarChartSvg } from '../../../src/lib/svg/bar-chart.ts';
import { formatNumberNb } from '../../../src/lib/format/number.ts';

const chart = {
  title: 'Andel i arbeidsfør alder og andel eldre',
  unit: 'prosent',
  categories: ['2017', '2030', '2040'],
  series: [
    { label: '20-66 år', values: [57.818758568778726, 56.184959748674657, 54.15971062882582] },
    { label: '67 år eller eldre', values: [16.156348288932499, 19.058020812880425, 21.570673344462993] },
  ],
};

describe('renderBarChartSvg', () => {
  it('matches the snapshot', async () => {
    await expect(renderBarChartSvg(chart)).toMatchFileSnapshot('snapshots/bar-chart.svg');
  });

  it('draws one bar per value, labelled with the value rounded the Norwegian way', () => {
    const svg = renderBarChartSvg(chart);
    expect(svg.match(/<rect /g)).toHaveLength(6 + 2); // bars + legend swatches
    for (const label of ['57,8', '56,2', '54,2', '16,2', '19,1', '21,6']) expect(svg).toContain(`>${label}<`);
  });

  it('scales bars to the values: a larger value is a taller bar', () => {
    const heights = [
      ...renderBarChartSvg(chart).matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g),
    ].map((m) => Number(m[1]));
    expect(heights[0]).toBeGreaterThan(heights[1]!); // 57,8 vs 16,2 in 2017
    expect(heights[5]).toBeGreaterThan(heights[3]!); // 21,6 (2040) vs 16,2 (2017)
  });

  it('escapes labels', () => {
    expect(renderBarChartSvg({ ...chart, categories: ['<a>', 'b', 'c'] })).toContain('&lt;a&gt;');
  });
});

describe('formatNumberNb', () => {
  it.each([
    [57.818758568778726, 1, '57,8'],
    [37000, 0, '37 000'],
    [1234567.891, 2, '1 234 567,89'],
    [0, 0, '0'],
    [-2.5, 1, '−2,5'],
  ])('%d with %d decimals → %s', (value, decimals, expected) => {
    expect(formatNumberNb(value, decimals)).toBe(expected);
  });
});
