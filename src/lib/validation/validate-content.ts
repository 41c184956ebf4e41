import type { z } from 'zod';
import { taxonomies, taxonomyIdSchema, type TaxonomyName } from '../../schemas/taxonomies.ts';
import { sourceSchema, type SourceDocument } from '../../schemas/source.ts';
import { initiativeSchema, type Initiative, type KnownIds } from '../../schemas/initiative.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';
import { checkEntryBody, readEntryFrontmatter } from './entry-source.ts';
import { findSymlinks, readContentFolder, type ContentFile } from '../node/content-files.ts';

/**
 * Checks every entry, taxonomy and source file under `root`/content against the schemas and the
 * cross-file rules, and returns every problem found — never stopping at the first. `bodies: false`
 * leaves out the body parse: the build's content loader does that itself, once, with a cache.
 */
export function validateContent(root: string, { bodies = true }: { bodies?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];

  findSymlinks(root, problems);

  // Taxonomies first: their ids are what entries may reference.
  const known = { sources: [] } as unknown as Record<keyof KnownIds, string[]>;
  const taxonomyFiles = new Map(readContentFolder(root, { folder: 'taxonomies', extension: '.yaml' }, problems).map((f) => [f.stem, f]));
  const expected = new Set(Object.values(taxonomies).map((t) => t.file.replace(/\.yaml$/, '')));
  for (const [stem, f] of taxonomyFiles) {
    if (!expected.has(stem)) problems.push({ file: f.file, line: 1, field: 'fil', message: 'ukjent taksonomifil', hint: `taksonomiene er ${[...expected].map((e) => `${e}.yaml`).join(', ')}` });
  }
  for (const [name, { file, schema }] of Object.entries(taxonomies) as [TaxonomyName, (typeof taxonomies)[TaxonomyName]][]) {
    known[name] = [];
    const source = taxonomyFiles.get(file.replace(/\.yaml$/, ''));
    if (!source) {
      // A file that exists but was refused (symlink, size, encoding) is reported already.
      if (!problems.some((p) => p.file === `content/taxonomies/${file}`)) {
        problems.push({ file: `content/taxonomies/${file}`, line: 1, field: 'fil', message: 'filen mangler', hint: `opprett ${file} med minst én verdi` });
      }
      continue;
    }
    const parsed = readYaml(source, problems);
    if (!parsed) continue;
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file: source.file, line: 1, field: 'fil', message: 'filen skal være en liste av id-er med felter under', hint: 'skriv «min-id:» og feltene innrykket under' });
      continue;
    }
    for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
      if (id === '$schema') continue;
      const idCheck = taxonomyIdSchema.safeParse(id);
      if (!idCheck.success) {
        problems.push({ file: source.file, line: parsed.lineOfKey([], id), field: id, message: 'ugyldig id', hint: idCheck.error.issues[0]!.message });
      }
      const result = (schema as z.ZodType).safeParse(value);
      if (result.success) known[name].push(id);
      else problems.push(...prefixed(issuesToProblems(result.error.issues, schema as z.ZodType, shifted(parsed, [id]), source.file, value), id));
    }
  }

  const sources = new Map<string, SourceDocument>();
  for (const source of readContentFolder(root, { folder: 'sources', extension: '.yaml' }, problems)) {
    const parsed = readYaml(source, problems);
    if (!parsed) continue;
    const result = sourceSchema.safeParse(parsed.data);
    if (result.success) sources.set(source.stem, result.data);
    else problems.push(...issuesToProblems(result.error.issues, sourceSchema, parsed, source.file, parsed.data));
  }
  known.sources = [...sources.keys()];

  const schema = initiativeSchema(known);
  const numbers = new Map<number, { file: string; line: number }[]>();
  for (const { file, text } of readContentFolder(root, { folder: 'initiatives', extension: '.mdx' }, problems)) {
    const source = readEntryFrontmatter(text, file);
    problems.push(...source.problems);
    if (bodies) problems.push(...checkEntryBody(source.body, source.bodyLine, file).problems);
    const { yaml } = source;
    if (!yaml || yaml.errors.length) continue;
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
    problems.push(...checkEntryAgainstBody(entry, source.body, yaml, file), ...checkSourceCitation(entry, sources, yaml, file));
  }

  for (const [number, places] of numbers) {
    if (places.length < 2) continue;
    const next = Math.max(...numbers.keys()) + 1;
    for (const place of places) {
      const others = places.filter((p) => p !== place).map((p) => p.file).join(', ');
      problems.push({ ...place, field: 'number', message: `nummer ${number} er også brukt i ${others}`, hint: `bruk et ledig nummer, f.eks. ${next}` });
    }
  }
  // A symlink inside a content folder is seen both by the folder listing and by the walk of content/.
  const unique = new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column ?? 0}:${p.field}:${p.message}`, p]));
  return sortProblems([...unique.values()]);
}

function checkEntryAgainstBody(entry: Initiative, body: string, yaml: YamlSource, file: string): Problem[] {
  const text = body.replace(/\s+/g, ' ');
  return entry.results.flatMap((r, i) =>
    text.includes(r.value.replace(/\s+/g, ' '))
      ? []
      : [{ file, line: yaml.lineOf(['results', i, 'value']), field: `results.${i}.value`, message: `«${r.value}» står ikke i teksten`, hint: 'nevn tallet nøyaktig slik det står her i avsnittet «Resultater» eller der det hører hjemme' }],
  );
}

function checkSourceCitation(entry: Initiative, sources: Map<string, SourceDocument>, yaml: YamlSource, file: string): Problem[] {
  const source = sources.get(entry.source.id);
  if (source?.paginated && !entry.source.pages) {
    return [{ file, line: yaml.lineOf(['source']), field: 'source.pages', message: 'kilden har sidetall, men siden mangler', hint: 'skriv f.eks. «source: { id: velferd-pa-nye-mater, pages: [10] }»' }];
  }
  return [];
}

function readYaml({ text, file }: ContentFile, problems: Problem[]): YamlSource | undefined {
  const parsed = parseYamlSource(text);
  for (const e of parsed.errors) problems.push({ file, line: e.line, column: e.column, field: 'yaml', message: `YAML-feil: ${e.message}`, hint: 'sjekk innrykk, kolon og anførselstegn på linjen' });
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
