import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src/lib/node/worker-pool.ts';

const worker = new URL('../../fixtures/workers/square-worker.ts', import.meta.url);

describe('the worker pool', () => {
  it('runs every task on a fixed set of threads that keep their state', async () => {
    const pool = new WorkerPool<number, { square: number; taken: number }>(worker, 2, 'stoppet');
    try {
      const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)));
      expect(results.map((r) => r.square)).toEqual([1, 4, 9, 16, 25, 36]);
      // Six tasks on two threads: a thread took more than one.
      expect(Math.max(...results.map((r) => r.taken))).toBeGreaterThan(1);
    } finally {
      await pool.close();
    }
  });

  it('rejects a task that fails, and keeps running the others', async () => {
    const pool = new WorkerPool<number, { square: number }>(worker, 1, 'stoppet');
    try {
      await expect(pool.run(-2)).rejects.toThrow('negativ: -2');
      await expect(pool.run(3)).resolves.toMatchObject({ square: 9 });
    } finally {
      await pool.close();
    }
  });

  it('rejects the task of a thread that exits', async () => {
    const pool = new WorkerPool<number, { square: number }>(worker, 1, 'tråden stoppet');
    try {
      await expect(pool.run(Number.NaN)).rejects.toThrow('tråden stoppet (kode 3)');
    } finally {
      await pool.close();
    }
  });
});
