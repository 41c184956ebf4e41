import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist.ts';

/**
 * The Content-Security-Policy of every built page, read from its <meta> tag. The policy is written
 * out here, not imported: a change to src/lib/site.ts that loosens it must fail this test.
 * tests/e2e/csp.test.ts proves in Chromium that the site works under it.
 */
const pages = builtPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

const base = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const metaPolicy = (html: string) =>
  [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&#39;|&apos;/g, "'"),
  );

/** Pagefind runs in the browser only where the catalogue element is. */
const runsPagefind = (html: string) => html.includes('<vs-catalogue');

describe('Content-Security-Policy', () => {
  it('every page has exactly one, before any script, stylesheet or preload it governs', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const { path, html } of pages) {
      expect(metaPolicy(html), path).toHaveLength(1);
      const at = html.indexOf('http-equiv="Content-Security-Policy"');
      const firstResource = html.search(/<(script|link|style|img)\b/);
      expect(at, path).toBeGreaterThan(0);
      expect(at, path).toBeLessThan(firstResource);
    }
  });

  it("is the site's policy on every page: no 'unsafe-inline' or 'unsafe-eval', object-src 'none', base-uri and form-action 'self'", () => {
    for (const { path, html } of pages) {
      const policy = metaPolicy(html)[0]!;
      expect(policy, path).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
      const expected = runsPagefind(html) ? { ...base, 'script-src': ["'self'", "'wasm-unsafe-eval'"] } : base;
      expect(directives(policy), path).toEqual(expected);
    }
  });

  it("allows 'wasm-unsafe-eval' only on the catalogue, the one page that runs Pagefind", () => {
    const withWasm = pages.filter((p) => metaPolicy(p.html)[0]!.includes("'wasm-unsafe-eval'")).map((p) => p.path);
    expect(withWasm).toEqual(['/eksempler/']);
  });

  it("the host's header (_headers) is the catalogue's policy plus frame-ancestors 'none', so no page is wider than its own tag", () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const header = /^\s*Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
    expect(directives(header)).toEqual({
      ...base,
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'frame-ancestors': ["'none'"],
    });
  });
});
