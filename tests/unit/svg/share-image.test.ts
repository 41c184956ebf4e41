import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildShareImage, shareImagePath } from '../../../scripts/share-image.ts';
import { renderShareImageSvg, shareImageAlt, wrapWords } from '../../../src/lib/svg/share-image.ts';
import { shareImage, siteName, siteTagline } from '../../../src/lib/site.ts';
import { keyIds, keys } from '../../../src/schemas/keys.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the link-preview picture (L14)', () => {
  it('is what scripts/share-image.ts makes now (run it after changing the name, tagline or keys)', async () => {
    const fresh = await buildShareImage();
    expect(fresh.equals(readFileSync(shareImagePath))).toBe(true);
  }, 30_000);

  it('has the size the pages announce, in the 1.91:1 shape link previews crop to, and stays small', () => {
    const png = readFileSync(shareImagePath);
    expect(pngSize(png)).toEqual({ width: shareImage.width, height: shareImage.height });
    expect(shareImage.width / shareImage.height).toBeCloseTo(1.91, 1);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('draws the site name, the whole tagline and every key, and the alt text says the same', () => {
    const svg = renderShareImageSvg();
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(text).toContain(siteName);
    expect(text.filter((t) => t && siteTagline.includes(t)).join(' ')).toBe(siteTagline);
    const alt = shareImageAlt();
    for (const id of keyIds) {
      expect(text).toContain(keys[id].label);
      expect(alt).toContain(keys[id].label);
    }
    expect(alt).toContain(siteTagline);
  });

  it('wraps words without splitting them or passing the line length', () => {
    expect(wrapWords('Nye måter å skape velferd på i nordiske kommuner', 26)).toEqual([
      'Nye måter å skape velferd',
      'på i nordiske kommuner',
    ]);
    expect(wrapWords('Universitetssykehjemsordningen er lang', 10)).toEqual([
      'Universitetssykehjemsordningen',
      'er lang',
    ]);
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});
