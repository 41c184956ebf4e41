import { escapeXml } from './format.ts';
import type { Network } from '../organisations/network.ts';

const entryRadius = 13;
const round1 = (n: number) => Math.round(n * 10) / 10;
const organisationSide = 14;

/**
 * The network as an SVG string, drawn at build time: entries are circles with their catalogue
 * number, organisations squares with their name, so shape and not colour tells them apart. The
 * drawing is hidden from assistive technology (aria-hidden) because the table beside it says the
 * same; presentation attributes only, no style attribute, so it renders under the site's CSP.
 */
export function renderNetworkSvg(network: Network): string {
  const { width, height, nodes, links } = network;
  const at = new Map(nodes.map((n) => [`${n.kind}:${n.id}`, n]));
  const parts: string[] = [];
  for (const link of links) {
    const a = at.get(`entry:${link.entry}`)!;
    const b = at.get(`organisation:${link.organisation}`)!;
    parts.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#8a94a3" stroke-width="1.5"/>`);
  }
  for (const n of nodes.filter((n) => n.kind === 'organisation')) {
    const half = organisationSide / 2;
    // The label sits centred under the square; the layout keeps it inside the drawing.
    parts.push(
      `<rect x="${round1(n.x - half)}" y="${round1(n.y - half)}" width="${organisationSide}" height="${organisationSide}" fill="#b35806" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${n.x}" y="${round1(n.y + half + 14)}" text-anchor="middle" font-size="13" fill="#1e2b3c" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(n.label)}</text>`,
    );
  }
  // Entries last: a catalogue number is never hidden under a label; the layout keeps labels clear of circles.
  for (const n of nodes.filter((n) => n.kind === 'entry')) {
    parts.push(
      `<circle cx="${n.x}" cy="${n.y}" r="${entryRadius}" fill="#08519c" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${n.x}" y="${round1(n.y + 4.5)}" text-anchor="middle" font-size="12" font-weight="600" fill="#ffffff">${escapeXml(n.label)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false" class="network">${parts.join('')}</svg>`;
}
