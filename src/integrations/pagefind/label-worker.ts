import { parentPort, workerData } from 'node:worker_threads';
import { packWords, unpackedBytes, type LabelTask } from './label-thread.ts';
import { Relabeller } from './position-labels.ts';

// One run of words relabelled for label-thread.ts, and sent back packed, its buffers moved, not copied.
const { plan, words, from } = workerData as LabelTask;
const relabeller = new Relabeller(plan);
const out = packWords(unpackedBytes(words).map((bytes, k) => relabeller.bytes(bytes, from + k)));
parentPort!.postMessage(out, [out.bytes.buffer as ArrayBuffer, out.ends.buffer as ArrayBuffer]);
