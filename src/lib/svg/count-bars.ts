import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeXml, round1 } from './format.ts';
import type { CountRow } from '../stats/distributions.ts';

/**
 * A horizontal bar chart drawn at build time with d3-scale. Each bar with a catalogue link is an
 * <a>, for pointer users; the SVG is hidden from assistive technology and the links are out of the
 * tab order (tabindex -1) because the table beside it holds the same numbers and the same links.
 */
export function renderCountBars(rows: readonly CountRow[], options: { width?: number; label?: number } = {}): string {
  const { width = 520, label = 190 } = options;
  const bar = 22;
  const gap = 6;
  const height = rows.length * (bar + gap) + gap;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - label - 40]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([gap, height])
    .paddingInner(gap / (bar + gap));
  const parts = rows.map((row, i) => {
    const top = round1(y(i)!);
    const w = round1(Math.max(row.count ? 2 : 0, x(row.count)));
    const name = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label;
    const shape =
      `<text x="${label - 8}" y="${round1(top + bar / 2 + 4)}" text-anchor="end" font-size="13" fill="#1e2b3c">${escapeXml(name)}</text>\n` +
      `<rect x="${label}" y="${top}" width="${w}" height="${round1(y.bandwidth())}" fill="#1e5aa8"/>\n` +
      `<text x="${round1(label + w + 6)}" y="${round1(top + bar / 2 + 4)}" font-size="13" fill="#1e2b3c">${row.count}</text>`;
    return row.href ? `<a href="${escapeXml(row.href)}" tabindex="-1">\n${shape}\n</a>` : `<g>\n${shape}\n</g>`;
  });
  // One element per line, so a snapshot diff shows which bar moved.
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="stat-chart" aria-hidden="true" focusable="false">`,
    ...parts,
    '</svg>',
  ].join('\n');
}
