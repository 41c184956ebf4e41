import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { fastYamlData } from '../../../src/lib/validation/yaml-fast.ts';
import { parseYamlSource } from '../../../src/lib/validation/yaml-source.ts';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';

/** What `yaml` (the reference, with positions) makes of a text: its data, or its first error. */
function reference(text: string): { data?: unknown; error?: string } {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  return doc.errors.length ? { error: doc.errors[0]!.message } : { data: doc.toJS() };
}

/** The fast path may decline any text; what it accepts, `yaml` must accept with the same data. */
function agreesWithReference(text: string): boolean {
  const fast = fastYamlData(text);
  if (fast === undefined) return true;
  expect(reference(text), JSON.stringify(text)).toStrictEqual({ data: fast });
  return true;
}

const entries = fileURLToPath(new URL('../../../content/initiatives', import.meta.url));
const frontmatters = readdirSync(entries)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => [f, splitMdx(readFileSync(join(entries, f), 'utf8')).frontmatter!] as const);

describe('the fast frontmatter read (yaml-fast.ts)', () => {
  it('reads every real entry, to the same data as `yaml`', () => {
    expect(frontmatters.length).toBeGreaterThan(20);
    for (const [file, text] of frontmatters) {
      const fast = fastYamlData(text);
      expect(fast, file).toBeDefined();
      expect(reference(text), file).toStrictEqual({ data: fast });
    }
  });

  it('resolves plain scalars with the core schema of `yaml`, not js-yaml’s', () => {
    const values = fastYamlData('a: [0b101, +0x1, -0o7, +.5e2, 0o17, 0x1F, .inf, 1e3, ~, True, 2024-04-01, "7"]\n');
    expect(values).toStrictEqual({
      a: ['0b101', '+0x1', '-0o7', 50, 15, 31, Infinity, 1000, null, true, '2024-04-01', '7'],
    });
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a collection as key', '[a, b]: c\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a flow collection over two lines', 'a: [b,\n  c]\n'],
    ['a quoted value over two lines', 'a: "b\n  c"\n'],
    ['an empty sequence item', 'a:\n  -\n  - b\n'],
    ['a sequence item opening another', 'a:\n  - - b\n'],
    ['a null key', '~: a\n'],
    ['a key over 1,000 characters', `${'k'.repeat(1001)}: v\n`],
    ['__proto__', '__proto__: {a: 1}\n'],
    ['a tab', 'a:\tb\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [b\n'],
    ['deep nesting', `a: ${'['.repeat(9)}${']'.repeat(9)}\n`],
    ['a very long value', `a: ${'x'.repeat(4001)}\n`],
  ])('leaves %s to `yaml`', (_, text) => {
    expect(fastYamlData(text)).toBeUndefined();
  });

  // Pieces of YAML, put together at random. A difference found here is a gate to add: this found
  // the empty sequence item and the `- -` case.
  const indent = fc.constantFrom('', ' ', '  ', '   ', '    ');
  const line = fc.constantFrom(
    ...['a:', 'b:', 'a: x', 'b: 1', 'c: [x, y]', 'd: {e: 1}', '- x', '-', '- a: 1', '- b:', '- [1]', 'x', 'more text'],
    ...['"q": 1', "'q': 2", 'k: "v"', "k: 'v'", 'k: v # c', '# c', '', 'k: -', 'k: - x', 'a: b: c', 'k: x,y'],
    ...['k: [x, "y]"]', 'k: {a: [1, {b: 2}]}', 'k: ~', 'k: .5', '1: x', 'k:v', '-x', '- - x', 'k: [', ']', '}'],
    ...['k: "a', 'b"', 'k: 0o7', 'x y: z', '"x" y', 'k: :', ': x', 'k: [a, b,]', 'k: {a, b}', 'k: [a: b]'],
    ...['k: {"a":b}', 'k: x# c', 'k: "a\\tb"', 'k: "\\q"', 'k: "a"b"', "k: ''", 'k: - 1', 'k: [-]', '-a: b'],
    ...['k: [[a], [b]]', 'k: @', 'k: `', 'k: ,a', '"k" : v', 'k  : v', 'k: «x»', 'k: 01', 'k: 1_0', 'k: Null'],
  );
  const document = fc
    .array(fc.tuple(indent, line), { maxLength: 8 })
    .map((lines) => lines.map(([i, l]) => `${i}${l}\n`).join(''));
  const pieces = fc.constantFrom(
    ...['a', 'key', '1', '0', '-', ' ', '  ', '\n', ':', ': ', ', ', '[', ']', '{', '}', '"', "'", '#', ' #'],
    ...['\\', 'x y', '.', 'e', '0x1', '0o7', '~', 'null', 'true', '.inf', '- ', '\n  ', '\n- ', '?', '=', '@'],
    ...['%', 'å', '\\n', '\\u00e5', '\\"', "''", '1.5', '+', '_'],
  );
  const characters = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

  it('agrees with `yaml` on random documents of lines', () => {
    fc.assert(fc.property(document, agreesWithReference), { numRuns: 4000 });
  });

  it('agrees with `yaml` on random runs of YAML characters', () => {
    fc.assert(fc.property(characters, agreesWithReference), { numRuns: 4000 });
  });
});

describe('a frontmatter read by the fast path (yaml-source.ts)', () => {
  const text = 'title: Et eksempel\nnumber: 4\nkeys:\n  power:\n    level: 2\n';

  it('still locates values and keys, by parsing with positions when asked', () => {
    const source = parseYamlSource(text, 1);
    expect(fastYamlData(text)).toBeDefined();
    expect(source.errors).toEqual([]);
    expect(source.data).toStrictEqual({ title: 'Et eksempel', number: 4, keys: { power: { level: 2 } } });
    expect(source.lineOf(['number'])).toBe(3);
    expect(source.lineOf(['keys', 'power', 'level'])).toBe(6);
    expect(source.lineOfKey(['keys'], 'power')).toBe(5);
  });

  it('reports refused YAML as before, with its line', () => {
    const source = parseYamlSource('title: &a x\n', 1);
    expect(source.data).toBeUndefined();
    expect(source.errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('anker') })]);
  });
});
