import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';

/** Writes dist/_headers after the build, so the host sends the security headers as HTTP headers too. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'velferdsspor:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
