import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
const messagesSection = contributing.slice(
  contributing.indexOf('## Hva meldingene betyr'),
  contributing.indexOf('## For utviklere'),
);

/**
 * Every message the validator can give, read from its source: `message:` properties, the messages
 * zod-issues.ts passes to `at(…)`, and the «not filled» constant. Placeholders (`${…}`) become
 * wildcards, so the explanation in CONTRIBUTING.md can show a real example.
 */
function validatorMessages(): string[] {
  const dirs = ['src/lib/validation', 'src/schemas', 'src/lib/entry-body', 'src/lib/node'];
  const found = new Set<string>();
  for (const dir of dirs) {
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(root, dir, name), 'utf8');
      for (const m of text.matchAll(/message: (['`])((?:(?!\1).)+)\1/g)) found.add(m[2]!);
      for (const m of text.matchAll(/notFilled = '([^']+)'/g)) found.add(m[1]!);
      // The content folder's checks name their message as the first argument of problem(…).
      for (const m of text.matchAll(/\bproblem\((['`])((?:(?!\1).)+)\1/g)) found.add(m[2]!);
      if (name === 'zod-issues.ts') {
        for (const m of text.matchAll(/at\(\s*source\.line\w*\([^)]*\),\s*[^,]+,\s*(['`])((?:(?!\1).)+)\1/g))
          found.add(m[2]!);
        // A call spread over lines has its message alone on the third line.
        for (const m of text.matchAll(/at\(\n[^\n]*\n[^\n]*\n\s*'([^']+)',\n/g)) found.add(m[1]!);
      }
    }
  }
  // «message: e.message» style pass-throughs are not messages of ours.
  return [...found].filter((m) => !/^\$\{[^}]+\}$/.test(m));
}

const asPattern = (message: string) => {
  // Up to an unclosed `${` (a nested template), then each placeholder as a wildcard.
  const text = message.replace(/\$\{[^}]*$/, '');
  const parts = text.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'));
};

describe('CONTRIBUTING.md', () => {
  const messages = validatorMessages();
  it("finds the validator's messages in its source (the extraction works)", () => {
    expect(messages).toEqual(
      expect.arrayContaining([
        'feltet mangler',
        'ukjent felt',
        'ikke fylt ut ennå',
        'kilden har sidetall, men siden mangler',
      ]),
    );
    expect(messages.length).toBeGreaterThan(30);
  });

  it.each(messages)('explains the validator message «%s»', (message) => {
    expect(messagesSection).toMatch(asPattern(message));
  });

  it('describes the three routes and the fixed body headings', () => {
    for (const heading of [
      '## Måte 1: skjemaet på /bidra/',
      '## Måte 2: GitHubs redigering i nettleseren',
      '## Måte 3: git og Node.js',
      '## For utviklere',
    ]) {
      expect(contributing).toContain(heading);
    }
  });
});

describe('the repository stands alone', () => {
  it('no committed file refers to the shared folder outside the repository', () => {
    const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'bench-results', '.cache']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (skip.has(name)) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(md|mdx|ts|mjs|js|json|ya?ml|astro|sh)$|^run$/.test(name) && statSync(path).size < 2_000_000) {
          const text = readFileSync(path, 'utf8');
          // Spelled in two parts so this test does not find itself.
          if (text.includes(['..', 'shared/'].join('/')) || text.includes(['/work', 'shared'].join('/')))
            offenders.push(relative(root, path));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
