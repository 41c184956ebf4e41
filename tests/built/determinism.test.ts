import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, distDir } from '../helpers/dist.ts';
import { copyProject, projectRoot } from '../../scripts/lib/copy-project.ts';
import { diffTrees, hashTree } from '../../scripts/lib/hash-tree.ts';
import { readFragments } from '../../src/integrations/pagefind/result-ids.ts';
import { parseResultIds } from '../../src/lib/search/build/index-html.ts';

/** An entry with related entries, partners and several topics, so its title is on many pages. */
const changed = 'baerekraftige-fellesskap';

/** The environment for a build of the copy: git pointed at this checkout's, Vitest's own variables left out. */
function buildEnv(): NodeJS.ProcessEnv {
  // The copy has no .git: point git at this checkout's, so both builds read the same commit and date.
  const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], {
    cwd: projectRoot,
    encoding: 'utf8',
  }).trim();
  // Vitest's own variables (NODE_ENV=test, VITEST…) would reach the bundle and change it.
  return Object.fromEntries(
    Object.entries({ ...process.env, GIT_DIR: gitDir }).filter(
      ([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
    ),
  );
}

function build(dir: string): string {
  const run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    env: buildEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const log = `${run.stdout}\n${run.stderr}`;
  expect(run.status, log.slice(-3000)).toBe(0);
  return log;
}

/**
 * The listing pages' result-id pairs (`data-pagefind-ids`) whose id is not the fragment of that page,
 * as «file: id=path». A page the incremental build reused keeps the map the last build filled in, and
 * ids move when an entry before them goes. Today only /eksempler/ has a map, and its key covers every
 * entry; the check is for the listing that gets one next.
 */
function staleResultIds(dist: string): string[] {
  const urlById = new Map(readFragments(join(dist, 'pagefind', 'fragment')).map((f) => [f.id, f.data.url]));
  const stale: string[] = [];
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  let maps = 0;
  for (const file of files) {
    const value = /data-pagefind-ids="([^"]*)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
    if (value === undefined) continue;
    maps += 1;
    for (const [id, path] of parseResultIds(value)) if (urlById.get(id) !== path) stale.push(`${file}: ${id}=${path}`);
  }
  expect(maps, 'ingen sider med resultat-id-er').toBeGreaterThan(0);
  return stale;
}

/** How many pages the search step read as they were rendered, from its line in the build log. */
function teedPages(log: string): number {
  const count = /(\d+) sider lest mens de ble laget/.exec(log)?.[1];
  expect(count, 'søkesteget sier ikke hvor mange sider det leste underveis').toBeDefined();
  return Number(count);
}

const htmlFileCount = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/**
 * Two builds of the same commit give byte-identical dist/. The second build runs in a copy of the
 * project in another folder with an empty content cache (and the same git history, which dates the
 * build), so a clock time, an absolute path, a random seed or an order that depends on the cache or
 * the file system shows up as a changed file.
 * It costs three more builds; `npm test` already made the first.
 */
describe('the build', () => {
  let copy = '';
  beforeAll(() => {
    assertBuilt();
    copy = copyProject(mkdtempSync(join(tmpdir(), 'velferdsspor-determinism-')));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is byte-identical when built again, elsewhere, from a cold cache', () => {
    const log = build(copy);
    const first = hashTree(distDir);
    const second = hashTree(join(copy, 'dist'));
    expect(first.size).toBeGreaterThan(100);
    // A clean build renders every page, so the search step reads each one as it is rendered, not
    // from dist/ (src/integrations/pagefind/page-tee.ts). All but one: Astro renders the 404 page at
    // /404/ and writes it as 404.html, so that one is read from its file.
    expect(teedPages(log)).toBe(htmlFileCount(join(copy, 'dist')) - 1);
    // dist/ from an older commit differs in its build date: `npm test` builds right before this.
    expect(
      diffTrees(first, second),
      'dist/ og et nytt bygg er ulike (bygget fra en eldre versjon? kjør «npm run build»)',
    ).toEqual([]);
  }, 300_000);

  // Astro's incremental build reuses a page when its cacheKey and code are unchanged. A key that
  // misses some of the data a page shows leaves that page stale. The copy is built three times with
  // its cache kept: with one key level changed (it moves every marker of the diagram that each entry
  // page draws), then with that undone and the entry's title changed (shown on related entries,
  // listings and organisation pages), then as it was. The diagram change comes first, so the title
  // build re-renders every entry page and the last build shows whether the title's pages are keyed
  // on it. The title build also has one entry more and one fewer: the pages it reuses must link the
  // search results by their new ids, and the last build must leave no trace of the extra entry:
  // dist/ is kept between builds and what a build did not write is deleted at its end
  // (src/integrations/previous-build.ts). The last build must equal a clean build of the same content.
  it('reuses pages from the last build only where nothing they show has changed', () => {
    const file = join(copy, 'content', 'initiatives', `${changed}.mdx`);
    const original = readFileSync(file, 'utf8');
    const withLevel = original.replace(
      /^( {2}resources:\n {4}level: )(\d)/m,
      (_, head: string, level: string) => `${head}${level === '3' ? 2 : Number(level) + 1}`,
    );
    const withTitle = original.replace(/^title: (.+)$/m, 'title: $1 med ny tittel');
    expect(withLevel).not.toBe(original);
    expect(withTitle).not.toBe(original);
    const page = () => readFileSync(join(copy, 'dist', 'eksempler', changed, 'index.html'), 'utf8');
    writeFileSync(file, withLevel);
    build(copy);
    writeFileSync(file, withTitle);
    // An entry that only this build has: its page, data files and search fragment must not outlive it.
    const extra = join(copy, 'content', 'initiatives', `${changed}-kopi.mdx`);
    writeFileSync(extra, original.replace(/^title: (.+)$/m, 'title: $1 kopi').replace(/^number: \d+$/m, 'number: 999'));
    // And one entry fewer: number 2, so every later entry's search result id moves down one.
    const removed = join(copy, 'content', 'initiatives', 'comfortpark.mdx');
    const removedText = readFileSync(removed, 'utf8');
    expect(removedText).toMatch(/^number: 2$/m);
    rmSync(removed);
    build(copy);
    expect(page()).toContain('med ny tittel');
    expect(existsSync(join(copy, 'dist', 'eksempler', `${changed}-kopi`, 'index.html'))).toBe(true);
    expect(staleResultIds(join(copy, 'dist')), 'resultat-id-er som peker på feil side').toEqual([]);
    writeFileSync(file, original);
    writeFileSync(removed, removedText);
    rmSync(extra);
    const log = build(copy);
    expect(log, 'ingen sider gjenbrukt').toMatch(/\((restored|cached)\)/);
    // The reused pages are read from dist/, the rendered ones as they were rendered; the index must
    // come out as a clean build's, where every page was read as it was rendered.
    expect(teedPages(log)).toBeGreaterThan(0);
    expect(teedPages(log)).toBeLessThan(htmlFileCount(join(copy, 'dist')) / 2);
    expect(
      diffTrees(hashTree(distDir), hashTree(join(copy, 'dist'))),
      'sider gjenbrukt fra forrige bygg viser gamle data: en cacheKey mangler noe siden viser',
    ).toEqual([]);
  }, 300_000);
});
