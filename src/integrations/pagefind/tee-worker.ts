import { parentPort } from 'node:worker_threads';
import { readPageHtml } from './collect-pages.ts';
import { htmlDigest } from './reading-cache.ts';
import type { TeedPages } from './page-tee.ts';

// The thread behind page-tee.ts: reads each page as it comes, and gives them all back on null.
const pages: TeedPages = new Map();
parentPort!.on('message', (message: [path: string, html: string] | null) => {
  if (message === null) {
    parentPort!.postMessage(pages);
    return;
  }
  const [path, html] = message;
  pages.set(path, { bytes: Buffer.byteLength(html), digest: htmlDigest(html), reading: readPageHtml(html) });
});
