import { scaleLinear } from 'd3-scale';
import { escapeXml, round1 } from '../svg/format.ts';
import type { CountRow } from './distributions.ts';

/**
 * A horizontal bar chart drawn at build time: a row per value, its label and count as HTML text and
 * its bar an SVG as wide as d3-scale makes it (a width attribute in per cent, since the CSP allows no
 * style attribute). One SVG for the whole chart shrank with the screen: at 390 px its labels were 9 px
 * and each row's link 15 px tall. HTML rows keep the page's text size at every width and make each
 * row at least 28 px tall (statistics.css), over the 24 px of WCAG 2.5.8.
 *
 * Each row with a catalogue link is the link, for pointer users; the chart is hidden from assistive
 * technology and its links are out of the tab order (tabindex -1) because the table beside it holds
 * the same numbers and the same links.
 */
export function renderCountBars(rows: readonly CountRow[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const share = scaleLinear().domain([0, max]).range([0, 100]);
  const parts = rows.map((row) => {
    // The smallest count still shows a sliver, so a 1 is never drawn as a 0.
    const width = round1(Math.max(row.count ? 0.5 : 0, share(row.count)));
    const inner = [
      `<span class="count-bar-label">${escapeXml(row.label)}</span>`,
      `<span class="count-bar-value">`,
      `<svg class="count-bar-fill" width="${width}%" height="22">`,
      `<rect width="100%" height="100%" fill="#1e5aa8"/>`,
      `</svg>`,
      `<span class="count-bar-n">${row.count}</span>`,
      `</span>`,
    ].join('\n');
    return row.href
      ? `<a class="count-bar" href="${escapeXml(row.href)}" tabindex="-1">\n${inner}\n</a>`
      : `<div class="count-bar">\n${inner}\n</div>`;
  });
  // One element per line, so a snapshot diff shows which bar moved. Line breaks between the flex and
  // grid items of statistics.css render as nothing.
  return ['<div class="count-bars" aria-hidden="true">', ...parts, '</div>'].join('\n');
}
