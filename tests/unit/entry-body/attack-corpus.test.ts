import { afterEach, describe, expect, it } from 'vitest';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { initiativesLoader } from '../../../src/loaders/initiatives-loader.ts';
import { parseBody } from '../../../src/lib/entry-body/parse-body.ts';
import { renderBody } from '../../../src/lib/entry-body/render-body.ts';
import { sanitizeSchema } from '../../../src/lib/entry-body/sanitize-schema.ts';
import { urlProblem } from '../../../src/lib/entry-body/safe-url.ts';
import { copyValidFixture, entryWith, validEntryPath, writeEntry } from '../../helpers/content-project.ts';

const corpus = fileURLToPath(new URL('../../fixtures/attacks/', import.meta.url));
const bodies = readdirSync(join(corpus, 'body')).sort();
const frontmatters = readdirSync(join(corpus, 'frontmatter')).sort();
const payload = (kind: string, name: string) => readFileSync(join(corpus, kind, name), 'utf8');

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function project(text: string | Buffer): string {
  const copy = copyValidFixture();
  dispose = copy.dispose;
  writeEntry(copy.root, text);
  return copy.root;
}

/** Runs the build's content loader the way Astro does in `astro build` (no watcher), on `root`. */
async function runLoader(root: string): Promise<void> {
  const store = new Map<string, { id: string; digest?: string; rendered?: { html: string } }>();
  const loader = initiativesLoader();
  await loader.load({
    collection: 'initiatives',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (e: { id: string }) => store.set(e.id, e),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (d: string) => String(d.length),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  } as never);
}

describe('the attack corpus', () => {
  it('has at least 40 payloads', () => {
    expect(bodies.length + frontmatters.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(bodies)('body/%s', (name) => {
    const text = entryWith({ body: payload('body', name) });
    // The payload starts after the frontmatter, the heading, a sentence and a blank line.
    const payloadLine = text.split('\n').indexOf('En kort og gyldig beskrivelse.') + 3;

    it('is refused by the validator with file, line and column, in the body', () => {
      const problems = validateContent(project(text)).filter((p) => p.file === validEntryPath);
      const located = problems.filter((p) => p.field === 'innhold' && p.column !== undefined && p.line >= payloadLine);
      expect(located.map(formatProblem), problems.map(formatProblem).join('\n')).not.toEqual([]);
    });

    it('alone stops the build: the content loader refuses it', async () => {
      await expect(runLoader(project(text))).rejects.toThrow(new RegExp(`${validEntryPath}:\\d+:\\d+: innhold: `));
    });

    it('renders to allowed HTML only, even with the parser check switched off', () => {
      const parsed = parseBody(payload('body', name));
      // A body the parser cannot read is never rendered at all: nothing of it reaches a page.
      if ('failure' in parsed) return;
      const html = renderBody(parsed.tree);
      const tree = fromHtml(html, { fragment: true }) as Root;
      const outside: string[] = [];
      const walk = (node: Root | Element) => {
        for (const child of node.children) {
          if (child.type === 'comment') outside.push('<!-- -->');
          if (child.type !== 'element') continue;
          if (!sanitizeSchema.tagNames!.includes(child.tagName)) outside.push(`<${child.tagName}>`);
          const allowed = (sanitizeSchema.attributes![child.tagName] ?? []) as string[];
          for (const [attribute, value] of Object.entries(child.properties)) {
            if (!allowed.includes(attribute)) outside.push(`${child.tagName}[${attribute}]`);
            if (attribute === 'href' && typeof value === 'string' && urlProblem(value)) outside.push(`href=${value}`);
          }
          walk(child);
        }
      };
      walk(tree);
      expect(outside, html).toEqual([]);
    });
  });

  describe.each(frontmatters)('frontmatter/%s', (name) => {
    const text = entryWith({ frontmatter: payload('frontmatter', name) });

    it('is refused as YAML, with line and column, before any value is used', () => {
      const problems = validateContent(project(text)).filter(
        (p) => p.file === validEntryPath && p.field === 'frontmatter',
      );
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect([p.line, p.column]).toEqual([expect.any(Number), expect.any(Number)]);
    });

    it('alone stops the build', async () => {
      await expect(runLoader(project(text))).rejects.toThrow(/Innholdet ble avvist/);
    });
  });
});

describe('the content folder is a boundary', () => {
  const secret = 'HEMMELIG-NOKKEL-123';

  function expectRefused(root: string, pattern: RegExp) {
    const problems = validateContent(root).map(formatProblem);
    expect(problems.join('\n')).toMatch(pattern);
    expect(problems.join('\n')).not.toContain(secret);
    return problems;
  }

  it('refuses a symlinked entry without ever opening it, so its target cannot reach the log', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'velferdsspor-secret-'));
    const target = join(outside, 'credentials.mdx');
    // A target that is a valid entry apart from a secret: if it were read, the secret would show.
    writeFileSync(target, entryWith({ body: `Nøkkel: ${secret} {x}` }));
    const root = project('');
    unlinkSync(join(root, validEntryPath));
    symlinkSync(target, join(root, validEntryPath));
    try {
      expectRefused(root, /familieveiviseren\.mdx:1: fil: symbolske lenker er ikke tillatt/);
      const refused = runLoader(root);
      await expect(refused).rejects.toThrow(/symbolske lenker/);
      await expect(refused).rejects.not.toThrow(secret);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a symlinked folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'velferdsspor-secret-'));
    writeFileSync(join(outside, 'x.mdx'), secret);
    const root = project(entryWith({}));
    symlinkSync(outside, join(root, 'content', 'lenket'));
    try {
      expectRefused(root, /content\/lenket:1: fil: symbolske lenker/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([
    ['an oversize file', Buffer.alloc(300 * 1024, 'a'), /filen er 300 KB; grensen er 256 KB/],
    ['an empty file', '', /filen er tom/],
    ['Latin-1 bytes', Buffer.from('---\ntitle: Bærum\n---\n', 'latin1'), /ikke lagret som UTF-8/],
    ['a NUL byte', '---\ntitle: x\u0000\n---\n', /NUL-tegn/],
  ])('refuses %s with one clear message', (_, text, pattern) => {
    expectRefused(project(text), pattern);
  });

  it('normalises a BOM and CRLF line ends instead of refusing them', () => {
    const text = `\uFEFF${entryWith({})}`.replace(/\n/g, '\r\n');
    expect(validateContent(project(text)).map(formatProblem)).toEqual([]);
  });

  it('gives one message each for a dotfile, a subfolder, another extension and a bad name', () => {
    const root = project(entryWith({}));
    const dir = join(root, 'content', 'initiatives');
    writeFileSync(join(dir, '.skjult.mdx'), 'x');
    mkdirSync(join(dir, 'undermappe'));
    writeFileSync(join(dir, 'notat.txt'), 'x');
    writeFileSync(join(dir, 'Mitt Tiltak.mdx'), entryWith({}).replace('number: 6', 'number: 7'));
    const problems = validateContent(root).map(formatProblem);
    for (const pattern of [
      /\.skjult\.mdx:1: fil: skjulte filer/,
      /undermappe:1: fil: undermapper/,
      /notat\.txt:1: fil: .*\.mdx/,
      /Mitt Tiltak\.mdx:1: filnavn: /,
    ]) {
      expect(problems.filter((p) => pattern.test(p))).toHaveLength(1);
    }
  });
});
