import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContentFolder } from '../lib/node/content-files.ts';
import { checkEntryBody } from '../lib/validation/entry-source.ts';
import { createEntryChecker } from '../lib/validation/check-entry.ts';
import { validateVocabularies } from '../lib/validation/validate-vocabularies.ts';
import { entriesFolder } from '../lib/validation/validate-content.ts';
import { formatProblem, sortProblems, type Problem } from '../lib/validation/problem.ts';
import { renderBody } from '../lib/entry-body/render-body.ts';
import { allowedElements, allowedHeadingDepths, allowedNodeTypes, allowedSchemes } from '../lib/entry-body/allow-list.ts';
import { sanitizeSchema } from '../lib/entry-body/sanitize-schema.ts';

/** A change to what is allowed must re-check every body, so the allow-list is part of each digest. */
const allowListVersion = JSON.stringify([allowedNodeTypes, allowedHeadingDepths, allowedElements, allowedSchemes, sanitizeSchema]);

/**
 * Loads content/initiatives/<slug>.mdx as data. The body is parsed, checked against the allow-list
 * and rendered to sanitised HTML here, once, and stored in the content layer with a digest: no
 * entry is ever compiled to a JavaScript module (which is what @astrojs/mdx would do, and what lets
 * an `import` in a pull request run on the build machine). An unchanged body keeps its stored HTML
 * on the next build; the frontmatter is re-validated every time, since the vocabularies may change.
 */
export function initiativesLoader(): Loader {
  return {
    name: 'velferdsspor:initiatives',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await sync(context, root);
      const dir = `${root}content${sep}initiatives${sep}`;
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) void sync(context, root);
      });
    },
  };
}

async function sync({ store, generateDigest, logger, watcher }: LoaderContext, root: string): Promise<void> {
  const problems: Problem[] = [];
  // The vocabularies are checked (and reported) by the content-validation integration before Astro
  // starts; here only their valid ids are needed. Their problems are not repeated below.
  const checker = createEntryChecker(validateVocabularies(root, []));
  const files = readContentFolder(root, entriesFolder, problems);
  const seen = new Set<string>();
  let rendered = 0;
  for (const file of files) {
    const entry = checker.check(file);
    const digest = generateDigest(`${allowListVersion}\n${entry.body}`);
    const previous = store.get(file.stem);
    // A body already checked and rendered with this very text and allow-list needs neither again.
    let html = entry.data && previous?.digest === digest ? previous.rendered?.html : undefined;
    if (html === undefined) {
      // Checked even when the frontmatter is refused, so the build lists every problem at once.
      const body = checkEntryBody(entry.body, entry.bodyLine, file.file);
      problems.push(...entry.problems, ...body.problems);
      if (!entry.data || body.problems.length || !body.tree) continue;
      html = renderBody(body.tree);
      rendered += 1;
    }
    seen.add(file.stem);
    // The checker has already validated the frontmatter with the collection's own schema (built
    // from the same vocabularies), so the data is stored as it is rather than parsed a second time.
    store.set({ id: file.stem, data: entry.data as Record<string, unknown>, digest, filePath: file.file, rendered: { html } });
  }
  problems.push(...checker.duplicates());
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  logger.info(`${files.length} eksempler lest; ${rendered} av dem kontrollert og gjengitt på nytt, resten uendret siden forrige bygg`);
  if (!problems.length) return;
  const list = sortProblems(problems).map(formatProblem).join('\n');
  // In `astro dev` a refused entry is left out and reported; a build stops with every problem.
  if (watcher) logger.error(list);
  else throw new Error(`Innholdet ble avvist:\n${list}`);
}
