import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

function runCli(dir: string) {
  return spawnSync(process.execPath, ['scripts/validate.ts', dir], { cwd: root, encoding: 'utf8' });
}

describe('validateContent on broken fixtures', () => {
  const problems = validateContent(fixture('broken'));
  const lines = problems.map(formatProblem);
  const located = problems.map((p) => `${p.file}:${p.line}: ${p.field}`);

  it('reports every problem in every file in one run, located to file, line and field', () => {
    expect(located).toEqual(
      expect.arrayContaining([
        'content/initiatives/bad-fields.mdx:3: number',
        'content/initiatives/bad-fields.mdx:4: kind',
        'content/initiatives/bad-fields.mdx:5: summary',
        'content/initiatives/bad-fields.mdx:7: municipalities.0',
        'content/initiatives/bad-fields.mdx:7: municipalities.1',
        'content/initiatives/bad-fields.mdx:10: topics.0',
        'content/initiatives/bad-fields.mdx:12: phase',
        'content/initiatives/bad-fields.mdx:13: targetGroups',
        'content/initiatives/bad-fields.mdx:15: partners.0.id',
        'content/initiatives/bad-fields.mdx:17: keys.purpose.level',
        'content/initiatives/bad-fields.mdx:19: keys.power.rationale',
        'content/initiatives/bad-fields.mdx:23: updated',
        'content/initiatives/bad-fields.mdx:24: colour',
        'content/initiatives/broken-yaml.mdx:6: frontmatter',
        'content/initiatives/No_Frontmatter.mdx:1: filnavn',
        'content/initiatives/No_Frontmatter.mdx:1: frontmatter',
        'content/initiatives/unsafe-body.mdx:3: number',
        'content/initiatives/unsafe-body.mdx:21: source.pages',
        'content/initiatives/unsafe-body.mdx:24: innhold',
        'content/initiatives/unsafe-body.mdx:28: innhold',
        'content/initiatives/unsafe-body.mdx:30: innhold',
        'content/initiatives/unsafe-body.mdx:32: innhold',
        'content/initiatives/unsafe-body.mdx:34: innhold',
        'content/initiatives/unsafe-body.mdx:36: innhold',
        'content/initiatives/wrong-extension.md:1: fil',
        'content/taxonomies/sectors.yaml:5: Privat Sektor',
        'content/taxonomies/organisations.yaml:2: frivilligsentralen.sector',
        'content/taxonomies/organisations.yaml:3: nav-lorenskog.parent',
      ]),
    );
  });

  it('names the fix, with «mente du» for near-miss vocabulary values', () => {
    expect(lines).toContain(
      'content/initiatives/bad-fields.mdx:7: municipalities.0: ugyldig verdi «Lørenskog» — mente du «lorenskog»? Id fra content/taxonomies/municipalities.yaml.',
    );
    expect(lines.find((l) => l.includes(':10: topics.0'))).toContain('mente du «samordning»?');
    expect(lines.find((l) => l.includes(':4: kind'))).toContain('mente du «practice»?');
    // «drfit» is a near-miss of the Norwegian slug «drift», which stands for the id «operation».
    expect(lines.find((l) => l.includes(':12: phase'))).toContain('mente du «operation»?');
    expect(lines.find((l) => l.includes(':7: municipalities.1'))).not.toContain('mente du');
    // An organisation written by name where its id belongs, and a misspelt sector and parent.
    expect(lines.find((l) => l.includes(':15: partners.0.id'))).toContain(
      'ugyldig verdi «Lorenskog kommune» — mente du «lorenskog-kommune»?',
    );
    expect(lines.find((l) => l.includes('frivilligsentralen.sector'))).toContain(
      'ukjent sektor «frivilig» — mente du «frivillig»?',
    );
    expect(lines.find((l) => l.includes('nav-lorenskog.parent'))).toContain(
      'ukjent aktør «lorenskog-komune» i parent — mente du «lorenskog-kommune»?',
    );
  });

  it('puts every problem on one line in the form file:line[:column]: field: problem — fix', () => {
    for (const line of lines)
      expect(line).toMatch(/^content\/[\w/.-]+\.(mdx|md|yaml):\d+(:\d+)?: \S+( \S+)?: .+ — .+$/);
  });

  it('flags code in MDX bodies: import, expressions, components, script, elements with handlers, javascript: links', () => {
    const body = lines.filter((l) => l.startsWith('content/initiatives/unsafe-body.mdx')).join('\n');
    for (const fragment of ['import/export', 'klammeparenteser', '<Widget>', '<script>', 'javascript:', '<img>']) {
      expect(body).toContain(fragment);
    }
  });

  it('reports a duplicate number in both files with a free number to use', () => {
    const dupes = lines.filter((l) => l.includes(': number: nummer 6 er også brukt'));
    expect(dupes).toHaveLength(2);
  });
});

// Each test spawns Node on the validator CLI: on a loaded machine that takes more than vitest's default 5 s.
describe('validate CLI', { timeout: 30_000 }, () => {
  it('exits 1 and prints each problem and a summary for broken content', () => {
    const run = runCli(fixture('broken'));
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    const problemLines = run.stdout.split('\n').filter((l) => /^content\/.+:\d+: /.test(l));
    expect(problemLines.length).toBe(validateContent(fixture('broken')).length);
    expect(run.stdout).toMatch(/\d+ problemer i 7 filer/);
  });

  it('exits 0 for valid content', () => {
    const run = runCli(fixture('valid'));
    expect(run.stdout).toContain('Alt innhold er gyldig.');
    expect(run.status).toBe(0);
  });
});
