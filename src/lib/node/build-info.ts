import { execFileSync } from 'node:child_process';

export interface BuildInfo {
  /** ISO date-time of the build's content: the commit date, never the clock, so builds repeat. */
  date: string;
  /** The commit hash, or undefined outside a git checkout. */
  commit: string | undefined;
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The date and commit the published data says it was built from. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) wins over the commit date; outside git and without it the date
 * is the Unix epoch, which is wrong-looking on purpose rather than silently today.
 */
export function readBuildInfo(env: NodeJS.ProcessEnv = process.env): BuildInfo {
  const commit = git(['rev-parse', 'HEAD']);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000).toISOString(), commit };
  const committed = git(['log', '-1', '--format=%cI']);
  return { date: committed ? new Date(committed).toISOString() : new Date(0).toISOString(), commit };
}

let cached: BuildInfo | undefined;

/** Read once per build. */
export function buildInfo(): BuildInfo {
  cached ??= readBuildInfo();
  return cached;
}
