import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The runtime boundary, checked on the import graph: everything a custom element in src/elements/
 * pulls into the reader's browser, transitively, must be free of Node built-ins and of Zod. ESLint
 * checks the elements' own imports; this follows them through src/lib. Type-only imports are
 * erased by the bundler and do not count.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const elements = join(root, 'src/elements');

// The /bidra/ form checks an entry with the same schema as the validator, so an editor sees the same
// messages before submitting; it loads that check only when the form is used.
const allowedZod = new Set(['src/elements/vs-entry-form.ts']);

const importPattern =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(importPattern)) {
    const specifier = m[4] ?? m[5] ?? m[6];
    if (!specifier) continue;
    if (m[2]) continue; // import type { … }
    const clause = m[3] ?? '';
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (
      named &&
      named[1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '))
    )
      continue;
    out.push(specifier);
  }
  return out;
}

/** Every module an element reaches, with the chain that got there. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const specifier of runtimeImports(file)) {
      const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier;
      if (seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      if (specifier.startsWith('.') && /\.ts$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

describe('browser code', () => {
  const files = readdirSync(elements).filter((f) => f.endsWith('.ts'));

  it('finds the elements', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of files) {
    const file = join(elements, name);
    const rel = relative(root, file);
    it(`${rel} pulls in no Node built-in${allowedZod.has(rel) ? '' : ' and no Zod'}`, () => {
      const bad: string[] = [];
      for (const [target, chain] of reach(file)) {
        const forbidden =
          target.startsWith('node:') || (!allowedZod.has(rel) && /^(zod|astro\/zod)(\/|$)/.test(target));
        if (forbidden) bad.push(chain.map((c) => (c.startsWith('/') ? relative(root, c) : c)).join(' → '));
      }
      expect(bad).toEqual([]);
    });
  }
});
