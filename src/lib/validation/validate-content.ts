import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { taxonomies, taxonomyIdSchema, type TaxonomyName } from '../../schemas/taxonomies.ts';
import { sourceSchema, type SourceDocument } from '../../schemas/source.ts';
import { initiativeSchema, type KnownIds } from '../../schemas/initiative.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { splitMdx } from './mdx-file.ts';
import { issuesToProblems } from './zod-issues.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { checkBodySections } from './body-sections.ts';
import { checkResultsInBody, checkSourceCitation } from './entry-rules.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks every entry, taxonomy and source file under `root`/content against the schemas and the
 * cross-file rules, and returns every problem found — never stopping at the first.
 */
export function validateContent(root: string): Problem[] {
  const contentDir = join(root, 'content');
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const problems: Problem[] = [];

  // Taxonomies first: their ids are what entries may reference.
  const known = { sources: [] } as unknown as Record<keyof KnownIds, string[]>;
  for (const [name, { file, schema }] of Object.entries(taxonomies) as [TaxonomyName, (typeof taxonomies)[TaxonomyName]][]) {
    const path = join(contentDir, 'taxonomies', file);
    known[name] = [];
    if (!existsSync(path)) {
      problems.push({ file: rel(path), line: 1, field: 'fil', message: 'filen mangler', hint: `opprett ${file} med minst én verdi` });
      continue;
    }
    const parsed = readYaml(path, rel(path), problems);
    if (!parsed) continue;
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file: rel(path), line: 1, field: 'fil', message: 'filen skal være en liste av id-er med felter under', hint: 'skriv «min-id:» og feltene innrykket under' });
      continue;
    }
    for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
      if (id === '$schema') continue;
      const idCheck = taxonomyIdSchema.safeParse(id);
      if (!idCheck.success) {
        problems.push({ file: rel(path), line: parsed.lineOfKey([], id), field: id, message: 'ugyldig id', hint: idCheck.error.issues[0]!.message });
      }
      const result = (schema as z.ZodType).safeParse(value);
      if (result.success) known[name].push(id);
      else problems.push(...prefixed(issuesToProblems(result.error.issues, schema as z.ZodType, shifted(parsed, [id]), rel(path), value), id));
    }
  }

  const sources = new Map<string, SourceDocument>();
  const sourcesDir = join(contentDir, 'sources');
  for (const name of listFiles(sourcesDir)) {
    const path = join(sourcesDir, name);
    if (!name.endsWith('.yaml')) {
      problems.push({ file: rel(path), line: 1, field: 'fil', message: 'kildefiler skal ende på .yaml', hint: 'gi filen navnet <id>.yaml' });
      continue;
    }
    const id = name.slice(0, -5);
    if (!slugPattern.test(id)) problems.push({ file: rel(path), line: 1, field: 'filnavn', message: 'filnavnet er ikke en gyldig id', hint: 'bruk små bokstaver a–z, tall og bindestrek' });
    const parsed = readYaml(path, rel(path), problems);
    if (!parsed) continue;
    const result = sourceSchema.safeParse(parsed.data);
    if (result.success) sources.set(id, result.data);
    else problems.push(...issuesToProblems(result.error.issues, sourceSchema, parsed, rel(path), parsed.data));
  }
  known.sources = [...sources.keys()];

  const schema = initiativeSchema(known);
  const numbers = new Map<number, { file: string; line: number }[]>();
  const initiativesDir = join(contentDir, 'initiatives');
  for (const name of listFiles(initiativesDir)) {
    const path = join(initiativesDir, name);
    const file = rel(path);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, line: 1, field: 'fil', message: 'tiltak skal være .mdx-filer', hint: `gi filen navnet ${name.replace(/\.[^.]*$/, '')}.mdx` });
      continue;
    }
    const slug = name.slice(0, -4);
    if (!slugPattern.test(slug)) {
      problems.push({ file, line: 1, field: 'filnavn', message: `«${slug}» er ikke en gyldig slug`, hint: 'filnavnet blir adressen: bruk små bokstaver a–z, tall og bindestrek (æ→ae, ø→o, å→a)' });
    }
    const text = readFileSync(path, 'utf8');
    const parts = splitMdx(text);
    if (parts.frontmatter === undefined) {
      problems.push({ file, line: 1, field: 'frontmatter', message: 'filen mangler frontmatter', hint: 'start filen med en linje «---», feltene, og en ny linje «---»' });
      continue;
    }
    problems.push(...checkMdxSafety(parts.body, parts.bodyLine, file), ...checkBodySections(parts.body, parts.bodyLine, file));
    const yaml = parseYamlSource(parts.frontmatter, parts.frontmatterLine - 1);
    for (const e of yaml.errors) problems.push({ file, line: e.line, field: 'frontmatter', message: `YAML-feil: ${e.message}`, hint: 'sjekk innrykk, kolon og anførselstegn på linjen' });
    if (yaml.errors.length) continue;
    const rawNumber = (yaml.data as { number?: unknown } | undefined)?.number;
    if (Number.isInteger(rawNumber)) {
      // Counted even when other fields are wrong, so a duplicate is reported in the same run.
      const list = numbers.get(rawNumber as number) ?? [];
      list.push({ file, line: yaml.lineOf(['number']) });
      numbers.set(rawNumber as number, list);
    }
    const result = schema.safeParse(yaml.data);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, schema, yaml, file, yaml.data));
      continue;
    }
    const entry = result.data;
    problems.push(...checkResultsInBody(entry, parts.body, yaml.lineOf, file), ...checkSourceCitation(entry, sources.get(entry.source.id), yaml.lineOf, file));
  }

  for (const [number, places] of numbers) {
    if (places.length < 2) continue;
    const next = Math.max(...numbers.keys()) + 1;
    for (const place of places) {
      const others = places.filter((p) => p !== place).map((p) => p.file).join(', ');
      problems.push({ ...place, field: 'number', message: `nummer ${number} er også brukt i ${others}`, hint: `bruk et ledig nummer, f.eks. ${next}` });
    }
  }
  return sortProblems(problems);
}

function readYaml(path: string, file: string, problems: Problem[]): YamlSource | undefined {
  const parsed = parseYamlSource(readFileSync(path, 'utf8'));
  for (const e of parsed.errors) problems.push({ file, line: e.line, field: 'yaml', message: `YAML-feil: ${e.message}`, hint: 'sjekk innrykk, kolon og anførselstegn på linjen' });
  return parsed.errors.length ? undefined : parsed;
}

/** A view of a YAML source whose paths start below `prefix` (one taxonomy item). */
function shifted(source: YamlSource, prefix: PropertyKey[]): YamlSource {
  return {
    ...source,
    lineOf: (path) => source.lineOf([...prefix, ...path]),
    lineOfKey: (path, key) => source.lineOfKey([...prefix, ...path], key),
  };
}

function prefixed(problems: Problem[], id: string): Problem[] {
  return problems.map((p) => ({ ...p, field: p.field === 'frontmatter' ? id : `${id}.${p.field}` }));
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name).sort() : [];
}
