import type { Initiative } from '../../schemas/initiative.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';
import { readEntryFrontmatter } from './entry-source.ts';
import { checkRubricRules } from './rubric-rules.ts';
import { checkResultsInBody, checkSourceCitation } from './entry-rules.ts';
import type { ContentFile } from '../node/content-files.ts';
import type { Vocabularies } from './validate-vocabularies.ts';

export interface CheckedEntry {
  problems: Problem[];
  /** The catalogue number, when the frontmatter has one (for the duplicate check). */
  number?: NumberPlace;
  /** The validated frontmatter, when it passed the schema. */
  data?: Initiative;
  body: string;
  bodyLine: number;
}

export interface NumberPlace {
  number: number;
  file: string;
}

/**
 * Checks entries one at a time against the schema and the rules that need no other file. The
 * validator CLI and the build's content loader (in worker threads too) both use it, so each
 * file's YAML is parsed once; `duplicateNumbers` then compares the numbers of all of them.
 */
export function createEntryChecker({ known, sources, aliases }: Vocabularies) {
  const schema = initiativeSchema(known);
  return {
    check({ file, text }: ContentFile): CheckedEntry {
      const source = readEntryFrontmatter(text, file);
      const result: CheckedEntry = { problems: [...source.problems], body: source.body, bodyLine: source.bodyLine };
      const { yaml } = source;
      if (!yaml || yaml.errors.length) return result;
      const rawNumber = (yaml.data as { number?: unknown } | undefined)?.number;
      // Kept even when other fields are wrong, so a duplicate is reported in the same run.
      if (Number.isInteger(rawNumber)) result.number = { number: rawNumber as number, file };
      const parsed = schema.safeParse(yaml.data);
      if (!parsed.success) {
        result.problems.push(...issuesToProblems(parsed.error.issues, schema, yaml, file, yaml.data, aliases));
        return result;
      }
      const entry = parsed.data;
      result.problems.push(
        ...checkResultsInBody(entry, source.body, yaml.lineOf, file),
        ...checkSourceCitation(entry, sources.get(entry.source.id), yaml.lineOf, file),
        ...checkRubricRules(entry, yaml, file),
      );
      if (!result.problems.length) result.data = entry;
      return result;
    },
  };
}

/**
 * Every number used by more than one entry, reported in each of them, with a free number to use.
 * The line of a number is looked up (`numberLineIn`) only for a duplicate: for the others it would
 * cost a positioned YAML parse that the fast path otherwise skips.
 */
export function duplicateNumbers(places: readonly NumberPlace[], lineOfNumber: (file: string) => number): Problem[] {
  const byNumber = new Map<number, NumberPlace[]>();
  for (const place of places) byNumber.set(place.number, [...(byNumber.get(place.number) ?? []), place]);
  const next = Math.max(0, ...byNumber.keys()) + 1;
  const problems: Problem[] = [];
  for (const [number, same] of byNumber) {
    if (same.length < 2) continue;
    for (const place of same) {
      const others = same
        .filter((p) => p !== place)
        .map((p) => p.file)
        .join(', ');
      problems.push({
        file: place.file,
        line: lineOfNumber(place.file),
        field: 'number',
        message: `nummer ${number} er også brukt i ${others}`,
        hint: `bruk et ledig nummer, f.eks. ${next}`,
      });
    }
  }
  return problems;
}

/** The line of the `number` field in each of `files`, for `duplicateNumbers`. */
export function numberLineIn(files: readonly ContentFile[]): (file: string) => number {
  const byName = new Map(files.map((f) => [f.file, f.text]));
  return (file) => readEntryFrontmatter(byName.get(file) ?? '', file).yaml?.lineOf(['number']) ?? 1;
}
