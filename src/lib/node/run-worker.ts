import { Worker } from 'node:worker_threads';

/**
 * Runs the worker module at `url` with `workerData` and resolves with the first message it posts.
 * A worker that throws rejects with its error; one that exits before posting rejects with `failure`
 * and the exit code, so a build never waits on a worker that is gone.
 */
export function runWorker<T>(
  url: URL,
  workerData: unknown,
  failure: string,
  /** Buffers of `workerData` moved to the worker rather than copied. */
  transferList: readonly ArrayBuffer[] = [],
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(url, { workerData, transferList: [...transferList] });
    let done = false;
    worker.once('message', (result: T) => {
      done = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`${failure} (kode ${code})`));
    });
  });
}
