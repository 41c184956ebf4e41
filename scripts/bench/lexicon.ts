#!/usr/bin/env node
// Lexicon benchmark (issue 9): the two ways cspell-trie-lib reads the Bokmål word list, the graph we
// walk (importTrie, what src/lib/node/norwegian-lexicon.ts uses) and the library's own ITrie
// (decodeTrie). Not a test: it prints numbers. Our former port of the TrieXv3 reader tied with
// importTrie (load 446 vs 419 ms CPU, 200,000 lookups 75 vs 97 ms) and was dropped for it.
//   node scripts/bench/lexicon.ts [--lookups 200000] [--runs 3]
// Each reader runs in its own process (node --expose-gc), so one's graph and JIT warm-up do not
// count against the next. For each reader: load time (gunzip + parse of @cspell/dict-nb-no's
// nb.trie.gz, best of the runs), heap the loaded graph keeps, and the time for N lookups. The lookups are what the search decompounder asks: every
// head and tail of every word in content/initiatives/, plain, with the list's compound markers
// (`+x`, `x+`) and capitalised, cycled to N; the answers are compared with the first reader's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, importTrie } from 'cspell-trie-lib';
import { norwegianDictionaryPath, trieHas } from '../../src/lib/node/norwegian-lexicon.ts';

const { values } = parseArgs({
  options: {
    lookups: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '3' },
    reader: { type: 'string' },
  },
});
const lookups = Number(values.lookups);
const runs = Number(values.runs);
const gc = (globalThis as { gc?: () => void }).gc;

const dir = fileURLToPath(new URL('../../content/initiatives/', import.meta.url));
const words = new Set<string>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
  for (const [word] of readFileSync(join(dir, file), 'utf8')
    .toLowerCase()
    .matchAll(/[a-zæøåäöé]{4,}/g))
    words.add(word);
}
const parts: string[] = [];
for (const word of [...words].sort()) {
  for (let i = 2; i <= word.length - 2; i++) {
    for (const part of [word.slice(0, i), word.slice(i)])
      parts.push(part, `+${part}`, `${part}+`, part[0]!.toUpperCase() + part.slice(1));
  }
}
const queries = Array.from({ length: lookups }, (_, i) => parts[i % parts.length]!);

interface Reader {
  name: string;
  load: (text: string) => (word: string) => boolean;
}
const readers: Reader[] = [
  {
    name: 'cspell-trie-lib importTrie + walk',
    load: (text) => {
      const root = importTrie(text);
      return (word) => trieHas(root, word);
    },
  },
  {
    name: 'cspell-trie-lib decodeTrie + ITrie.has',
    load: (text) => {
      const trie = decodeTrie(text);
      return (word) => trie.has(word);
    },
  },
];

const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
// CPU time too: on a shared machine the wall clock mostly measures the neighbours.
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e3;
};

interface Result {
  load: number;
  loadCpu: number;
  lookupsCpu: number;
  heap: number;
  lookups: number;
  found: number;
  answers: string;
}

/** One reader, in this process: load, measure, look up, and report as JSON on stdout. */
function measure(reader: Reader): Result {
  const file = readFileSync(norwegianDictionaryPath());
  const before = heap();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const has = reader.load(gunzipSync(file).toString('utf8'));
  let load = ms(start);
  let loadCpu = cpuMs(cpu);
  const kept = heap() - before;
  // Later loads are timed too (best of `runs`); the first one alone is the build's cold start.
  for (let run = 1; run < runs; run++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    reader.load(gunzipSync(file).toString('utf8'));
    load = Math.min(load, ms(t));
    loadCpu = Math.min(loadCpu, cpuMs(c));
    gc?.();
  }
  let best = Infinity;
  let bestCpu = Infinity;
  let answers: boolean[] = [];
  for (let run = 0; run < runs; run++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    answers = queries.map(has);
    best = Math.min(best, ms(t));
    bestCpu = Math.min(bestCpu, cpuMs(c));
  }
  const digest = createHash('sha256')
    .update(answers.map((a) => (a ? '1' : '0')).join(''))
    .digest('hex')
    .slice(0, 12);
  return {
    load,
    loadCpu,
    lookupsCpu: bestCpu,
    heap: kept / 1e6,
    lookups: best,
    found: answers.filter(Boolean).length,
    answers: digest,
  };
}

if (values.reader !== undefined) {
  console.log(JSON.stringify(measure(readers[Number(values.reader)]!)));
} else {
  const script = fileURLToPath(import.meta.url);
  const results = readers.map((_, i) => {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', script, '--reader', String(i), '--lookups', String(lookups), '--runs', String(runs)],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`reader ${i} failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result;
  });
  console.log(
    `${queries.length} lookups (${parts.length} distinct queries from ${words.size} content words), best of ${runs} runs\n`,
  );
  const header = [
    'reader',
    'load wall/CPU',
    'heap kept',
    `${queries.length} lookups wall/CPU`,
    'found',
    'same answers as the first',
  ];
  const rows = results.map((r, i) => [
    readers[i]!.name,
    `${r.load.toFixed(0)}/${r.loadCpu.toFixed(0)} ms`,
    `${r.heap.toFixed(0)} MB`,
    `${r.lookups.toFixed(0)}/${r.lookupsCpu.toFixed(0)} ms`,
    String(r.found),
    r.answers === results[0]!.answers ? 'yes' : 'no',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}
