#!/usr/bin/env node
// Creates content/initiatives/<slug>.mdx from a name, with the next free number and every field the
// schema asks for. What the editor must fill in is left empty, so `npm run validate` lists exactly that.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { slugify } from '../src/lib/format/slug.ts';
import { splitMdx } from '../src/lib/validation/mdx-file.ts';
import { bodySections } from '../src/lib/validation/body-sections.ts';
import { formFields } from '../src/lib/form/fields.ts';
import { entryTemplate } from '../src/lib/form/entry-template.ts';
import { initiativeSchema } from '../src/schemas/initiative.ts';
import { loadKnownIds } from '../src/lib/node/known-ids.ts';
import { contentOptionSource } from '../src/lib/node/form-options.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Bruk: npm run new -- "Navn på tiltaket"');
  process.exit(1);
}
const root = resolve('.');
const dir = join(root, 'content/initiatives');
const slug = slugify(name);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`content/initiatives/${slug}.mdx finnes allerede.`);
  process.exit(1);
}
const numbers = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { frontmatter } = splitMdx(readFileSync(join(dir, f), 'utf8'));
    try {
      return Number((parse(frontmatter ?? '') as { number?: unknown } | null)?.number) || 0;
    } catch {
      return 0;
    }
  });
const content = join(root, 'content');
const fields = formFields(initiativeSchema(loadKnownIds(content)), contentOptionSource(content));
writeFileSync(
  file,
  entryTemplate(fields, {
    title: name,
    number: Math.max(0, ...numbers) + 1,
    today: new Date().toISOString().slice(0, 10),
  }),
);
console.log(`Opprettet content/initiatives/${slug}.mdx.`);
console.log('Fyll ut feltene som står tomme, og skriv teksten under «## Beskrivelse».');
console.log(
  `Andre avsnitt, når kilden har stoff til dem: ${bodySections
    .slice(1)
    .map((h) => `«## ${h}»`)
    .join(', ')}.`,
);
console.log('Kjør «npm run validate» for å se hva som gjenstår.');
