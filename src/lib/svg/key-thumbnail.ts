import { keyIds, keys, type KeyId } from '../../schemas/keys.ts';
import type { PhaseId } from '../../schemas/phases.ts';
import { keyCorners, type KeyMarker } from '../keys/layout.ts';
import { phaseStyle } from './key-diagram.ts';
import { escapeXml } from './escape-xml.ts';

export interface KeyThumbnailOptions {
  /** The `size` the markers were laid out with (the full diagram's square). */
  size: number;
  /** The layout's marker radius, so dots keep the diagram's proportions. */
  radius: number;
  /** Rendered width in CSS pixels. Default 120. */
  width?: number;
}

export interface KeyThumbnailHighlightOptions extends KeyThumbnailOptions {
  /** Phase of the highlighted entry, for its colour. */
  phase?: PhaseId | undefined;
  /** URL of the shared background (renderKeyThumbnailBackgroundSvg), drawn under the highlight. */
  backgroundHref: string;
}

const BAND = 13; // room above and below the square for the corner initials
const SIDE = 2;
const HIGHLIGHT_RADIUS = 9;

/** The thumbnail's frame: width, the drawn square, the scale from layout to thumbnail, the viewBox. */
function frame(options: KeyThumbnailOptions) {
  const width = options.width ?? 120;
  const square = width - 2 * SIDE;
  const height = square + 2 * BAND;
  return { width, height, square, k: square / options.size, viewBox: `${-SIDE} ${-BAND} ${width} ${height}` };
}

/**
 * The part of the thumbnail every entry page shares: the square, the corner initials and every marker
 * as a grey dot. Written once per build as a static file (/nokler/miniatyr.svg) that entry pages
 * reference, so an entry page costs the same bytes with 29 entries or 10,000.
 *
 * The dots are one `<path>` of zero-length round-capped segments, deduplicated on a half-pixel grid.
 */
export function renderKeyThumbnailBackgroundSvg(markers: readonly KeyMarker[], options: KeyThumbnailOptions): string {
  const { width, height, square, k, viewBox } = frame(options);
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
  const initials = cornerInitials();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" font-family="Inter, system-ui, sans-serif">`,
    `<rect x="0" y="0" width="${square}" height="${square}" fill="#ffffff" stroke="#767676" stroke-width="1"/>`,
  ];
  for (const id of keyIds) {
    const corner = keyCorners[id];
    const x = corner.x === 0 ? 0 : square;
    const y = corner.y === 0 ? -3 : square + 10;
    out.push(
      `<text x="${x}" y="${y}" text-anchor="${corner.x === 0 ? 'start' : 'end'}" font-size="10" font-weight="700" fill="#1a1a1a">${initials[id]}</text>`,
    );
  }
  if (dots) out.push(`<path d="${dots}" stroke="#8c8c8c" stroke-width="${dot}" stroke-linecap="round" fill="none"/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/**
 * The thumbnail on an entry page: the shared background as an `<image>`, and the entry's own marker
 * large with its number on top. Decorative (aria-hidden): the page wraps it in a link whose text says
 * what it shows, and the key profile next to it carries the levels in words.
 */
export function renderKeyThumbnailSvg(markers: readonly KeyMarker[], highlight: number, options: KeyThumbnailHighlightOptions): string {
  const own = markers.find((m) => m.number === highlight);
  if (!own) throw new Error(`renderKeyThumbnailSvg: no marker with number ${highlight}`);
  const { width, height, square, k, viewBox } = frame(options);
  const style = phaseStyle(options.phase);
  // The big marker may not fit where a small one sat near the edge; keep it inside the square.
  const x = round1(clamp(own.x * k, HIGHLIGHT_RADIUS, square - HIGHLIGHT_RADIUS));
  const y = round1(clamp(own.y * k, HIGHLIGHT_RADIUS, square - HIGHLIGHT_RADIUS));
  const fontSize = String(highlight).length >= 3 ? 7 : 10;
  return (
    [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" class="key-thumbnail" aria-hidden="true" focusable="false" font-family="Inter, system-ui, sans-serif">`,
      `<image href="${escapeXml(options.backgroundHref)}" x="${-SIDE}" y="${-BAND}" width="${width}" height="${height}"/>`,
      `<circle cx="${x}" cy="${y}" r="${HIGHLIGHT_RADIUS}" fill="${style.colour}" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="central" font-size="${fontSize}" font-weight="700" fill="#ffffff">${highlight}</text>`,
      '</svg>',
    ].join('\n') + '\n'
  );
}

/**
 * The shortest prefix that tells each key label apart: F, Res, M, Rel (Ressurser and Relasjoner
 * share an R, so single initials would be ambiguous).
 */
export function cornerInitials(): Record<KeyId, string> {
  const labels = keyIds.map((id) => keys[id].label);
  return Object.fromEntries(
    keyIds.map((id) => {
      const label = keys[id].label;
      let length = 1;
      while (
        length < label.length &&
        labels.some((other) => other !== label && other.toLowerCase().startsWith(label.slice(0, length).toLowerCase()))
      ) {
        length++;
      }
      return [id, label.slice(0, length)];
    }),
  ) as Record<KeyId, string>;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

function round1(v: number): number {
  return Math.round(v * 10) / 10 + 0;
}
