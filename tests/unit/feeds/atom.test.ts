import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { atomFeed } from '../../../src/lib/feeds/atom.ts';

const absolute = (path: string) => `https://example.org${path}`;

describe('the Atom feed', () => {
  it('carries titles and summaries as text even though the feed marks them type="html"', () => {
    const title = 'Tekst <img src=x onerror=alert(1)> & ]]> <!--';
    const xml = atomFeed(
      [{ slug: 'x', title, summary: `Sammendrag ${title}`, updated: '2026-12-01' }],
      absolute,
      'Velferdsspor',
    );
    const entry = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as {
        feed: { entry: { title: { '#text': string; '@_type': string } } };
      }
    ).feed.entry;
    expect(entry.title['@_type']).toBe('html');
    // Read as HTML (what a reader does with type="html"), the value is escaped text: no element.
    expect(entry.title['#text']).toBe('Tekst &lt;img src=x onerror=alert(1)&gt; &amp; ]]&gt; &lt;!--');
    expect(xml).not.toContain('<img');
  });
});
