import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from '../../scripts/lib/dist.ts';

/** The built site the `built` test project reads; `npm test` builds it first. */
export { distDir };

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ mangler: kjør «npm run build» før de bygde testene (npm test gjør det).');
  }
}

/** Every HTML page in dist/, as site paths («/eksempler/familieveiviseren/»). */
export function builtPages(): { path: string; file: string }[] {
  assertBuilt();
  const pages: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(distDir, full).split('\\').join('/');
        pages.push({ path: `/${rel.replace(/index\.html$/, '')}`, file: full });
      }
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(path: string): string {
  const file = join(distDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}
