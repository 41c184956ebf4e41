import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../svg/snapshots/', import.meta.url));
const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * Compares an SVG string with tests/unit/svg/snapshots/<name>.svg, the Observable Plot way: a snapshot is
 * a real SVG file a person can open. A missing snapshot is written (and, in CI, fails: CI must never
 * invent its own reference); a different one is written beside the old as <name>.actual.svg
 * (git-ignored) so the two can be compared in a browser. To accept a change, move the .actual.svg
 * over the .svg.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(dir, { recursive: true });
  const expectedPath = `${dir}${name}.svg`;
  const actualPath = `${dir}${name}.actual.svg`;
  if (!existsSync(expectedPath)) {
    writeFileSync(expectedPath, svg);
    if (process.env.CI) {
      throw new Error(`SVG snapshot ${shown(expectedPath)} was missing in CI; it has been written, commit it after review.`);
    }
    return;
  }
  if (readFileSync(expectedPath, 'utf8') === svg) {
    rmSync(actualPath, { force: true });
    return;
  }
  writeFileSync(actualPath, svg);
  throw new Error(
    `SVG snapshot ${name} changed: compare ${shown(expectedPath)} (expected) with ${shown(actualPath)} (actual). ` +
      `If the change is intended, replace the first with the second.`,
  );
}
