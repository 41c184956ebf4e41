import { availableParallelism } from 'node:os';
import { runWorker } from '../../lib/node/run-worker.ts';
import { planLabels, Relabeller, type LabelPlan } from './position-labels.ts';
import type { IndexWord } from './rechunk.ts';

/**
 * Below this many bytes of words the positions are relabelled in this thread alone: a thread's
 * start (loading the modules, copying the words over) costs more than half the relabelling saves.
 */
export const LABEL_THREADS_FROM_BYTES = 8 * 1024 * 1024;

/** A run of words' bytes handed to a thread, or handed back: end to end, and where each ends. */
export interface PackedWords {
  bytes: Uint8Array;
  ends: Uint32Array;
}

export function packWords(words: readonly Uint8Array[]): PackedWords {
  const ends = new Uint32Array(words.length);
  let length = 0;
  words.forEach((word, k) => (ends[k] = length += word.length));
  const bytes = new Uint8Array(length);
  words.forEach((word, k) => bytes.set(word, ends[k]! - word.length));
  return { bytes, ends };
}

/** The words' bytes in `packed`, in order, as views of it. */
export function unpackedBytes({ bytes, ends }: PackedWords): Uint8Array[] {
  return Array.from(ends, (end, k) => bytes.subarray(k === 0 ? 0 : ends[k - 1]!, end));
}

/** What a labelling thread gets: the plan, its run of words and the place of the first in the whole list. */
export interface LabelTask {
  plan: LabelPlan;
  words: PackedWords;
  from: number;
}

/**
 * `labelPositions` (position-labels.ts) over several threads, with the same bytes: the first walk
 * (the plan) needs every word and runs here; the second, most of the work, is cut into runs of
 * about equal bytes, one per thread, this one included. Joining the index is the one step of the
 * search index that ran on one core while the other idled: at 10,000 entries the relabelling was
 * 1.3–1.6 s of a 4.3–4.9 s join.
 */
export async function labelPositionsInThreads(
  words: readonly IndexWord[],
  {
    threads = availableParallelism(),
    minBytes = LABEL_THREADS_FROM_BYTES,
  }: { threads?: number; minBytes?: number } = {},
): Promise<IndexWord[]> {
  const plan = planLabels(words);
  if (!plan) return [...words];
  const total = words.reduce((sum, word) => sum + word.bytes.length, 0);
  const parts = total < minBytes ? 1 : Math.max(1, Math.min(threads, words.length));
  // Where each run starts: the first word at which the bytes before it reach its share.
  const starts = [0];
  let before = 0;
  words.forEach((word, i) => {
    if (i > 0 && before >= (total * starts.length) / parts && starts.length < parts) starts.push(i);
    before += word.bytes.length;
  });
  starts.push(words.length);
  // The runs after the first go to threads, started before this one relabels the first.
  const others = starts.slice(1, -1).map((from, k) => {
    const run = words.slice(from, starts[k + 2]);
    const task: LabelTask = { plan, words: packWords(run.map((word) => word.bytes)), from };
    return runWorker<PackedWords>(
      new URL('./label-worker.ts', import.meta.url),
      task,
      'Søkeindeksen: tråden som nummererer ordplassene stoppet',
      [task.words.bytes.buffer as ArrayBuffer, task.words.ends.buffer as ArrayBuffer],
    ).then((packed) => unpackedBytes(packed).map((bytes, j): IndexWord => ({ ...run[j]!, bytes })));
  });
  const relabeller = new Relabeller(plan);
  const first = words
    .slice(0, starts[1])
    .map((word, i): IndexWord => ({ ...word, bytes: relabeller.bytes(word.bytes, i) }));
  return first.concat(...(await Promise.all(others)));
}
