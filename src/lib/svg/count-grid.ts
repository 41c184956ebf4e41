import { scaleLinear } from 'd3-scale';
import { escapeXml } from './format.ts';

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
    (c, j) =>
      `<text x="${label + j * cell + cell / 2}" y="18" text-anchor="middle" font-size="13" fill="#1e2b3c">${escapeXml(c)}</text>`,
  );
  rowLabels.forEach((r, i) => {
    parts.push(
      `<text x="${label - 8}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end" font-size="13" fill="#1e2b3c">${escapeXml(r)}</text>`,
    );
    cells[i]!.forEach((c, j) => {
      const dark = c.count > max / 2;
      const shape =
        `<rect x="${label + j * cell + 1}" y="${top + i * cell + 1}" width="${cell - 2}" height="${cell - 2}" fill="${shade(c.count)}"/>\n` +
        `<text x="${label + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 5}" text-anchor="middle" font-size="15" fill="${dark ? '#ffffff' : '#1e2b3c'}">${c.count}</text>`;
      parts.push(c.href ? `<a href="${escapeXml(c.href)}" tabindex="-1">\n${shape}\n</a>` : `<g>\n${shape}\n</g>`);
    });
  });
  // One element per line, so a snapshot diff shows which cell changed.
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="stat-chart" aria-hidden="true" focusable="false">`,
    ...parts,
    '</svg>',
  ].join('\n');
}
