import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist.ts';
import { shareImage, siteUrl } from '../../src/lib/site.ts';

const pages = builtPages();

function meta(page: string, key: string): string | undefined {
  const attribute = key.startsWith('og:') ? 'property' : 'name';
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(page)?.[1];
}

describe('link previews (L14)', () => {
  it.each(pages.map((p) => [p.path, p.file] as const))(
    '%s has Open Graph and a large Twitter card with a self-hosted picture',
    (_path, file) => {
      const page = readFileSync(file, 'utf8');
      const image = meta(page, 'og:image');
      expect(image).toBeDefined();
      const url = new URL(image!);
      // Self-hosted: the site's own address, and the file is in the build.
      expect(url.origin).toBe(new URL(siteUrl).origin);
      const png = readFileSync(join(distDir, url.pathname));
      expect(meta(page, 'og:image:width')).toBe(String(png.readUInt32BE(16)));
      expect(meta(page, 'og:image:height')).toBe(String(png.readUInt32BE(20)));
      expect(meta(page, 'og:image:type')).toBe('image/png');
      expect(meta(page, 'og:image:alt')?.length).toBeGreaterThan(20);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'og:title')).toBeTruthy();
      expect(meta(page, 'og:description')).toBeTruthy();
    },
  );

  it('uses the one picture the settings name', () => {
    expect(readFileSync(join(distDir, shareImage.path)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
