import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encode } from 'cborg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pagefind from 'pagefind';
import { indexSite } from '../../src/integrations/pagefind/index.ts';
import { unusedPagefindFiles } from '../../src/integrations/pagefind/prune.ts';
import { KEYWORD_META, RESULT_IDS_ATTRIBUTE } from '../../src/lib/search/build/index-html.ts';
import { sortFile } from '../../src/lib/search/sort.ts';
import { sortKeys } from '../../src/lib/search/index-fields.ts';
import { cardFile, parseCard } from '../../src/lib/search/cards.ts';
import { noPhaseLabel } from '../../src/lib/format/nb.ts';
import { pagefindFile } from '../helpers/pagefind-file.ts';

// Pagefind is a Rust binary behind a Node API; mocked here (as Starlight's own integration test
// does). The build indexes the pages itself (own-shard.ts) and takes only Pagefind's runtime files
// from it, so the steps around it — order, sort lists, result ids, close() — are checked on the
// build's real index without the binary.
vi.mock('pagefind');

/** An entry page the way src/pages/eksempler/[slug].astro writes the parts the integration reads. */
const entryPage = (number: number, title: string, updated: string) =>
  `<!doctype html><html lang="nb"><head><title>${title}</title></head><body><nav><a href="/">Forside</a></nav><main><article class="entry" data-pagefind-body>` +
  `<p data-pagefind-sort="number:${number}">Eksempel nr. ${number}</p><h1 data-pagefind-sort="title:${title.toLowerCase()}">${title}</h1>` +
  `<p>Tjenesten gjelder eldreomsorg og hjemmetjenester.</p><time data-pagefind-sort="updated:${updated}">${updated}</time><svg><text>nr ${number}</text></svg></article></main></body></html>`;

const listingPage = (slugs: string[]) =>
  `<!doctype html><html lang="nb"><body><ul class="catalogue-results" ${RESULT_IDS_ATTRIBUTE}="">${slugs.map((s) => `<li><a href="/eksempler/${s}/">${s}</a></li>`).join('')}</ul></body></html>`;

// File-name order (alfa, bolge, ceder) is not number order (bolge, ceder, alfa).
const entries = [
  { slug: 'alfa', number: 3, title: 'Alfa', updated: '2024-01-01' },
  { slug: 'bolge', number: 1, title: 'Bølge', updated: '2025-06-01' },
  { slug: 'ceder', number: 2, title: 'Ceder', updated: '2025-03-01' },
];

let dir: string;
const logger = { info: vi.fn() };

/**
 * A mock index whose getFiles gives, gzipped as Pagefind does, one fragment per added page, named
 * as Pagefind names them, and the metadata listing the pages in the order they were added.
 */
function mockIndex(overrides: Partial<Record<keyof pagefind.PagefindIndex, unknown>> = {}) {
  const added: { url: string; content: string }[] = [];
  const index = {
    addHTMLFile: vi.fn(async (file: { url: string; content: string }) => {
      added.push(file);
      return { errors: [], file: { url: file.url, meta: {}, filters: {} } };
    }),
    getFiles: vi.fn(async () => {
      const files: { path: string; content: Uint8Array }[] = added.map((file, i) => ({
        path: `fragment/nb_id${i}.pf_fragment`,
        content: pagefindFile(
          JSON.stringify({
            url: file.url,
            content: 'Tekst',
            meta: { title: `Side ${i}`, number: String(i + 1), summary: 'Kort' },
          }),
        ),
      }));
      const pages = added.map((_, i) => [`nb_id${i}`, 10, '']);
      files.push({ path: 'pagefind.nb_meta.pf_meta', content: pagefindFile(encode(['1.6.0', pages, [], [], [], []])) });
      for (const name of unusedPagefindFiles) files.push({ path: name, content: new Uint8Array() });
      files.push({ path: 'pagefind.js', content: new Uint8Array() });
      files.push({
        path: 'pagefind-entry.json',
        content: Buffer.from(
          JSON.stringify({
            version: '1.6.0',
            languages: { nb: { hash: 'nb_meta', wasm: 'nb', page_count: added.length } },
          }),
        ),
      });
      return { errors: [], files };
    }),
    ...overrides,
  };
  vi.mocked(pagefind.createIndex).mockResolvedValue({ index: index as unknown as pagefind.PagefindIndex, errors: [] });
  return { index, added };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-integration-'));
  for (const e of entries) {
    mkdirSync(join(dir, 'eksempler', e.slug), { recursive: true });
    writeFileSync(join(dir, 'eksempler', e.slug, 'index.html'), entryPage(e.number, e.title, e.updated));
  }
  writeFileSync(join(dir, 'eksempler', 'index.html'), listingPage(['alfa', 'ceder']));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nb"><body><p>Forside</p></body></html>');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.clearAllMocks();
});

describe('the Pagefind integration', () => {
  it('indexes only entry pages, in number order, as the indexed copy with keywords', async () => {
    const { added } = mockIndex();
    await indexSite(pathToFileURL(`${dir}/`), logger);
    // Pagefind itself gets one page, for its runtime files (runtime-files.ts).
    expect(added).toHaveLength(1);
    const fragment = (id: string) =>
      JSON.parse(readFileSync(join(dir, 'pagefind', 'fragment', `${id}.pf_fragment`), 'utf8').slice(12)) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      };
    expect(['0', '1', '2'].map((id) => fragment(id).url)).toEqual([
      '/eksempler/bolge/',
      '/eksempler/ceder/',
      '/eksempler/alfa/',
    ]);
    // Navigation and drawings stay out, blocks end with a full stop as Pagefind ends them, and the
    // compound parts go in as hidden meta.
    const first = fragment('0');
    expect(first.content).toBe('Eksempel nr. 1. Bølge. Tjenesten gjelder eldreomsorg og hjemmetjenester. 2025-06-01.');
    expect(first.meta[KEYWORD_META]).toMatch(/\bomsorg\b/);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^3 sider i søkeindeksen, [1-9]\d* orddeler/));
  });

  it('writes one id list per sort key and one card per result, and fills the listing page with the ids it links to', async () => {
    mockIndex();
    await indexSite(pathToFileURL(`${dir}/`), logger);
    // Indexed in number order, so bolge, ceder and alfa get the short ids
    // (src/integrations/pagefind/short-ids.ts) 0, 1 and 2.
    const list = (key: string) => JSON.parse(readFileSync(join(dir, 'pagefind', sortFile(key)), 'utf8')) as string[];
    expect(list(sortKeys.number)).toEqual(['0', '1', '2']);
    expect(list(sortKeys.title)).toEqual(['2', '0', '1']);
    expect(list(sortKeys.updated)).toEqual(['2', '1', '0']);
    const listing = readFileSync(join(dir, 'eksempler', 'index.html'), 'utf8');
    expect(listing).toContain(`${RESULT_IDS_ATTRIBUTE}="1=/eksempler/ceder/ 2=/eksempler/alfa/"`);
    // The fragments are stored decompressed, under the short ids.
    expect(readFileSync(join(dir, 'pagefind', 'fragment', '2.pf_fragment'), 'utf8')).toMatch(
      /^pagefind_dcd\{"url":"\/eksempler\/alfa\/"/,
    );
    // Each result's card file, from its fragment's meta.
    expect(parseCard(JSON.parse(readFileSync(join(dir, 'pagefind', cardFile('2')), 'utf8')))).toEqual({
      url: '/eksempler/alfa/',
      title: 'Alfa',
      number: '',
      summary: '',
      municipality: '',
      phase: noPhaseLabel,
      country: '',
      effect: '',
    });
    // Pages without the attribute are left as they were.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain(RESULT_IDS_ATTRIBUTE);
  });

  it('removes the files the site never loads and closes Pagefind', async () => {
    mockIndex();
    await indexSite(pathToFileURL(`${dir}/`), logger);
    expect(() => readFileSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toThrow();
    expect(readFileSync(join(dir, 'pagefind', 'pagefind.js'), 'utf8')).toBe('');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('stops the build, naming the page, when a page has what the indexer does not read', async () => {
    mockIndex();
    writeFileSync(
      join(dir, 'eksempler', 'alfa', 'index.html'),
      entryPage(3, 'Alfa', '2024-01-01').replace('<p>Tjenesten', '<p data-pagefind-weight="2">Tjenesten'),
    );
    await expect(indexSite(pathToFileURL(`${dir}/`), logger)).rejects.toThrow(
      'Søkeindeksen: /eksempler/alfa/ har attributtet data-pagefind-weight',
    );
    // Refused as the page is read, before Pagefind is started for its runtime files.
    expect(pagefind.createIndex).not.toHaveBeenCalled();
  });

  it('stops the build and still closes Pagefind when getting the files fails or no index is made', async () => {
    mockIndex({ getFiles: vi.fn(async () => ({ errors: ['out of memory'], files: [] })) });
    await expect(indexSite(pathToFileURL(`${dir}/`), logger)).rejects.toThrow('Pagefind, getFiles: out of memory');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['no binary'] });
    await expect(indexSite(pathToFileURL(`${dir}/`), logger)).rejects.toThrow('Pagefind, createIndex: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(2);
  });
});
