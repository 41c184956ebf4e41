import type { CollectionEntry } from 'astro:content';

/** Where the loader keeps an entry body's plain text in the stored entry's rendered metadata. */
export const PLAIN_TEXT = 'plainText';

/** The body's plain text the loader stored, or undefined for an entry stored without it. */
export function storedPlainText(entry: Pick<CollectionEntry<'initiatives'>, 'rendered'>): string | undefined {
  const text = entry.rendered?.metadata?.[PLAIN_TEXT];
  return typeof text === 'string' ? text : undefined;
}
