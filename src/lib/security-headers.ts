import { contentSecurityPolicy } from './site.ts';
import { pagefindDataFiles } from './search/pagefind-data-types.ts';

/**
 * The HTTP headers every response carries on the host. The CSP is the widest one a page carries in
 * its <meta> tag (the catalogue's, with Pagefind's 'wasm-unsafe-eval'; src/lib/site.ts), plus what
 * only a header can say: frame-ancestors. A browser enforces both policies, so every other page
 * stays as narrow as its own <meta> tag. The file format is
 * `_headers`, which Cloudflare Pages and Netlify both read from the published folder.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy({ search: true })}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export function headersFile(): string {
  const lines = ['/*', ...Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`)];
  // Astro's hashed assets never change under the same name.
  lines.push('/_astro/*', '  Cache-Control: public, max-age=31536000, immutable');
  // Pagefind's data files have extensions no host knows; with their own types the host compresses
  // them (README, «Publisering»).
  for (const { path, type } of pagefindDataFiles) lines.push(path, `  Content-Type: ${type}`);
  return `${lines.join('\n')}\n`;
}
