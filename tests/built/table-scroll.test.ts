import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

/**
 * Every box a wide table scrolls in (TableScrollBox.astro), on every built page: keyboard users can
 * only scroll a box they can focus (WCAG 2.1.1), and a focused box must say which table it holds.
 * axe checks this only where a table overflows at the width it runs at; this checks every box.
 */
describe('table scroll boxes', () => {
  const pages = builtPages().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
  const boxes = pages.flatMap(({ path, html }) =>
    [...html.matchAll(/<(\w[\w-]*)\b([^>]*\bclass="[^"]*\btable-wrap\b[^"]*"[^>]*)>/g)].map((m) => ({
      path,
      html,
      tag: m[1]!,
      attrs: m[2]!,
    })),
  );

  it('finds the boxes on the pages that have wide tables', () => {
    const paths = new Set(boxes.map((b) => b.path));
    for (const path of ['/data/', '/statistikk/', '/kart/', '/nokler/', '/metode/'])
      expect(paths, path).toContain(path);
  });

  it('makes each box a focusable region named «Tabell:» and the caption or heading it points to', () => {
    const problems = boxes.flatMap(({ path, html, tag, attrs }) => {
      const ids = /\baria-labelledby="([^"]+)"/.exec(attrs)?.[1]?.split(' ') ?? [];
      const text = (id: string) =>
        new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`)
          .exec(html)?.[2]
          ?.replace(/<[^>]+>/g, '')
          .trim();
      const name = ids.map(text);
      const ok =
        tag === 'section' && /\btabindex="0"/.test(attrs) && ids.length === 2 && name[0] === 'Tabell:' && !!name[1];
      return ok ? [] : [`${path}: <${tag}${attrs}> named ${JSON.stringify(name)}`];
    });
    expect(problems).toEqual([]);
    expect(boxes.length).toBeGreaterThan(10);
  });
});
