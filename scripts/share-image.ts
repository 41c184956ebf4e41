#!/usr/bin/env node
// Writes public/deling.png, the picture Teams, Slack and LinkedIn show when a link to the site is
// shared (og:image, L14). It is made here and committed, not at build time: one PNG for every page
// costs the build nothing, and an image per entry would cost a render per entry (about 30 ms each,
// five minutes at 10,000 entries) for a preview that already carries the entry's title as text.
// Run it after changing the site name, tagline or key names; a unit test fails if the file is stale.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { shareImage } from '../src/lib/site.ts';
import { renderShareImageSvg } from '../src/lib/svg/share-image.ts';

export const shareImagePath = new URL(`../public${shareImage.path}`, import.meta.url);

/** Weights the picture uses; resvg draws a variable font at its default weight only, so each is pinned. */
const WEIGHTS = [400, 700] as const;

export async function buildShareImage(): Promise<Buffer> {
  const svg = renderShareImageSvg();
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
  const text = [...new Set(svg.replace(/<[^>]*>/g, ''))].join('');
  // resvg reads TrueType files from disk only (not WOFF2, not buffers), so the pinned instances go
  // to a temporary folder for the one render.
  const dir = mkdtempSync(join(tmpdir(), 'velferdsspor-share-'));
  try {
    const fontFiles = await Promise.all(
      WEIGHTS.map(async (weight) => {
        const file = join(dir, `inter-${weight}.ttf`);
        writeFileSync(
          file,
          await subsetFont(source, text, { targetFormat: 'truetype', variationAxes: { wght: weight } }),
        );
        return file;
      }),
    );
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: shareImage.width },
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter Variable' },
    });
    return resvg.render().asPng();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const png = await buildShareImage();
  writeFileSync(shareImagePath, png);
  console.log(`Skrev ${shareImagePath.pathname} (${(png.length / 1024).toFixed(1)} KB).`);
}
