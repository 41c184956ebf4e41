import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A fixed set of worker threads running the module at `url`, each taking one task at a time: the
 * module answers every message (`{ id, data }`) with `{ id, result }` or `{ id, error }`. Unlike a
 * worker per task (run-worker.ts), a thread keeps its loaded modules, its compiled code and its
 * caches from one task to the next: the search index's 40 shards at 10,000 entries otherwise each
 * paid for starting a thread and warming up. A thread that fails or exits rejects every task it
 * holds, so a build never waits on a thread that is gone.
 */
export class WorkerPool<In, Out> {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: { data: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  readonly #pending = new Map<Worker, { resolve: (out: Out) => void; reject: (error: unknown) => void }>();

  constructor(url: URL, size: number, failure: string, resourceLimits?: ResourceLimits) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(url, resourceLimits ? { resourceLimits } : {});
      const fail = (error: unknown) => {
        this.#pending.get(worker)?.reject(error);
        this.#pending.delete(worker);
      };
      worker.on('message', (message: { result?: Out; error?: unknown }) => {
        const task = this.#pending.get(worker);
        this.#pending.delete(worker);
        if (message.error !== undefined) task?.reject(message.error);
        else task?.resolve(message.result as Out);
        this.#idle.push(worker);
        this.#next();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`${failure} (kode ${code})`)));
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  run(data: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ data, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      this.#pending.set(worker, task);
      worker.postMessage(task.data);
    }
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    await Promise.all(this.#all.map((worker) => worker.terminate()));
  }
}
