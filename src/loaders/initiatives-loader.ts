import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContentFolder } from '../lib/node/content-files.ts';
import { checkEntryBody, readEntryFrontmatter } from '../lib/validation/entry-source.ts';
import { formatProblem, sortProblems, type Problem } from '../lib/validation/problem.ts';
import { renderBody } from '../lib/entry-body/render-body.ts';
import { allowedElements, allowedHeadingDepths, allowedNodeTypes, allowedSchemes } from '../lib/entry-body/allow-list.ts';
import { sanitizeSchema } from '../lib/entry-body/sanitize-schema.ts';

const folder = { folder: 'initiatives', extension: '.mdx' } as const;

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

async function sync({ store, parseData, generateDigest, logger, watcher }: LoaderContext, root: string): Promise<void> {
  const problems: Problem[] = [];
  const files = readContentFolder(root, folder, problems);
  const seen = new Set<string>();
  let rendered = 0;
  for (const { stem: id, file, text } of files) {
    const source = readEntryFrontmatter(text, file);
    if (source.problems.length || !source.yaml) {
      problems.push(...source.problems);
      continue;
    }
    const digest = generateDigest(`${allowListVersion}\n${source.body}`);
    const previous = store.get(id);
    // A body already checked and rendered with this very text and allow-list needs neither again.
    let html = previous?.digest === digest ? previous.rendered?.html : undefined;
    if (html === undefined) {
      const body = checkEntryBody(source.body, source.bodyLine, file);
      if (body.problems.length || !body.tree) {
        problems.push(...body.problems);
        continue;
      }
      html = renderBody(body.tree);
      rendered += 1;
    }
    seen.add(id);
    const data = await parseData({ id, data: source.yaml.data as Record<string, unknown>, filePath: file });
    store.set({ id, data, digest, filePath: file, rendered: { html } });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  logger.info(`${files.length} eksempler lest; ${rendered} av dem kontrollert og gjengitt på nytt, resten uendret siden forrige bygg`);
  if (!problems.length) return;
  const list = sortProblems(problems).map(formatProblem).join('\n');
  // In `astro dev` a refused entry is left out and reported; a build stops.
  if (watcher) logger.error(list);
  else throw new Error(`Innholdet ble avvist:\n${list}`);
}
