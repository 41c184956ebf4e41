#!/usr/bin/env node
// Search benchmark (issue «Quality gates», «Search at 10,000 entries»). Not a test: it prints numbers.
//   npm run bench:search                                   the real site + generated 1,000 entries
//   npm run bench:search -- --sizes real,1000,10000 --rebuild [--query eldre] [--runs 5]
//   npm run bench:search -- --dist /tmp/velferdsspor-bench-build/project-10000/dist[,other/dist]   sites built elsewhere
//   add --requests to list every request of the first run with its bytes
// For each site it measures, in headless Chromium on loopback with a fresh cache:
//   - bytes for a cold load of /eksempler/, focusing the search field, typing a query and seeing
//     its first results, as brotli (what a static host sends; each file the static server compresses,
//     Pagefind's data files included, compressed at quality 11) and as gzip on the wire,
//     split by what they are (Pagefind's index chunks, fragments, filters, …, our font, CSS, JS);
//   - milliseconds from the last keystroke to the first results on screen (the catalogue's
//     debounce included), median of several cold runs;
//   - for generated sites, `astro build` wall time and peak memory (from /usr/bin/time -v).
// At the end, one table for all sizes. Budgets: ≤ 150 KB brotli at every size, ≤ 300 ms at 10,000.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { compressible, startStaticServer } from './lib/static-server.ts';
import { brotliSize as br } from './lib/brotli.ts';
import { generateProject } from './generate-entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000' },
    rebuild: { type: 'boolean', default: false },
    query: { type: 'string', default: 'eldre' },
    runs: { type: 'string', default: '5' },
    dist: { type: 'string' },
    /** Also list every request of the first run, in order, with its brotli bytes. */
    requests: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? 'real,1000').split(',').map((s) => s.trim());
const runs = Number(values.runs);
const query = values.query ?? 'eldre';
const KB = 1024;

interface BuildStats {
  seconds: number;
  peakMb: number;
  ok: boolean;
  details: string;
  note?: string;
}

/** `npx astro build` in `dir`, timed by /usr/bin/time -v. */
function build(dir: string): BuildStats {
  const run = spawnSync('/usr/bin/time', ['-v', 'npx', 'astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const err = run.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const log = `${run.stdout}\n${err}`;
  const firstError = /\[ERROR\][^\n]*/.exec(log)?.[0];
  // The search integration's own line, e.g. «10000 sider i søkeindeksen, …, 37.1 s», and Astro's page time.
  const details = [/\d+ sider i søkeindeksen[^\n]*/.exec(log)?.[0], /\d+ page\(s\) built in [^\n]*/.exec(log)?.[0]]
    .filter(Boolean)
    .join('; ');
  return {
    seconds,
    peakMb: rss ? Number(rss[1]) / 1024 : NaN,
    ok: run.status === 0,
    details,
    ...(firstError ? { note: firstError.slice(0, 200) } : {}),
  };
}

/** What a response is, for the breakdown: where the bytes of a search go. */
function kindOf(path: string): string {
  if (path.startsWith('/pagefind/fragment/')) return 'Pagefind-fragmenter (treffkort)';
  if (path.startsWith('/pagefind/index/')) return 'Pagefind-indeks (ordbiter)';
  if (path.startsWith('/pagefind/filter/')) return 'Pagefind-filtre';
  if (path.startsWith('/pagefind/card/')) return 'kortfiler (treffkort)';
  if (/^\/pagefind\/sort-[\w-]+\.json$/.test(path)) return 'sorteringslister';
  if (/^\/pagefind\/wasm\./.test(path)) return 'Pagefind wasm';
  if (path.endsWith('.pf_meta')) return 'Pagefind metadata';
  if (path.startsWith('/pagefind/')) return 'Pagefind js';
  if (path.endsWith('.woff2')) return 'font';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js (vår)';
  return 'html og annet';
}

interface Measurement {
  /** Brotli bytes (estimated per response, see the header), then gzip bytes on the wire. */
  brotli: number;
  gzip: number;
  requests: number;
  /** Brotli bytes and request count per kind. */
  byKind: Record<string, { bytes: number; requests: number }>;
  /** Every request of the first run, in order. */
  list: { path: string; brotli: number }[];
  ms: number[];
  results: number;
}

/** One cold visit: load, focus, type, wait for the results; bytes per kind and the typing-to-results time. */
async function measure(dist: string): Promise<Measurement> {
  // gzip on the wire: Chromium asks for brotli only over HTTPS, so brotli is estimated per file.
  const server = await startStaticServer(dist, { encodings: ['gzip'] });
  const browser = await launchBrowser();
  const ms: number[] = [];
  let first: Omit<Measurement, 'ms'> | undefined;
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ path: string; gzip: number; brotli: number }>[] = [];
      page.on('response', (response) => {
        sizes.push(
          (async () => {
            const path = new URL(response.url()).pathname;
            const s = await response
              .request()
              .sizes()
              .catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
            const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
            let brotli = s.responseBodySize + s.responseHeadersSize;
            if (compressible.has(extname(file)) && existsSync(file))
              brotli = br(readFileSync(file)) + s.responseHeadersSize;
            return { path, gzip: s.responseBodySize + s.responseHeadersSize, brotli };
          })(),
        );
      });
      await page.goto(`${server.url}/eksempler/`, { waitUntil: 'networkidle' });
      await page.evaluate((q) => {
        const w = window as unknown as { benchLastInput: number; benchResults: number };
        document.querySelector('#catalogue-q')?.addEventListener('input', () => (w.benchLastInput = performance.now()));
        const status = document.querySelector('[data-status]');
        new MutationObserver(() => {
          if (!w.benchResults && status?.textContent?.includes(`«${q}»`)) w.benchResults = performance.now();
        }).observe(status as Node, { childList: true, characterData: true, subtree: true });
      }, query);
      await page.locator('#catalogue-q').click();
      await page.keyboard.type(query, { delay: 120 });
      await page.waitForFunction(() => (window as unknown as { benchResults?: number }).benchResults);
      // The first card shows the count; the rest follow. Count the bytes once all are there.
      await page.waitForFunction(() => !document.querySelector('.catalogue-results')?.hasAttribute('aria-busy'));
      await page.waitForTimeout(300);
      const elapsed = await page.evaluate(() => {
        const w = window as unknown as { benchLastInput: number; benchResults: number };
        return w.benchResults - w.benchLastInput;
      });
      ms.push(elapsed);
      if (!first) {
        const all = await Promise.all(sizes);
        const byKind: Measurement['byKind'] = {};
        for (const { path, brotli } of all) {
          const kind = (byKind[kindOf(path)] ??= { bytes: 0, requests: 0 });
          kind.bytes += brotli;
          kind.requests += 1;
        }
        first = {
          brotli: all.reduce((sum, r) => sum + r.brotli, 0),
          gzip: all.reduce((sum, r) => sum + r.gzip, 0),
          requests: all.length,
          byKind,
          list: all.map(({ path, brotli }) => ({ path, brotli })),
          results: await page.locator('[data-results] > li').count(),
        };
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { ...(first as Omit<Measurement, 'ms'>), ms };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const label = (size: string) =>
  size === 'real' ? 'det virkelige nettstedet' : `${Number(size).toLocaleString('nb-NO')} genererte eksempler`;
const summary: string[] = [
  '| eksempler | brotli | gzip | forespørsler | treff | ms til første treff (median) | budsjett | bygg s | minne GB |',
  '|---:|---:|---:|---:|---:|---:|---|---:|---:|',
];

/** The measurement's report for one site, and its row in the summary table. */
async function report(dist: string, entries: number, stats: BuildStats | undefined): Promise<void> {
  const m = await measure(dist);
  const msBudget = entries >= 10000 ? 300 : undefined;
  const ok = m.brotli <= 150 * KB && (msBudget === undefined || median(m.ms) <= msBudget);
  console.log(
    `Kald last av /eksempler/ + søket «${query}» + ${m.results} treff: ${kb(m.brotli)} med brotli (budsjett 150 KB), ${kb(m.gzip)} med gzip, ${m.requests} forespørsler`,
  );
  console.log('| hva | brotli | forespørsler |\n|---|---:|---:|');
  for (const [kind, { bytes, requests }] of Object.entries(m.byKind).sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`| ${kind} | ${kb(bytes)} | ${requests} |`);
  if (values.requests) for (const { path, brotli } of m.list) console.log(`  ${kb(brotli).padStart(9)}  ${path}`);
  console.log(
    `Fra siste tastetrykk til første treff: median ${median(m.ms).toFixed(0)} ms over ${m.ms.length} kalde runder (${m.ms.map((x) => x.toFixed(0)).join(', ')}${msBudget ? `; budsjett ${msBudget} ms` : ''})`,
  );
  summary.push(
    `| ${entries.toLocaleString('en')} | ${kb(m.brotli)} | ${kb(m.gzip)} | ${m.requests} | ${m.results} | ${median(m.ms).toFixed(0)} | ${ok ? 'innenfor' : 'over'} | ${stats ? stats.seconds.toFixed(1) : '–'} | ${stats ? (stats.peakMb / 1024).toFixed(2) : '–'} |`,
  );
}

// Sites built elsewhere (e.g. by bench:build), comma-separated: each one's size is the number of entry pages it has.
for (const dist of values.dist?.split(',') ?? []) {
  const entries = readdirSync(join(dist, 'eksempler'), { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(dist, 'eksempler', d.name, 'index.html')) && d.name !== 'side',
  ).length;
  console.log(`\n== ${dist} (${entries} eksempelsider) ==`);
  await report(dist, entries, undefined);
}

for (const size of values.dist ? [] : sizes) {
  console.log(`\n== ${label(size)} ==`);
  let dir = root;
  let stats: BuildStats | undefined;
  if (size !== 'real') {
    const count = Number(size);
    dir = `/tmp/velferdsspor-bench/${count}`;
    if (values.rebuild || !existsSync(join(dir, 'dist/pagefind/pagefind.js'))) {
      generateProject({ count, out: dir });
      stats = build(dir);
      if (!stats.ok) {
        console.log(`astro build feilet: ${stats.note ?? 'se loggen'}`);
        continue;
      }
    }
  } else if (values.rebuild || !existsSync(join(root, 'dist/pagefind/pagefind.js'))) {
    stats = build(root);
  }
  if (stats) {
    console.log(`astro build: ${stats.seconds.toFixed(1)} s, høyeste minnebruk ${(stats.peakMb / 1024).toFixed(2)} GB`);
    // eslint-disable-next-line no-control-regex -- strips the terminal colour codes Astro prints
    if (stats.details) console.log(`  ${stats.details.replace(/\x1b\[[0-9;]*m/g, '')}`);
  }
  const entries =
    size === 'real'
      ? readdirSync(join(root, 'content', 'initiatives')).filter((f) => f.endsWith('.mdx')).length
      : Number(size);
  await report(join(dir, 'dist'), entries, stats);
}
console.log(`\n${summary.join('\n')}`);
