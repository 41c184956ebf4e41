import type { PhaseId } from '../../schemas/phases.ts';
import type { KeyMarker } from '../keys/layout/index.ts';
import { phaseStyle } from './phase-marker.ts';
import { clamp, escapeXml, round1 } from './format.ts';
import { svgFontFamily } from './font.ts';

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

const BAND = 13; // room above and below the square for the corner labels
const SIDE = 2;
const HIGHLIGHT_RADIUS = 9;

/** The thumbnail's frame, shared with its background: width, the drawn square, the scale from layout to thumbnail, the viewBox. */
export function thumbnailFrame(options: KeyThumbnailOptions) {
  const width = options.width ?? 120;
  const square = width - 2 * SIDE;
  const height = square + 2 * BAND;
  return { width, height, square, k: square / options.size, viewBox: `${-SIDE} ${-BAND} ${width} ${height}` };
}

/**
 * The thumbnail on an entry page: the shared background as an `<image>`, and the entry's own marker
 * large with its number on top. Decorative (aria-hidden): the page wraps it in a link whose text says
 * what it shows, and the key profile next to it carries the levels in words.
 */
export function renderKeyThumbnailSvg(
  markers: readonly KeyMarker[],
  highlight: number,
  options: KeyThumbnailHighlightOptions,
): string {
  const own = markers.find((m) => m.number === highlight);
  if (!own) throw new Error(`renderKeyThumbnailSvg: no marker with number ${highlight}`);
  const { width, height, square, k, viewBox } = thumbnailFrame(options);
  const style = phaseStyle(options.phase);
  // The big marker may not fit where a small one sat near the edge; keep it inside the square.
  const x = round1(clamp(own.x * k, HIGHLIGHT_RADIUS, square - HIGHLIGHT_RADIUS));
  const y = round1(clamp(own.y * k, HIGHLIGHT_RADIUS, square - HIGHLIGHT_RADIUS));
  const fontSize = String(highlight).length >= 3 ? 7 : 10;
  return (
    [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" class="key-thumbnail" aria-hidden="true" focusable="false" font-family="${svgFontFamily}">`,
      `<image href="${escapeXml(options.backgroundHref)}" x="${-SIDE}" y="${-BAND}" width="${width}" height="${height}"/>`,
      `<circle cx="${x}" cy="${y}" r="${HIGHLIGHT_RADIUS}" fill="${style.colour}" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="central" font-size="${fontSize}" font-weight="700" fill="#ffffff">${highlight}</text>`,
      '</svg>',
    ].join('\n') + '\n'
  );
}
