import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliSize as brotli } from './brotli.ts';

export interface PageWeight {
  /** Brotli (quality 11) bytes of the page's HTML, its stylesheets and its scripts. */
  html: number;
  css: number;
  js: number;
  /** woff2 bytes of the fonts its stylesheets reference, as sent. */
  fonts: number;
}

/** What a first-time visitor downloads for one built page (dist-relative `file`, e.g. `eksempler/x/index.html`). */
export function pageWeight(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file));
  const text = html.toString();
  const assets = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!)));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g);
  const js = assets(/<script[^>]+src="(\/[^"]+\.js)"/g);
  const fontFiles = new Set(
    css.flatMap((c) => [...c.toString().matchAll(/url\((\/_astro\/[^)]+\.woff2)\)/g)].map((m) => m[1]!)),
  );
  const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
  return {
    html: brotli(html),
    css: sum(css, brotli),
    js: sum(js, brotli),
    fonts: sum(
      [...fontFiles].map((f) => readFileSync(join(dist, f))),
      (b) => b.length,
    ),
  };
}

/** DESIGN.md's budget for an entry page: HTML + CSS ≤ 14 KB brotli. */
export const ENTRY_PAGE_BUDGET = 14 * 1024;

/**
 * An entry page reads fully without JavaScript; the only script allowed is the small enhancement
 * (copy button for the citation, «Legg til sammenligning»), at most this many brotli bytes.
 */
export const ENTRY_SCRIPT_BUDGET = 1024;
