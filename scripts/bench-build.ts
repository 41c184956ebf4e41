#!/usr/bin/env node
// Build benchmark (issue «Entries as data», DESIGN.md «Quality budgets»). Not a test: it prints numbers.
//   npm run bench:build                          1,000 entries
//   npm run bench:build -- --sizes 1000,10000 [--runs 2]
// For each size it writes N copies of the real entries (new numbers, titles and slugs), then builds
// this project and the bare peer in scripts/bench/bare/ (Astro + @astrojs/mdx + Pagefind, the same
// package versions) over the same files, alternating, each from clean, and prints wall time and
// peak memory (/usr/bin/time -v) side by side with the ratio. After each clean build of this project,
// it is built again with one entry changed and its cache kept: the one-entry rebuild (median of the
// runs, against the median clean build).
// Budgets: project ≤ 1.0× bare at 1,000 and 10,000, peak memory ≤ bare's, rebuild ≤ 0.5× clean.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, projectRoot } from './lib/copy-project.ts';
import { writeEntryCopies } from './lib/copy-entries.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: '/tmp/velferdsspor-bench-build' },
  },
});
const sizes = (values.sizes ?? '1000').split(',').map(Number);
const runs = Number(values.runs);
const out = values.out!;

interface Build {
  seconds: number;
  /** User + system CPU seconds of the build and its child processes: steadier than wall time on a busy machine. */
  cpu: number;
  peakMb: number;
  ok: boolean;
  note: string;
}

/** `astro build` in `dir`, timed by /usr/bin/time -v (wall clock and maximum resident set size). */
function build(dir: string, { clean }: { clean: boolean }): Build {
  if (clean) for (const name of ['dist', '.cache', '.astro']) rmSync(join(dir, name), { recursive: true, force: true });
  const astro = join(projectRoot, 'node_modules', '.bin', 'astro');
  const run = spawnSync('/usr/bin/time', ['-v', astro, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const err = run.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
  const log = `${run.stdout}\n${err}`;
  const warnings = log.split('\n').filter((l) => /\[WARN\]|\bwarn(ing)?\b/i.test(l)).length;
  const note = [
    /\d+ sider i søkeindeksen[^\n]*/.exec(log)?.[0],
    warnings ? `${warnings} advarselslinjer` : '',
    run.status === 0 ? '' : (/\[ERROR\][^\n]*|Error[^\n]*/.exec(log)?.[0] ?? 'feilet').slice(0, 160),
  ]
    .filter(Boolean)
    .join('; ');
  return {
    cpu: user + system,
    seconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN,
    peakMb: rss ? Number(rss[1]) / 1024 : NaN,
    ok: run.status === 0,
    note,
  };
}

function bareCopy(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(projectRoot, 'scripts', 'bench', 'bare'), dir, { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const results: string[] = [
  '| entries | project s | bare s | ratio | project CPU s | bare CPU s | CPU ratio | project peak MB | bare peak MB | memory ratio | one-entry rebuild s | rebuild / clean |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

for (const size of sizes) {
  const entries = join(out, `entries-${size}`);
  writeEntryCopies(size, entries);
  const project = copyProject(join(out, `project-${size}`));
  const bare = bareCopy(join(out, `bare-${size}`));
  for (const dir of [project, bare]) {
    const target = join(dir, 'content', 'initiatives');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(join(dir, 'content'), { recursive: true });
    cpSync(entries, target, { recursive: true });
  }
  const mine: Build[] = [];
  const peer: Build[] = [];
  const rebuilds: Build[] = [];
  // The entry a one-entry rebuild changes, and its text, put back after each rebuild so every
  // clean build of both sites reads the same files.
  const changed = join(
    project,
    'content',
    'initiatives',
    readdirSync(join(project, 'content', 'initiatives')).sort()[0]!,
  );
  const original = readFileSync(changed, 'utf8');
  for (let run = 0; run < runs; run += 1) {
    // Alternating, so a noisy stretch of the machine hits both.
    mine.push(build(project, { clean: true }));
    console.error(
      `${size}: prosjektet ${fmt(mine.at(-1)!.seconds)} s (CPU ${fmt(mine.at(-1)!.cpu)} s) ${mine.at(-1)!.note}`,
    );
    // One entry changed: a sentence added to its body; the cache of the clean build just made is kept.
    appendFileSync(changed, `\nEn setning lagt til for å måle nytt bygg nummer ${run + 1} med én endring.\n`);
    rebuilds.push(build(project, { clean: false }));
    writeFileSync(changed, original);
    console.error(
      `${size}: nytt bygg med én endring ${fmt(rebuilds.at(-1)!.seconds)} s (CPU ${fmt(rebuilds.at(-1)!.cpu)} s) ${rebuilds.at(-1)!.note}`,
    );
    peer.push(build(bare, { clean: true }));
    console.error(`${size}: bare ${fmt(peer.at(-1)!.seconds)} s (CPU ${fmt(peer.at(-1)!.cpu)} s) ${peer.at(-1)!.note}`);
  }
  const rebuild = median(rebuilds.map((m) => m.seconds));
  const [p, b] = [median(mine.map((m) => m.seconds)), median(peer.map((m) => m.seconds))];
  const [pc, bc] = [median(mine.map((m) => m.cpu)), median(peer.map((m) => m.cpu))];
  const [pm, bm] = [Math.max(...mine.map((m) => m.peakMb)), Math.max(...peer.map((m) => m.peakMb))];
  const failed = [...mine, ...peer, ...rebuilds].some((m) => !m.ok) ? ' (et bygg feilet)' : '';
  results.push(
    `| ${size.toLocaleString('en')}${failed} | ${fmt(p)} | ${fmt(b)} | ${fmt(p / b, 2)}× | ${fmt(pc)} | ${fmt(bc)} | ${fmt(pc / bc, 2)}× | ${fmt(pm, 0)} | ${fmt(bm, 0)} | ${fmt(pm / bm, 2)}× | ${fmt(rebuild)} | ${fmt(rebuild / p, 2)}× |`,
  );
}
console.log(results.join('\n'));
