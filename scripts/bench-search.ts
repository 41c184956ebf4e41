#!/usr/bin/env node
// Search benchmark (DESIGN.md «Quality budgets», issue #5). Not a test: it prints numbers.
//   npm run bench:search                       real site + generated 1,000 entries
//   npm run bench:search -- --sizes real,1000,10000 --rebuild [--query eldre] [--runs 5]
// For each site it measures, in headless Chromium on loopback with a fresh cache:
//   - bytes transferred for a cold load of /eksempler/, focusing the search field, typing a query and
//     seeing its first 10 results (gzip on the wire, as a static host sends it; brotli estimated too);
//   - milliseconds from the last keystroke to the first results on screen (the 180 ms debounce
//     included), median of several cold runs;
//   - for generated sites, `astro build` wall time and peak memory (from /usr/bin/time -v).
// Budgets: ≤ 150 KB for the real site and 1,000 entries, ≤ 300 KB at 10,000; ≤ 300 ms at 1,000;
// build ≤ 15 s at 1,000 and ≤ 90 s at 10,000, peak memory ≤ 4 GB.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { startStaticServer } from '../tests/helpers/static-server.ts';
import { generateProject } from './generate-entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000' },
    rebuild: { type: 'boolean', default: false },
    query: { type: 'string', default: 'eldre' },
    runs: { type: 'string', default: '5' },
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
  const run = spawnSync('/usr/bin/time', ['-v', 'npx', 'astro', 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const err = run.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const log = `${run.stdout}\n${err}`;
  const firstError = /\[ERROR\][^\n]*/.exec(log)?.[0];
  // The search integration's own line, e.g. «10000 sider i søkeindeksen, …, 37.1 s», and Astro's page time.
  const details = [/\d+ sider i søkeindeksen[^\n]*/.exec(log)?.[0], /\d+ page\(s\) built in [^\n]*/.exec(log)?.[0]].filter(Boolean).join('; ');
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : NaN, ok: run.status === 0, details, ...(firstError ? { note: firstError.slice(0, 200) } : {}) };
}

/** Types the measurement estimates a brotli size for (what the static server compresses). */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '']);

const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

interface Measurement {
  bytes: number;
  brotliEstimate: number;
  requests: number;
  byKind: Record<string, number>;
  ms: number[];
  results: number;
}

/** One cold visit: load, focus, type, wait for the results; bytes per kind and the typing-to-results time. */
async function measure(dist: string): Promise<Measurement> {
  // gzip on the wire: the baseline every static host offers; brotli is estimated alongside.
  const server = await startStaticServer(dist, { encodings: ['gzip'] });
  const browser = await launchBrowser();
  const ms: number[] = [];
  let first: Omit<Measurement, 'ms'> | undefined;
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ path: string; bytes: number; brotli: number }>[] = [];
      page.on('response', (response) => {
        sizes.push(
          (async () => {
            const path = new URL(response.url()).pathname;
            const s = await response.request().sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
            const ext = extname(path);
            let brotli = s.responseBodySize + s.responseHeadersSize;
            if (compressible.has(ext) && existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))) {
              brotli = br(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))) + s.responseHeadersSize;
            }
            return { path, bytes: s.responseBodySize + s.responseHeadersSize, brotli };
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
      // The first card shows the count; the rest follow. Count the bytes once all ten are there.
      await page.waitForFunction(() => !document.querySelector('.catalogue-results')?.hasAttribute('aria-busy'));
      await page.waitForTimeout(300);
      const elapsed = await page.evaluate(() => {
        const w = window as unknown as { benchLastInput: number; benchResults: number };
        return w.benchResults - w.benchLastInput;
      });
      ms.push(elapsed);
      if (!first) {
        const all = await Promise.all(sizes);
        const byKind: Record<string, number> = {};
        for (const { path, bytes } of all) {
          const kind = path.startsWith('/pagefind/fragment/')
            ? 'pagefind fragments'
            : path.startsWith('/pagefind/index/')
              ? 'pagefind index'
              : path.startsWith('/pagefind/filter/')
                ? 'pagefind filters'
                : path.startsWith('/pagefind/')
                  ? 'pagefind js+wasm+meta'
                  : path.endsWith('.woff2')
                    ? 'fonts'
                    : path.endsWith('.css')
                      ? 'css'
                      : path.endsWith('.js')
                        ? 'js'
                        : 'html+other';
          byKind[kind] = (byKind[kind] ?? 0) + bytes;
        }
        first = {
          bytes: all.reduce((sum, r) => sum + r.bytes, 0),
          brotliEstimate: all.reduce((sum, r) => sum + r.brotli, 0),
          requests: all.length,
          byKind,
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

for (const size of sizes) {
  console.log(`\n== ${size === 'real' ? 'Virkelig nettsted' : `${size} genererte eksempler`} ==`);
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
    const budget = size === '10000' ? 90 : size === '1000' ? 15 : Infinity;
    console.log(`astro build: ${stats.seconds.toFixed(1)} s (budsjett ${budget === Infinity ? '–' : `${budget} s`}), høyeste minnebruk ${(stats.peakMb / 1024).toFixed(2)} GB (budsjett 4 GB)`);
    // eslint-disable-next-line no-control-regex -- strips the terminal colour codes Astro prints
    if (stats.details) console.log(`  ${stats.details.replace(/\x1b\[[0-9;]*m/g, '')}`);
  }
  const m = await measure(join(dir, 'dist'));
  const budget = size === '10000' ? 300 : 150;
  console.log(`Kald last av /eksempler/ + søket «${query}» + ${m.results} treff: ${kb(m.bytes)} med gzip (budsjett ${budget} KB), ca. ${kb(m.brotliEstimate)} med brotli, ${m.requests} forespørsler`);
  for (const [kind, bytes] of Object.entries(m.byKind).sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(24)} ${kb(bytes)}`);
  console.log(`Fra siste tastetrykk til første treff: median ${median(m.ms).toFixed(0)} ms over ${m.ms.length} kalde runder (${m.ms.map((x) => x.toFixed(0)).join(', ')}; budsjett 300 ms ved 1 000)`);
}
