import { parentPort } from 'node:worker_threads';
import { readPageHtml } from './collect-pages.ts';
import { htmlDigest } from './reading-cache.ts';
import type { TeedPage } from './page-tee.ts';

// The thread behind page-tee.ts: reads each page as it comes (as Pagefind reads it, too: see
// collect-pages.ts `IndexedPage`) and sends its reading back at once, then null once it has read
// all it was given. Sent one by one rather than all at the end: one
// message of every page made the thread's copy, the message and the build's copy exist together at
// the start of the search step, where a build's memory peaks.
const utf8 = new TextDecoder();
parentPort!.on('message', (message: [path: string, html: Uint8Array] | null) => {
  if (message === null) return parentPort!.postMessage(null);
  const [path, html] = message;
  const page: TeedPage = {
    bytes: html.length,
    digest: htmlDigest(html),
    reading: readPageHtml(utf8.decode(html), path),
  };
  parentPort!.postMessage([path, page]);
});
