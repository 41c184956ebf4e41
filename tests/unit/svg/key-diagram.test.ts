import { describe, expect, it } from 'vitest';
import { markerLabel, renderKeyDiagramSvg, shortMeaning } from '../../../src/lib/svg/key-diagram.ts';
import { keyIds, keys } from '../../../src/schemas/keys.ts';
import { fixture, layout, radius, size } from './fixture.ts';

const render = () => renderKeyDiagramSvg(layout(), fixture, { size, radius });

describe('renderKeyDiagramSvg', () => {
  it('matches the snapshot', async () => {
    await expect(render()).toMatchFileSnapshot('snapshots/key-diagram.svg');
  });

  it('gives byte-identical output on every run', () => {
    expect(render()).toBe(render());
  });

  it('has a title and a description wired to the root, and no role="img" that would hide the links', () => {
    const svg = render();
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="kd-tittel" aria-describedby="kd-beskrivelse"/);
    expect(svg).toContain('<title id="kd-tittel">De fire nøklene: 8 tiltak');
    expect(svg).toMatch(
      /<desc id="kd-beskrivelse">[^<]*Formål øverst til venstre, Relasjoner øverst til høyre, Makt nederst til venstre og Ressurser nederst til høyre/,
    );
    expect(svg).not.toContain('role="img"');
  });

  it('scales: a viewBox and no fixed width or height', () => {
    const root = render().split('\n')[0]!;
    expect(root).toMatch(/viewBox="[-\d. ]+"/);
    expect(root).not.toMatch(/ (width|height)=/);
  });

  it('uses no <style> or style attribute (the CSP has no unsafe-inline)', () => {
    expect(render()).not.toMatch(/<style|style=/);
  });

  it('labels every corner with its key and a short meaning', () => {
    const svg = render();
    for (const id of keyIds) {
      expect(svg).toContain(`>${keys[id].label}</tspan>`);
      expect(svg).toContain(`data-key="${id}"`);
    }
    expect(shortMeaning(keys.resources.description)).toBe('Ressursflyten endres');
    expect(shortMeaning(keys.power.description)).toBe('Makt forskyves');
  });

  it('makes every marker a link to its entry with an accessible name naming all four keys and levels', () => {
    const svg = render();
    const links = [...svg.matchAll(/<a href="([^"]+)" id="([^"]+)" class="kd-marker" aria-label="([^"]+)"/g)];
    expect(links).toHaveLength(fixture.length);
    for (const [, href, , label] of links) {
      const entry = fixture.find((e) => href === `/eksempler/${e.slug}/`)!;
      expect(entry).toBeDefined();
      for (const id of keyIds) expect(label).toContain(`${keys[id].label.toLowerCase()} ${entry.levels[id]}`);
      expect(label!.startsWith(`${entry.number} `)).toBe(true);
    }
    expect(markerLabel(fixture[5]!)).toBe(
      '6 Familieveiviseren – Regulær drift: formål 2, ressurser 3, makt 1, relasjoner 2',
    );
  });

  it('escapes titles in attributes and text', () => {
    const svg = render();
    expect(svg).toContain('aria-label="5 Midt i «alt» &amp; mer – Regulær drift: formål 2');
    expect(svg).toContain('<title>5 Midt i «alt» &amp; mer – Regulær drift</title>');
    expect(svg).not.toContain('«alt» & mer');
  });

  it('carries the data a filter script needs on each link', () => {
    const svg = render();
    expect(svg).toContain(
      'data-number="2" data-phase="implementation" data-country="DK" data-topics="a b" data-levels="{&quot;purpose&quot;:0,&quot;resources&quot;:3,&quot;power&quot;:0,&quot;relationships&quot;:0}"',
    );
    // No phase: no data-phase, and the neutral style.
    expect(svg).toMatch(/data-number="12" data-country="DK" data-levels=/);
  });

  it('rounds every number in the markup to one decimal', () => {
    const numbers = render().match(/-?\d+\.\d+/g) ?? [];
    for (const value of numbers) expect(value).toMatch(/^-?\d+\.\d$/);
  });

  it('lists markers in number order, so Tab moves 1, 2, 3 …', () => {
    const order = [...render().matchAll(/data-number="(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('fails loudly for a marker without entry data', () => {
    expect(() => renderKeyDiagramSvg(layout(), fixture.slice(1), { size, radius })).toThrow(/number 1/);
  });
});
