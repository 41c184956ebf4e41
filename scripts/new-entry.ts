#!/usr/bin/env node
// Creates content/initiatives/<slug>.mdx from a name, with the next free number and every field the
// schema asks for, so an editor starts from a file that only needs filling in.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slugify } from '../src/lib/slug.ts';
import { keyIds, keys } from '../src/schemas/keys.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Bruk: npm run new -- "Navn på tiltaket"');
  process.exit(1);
}
const dir = resolve('content/initiatives');
const slug = slugify(name);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`content/initiatives/${slug}.mdx finnes allerede.`);
  process.exit(1);
}
const numbers = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => Number(/^number:\s*(\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 0));
const number = Math.max(0, ...numbers) + 1;
const today = new Date().toISOString().slice(0, 10);
const keyLines = keyIds
  .map((id) => `  ${id}: # ${keys[id].label}\n    level: 0\n    rationale: "Skriv hva i kilden som begrunner nivået."`)
  .join('\n');

writeFileSync(
  file,
  `---
title: ${JSON.stringify(name)}
number: ${number}
kind: practice
summary: "Én eller to setninger med egne ord om hva tiltaket er og gjør (høyst 300 tegn)."
country: NO
scope: municipal
municipalities: []
contact: "Kontakt slik kilden oppgir den"
theme: "Kildens egen «Tema»-formulering"
topics: []
challenges: []
phase: operation
targetGroups: []
partners: []
keys:
${keyLines}
results: []
source: { id: velferd-pa-nye-mater, pages: [] }
updated: ${today}
---

## Beskrivelse

Hva tiltaket er og hvordan det virker, med egne ord.

## Hvem samarbeider

## Endring i behovet for kommunale tjenester

## Resultater
`,
);
console.log(`Opprettet content/initiatives/${slug}.mdx med nummer ${number}.`);
console.log('Fyll inn feltene, og kjør «npm run validate» for å se hva som mangler.');
