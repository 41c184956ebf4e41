import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatProblem } from '../lib/validation/problem.ts';

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
        const problems = validateContent(fileURLToPath(config.root), { entries: false });
        if (!problems.length) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        const summary = `${problems.length} problem(er) i innholdet. Kjør «npm run validate» for listen.`;
        if (command === 'build') throw new Error(summary);
        logger.warn(summary);
      },
    },
  };
}
