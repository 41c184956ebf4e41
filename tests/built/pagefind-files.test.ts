import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from '../helpers/dist.ts';
import { PAGEFIND_MARKER } from '../../src/integrations/pagefind/bundle-files.ts';

/**
 * The search index as the host gets it (README, «Publisering»): Pagefind's data files stored
 * decompressed behind Pagefind's marker, so the host can compress them with brotli, and a content
 * type for each in dist/_headers, since no host knows their extensions.
 */
const bundle = join(distDir, 'pagefind');
const files = readdirSync(bundle, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(f.name))
  .map((f) => `/${relative(distDir, join(f.parentPath, f.name))}`);

/** The _headers rules: URL pattern → headers (Cloudflare Pages' and Netlify's format, `*` a splat). */
function headerRules(): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: {} });
    } else if (line.trim()) {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.headers[name!.toLowerCase()] = value.join(': ');
    }
  }
  return rules;
}

describe('the Pagefind bundle for the host', () => {
  it('has each kind of data file (metadata, index, filters, fragments, WebAssembly)', () => {
    for (const kind of [
      /\.pf_meta$/,
      /^\/pagefind\/index\//,
      /^\/pagefind\/filter\//,
      /^\/pagefind\/fragment\//,
      /wasm\.\w+\.pagefind$/,
    ])
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
  });

  it('stores every data file decompressed, starting with the marker pagefind.js looks for', () => {
    const compressed = files.filter(
      (f) => readFileSync(join(distDir, f)).subarray(0, 12).toString() !== PAGEFIND_MARKER,
    );
    expect(compressed).toEqual([]);
  });

  it("gives every data file a compressible content type in _headers, and Pagefind's own script none", () => {
    const rules = headerRules();
    const typeOf = (path: string) =>
      rules
        .filter((r) => r.pattern.test(path))
        .map((r) => r.headers['content-type'])
        .filter(Boolean);
    for (const file of files) {
      const expected = file.endsWith('.pagefind')
        ? 'application/wasm'
        : file.includes('/fragment/')
          ? 'application/json'
          : 'application/cbor';
      expect(typeOf(file), file).toEqual([expected]);
    }
    expect(typeOf('/pagefind/pagefind.js')).toEqual([]);
    expect(typeOf('/pagefind/card/0.json')).toEqual([]);
  });
});
