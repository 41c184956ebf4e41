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
