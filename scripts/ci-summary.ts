#!/usr/bin/env node
// Prints the pull request's job summary (Markdown) for .github/workflows/pull-request.yml.
// Reads the outcomes of the earlier steps from the environment and re-runs the content check.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { ciSummary } from '../src/lib/ci/summary.ts';

const root = resolve('.');
const base = process.env.BASE_SHA;
let changedFiles: string[] = [];
if (base) {
  try {
    changedFiles = execFileSync('git', ['diff', '--name-only', base, 'HEAD'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    changedFiles = [];
  }
}
process.stdout.write(
  ciSummary({
    problems: validateContent(root),
    changedFiles,
    validateOutcome: process.env.VALIDATE_OUTCOME ?? 'success',
    testOutcome: process.env.TEST_OUTCOME ?? 'success',
    artifactUrl: process.env.ARTIFACT_URL || undefined,
  }),
);
