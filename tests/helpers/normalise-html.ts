/**
 * A comparable form of a body's HTML: Astro's scoping attributes removed, white space folded, and
 * one block element per line so a snapshot diff shows the paragraph that changed.
 */
export function normaliseBodyHtml(html: string): string {
  return `${html
    .replace(/ data-astro-cid-\w+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/<(h[1-6]|p|ul|ol|li|blockquote|table|thead|tbody|tr)\b/g, '\n<$1')
    .trim()}\n`;
}
