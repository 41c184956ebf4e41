#!/usr/bin/env node
// A CPU profile of `astro build` over N generated entries (the same copies bench-build.ts builds),
// then the self-time tables of cpu-profile.ts. Not a test: it prints numbers.
//   node scripts/bench/profile-build.ts [--size 1000] [--out /tmp/velferdsspor-profile]
// The profiles stay in <out>/profiles/ for Chrome DevTools or speedscope.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, projectRoot } from '../lib/copy-project.ts';
import { writeEntryCopies } from '../lib/copy-entries.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000' }, out: { type: 'string', default: '/tmp/velferdsspor-profile' } },
});
const size = Number(values.size);
const out = values.out!;
const project = copyProject(join(out, `project-${size}`));
const entries = join(out, `entries-${size}`);
writeEntryCopies(size, entries);
const target = join(project, 'content', 'initiatives');
rmSync(target, { recursive: true, force: true });
cpSync(entries, target, { recursive: true });

const profiles = join(out, 'profiles');
rmSync(profiles, { recursive: true, force: true });
mkdirSync(profiles, { recursive: true });
const started = performance.now();
// A 2 ms sampling interval keeps the profile of a 10,000-entry build small enough to read.
const build = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${profiles}`,
    '--cpu-prof-interval=2000',
    join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
  ],
  { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(
  `astro build, ${size} eksempler: ${((performance.now() - started) / 1000).toFixed(1)} s, status ${build.status}`,
);
if (build.status !== 0) process.exit(build.status ?? 1);
const report = spawnSync(
  process.execPath,
  [join(projectRoot, 'scripts', 'bench', 'cpu-profile.ts'), profiles, '--top', '25'],
  { stdio: 'inherit' },
);
process.exit(report.status ?? 1);
