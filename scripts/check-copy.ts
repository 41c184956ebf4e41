#!/usr/bin/env node
// Checks the entries against source texts you supply, for copied sentences (ten or more identical
// consecutive words). Usage: npm run check:copy -- kilde.txt [flere.txt …] [--entry content/initiatives/x.mdx …]
// Without --entry, every file in content/initiatives/ is checked. Exit code 1 if anything is copied.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { copiedRuns, minCopiedWords, sourceRuns } from '../src/lib/validation/copy-check.ts';

const args = process.argv.slice(2);
const sources: string[] = [];
const entries: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--entry') entries.push(args[++i] ?? '');
  else sources.push(args[i]!);
}
if (sources.length === 0) {
  console.error('Bruk: npm run check:copy -- kilde.txt [flere.txt …] [--entry content/initiatives/navn.mdx]');
  console.error('Kildeteksten er et tekstdokument (.txt) med teksten fra kilden, f.eks. lagret fra PDF-en.');
  process.exit(2);
}
for (const file of [...sources, ...entries]) {
  if (!existsSync(file)) {
    console.error(`Fant ikke ${file}.`);
    process.exit(2);
  }
}
const runs = new Set<string>();
for (const file of sources) for (const run of sourceRuns(readFileSync(file, 'utf8'))) runs.add(run);

const dir = resolve('content/initiatives');
const files = entries.length
  ? entries.map((f) => resolve(f))
  : readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => join(dir, f));
let copied = 0;
for (const file of files) {
  for (const run of copiedRuns(readFileSync(file, 'utf8'), runs)) {
    copied++;
    console.log(
      `${relative(process.cwd(), file)}: ${run.split(' ').length} like ord etter hverandre: «${run}» — skriv dette med egne ord`,
    );
  }
}
console.log(
  copied
    ? `\n${copied} kopierte tekstbiter (${minCopiedWords} ord eller flere) i ${files.length} fil${files.length === 1 ? '' : 'er'}.`
    : `Ingen kopierte tekstbiter på ${minCopiedWords} ord eller flere i ${files.length} fil${files.length === 1 ? '' : 'er'}.`,
);
process.exitCode = copied ? 1 : 0;
