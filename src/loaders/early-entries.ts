import type { ContentFile } from '../lib/node/content-files.ts';
import { processInWorkers } from './process-in-workers.ts';
import type { ProcessedEntry } from './process-entries.ts';

/**
 * Entries checked and rendered ahead of the content loader. On a clean build every entry is
 * checked, and Astro starts the loader only after it has set up Vite and loaded the content config,
 * 1.5–2 s in at 1,000 entries, with the second core idle meanwhile; the content-validation
 * integration, which has read the folder by then, starts the work (`startEarlyEntries`) and the
 * loader takes the results (`takeEarlyEntries`). The loader gets them only for files whose text is
 * the same as it read, so an edit in between is checked anew: the work ahead can be wasted, never
 * wrong. Shared through `globalThis`: Astro loads the integration and the content config as
 * separate module instances in one process.
 */
const EARLY_ENTRIES = Symbol.for('velferdsspor:early-entries');

interface EarlyEntries {
  root: string;
  /** Each file's text as read for the work ahead, by its project path. */
  texts: Map<string, string>;
  results: Promise<ProcessedEntry[]>;
}

type EarlyGlobal = typeof globalThis & { [EARLY_ENTRIES]?: EarlyEntries };

/** Starts checking and rendering `files` (in worker threads for many) for the loader to take. */
export function startEarlyEntries(root: string, files: readonly ContentFile[]): void {
  const results = processInWorkers(root, files);
  // Reported to the loader that takes them; one that never does must not fail the process.
  results.catch(() => undefined);
  (globalThis as EarlyGlobal)[EARLY_ENTRIES] = { root, texts: new Map(files.map((f) => [f.file, f.text])), results };
}

/**
 * The results for `files`, in their order, if work ahead of the loader covered each of them with
 * the same text; otherwise undefined, and the loader does the work itself. Taken once.
 */
export function takeEarlyEntries(root: string, files: readonly ContentFile[]): Promise<ProcessedEntry[]> | undefined {
  const early = (globalThis as EarlyGlobal)[EARLY_ENTRIES];
  delete (globalThis as EarlyGlobal)[EARLY_ENTRIES];
  if (!early || early.root !== root || !files.every((f) => early.texts.get(f.file) === f.text)) return undefined;
  const wanted = new Set(files.map((f) => f.file));
  return early.results.then((all) => all.filter((entry) => wanted.has(entry.file)));
}
