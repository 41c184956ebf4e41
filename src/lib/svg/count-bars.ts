import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeXml } from './escape-xml.ts';
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
  const x = scaleLinear().domain([0, max]).range([0, width - label - 40]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([gap, height]).paddingInner(gap / (bar + gap));
  const round = (n: number) => Math.round(n * 10) / 10;
  const parts = rows.map((row, i) => {
    const top = round(y(i)!);
    const w = round(Math.max(row.count ? 2 : 0, x(row.count)));
    const name = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label;
    const shape =
      `<text x="${label - 8}" y="${round(top + bar / 2 + 4)}" text-anchor="end" font-size="13" fill="#1e2b3c">${escapeXml(name)}</text>` +
      `<rect x="${label}" y="${top}" width="${w}" height="${round(y.bandwidth())}" fill="#1e5aa8"/>` +
      `<text x="${round(label + w + 6)}" y="${round(top + bar / 2 + 4)}" font-size="13" fill="#1e2b3c">${row.count}</text>`;
    return row.href ? `<a href="${escapeXml(row.href)}" tabindex="-1">${shape}</a>` : `<g>${shape}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="stat-chart" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}

/** A grid of counts (co-occurrence, phase × key), shaded by count, drawn at build time. */
export function renderCountGrid(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  cells: readonly (readonly { count: number; href: string | undefined }[])[],
  options: { cell?: number; label?: number } = {},
): string {
  const { cell = 64, label = 150 } = options;
  const top = 28;
  const width = label + columnLabels.length * cell;
  const height = top + rowLabels.length * cell;
  const max = Math.max(1, ...cells.flat().map((c) => c.count));
  const shade = scaleLinear<string>().domain([0, max]).range(['#eef3fa', '#0b3a75']);
  const parts: string[] = columnLabels.map(
    (c, j) => `<text x="${label + j * cell + cell / 2}" y="18" text-anchor="middle" font-size="13" fill="#1e2b3c">${escapeXml(c)}</text>`,
  );
  rowLabels.forEach((r, i) => {
    parts.push(`<text x="${label - 8}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end" font-size="13" fill="#1e2b3c">${escapeXml(r)}</text>`);
    cells[i]!.forEach((c, j) => {
      const dark = c.count > max / 2;
      const shape =
        `<rect x="${label + j * cell + 1}" y="${top + i * cell + 1}" width="${cell - 2}" height="${cell - 2}" fill="${shade(c.count)}"/>` +
        `<text x="${label + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 5}" text-anchor="middle" font-size="15" fill="${dark ? '#ffffff' : '#1e2b3c'}">${c.count}</text>`;
      parts.push(c.href ? `<a href="${escapeXml(c.href)}" tabindex="-1">${shape}</a>` : `<g>${shape}</g>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="stat-chart" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}
