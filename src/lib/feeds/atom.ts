import { Feed } from 'feed';
import { escapeXml } from '../svg/format.ts';
import { entryHref } from '../urls.ts';

export interface FeedEntry {
  slug: string;
  title: string;
  summary: string;
  /** ISO date the facts were last confirmed. */
  updated: string;
}

/** Newest first by `updated`, then by title, so the feed is the same on every build. */
export function feedOrder(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'nb'));
}

/**
 * The Atom feed of entries by `updated`, written by the `feed` package (XML escaping and element
 * order are its job). The feed's own date is the newest entry's, never the clock.
 *
 * `feed` marks titles and summaries `type="html"` and wraps them in CDATA, so a feed reader renders
 * them as HTML: our plain text is escaped to HTML first, or a title holding «<img onerror=…>» would
 * be markup in every reader.
 */
export function atomFeed(entries: readonly FeedEntry[], absolute: (path: string) => string, title: string): string {
  const ordered = feedOrder(entries);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const feed = new Feed({
    id: absolute('/'),
    title,
    description: 'Nye og oppdaterte eksempler i Velferdsspor.',
    link: absolute('/eksempler/'),
    language: 'nb',
    updated: ordered[0] ? day(ordered[0].updated) : new Date(0),
    feedLinks: { atom: absolute('/eksempler.atom') },
    copyright: 'CC BY 4.0',
    generator: false,
  });
  for (const e of ordered) {
    const url = absolute(entryHref(e.slug));
    feed.addItem({
      title: escapeXml(e.title),
      id: url,
      link: url,
      date: day(e.updated),
      description: escapeXml(e.summary),
    });
  }
  return feed.atom1();
}
