/**
 * Files Pagefind writes that the site never loads: the catalogue uses Pagefind's JS API on the main
 * thread, so its prebuilt UIs, highlighter and worker would only be dead files on the host; the
 * merge (merge-shards.ts) leaves them out.
 */
export const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];
