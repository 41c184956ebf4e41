import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

/**
 * The catalogue as text without CSS (w3m, lynx, reader modes): each filter group's label is written
 * once (L18). The groups are named by their summary instead of a hidden legend that repeated it.
 */
describe('the catalogue without CSS', () => {
  const page = readPage('/eksempler/');
  const groups = [
    ...page.matchAll(/<details class="facet"[^>]*>\s*<summary id="([^"]+)"[^>]*>([^<]+)<[\s\S]*?<\/details>/g),
  ];

  it('has a filter group per facet, each named by its summary through aria-labelledby', () => {
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const [details, id] of groups) expect(details).toContain(`role="group" aria-labelledby="${id}"`);
  });

  it('writes no label twice («FaseFase»)', () => {
    for (const [details, , label] of groups) {
      const text = details.replace(/<[^>]+>/g, ' ');
      expect(text.split(label!.trim()).length - 1, label).toBe(1);
    }
    expect(page).not.toMatch(/<legend class="visually-hidden">/);
  });
});
