import { fileURLToPath } from 'node:url';

/** The built site: `npm run build` writes it, the static server, the benchmarks and the built tests read it. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
