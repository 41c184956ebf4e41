#!/usr/bin/env node
// Writes the files generated from the Zod schemas: the JSON Schemas in schemas/ (for VS Code and
// other editors) and the issue form .github/ISSUE_TEMPLATE/nytt-eksempel.yml. Run after changing
// src/schemas/; a unit test fails while a committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generatedFiles } from '../src/lib/node/generated-files.ts';

const root = resolve(process.argv[2] ?? '.');
for (const { path, text } of generatedFiles(root)) {
  mkdirSync(dirname(resolve(root, path)), { recursive: true });
  writeFileSync(resolve(root, path), text);
  console.log(`Skrev ${path}`);
}
