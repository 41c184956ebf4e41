import { initiativeSchema, type KnownIds } from '../../schemas/initiative.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import { issuesToProblems } from '../validation/zod-issues.ts';
import type { YamlSource } from '../validation/yaml-source.ts';
import type { checkEntryBody } from '../validation/entry-body-check.ts';
import { checkResultsInBody, checkSourceCitation } from '../validation/entry-rules.ts';
import type { Problem } from '../validation/problem.ts';
import { entryBody, type SectionTexts } from './entry-mdx.ts';

export interface EntryContext {
  known: KnownIds;
  sources: Readonly<Record<string, Pick<SourceDocument, 'paginated'>>>;
}

/** A problem from the validator, with the body section it belongs to when it is about the text. */
export interface FormProblem extends Problem {
  section?: number;
}

/**
 * The validator's checks for one entry, run on what the form holds: the same schema, the same
 * body and source rules, and so the same Norwegian messages as `npm run validate`. Lines do not
 * apply to a form; body problems are tied to their section instead.
 */
/** The validator's body check (entry-body-check.ts), passed in so the browser can load the MDX parser only when it checks. */
export type BodyCheck = typeof checkEntryBody;

export function checkEntry(
  data: Record<string, unknown>,
  sections: SectionTexts,
  context: EntryContext,
  file: string,
  checkBody: BodyCheck,
): FormProblem[] {
  const { body, lines } = entryBody(sections);
  const sectionAt = (line: number) => [...lines].reverse().find((l) => l.line <= line)?.section ?? 0;
  // The same MDX parser and allow-list as the validator and the build: what the form accepts, they accept.
  const problems: FormProblem[] = checkBody(body, 1, file).problems.map((p) => ({ ...p, section: sectionAt(p.line) }));

  const schema = initiativeSchema(context.known);
  const result = schema.safeParse(data);
  const noLines = { doc: undefined, data, errors: [], lineOf: () => 1, lineOfKey: () => 1 } as unknown as YamlSource;
  if (!result.success) return [...problems, ...issuesToProblems(result.error.issues, schema, noLines, file, data)];
  const entry = result.data;
  return [
    ...problems,
    ...checkResultsInBody(entry, body, noLines.lineOf, file),
    ...checkSourceCitation(entry, context.sources[entry.source.id], noLines.lineOf, file),
  ];
}
