import { describe, expect, it } from 'vitest';
import { keyIds, keys } from '../../../src/schemas/keys.ts';
import { layoutKeyDiagram } from '../../../src/lib/keys/layout/index.ts';
import { renderKeyThumbnailSvg } from '../../../src/lib/svg/key-thumbnail.ts';
import { renderKeyThumbnailBackgroundSvg } from '../../../src/lib/svg/key-thumbnail-background.ts';
import { fixture, layout, radius, size } from './fixture.ts';

describe('renderKeyThumbnailSvg', () => {
  const backgroundHref = '/nokler/miniatyr.svg';
  const thumbnail = () => renderKeyThumbnailSvg(layout(), 6, { size, radius, phase: 'operation', backgroundHref });
  const background = () => renderKeyThumbnailBackgroundSvg(layout(), { size, radius });

  it('matches the snapshots (background and highlight)', async () => {
    await expect(thumbnail()).toMatchFileSnapshot('snapshots/key-thumbnail.svg');
    await expect(background()).toMatchFileSnapshot('snapshots/key-thumbnail-background.svg');
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
      Array.from({ length: 150 }, (_, i) => ({
        id: `e${i + 1}`,
        number: i + 1,
        levels: { purpose: i % 4, resources: (i >> 2) % 4, power: (i >> 4) % 4, relationships: 1 },
      })),
      { size: 1000, radius: 12 },
    );
    const small = renderKeyThumbnailSvg(many.slice(0, 8), 6, { size: 1000, radius: 12, backgroundHref });
    const large = renderKeyThumbnailSvg(many, 6, { size: 1000, radius: 12, backgroundHref });
    expect(large.length).toBe(small.length);
  });

  it("names each corner with the key's whole name, not an abbreviation (L8)", () => {
    const background = renderKeyThumbnailBackgroundSvg(layout(), { size, radius });
    const corners = [...background.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(corners.sort()).toEqual(keyIds.map((id) => keys[id].label).sort());
  });

  it('fails loudly for a number that is not on the diagram', () => {
    expect(() => renderKeyThumbnailSvg(layout(), 99, { size, radius, backgroundHref })).toThrow(/99/);
  });
});
