#!/usr/bin/env node
// Writes src/assets/fonts/inter-latin1-wght.woff2: variable Inter (from @fontsource-variable/inter)
// cut down to the characters in src/lib/font-subset.ts and the 400–600 weight range. 17 KB instead of
// 47 KB for two static weights, and headings get Designsystemet's real 500 instead of a fallback to 400.
// Run it after upgrading @fontsource-variable/inter; a unit test fails if the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { fontSubsetText, fontWeightRange } from '../src/lib/font-subset.ts';

export const subsetFontPath = new URL('../src/assets/fonts/inter-latin1-wght.woff2', import.meta.url);

export async function buildFontSubset(): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
  // noLayoutClosure: keep only glyphs for the characters themselves, not every alternate an OpenType
  // feature could reach (stylistic sets, case forms), which the site never turns on.
  return subsetFont(source, fontSubsetText(), {
    targetFormat: 'woff2',
    noLayoutClosure: true,
    variationAxes: { wght: fontWeightRange },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const font = await buildFontSubset();
  writeFileSync(subsetFontPath, font);
  console.log(`Skrev ${subsetFontPath.pathname} (${(font.length / 1024).toFixed(1)} KB).`);
}
