import type { z } from 'zod';
import { taxonomies, taxonomyIdSchema, type TaxonomyName } from '../../schemas/taxonomies.ts';
import { sourceSchema, type SourceDocument } from '../../schemas/source.ts';
import type { KnownIds } from '../../schemas/initiative.ts';
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';
import { readContentFolder, type ContentFile } from '../node/content-files.ts';
import { checkOrganisations, organisationAliases } from './organisation-references.ts';
import type { Organisation } from '../../schemas/organisation.ts';

export interface Vocabularies {
  /** The ids entries may reference. */
  known: KnownIds;
  sources: Map<string, SourceDocument>;
  /** Organisation names and other spellings (folded) to their ids, for «mente du …?» in `partners`. */
  aliases: ReadonlyMap<string, string>;
}

/**
 * Checks content/taxonomies/*.yaml and content/sources/*.yaml, adding every problem to `problems`,
 * and returns the ids that are valid: entries are checked against those.
 */
export function validateVocabularies(root: string, problems: Problem[]): Vocabularies {
  // Taxonomies first: their ids are what entries may reference.
  const known = { sources: [] } as unknown as Record<keyof KnownIds, string[]>;
  const taxonomyFiles = new Map(
    readContentFolder(root, { folder: 'taxonomies', extension: '.yaml' }, problems).map((f) => [f.stem, f]),
  );
  const expected = new Set(Object.values(taxonomies).map((t) => t.file.replace(/\.yaml$/, '')));
  for (const [stem, f] of taxonomyFiles) {
    if (!expected.has(stem))
      problems.push({
        file: f.file,
        line: 1,
        field: 'fil',
        message: 'ukjent taksonomifil',
        hint: `taksonomiene er ${[...expected].map((e) => `${e}.yaml`).join(', ')}`,
      });
  }
  const organisations = new Map<string, Organisation>();
  let organisationsSource: { parsed: YamlSource; file: string } | undefined;
  for (const [name, { file, schema }] of Object.entries(taxonomies) as [
    TaxonomyName,
    (typeof taxonomies)[TaxonomyName],
  ][]) {
    known[name] = [];
    const source = taxonomyFiles.get(file.replace(/\.yaml$/, ''));
    if (!source) {
      // A file that exists but was refused (symlink, size, encoding) is reported already.
      if (!problems.some((p) => p.file === `content/taxonomies/${file}`)) {
        problems.push({
          file: `content/taxonomies/${file}`,
          line: 1,
          field: 'fil',
          message: 'filen mangler',
          hint: `opprett ${file} med minst én verdi`,
        });
      }
      continue;
    }
    const parsed = readYaml(source, problems);
    if (!parsed) continue;
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file: source.file,
        line: 1,
        field: 'fil',
        message: 'filen skal være en liste av id-er med felter under',
        hint: 'skriv «min-id:» og feltene innrykket under',
      });
      continue;
    }
    for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
      if (id === '$schema') continue;
      const idCheck = taxonomyIdSchema.safeParse(id);
      if (!idCheck.success) {
        problems.push({
          file: source.file,
          line: parsed.lineOfKey([], id),
          field: id,
          message: 'ugyldig id',
          hint: idCheck.error.issues[0]!.message,
        });
      }
      if (name === 'organisations') organisationsSource = { parsed, file: source.file };
      const result = (schema as z.ZodType).safeParse(value);
      if (result.success) {
        known[name].push(id);
        if (name === 'organisations') organisations.set(id, result.data as Organisation);
      } else
        problems.push(
          ...prefixed(
            issuesToProblems(result.error.issues, schema as z.ZodType, shifted(parsed, [id]), source.file, value),
            id,
          ),
        );
    }
  }

  // Organisations point into sectors.yaml and at each other, which their schema alone cannot check.
  if (organisationsSource)
    problems.push(
      ...checkOrganisations(organisations, known.sectors, organisationsSource.parsed, organisationsSource.file),
    );

  const sources = new Map<string, SourceDocument>();
  for (const source of readContentFolder(root, { folder: 'sources', extension: '.yaml' }, problems)) {
    const parsed = readYaml(source, problems);
    if (!parsed) continue;
    const result = sourceSchema.safeParse(parsed.data);
    if (result.success) sources.set(source.stem, result.data);
    else problems.push(...issuesToProblems(result.error.issues, sourceSchema, parsed, source.file, parsed.data));
  }
  known.sources = [...sources.keys()];

  return { known, sources, aliases: organisationAliases(organisations) };
}

function readYaml({ text, file }: ContentFile, problems: Problem[]): YamlSource | undefined {
  const parsed = parseYamlSource(text);
  for (const e of parsed.errors)
    problems.push({
      file,
      line: e.line,
      column: e.column,
      field: 'yaml',
      message: `YAML-feil: ${e.message}`,
      hint: 'sjekk innrykk, kolon og anførselstegn på linjen',
    });
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
