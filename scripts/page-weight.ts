#!/usr/bin/env node
// Prints what each page type costs a first-time visitor: HTML, CSS, JS and fonts, raw and brotli,
// read from dist/ (run `npm run build` first). Budget: an entry page ≤ 14 KB brotli (HTML + CSS)
// with 0 B of JavaScript. Usage: node scripts/page-weight.ts [/path/ …]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/eksempler/', '/eksempler/familieveiviseren/', '/nokler/', '/tema/samordning/'];
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const budgetKb = 14;
let failed = false;
console.log('side'.padEnd(36), 'html', 'css', 'js', 'fonter', '| html+css brotli');
for (const path of paths) {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) {
    console.log(`${path.padEnd(36)} finnes ikke i dist/`);
    continue;
  }
  const html = readFileSync(file);
  const text = html.toString();
  const assets = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!)));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g);
  const js = assets(/<script[^>]+src="(\/[^"]+\.js)"/g);
  const fonts = css.flatMap((c) => [...c.toString().matchAll(/url\((\/_astro\/[^)]+\.woff2)\)/g)].map((m) => readFileSync(join(dist, m[1]!))));
  const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
  const htmlBr = brotli(html);
  const cssBr = sum(css, brotli);
  const jsBr = sum(js, brotli);
  const fontBytes = sum(fonts, (b) => b.length);
  const total = htmlBr + cssBr;
  const isEntry = /^\/eksempler\/[^/]+\/$/.test(path);
  const over = isEntry && (total > budgetKb * 1024 || jsBr > 0);
  failed ||= over;
  console.log(path.padEnd(36), kb(htmlBr), kb(cssBr), kb(jsBr), kb(fontBytes), `| ${kb(total)}${isEntry ? ` (budsjett ${budgetKb} KB, 0 B JS)${over ? ' OVER' : ''}` : ''}`);
}
console.log('Tall for html, css og js er brotli-komprimert (kvalitet 11); fonter er woff2 slik de sendes.');
process.exitCode = failed ? 1 : 0;
