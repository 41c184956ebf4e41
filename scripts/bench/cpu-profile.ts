#!/usr/bin/env node
// Where a build's CPU time goes: reads the .cpuprofile files `node --cpu-prof` writes (one per
// process or worker) and prints self time grouped three ways — by npm package, by our own source
// file, by function — the top N of each. Not a test: it prints numbers.
//   node scripts/bench/cpu-profile.ts <profile-or-folder> [--top 25] [--root <project folder>]
// Astro bundles the pages into dist/.prerender/chunks/*.mjs; those show as «prerender:<chunk>»,
// named by Vite after their first module, so the function table is the one to read for page code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, root: { type: 'string' } },
});
const top = Number(values.top);
const target = positionals[0];
if (!target) {
  console.error('Bruk: node scripts/bench/cpu-profile.ts <profil eller mappe> [--top 25]');
  process.exit(2);
}
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(target, f))
  : [target];

/** The package a script belongs to: the path after the last node_modules/ (with its scope). */
function packageOf(url: string): string | undefined {
  const at = url.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = url.slice(at + '/node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : first;
}

/** Our own file for a script: src/…, scripts/… or a prerender chunk, relative to the project. */
function ownFileOf(url: string): string | undefined {
  if (packageOf(url) !== undefined) return undefined;
  const chunk = /\/dist\/\.prerender\/(.+)$/.exec(url);
  if (chunk) return `prerender:${chunk[1]!.replace(/[._-][A-Za-z0-9_-]{8}\.mjs$/, '.mjs')}`;
  const own = /\/((?:src|scripts|astro\.config)[^?]*)/.exec(url);
  return own?.[1];
}

function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return 'node:*';
  if (url.startsWith('wasm:')) return 'wasm';
  const pkg = packageOf(url);
  if (pkg) return pkg;
  return ownFileOf(url)?.startsWith('prerender:') ? '(our pages, bundled)' : '(our source)';
}

const byGroup = new Map<string, number>();
const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    // Idle and the garbage collector are kept as their own rows: GC time is real build time.
    add(byGroup, groupOf(frame.url, frame.functionName), us);
    const own = ownFileOf(frame.url);
    if (own) add(byFile, own, us);
    const where = own ?? packageOf(frame.url) ?? (frame.url || '(native)');
    add(byFunction, `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`, us);
  });
}

function print(title: string, map: Map<string, number>): void {
  console.log(`\n## ${title}\n| self s | share | where |\n|---:|---:|---|`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${(us / 1e6).toFixed(2)} | ${((100 * us) / total).toFixed(1)} % | ${key.replaceAll('|', '\\|')} |`);
  }
}

console.log(`${files.length} profiler, ${(total / 1e6).toFixed(1)} s samplet i alt`);
print('Egentid etter pakke', byGroup);
print('Egentid i vår egen kode, etter fil', byFile);
print('Egentid etter funksjon', byFunction);
