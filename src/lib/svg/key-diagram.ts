import { keyIds, keys, type KeyId } from '../../schemas/keys.ts';
import type { PhaseId } from '../../schemas/phases.ts';
import { escapeXml, n, round1 } from './format.ts';
import { markerNumber, markerShape, phaseStyle } from './phase-marker.ts';
import { keyCorners, keyDiagramDefaults, type KeyMarker } from '../keys/layout/index.ts';
import { catalogueIndex, markerAnchor } from '../urls.ts';
import { svgFontFamily } from './font.ts';

/**
 * The four-keys diagram as an SVG string, rendered at build time so it is visible with JS off.
 *
 * Constraints that shape the markup:
 * - No `role="img"`: it would hide the marker links from assistive technology. The root is a named
 *   group (`<title>`/`<desc>` via aria-labelledby/-describedby) and every marker is a real link.
 * - No `<style>` element and no `style` attributes: the site's CSP has no `unsafe-inline`, so all
 *   styling is presentation attributes, and classes for the page's stylesheet (focus, dimming).
 * - Phase is shown by fill colour AND by the marker's outline pattern, never by colour alone.
 * - Every coordinate is rounded to 0.1 and nothing is random, so the output snapshots byte-for-byte.
 */

export interface KeyDiagramEntry {
  number: number;
  title: string;
  slug: string;
  phase?: PhaseId | undefined;
  levels: Record<KeyId, number>;
  country?: string | undefined;
  topics?: readonly string[] | undefined;
}

export interface KeyDiagramOptions {
  /** The square's side; must be the `size` the markers were laid out with. */
  size: number;
  /** Marker radius; must be the `radius` the markers were laid out with. */
  radius: number;
  /** Base text size in user units (corner meanings); the key labels are 1.25×. Default 15. */
  fontSize?: number;
  /** Prefix for the element ids (title, description, markers); change it if the page has two diagrams. */
  idPrefix?: string;
  /** Where entries live; a marker links to `${hrefBase}${slug}/`. Default '/eksempler/'. */
  hrefBase?: string;
  /** Override the screen-reader title and description. */
  title?: string;
  description?: string;
}

const TEXT = '#1a1a1a';
const MUTED_TEXT = '#404040';
const FRAME = '#767676'; // 4.5:1 on white: the square's edge is a graphic that carries meaning
const GUIDE = '#d4d4d4'; // the centre cross is only a reading aid

export function renderKeyDiagramSvg(
  markers: readonly KeyMarker[],
  entries: readonly KeyDiagramEntry[],
  options: KeyDiagramOptions,
): string {
  const { size, radius, fontSize = keyDiagramDefaults.fontSize, idPrefix = 'kd', hrefBase = catalogueIndex } = options;
  const byNumber = new Map(entries.map((e) => [e.number, e]));
  const labelSize = round1(fontSize * 1.25);
  const lineHeight = round1(fontSize * 1.25);

  // Each corner label gets just under half the square's width; an average glyph is ~0.55 em.
  const maxChars = Math.max(12, Math.floor((size / 2 - fontSize) / (fontSize * 0.55)));
  const meanings = Object.fromEntries(
    keyIds.map((id) => [id, wrap(shortMeaning(keys[id].description), maxChars)]),
  ) as Record<KeyId, string[]>;
  const meaningLines = Math.max(...keyIds.map((id) => meanings[id].length));
  const band = round1(labelSize * 1.2 + meaningLines * lineHeight + fontSize * 0.6);
  const side = round1(Math.max(2, fontSize * 0.2));
  const viewBox = [-side, -band, size + 2 * side, size + 2 * band].map(round1).join(' ');

  const titleId = `${idPrefix}-tittel`;
  const descId = `${idPrefix}-beskrivelse`;
  const title = options.title ?? `De fire nøklene: ${markers.length} tiltak plassert etter nivå i hver nøkkel`;
  const description = options.description ?? defaultDescription();

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" class="key-diagram" role="group" aria-labelledby="${escapeXml(titleId)}" aria-describedby="${escapeXml(descId)}" font-family="${svgFontFamily}">`,
  );
  out.push(`<title id="${escapeXml(titleId)}">${escapeXml(title)}</title>`);
  out.push(`<desc id="${escapeXml(descId)}">${escapeXml(description)}</desc>`);

  out.push(
    `<rect class="kd-frame" x="0" y="0" width="${n(size)}" height="${n(size)}" fill="#ffffff" stroke="${FRAME}" stroke-width="1"/>`,
  );
  const mid = n(size / 2);
  out.push(
    `<path class="kd-guide" d="M${mid} 0V${n(size)}M0 ${mid}H${n(size)}" fill="none" stroke="${GUIDE}" stroke-width="1" stroke-dasharray="4 4" aria-hidden="true"/>`,
  );

  // Corner labels sit outside the square (markers can sit right in a corner), top labels above it
  // reading downwards to the edge, bottom labels below it.
  out.push(`<g class="kd-keys" aria-hidden="true">`);
  for (const id of keyIds) {
    const corner = keyCorners[id];
    const anchor = corner.x === 0 ? 'start' : 'end';
    const x = corner.x === 0 ? 0 : size;
    const lines: { text: string; size: number; weight: string; fill: string }[] = [
      { text: keys[id].label, size: labelSize, weight: '700', fill: TEXT },
      ...meanings[id].map((text) => ({ text, size: fontSize, weight: '400', fill: MUTED_TEXT })),
    ];
    // Baselines: top labels end just above the square (a shorter meaning starts lower), bottom
    // labels start just below it.
    let y =
      corner.y === 0
        ? -band + labelSize + (meaningLines - meanings[id].length) * lineHeight
        : size + fontSize * 0.6 + labelSize;
    // One line of markup: a line break between tspans would render as a trailing space and push
    // the right-aligned labels off the square's edge.
    const tspans = lines.map((line, i) => {
      if (i > 0) y += lineHeight;
      return `<tspan x="${n(x)}" y="${n(y)}" font-size="${n(line.size)}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(line.text)}</tspan>`;
    });
    out.push(`<text class="kd-key" data-key="${id}" text-anchor="${anchor}">${tspans.join('')}</text>`);
  }
  out.push(`</g>`);

  out.push(`<g class="kd-markers">`);
  for (const marker of [...markers].sort((a, b) => a.number - b.number)) {
    const entry = byNumber.get(marker.number);
    if (!entry) throw new Error(`renderKeyDiagramSvg: no entry with number ${marker.number} for marker ${marker.id}`);
    const style = phaseStyle(entry.phase);
    const attributes: [string, string][] = [
      ['href', `${hrefBase}${entry.slug}/`],
      ['id', markerAnchor(entry.number, idPrefix)],
      ['class', 'kd-marker'],
      ['aria-label', markerLabel(entry)],
      ['data-number', String(entry.number)],
    ];
    if (entry.phase) attributes.push(['data-phase', entry.phase]);
    if (entry.country) attributes.push(['data-country', entry.country]);
    if (entry.topics && entry.topics.length > 0) attributes.push(['data-topics', entry.topics.join(' ')]);
    attributes.push(['data-levels', JSON.stringify(Object.fromEntries(keyIds.map((id) => [id, entry.levels[id]])))]);
    out.push(`<a ${attributes.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}>`);
    // The native tooltip adds what the accessible name leaves out: the phase in words.
    out.push(`<title>${escapeXml(`${entry.number} ${entry.title} – ${style.label}`)}</title>`);
    out.push(markerShape(marker.x, marker.y, radius, style));
    out.push(markerNumber(marker.x, marker.y, radius, entry.number, style));
    out.push(`</a>`);
  }
  out.push(`</g>`);
  out.push(`</svg>`);
  return out.join('\n') + '\n';
}

/** «6 Familieveiviseren: formål 2, ressurser 3, makt 1, relasjoner 2», keys in reading order. */
export function markerLabel(entry: Pick<KeyDiagramEntry, 'number' | 'title' | 'levels' | 'phase'>): string {
  const levels = keyIds.map((id) => `${keys[id].label.toLowerCase()} ${entry.levels[id]}`).join(', ');
  // The phase too: sighted readers get it from the marker's colour and shape (L12).
  return `${entry.number} ${entry.title} – ${phaseStyle(entry.phase).label}: ${levels}`;
}

function defaultDescription(): string {
  const where = (id: KeyId) =>
    `${keys[id].label} ${keyCorners[id].y === 0 ? 'øverst' : 'nederst'} til ${keyCorners[id].x === 0 ? 'venstre' : 'høyre'}`;
  const ordered = [...keyIds].sort((a, b) => keyCorners[a].y - keyCorners[b].y || keyCorners[a].x - keyCorners[b].x);
  const corners = ordered.map(where);
  return (
    `Et kvadrat med én nøkkel i hvert hjørne: ${corners.slice(0, -1).join(', ')} og ${corners.at(-1)}. ` +
    'Hvert tiltak er en nummerert sirkel. Sirkelen ligger nærmest de nøklene der tiltaket har høyest nivå (0 til 3), ' +
    'og et tiltak med like nivåer i alle fire nøkler ligger i midten. ' +
    'Farge og mønster på sirkelen viser fasen tiltaket er i. Hver sirkel er en lenke til tiltaket.'
  );
}

/**
 * «Systemer endres når ressursflyten endres (penger, …).» → «Ressursflyten endres»: the corner
 * already names the key, so the label keeps only what changes.
 */
export function shortMeaning(description: string): string {
  const core = description
    .replace(/^Systemer endres når\s+/i, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.\s]+$/, '');
  return core.charAt(0).toUpperCase() + core.slice(1);
}

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
