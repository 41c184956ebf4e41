import type { z } from 'zod';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';
import { closestMatch } from './suggest.ts';
import { idForAlias } from './aliases.ts';
import { describeAt, keysAt } from './schema-walk.ts';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'felter under hverandre',
  date: 'en dato',
};

/** An empty value: in a file from `npm run new` or a form, the editor has not got to it yet. */
export const notFilled = 'ikke fylt ut ennå';

function received(input: unknown): string {
  if (input === undefined) return 'mangler';
  if (input === null) return 'er tomt';
  if (Array.isArray(input)) return 'er en liste';
  return `er ${typeof input === 'object' ? 'en gruppe felter' : `«${String(input)}»`}`;
}

/**
 * Turns Zod issues into problems in the editors' format: the field, what is wrong in plain
 * Norwegian, and what to write instead (the field's own .describe() text, plus «mente du …?»).
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  source: YamlSource,
  file: string,
  data: unknown,
  /** Names that stand for ids of the open vocabularies (organisation names), folded: «mente du …?». */
  contentAliases: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const field = path.map(String).join('.') || 'frontmatter';
    const description = describeAt(schema, path) ?? 'se CONTRIBUTING.md for feltene';
    const input = valueAt(data, path);
    const at = (line: number, f: string, message: string, hint: string) =>
      problems.push({ file, line, field: f, message, hint });

    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const guess = closestMatch(key, keysAt(schema, path));
          at(
            source.lineOfKey(path, key),
            [...path, key].join('.'),
            'ukjent felt',
            guess ? `mente du «${guess}»?` : `fjern feltet; tillatte felter er ${keysAt(schema, path).join(', ')}`,
          );
        }
        break;
      case 'invalid_value': {
        if (input === undefined || input === null) {
          at(
            source.lineOf(path),
            field,
            input === null ? notFilled : 'feltet mangler',
            `${input === null ? 'fyll det ut' : 'legg det til'}. ${description}`,
          );
          break;
        }
        const allowed = issue.values.map(String);
        const guess =
          typeof input === 'string'
            ? (closestMatch(input, allowed) ?? idForAlias(input, allowed, contentAliases))
            : undefined;
        at(
          source.lineOf(path),
          field,
          `ugyldig verdi ${received(input).replace(/^er /, '')}`,
          guess ? `mente du «${guess}»? ${description}` : description,
        );
        break;
      }
      case 'invalid_type':
        if (input === undefined) at(source.lineOf(path), field, 'feltet mangler', `legg det til. ${description}`);
        else if (input === null) at(source.lineOf(path), field, notFilled, `fyll det ut. ${description}`);
        else
          at(
            source.lineOf(path),
            field,
            `skal være ${typeNames[issue.expected] ?? issue.expected}, men ${received(input)}`,
            description,
          );
        break;
      case 'invalid_union':
        at(source.lineOf(path), field, `ugyldig verdi: ${received(input)}`, description);
        break;
      case 'too_small':
      case 'too_big': {
        const what = issue.origin === 'string' ? 'tegn' : issue.origin === 'array' ? 'verdi(er)' : '';
        const bound = issue.code === 'too_small' ? `minst ${issue.minimum}` : `høyst ${issue.maximum}`;
        if (issue.code === 'too_small' && (input === '' || (Array.isArray(input) && input.length === 0))) {
          at(
            source.lineOf(path),
            field,
            notFilled,
            `${issue.origin === 'array' ? `velg minst ${issue.minimum}` : 'fyll det ut'}. ${description}`,
          );
          break;
        }
        const size = Array.isArray(input)
          ? ` (har ${input.length})`
          : typeof input === 'string'
            ? ` (har ${input.length})`
            : '';
        at(source.lineOf(path), field, `må være ${bound}${what ? ` ${what}` : ''}${size}`, description);
        break;
      }
      case 'invalid_format':
        at(
          source.lineOf(path),
          field,
          `feil format: ${received(input).replace(/^er /, '')}`,
          issue.message.startsWith('Invalid') ? description : `${issue.message}. ${description}`,
        );
        break;
      default:
        at(source.lineOf(path), field, issue.message, description);
    }
  }
  return problems;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
