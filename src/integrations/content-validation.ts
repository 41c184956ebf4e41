import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatProblem } from '../lib/validation/problem.ts';

/**
 * Runs the editors' validator before Astro loads content, so a build fails with the same
 * `file:line: field: …` list `npm run validate` prints instead of Astro's first error only.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'velferdsspor:content-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Bodies are parsed, checked and rendered once, by the content loader, which fails the build
        // on its own; here the frontmatter and the cross-file rules are checked before Astro starts.
        const problems = validateContent(fileURLToPath(config.root), { bodies: false });
        if (!problems.length) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        const summary = `${problems.length} problem(er) i innholdet. Kjør «npm run validate» for listen.`;
        if (command === 'build') throw new Error(summary);
        logger.warn(summary);
      },
    },
  };
}
