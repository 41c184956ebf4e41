/**
 * The number and text formatting every build-time drawing shares, so a coordinate or a label is
 * written the same way in every SVG (and a snapshot never differs by «-0» or «57.80»).
 */

/** Rounds to 0.1; `+ 0` turns -0 into 0, so snapshots never show «-0». */
export function round1(v: number): number {
  return Math.round(v * 10) / 10 + 0;
}

/** A number for an attribute: rounded to 0.1, never «-0», no trailing «.0». */
export function n(v: number): string {
  return String(round1(v));
}

export function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML/HTML text nodes and double- or single-quoted attributes. SVG is built as a
 * string at build time, so every value that comes from content (titles, slugs, ids) passes through
 * here; `>` is escaped too so the output stays valid inside HTML and XML alike.
 */
export function escapeXml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}
