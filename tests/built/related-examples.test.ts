import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages } from '../helpers/dist.ts';

const entries = builtPages().filter(
  (p) => /^\/eksempler\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/eksempler/side/'),
);

describe('«Lignende eksempler» on entry pages', () => {
  it('lists at most four other entries, each with a reason in words, on every entry with any in common', () => {
    let withRelated = 0;
    for (const { path, file } of entries) {
      const section = /<section class="entry-related" aria-labelledby="lignende">([\s\S]*?)<\/section>/.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      if (!section) continue;
      withRelated += 1;
      const items = [
        ...section.matchAll(/<li><a class="ds-link" href="(\/eksempler\/[^"]+\/)">[^<]+<\/a> – ([^<]+)<\/li>/g),
      ];
      expect(items.length, path).toBeGreaterThan(0);
      expect(items.length, path).toBeLessThanOrEqual(4);
      for (const [, href, reason] of items) {
        expect(href).not.toBe(path);
        expect(reason).toMatch(/^(samme målgruppe|samme målgrupper|samme tema)/);
      }
    }
    expect(withRelated).toBeGreaterThan(entries.length / 2);
  });
});
