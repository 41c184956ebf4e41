#!/usr/bin/env node
// Runs Lighthouse 13 (fetched by npx, not a project dependency: it is large and only this benchmark
// needs it) against the built site on loopback, mobile and desktop, and prints the four category
// scores per page with any audit below 0.9. Budget: 100 in all four categories.
// Usage: npm run build && node scripts/bench-lighthouse.ts [/path/ …]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../tests/helpers/browser.ts';
import { startStaticServer } from '../tests/helpers/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/eksempler/', '/eksempler/familieveiviseren/', '/nokler/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const flags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';
const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

const run = promisify(execFile);
const server = await startStaticServer();
let belowBudget = 0;
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const path of paths) {
      // Asynchronous on purpose: the static server runs in this process and must keep answering.
      await run(
        'npx',
        ['--yes', 'lighthouse@13', server.url + path, '--quiet', `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`, ...(formFactor === 'desktop' ? ['--preset=desktop'] : ['--form-factor=mobile'])],
        { env: { ...process.env, CHROME_PATH: chromiumPath } },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      belowBudget += scores.filter((s) => s < 100).length;
      console.log(`${formFactor.padEnd(8)} ${path.padEnd(32)} ${categories.map((c, i) => `${c} ${scores[i]}`).join('  ')}`);
      for (const audit of Object.values(report.audits)) {
        if (audit.score !== null && audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) {
          console.log(`         ${audit.id}: ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  await server.close();
}
console.log(belowBudget ? `${belowBudget} kategori(er) under 100.` : 'Alle sider har 100 i alle fire kategorier.');
process.exitCode = belowBudget ? 1 : 0;
