import { noPhaseLabel } from '../../../src/lib/format/nb.ts';
import { describe, expect, it } from 'vitest';
import {
  keyDiagramDefaults,
  legendPhases,
  markerLabel,
  phaseStyle,
  renderKeyDiagramSvg,
  shortMeaning,
  type KeyDiagramEntry,
} from '../../../src/lib/svg/key-diagram.ts';
import { layoutKeyDiagram } from '../../../src/lib/keys/layout.ts';
import { cornerInitials, renderKeyThumbnailBackgroundSvg, renderKeyThumbnailSvg } from '../../../src/lib/svg/key-thumbnail.ts';
import { keyIds, keys, type KeyId } from '../../../src/schemas/keys.ts';
import { phases, type PhaseId } from '../../../src/schemas/phases.ts';
import { expectSvgSnapshot } from '../helpers/svg-snapshot.ts';

const levels = (digits: string) =>
  Object.fromEntries(keyIds.map((id, i) => [id, Number(digits[i])])) as Record<KeyId, number>;

// Made-up fixtures, not the real content (which changes): one per corner, an edge, the centre, two
// identical entries, every phase plus «no phase», and a title that needs escaping.
const fixture: KeyDiagramEntry[] = [
  { number: 1, title: 'Formålsprosjektet', slug: 'formalsprosjektet', phase: 'planning', levels: levels('3000'), country: 'NO', topics: ['a'] },
  { number: 2, title: 'Ressursbanken', slug: 'ressursbanken', phase: 'implementation', levels: levels('0300'), country: 'DK', topics: ['a', 'b'] },
  { number: 3, title: 'Maktskiftet', slug: 'maktskiftet', phase: 'pilot', levels: levels('0030'), country: 'SE' },
  { number: 4, title: 'Relasjonsnettet', slug: 'relasjonsnettet', phase: 'operation', levels: levels('0003'), country: 'NO' },
  { number: 5, title: 'Midt i «alt» & mer', slug: 'midt-i-alt', phase: 'operation', levels: levels('2222'), country: 'NO', topics: ['c'] },
  { number: 6, title: 'Familieveiviseren', slug: 'familieveiviseren', phase: 'operation', levels: levels('2312'), country: 'NO' },
  { number: 7, title: 'Øverste kant', slug: 'overste-kant', phase: 'pilot', levels: levels('2002'), country: 'NO' },
  { number: 12, title: 'Samskabelse på den gode måde', slug: 'samskabelse', levels: levels('2222'), country: 'DK' },
];

const { size, radius, padding, gap } = keyDiagramDefaults;
const layout = () =>
  layoutKeyDiagram(
    fixture.map((e) => ({ id: e.slug, number: e.number, levels: e.levels })),
    { size, radius, padding, gap },
  );
const render = () => renderKeyDiagramSvg(layout(), fixture, { size, radius });

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('renderKeyDiagramSvg', () => {
  it('matches the snapshot', () => {
    expectSvgSnapshot('key-diagram', render());
  });

  it('gives byte-identical output on every run', () => {
    expect(render()).toBe(render());
  });

  it('has a title and a description wired to the root, and no role="img" that would hide the links', () => {
    const svg = render();
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="kd-tittel" aria-describedby="kd-beskrivelse"/);
    expect(svg).toContain('<title id="kd-tittel">De fire nøklene: 8 tiltak');
    expect(svg).toMatch(/<desc id="kd-beskrivelse">[^<]*Formål øverst til venstre, Relasjoner øverst til høyre, Makt nederst til venstre og Ressurser nederst til høyre/);
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
    expect(markerLabel(fixture[5]!)).toBe("6 Familieveiviseren – Regulær drift: formål 2, ressurser 3, makt 1, relasjoner 2");
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

describe('phase styles', () => {
  const all: (PhaseId | undefined)[] = [...(Object.keys(phases) as PhaseId[]), undefined];

  it('meet WCAG contrast: ≥ 3:1 as a graphic and ≥ 4.5:1 for the number, on white', () => {
    for (const phase of all) {
      const { colour } = phaseStyle(phase);
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('never rely on colour alone: every phase has its own pattern', () => {
    const patterns = all.map((p) => phaseStyle(p).pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    const colours = all.map((p) => phaseStyle(p).colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('legendPhases lists phases in order with labels from the schema, and only those present when asked', () => {
    expect(legendPhases().map((l) => l.label)).toEqual(Object.values(phases).map((p) => p.label));
    const present = legendPhases(fixture);
    expect(present.map((l) => l.phase)).toEqual(['planning', 'implementation', 'pilot', 'operation', null]);
    expect(present.at(-1)!.label).toBe(noPhaseLabel);
    for (const item of present) {
      expect(item.swatch).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(item.patternLabel.length).toBeGreaterThan(3);
    }
    expect(legendPhases([{ phase: 'pilot' }]).map((l) => l.phase)).toEqual(['pilot']);
  });
});

describe('renderKeyThumbnailSvg', () => {
  const backgroundHref = '/nokler/miniatyr.svg';
  const thumbnail = () => renderKeyThumbnailSvg(layout(), 6, { size, radius, phase: 'operation', backgroundHref });
  const background = () => renderKeyThumbnailBackgroundSvg(layout(), { size, radius });

  it('matches the snapshots (background and highlight)', () => {
    expectSvgSnapshot('key-thumbnail', thumbnail());
    expectSvgSnapshot('key-thumbnail-background', background());
  });

  it('is decorative, draws the shared background and highlights the entry with its number', () => {
    const svg = thumbnail();
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true" focusable="false"/);
    expect(svg).toContain(`<image href="${backgroundHref}"`);
    expect(svg).toContain('>6</text>');
  });

  it('the background shows every entry as one dot (markers never overlap, so none collapse)', () => {
    expect(background().match(/h0/g)).toHaveLength(fixture.length);
  });

  it('costs an entry page the same bytes however many entries there are', () => {
    const many = layoutKeyDiagram(
      Array.from({ length: 150 }, (_, i) => ({ id: `e${i + 1}`, number: i + 1, levels: { purpose: i % 4, resources: (i >> 2) % 4, power: (i >> 4) % 4, relationships: 1 } })),
      { size: 1000, radius: 12 },
    );
    const small = renderKeyThumbnailSvg(many.slice(0, 8), 6, { size: 1000, radius: 12, backgroundHref });
    const large = renderKeyThumbnailSvg(many, 6, { size: 1000, radius: 12, backgroundHref });
    expect(large.length).toBe(small.length);
  });

  it('tells Ressurser and Relasjoner apart in the corner initials', () => {
    expect(cornerInitials()).toEqual({ purpose: 'F', resources: 'Res', power: 'M', relationships: 'Rel' });
  });

  it('fails loudly for a number that is not on the diagram', () => {
    expect(() => renderKeyThumbnailSvg(layout(), 99, { size, radius, backgroundHref })).toThrow(/99/);
  });
});
