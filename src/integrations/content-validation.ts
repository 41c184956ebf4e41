import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import type { ContentFile } from '../lib/node/content-files.ts';
import { startEarlyEntries } from '../loaders/early-entries.ts';

/** Where Astro keeps the content layer's store between builds, in its cache folder (astro/dist/content/consts.js). */
const CONTENT_STORE_FILE = 'data-store.json';

/**
 * Runs the editors' validator on the content folder and vocabularies before Astro loads content,
 * so a build fails with the same `file:line: field: …` list `npm run validate` prints instead of
 * Astro's first error only. Entry problems come from the content loader, in the same format.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'velferdsspor:content-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Entries are read, checked and rendered once, by the content loader (src/loaders/), which
        // stops the build with every entry problem; here the folder and the vocabularies are
        // checked before Astro starts, since every entry is checked against them.
        const root = fileURLToPath(config.root);
        let files: ContentFile[] = [];
        const problems = validateContent(root, { entries: false, read: (read) => (files = read) });
        // A clean build (no content store yet) checks and renders every entry: start now, on the
        // cores Astro leaves idle while it sets up, for the loader to take (early-entries.ts).
        if (!problems.length && command === 'build' && !existsSync(new URL(CONTENT_STORE_FILE, config.cacheDir)))
          startEarlyEntries(root, files);
        if (!problems.length) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        const summary = `${problems.length} problem(er) i innholdet. Kjør «npm run validate» for listen.`;
        if (command === 'build') throw new Error(summary);
        logger.warn(summary);
      },
    },
  };
}
