import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEntryFrontmatter } from '../../../src/lib/validation/entry-source.ts';
import { checkEntryBody } from '../../../src/lib/validation/entry-body-check.ts';
import { renderBody } from '../../../src/lib/entry-body/render-body.ts';
import { normaliseBodyHtml } from '../../helpers/normalise-html.ts';

const dir = fileURLToPath(new URL('../../../content/initiatives/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();

// The snapshots were first taken from the bodies @astrojs/mdx rendered before entries became data
// (commit b226472), so this test proved the switch kept every entry's text and structure. Since then
// they guard the renderer: a change to an entry's text updates its snapshot in the same commit.
describe('entry bodies render as before', () => {
  it.each(files)('%s', async (file) => {
    const { body, bodyLine } = readEntryFrontmatter(readFileSync(dir + file, 'utf8'), `content/initiatives/${file}`);
    const checked = checkEntryBody(body, bodyLine, `content/initiatives/${file}`);
    expect(checked.problems).toEqual([]);
    await expect(normaliseBodyHtml(renderBody(checked.tree!))).toMatchFileSnapshot(
      `snapshots/${file.replace(/\.mdx$/, '.html')}`,
    );
  });
});
