import { keyIds, keys } from '../../schemas/keys.ts';
import { keyCorners, type KeyMarker } from '../keys/layout/index.ts';
import { clamp, escapeXml, round1 } from './format.ts';
import { thumbnailFrame, type KeyThumbnailOptions } from './key-thumbnail.ts';
import { svgFontFamily } from './font.ts';

/**
 * The part of the thumbnail every entry page shares: the square, each key's name at its corner (the
 * whole name: «F / Rel / M / Res» was a code to learn, L8) and every marker
 * as a grey dot. Written once per build as a static file (/nokler/miniatyr.svg) that entry pages
 * reference, so an entry page costs the same bytes with 29 entries or 10,000.
 *
 * The dots are one `<path>` of zero-length round-capped segments, deduplicated on a half-pixel grid.
 */
export function renderKeyThumbnailBackgroundSvg(markers: readonly KeyMarker[], options: KeyThumbnailOptions): string {
  const { width, height, square, k, viewBox } = thumbnailFrame(options);
  const dot = clamp(round1(2 * options.radius * k), 2, 5);
  const half = (v: number) => Math.round(v * 2) / 2 + 0;
  const seen = new Set<string>();
  let dots = '';
  for (const m of [...markers].sort((a, b) => a.number - b.number)) {
    const point = `M${half(m.x * k)} ${half(m.y * k)}h0`;
    if (seen.has(point)) continue;
    seen.add(point);
    dots += point;
  }
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" font-family="${svgFontFamily}">`,
    `<rect x="0" y="0" width="${square}" height="${square}" fill="#ffffff" stroke="#767676" stroke-width="1"/>`,
  ];
  for (const id of keyIds) {
    const corner = keyCorners[id];
    const x = corner.x === 0 ? 0 : square;
    const y = corner.y === 0 ? -3 : square + 10;
    out.push(
      `<text x="${x}" y="${y}" text-anchor="${corner.x === 0 ? 'start' : 'end'}" font-size="10" font-weight="700" fill="#1a1a1a">${escapeXml(keys[id].label)}</text>`,
    );
  }
  if (dots) out.push(`<path d="${dots}" stroke="#8c8c8c" stroke-width="${dot}" stroke-linecap="round" fill="none"/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
