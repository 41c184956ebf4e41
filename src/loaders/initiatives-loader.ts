import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { z } from 'zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { initiativeSchema, type Initiative } from '../schemas/initiative.ts';
import { readContentFolder } from '../lib/node/content-files.ts';
import { duplicateNumbers, numberLineIn, type NumberPlace } from '../lib/validation/check-entry.ts';
import { validateVocabularies } from '../lib/validation/validate-vocabularies.ts';
import { entriesFolder } from '../lib/validation/validate-content.ts';
import { formatProblem, sortProblems, type Problem } from '../lib/validation/problem.ts';
import {
  allowedElements,
  allowedHeadingDepths,
  allowedNodeTypes,
  allowedSchemes,
} from '../lib/entry-body/allow-list.ts';
import { sanitizeSchema } from '../lib/entry-body/sanitize-schema.ts';
import { processInWorkers } from './process-in-workers.ts';
import { takeEarlyEntries } from './early-entries.ts';
import { PLAIN_TEXT } from './plain-text-metadata.ts';

/**
 * Loads content/initiatives/<slug>.mdx as data. Each file is checked (frontmatter against the
 * schema, body parsed as MDX against the allow-list) and its body rendered to sanitised HTML here,
 * once, and stored in the content layer with a digest: no entry is ever compiled to a JavaScript
 * module (which is what @astrojs/mdx would do, and what lets an `import` in a pull request run on
 * the build machine). A file whose text, vocabularies, schema and allow-list are all unchanged since
 * the last build keeps its stored data and HTML, so a one-entry change re-checks one entry.
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
  const files = readContentFolder(root, entriesFolder, problems);
  // Everything a stored result depends on besides the file's own text.
  const { known, sources } = validateVocabularies(root, []);
  const version = generateDigest(
    JSON.stringify([
      allowedNodeTypes,
      allowedHeadingDepths,
      allowedElements,
      allowedSchemes,
      sanitizeSchema,
      known,
      [...sources],
      z.toJSONSchema(initiativeSchema(known), { unrepresentable: 'any', io: 'input' }),
    ]),
  );
  const digests = new Map(files.map((f) => [f.stem, generateDigest(`${version}\n${f.text}`)]));
  const changed = files.filter((f) => store.get(f.stem)?.digest !== digests.get(f.stem));
  const numbers: NumberPlace[] = [];

  for (const entry of await (takeEarlyEntries(root, changed) ?? processInWorkers(root, changed))) {
    problems.push(...entry.problems);
    if (entry.number) numbers.push(entry.number);
    if (entry.data && entry.html !== undefined) {
      // The checker validated the frontmatter with the collection's own schema (built from the same
      // vocabularies), so the data is stored as it is rather than parsed by Zod a second time.
      store.set({
        id: entry.stem,
        data: entry.data as unknown as Record<string, unknown>,
        digest: digests.get(entry.stem)!,
        filePath: entry.file,
        body: entry.body,
        rendered: { html: entry.html, metadata: { [PLAIN_TEXT]: entry.text } },
      });
    } else {
      store.delete(entry.stem);
    }
  }
  const changedStems = new Set(changed.map((f) => f.stem));
  const unchanged = new Set(files.map((f) => f.stem).filter((stem) => !changedStems.has(stem)));
  for (const file of files) {
    if (unchanged.has(file.stem))
      numbers.push({ number: (store.get(file.stem)!.data as unknown as Initiative).number, file: file.file });
  }
  problems.push(...duplicateNumbers(numbers, numberLineIn(files)));
  const present = new Set(files.map((f) => f.stem));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  logger.info(
    `${files.length} eksempler lest; ${changed.length} av dem kontrollert og gjengitt på nytt, resten uendret siden forrige bygg`,
  );
  if (!problems.length) return;
  const list = sortProblems(problems).map(formatProblem).join('\n');
  // In `astro dev` a refused entry is left out and reported; a build stops with every problem.
  if (watcher) logger.error(list);
  else throw new Error(`Innholdet ble avvist:\n${list}`);
}
