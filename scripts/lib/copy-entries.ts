import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './copy-project.ts';

/**
 * N copies of the real entries for the build benchmark: entry i is real entry (i mod 29) with a new
 * number, title and slug, so both builds get the same, realistic .mdx files.
 */
export function writeEntryCopies(count: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const realDir = join(projectRoot, 'content', 'initiatives');
  const real = readdirSync(realDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ slug: f.slice(0, -4), text: readFileSync(join(realDir, f), 'utf8') }));
  for (let i = 1; i <= count; i += 1) {
    const { slug, text } = real[(i - 1) % real.length]!;
    const copy = text
      .replace(/^number: \d+$/m, `number: ${i}`)
      .replace(
        /^title: (.*)$/m,
        (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^["']|["']$/g, '').slice(0, 100)} ${i}`)}`,
      );
    writeFileSync(join(dir, `${slug}-${i}.mdx`), copy);
  }
}
