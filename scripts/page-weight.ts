#!/usr/bin/env node
// Prints what each page type costs a first-time visitor: HTML, CSS, JS and fonts, raw and brotli,
// read from dist/ (run `npm run build` first). Budget: an entry page ≤ 14 KB brotli (HTML + CSS)
// with at most ENTRY_SCRIPT_BUDGET of enhancement JavaScript. Usage: node scripts/page-weight.ts [/path/ …]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_PAGE_BUDGET, ENTRY_SCRIPT_BUDGET, pageWeight } from './lib/page-weight.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/eksempler/', '/eksempler/familieveiviseren/', '/nokler/', '/tema/samordning/'];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let failed = false;
console.log('side'.padEnd(36), 'html', 'css', 'js', 'fonter', '| html+css brotli');
for (const path of paths) {
  const file = join(path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(join(dist, file))) {
    console.log(`${path.padEnd(36)} finnes ikke i dist/`);
    continue;
  }
  const w = pageWeight(dist, file);
  const total = w.html + w.css;
  const isEntry = /^\/eksempler\/[^/]+\/$/.test(path);
  const over = isEntry && (total > ENTRY_PAGE_BUDGET || w.js > ENTRY_SCRIPT_BUDGET);
  failed ||= over;
  const note = isEntry
    ? ` (budsjett ${kb(ENTRY_PAGE_BUDGET)}, JS ≤ ${kb(ENTRY_SCRIPT_BUDGET)})${over ? ' OVER' : ''}`
    : '';
  console.log(path.padEnd(36), kb(w.html), kb(w.css), kb(w.js), kb(w.fonts), `| ${kb(total)}${note}`);
}
console.log('Tall for html, css og js er brotli-komprimert (kvalitet 11); fonter er woff2 slik de sendes.');
process.exitCode = failed ? 1 : 0;
