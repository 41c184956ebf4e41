import type { Chart } from '../../schemas/chart.ts';
import { escapeXml, round1 } from './format.ts';
import { formatNumberNb } from '../format/number.ts';

export interface BarChartOptions {
  width?: number;
  height?: number;
  decimals?: number;
}

/**
 * Series colours: ≥ 3:1 against white and against each other in lightness, and each series also
 * gets its own fill pattern style (solid vs. outlined) so colour is never the only cue.
 */
const seriesStyles = [
  { fill: '#08519c', stroke: '#08519c' },
  { fill: '#ffffff', stroke: '#b35806' },
  { fill: '#0f6b5f', stroke: '#0f6b5f' },
  { fill: '#ffffff', stroke: '#7b3294' },
] as const;

/** The drawing's size in CSS pixels, also the page's <img> size so nothing shifts as it loads. */
export const chartSize = { width: 560, height: 280 } as const;

/**
 * A grouped bar chart of a chart figure from the content, drawn at build time. The figure is
 * decorative for assistive technology (aria-hidden) because the same numbers follow in a table.
 */
export function renderBarChartSvg(chart: Chart, options: BarChartOptions = {}): string {
  const { width = chartSize.width, height = chartSize.height, decimals = 1 } = options;
  const margin = { top: 16, right: 8, bottom: 56, left: 40 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const max = Math.max(...chart.series.flatMap((s) => s.values));
  const niceMax = Math.ceil(max / 10) * 10 || 1;
  const y = (v: number) => round1(margin.top + innerHeight - (v / niceMax) * innerHeight);
  const groupWidth = innerWidth / chart.categories.length;
  const barWidth = round1((groupWidth * 0.7) / chart.series.length);
  const parts: string[] = [];

  for (let tick = 0; tick <= niceMax; tick += niceMax / 5) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d5dd" stroke-width="1"/>`,
      `<text x="${margin.left - 6}" y="${round1(y(tick) + 4)}" text-anchor="end" font-size="12" fill="#474d57">${formatNumberNb(tick)}</text>`,
    );
  }
  chart.categories.forEach((category, c) => {
    const groupX = margin.left + c * groupWidth + groupWidth * 0.15;
    chart.series.forEach((series, s) => {
      const value = series.values[c]!;
      const style = seriesStyles[s % seriesStyles.length]!;
      const x = round1(groupX + s * barWidth);
      parts.push(
        `<rect x="${x}" y="${y(value)}" width="${round1(barWidth - 2)}" height="${round1(y(0) - y(value))}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
        `<text x="${round1(x + barWidth / 2 - 1)}" y="${round1(y(value) - 4)}" text-anchor="middle" font-size="12" fill="#1e2b3c">${formatNumberNb(value, decimals)}</text>`,
      );
    });
    parts.push(
      `<text x="${round1(margin.left + (c + 0.5) * groupWidth)}" y="${y(0) + 18}" text-anchor="middle" font-size="13" fill="#1e2b3c">${escapeXml(category)}</text>`,
    );
  });
  chart.series.forEach((series, s) => {
    const style = seriesStyles[s % seriesStyles.length]!;
    const x = margin.left + s * (innerWidth / chart.series.length);
    parts.push(
      `<rect x="${round1(x)}" y="${height - 20}" width="14" height="14" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
      `<text x="${round1(x + 20)}" y="${height - 8}" font-size="13" fill="#1e2b3c">${escapeXml(series.label)}</text>`,
    );
  });
  // One element per line, so a snapshot diff shows which bar or label moved.
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false" class="bar-chart">`,
    ...parts,
    '</svg>',
  ].join('\n');
}
