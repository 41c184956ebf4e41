import type { Initiative } from '../../schemas/initiative.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import type { Problem } from './problem.ts';

/** Where a frontmatter path sits in the file; the validator passes its YAML positions, the form line 1. */
export type LineOf = (path: readonly PropertyKey[]) => number;

/**
 * The rules that read an entry's fields together with its text or its source. Pure, so the same
 * rules run in `npm run validate` and in the browser on /bidra/.
 */
export function checkResultsInBody(entry: Initiative, body: string, lineOf: LineOf, file: string): Problem[] {
  const text = body.replace(/\s+/g, ' ');
  return entry.results.flatMap((r, i) =>
    text.includes(r.value.replace(/\s+/g, ' '))
      ? []
      : [
          {
            file,
            line: lineOf(['results', i, 'value']),
            field: `results.${i}.value`,
            message: `«${r.value}» står ikke i teksten`,
            hint: 'nevn tallet nøyaktig slik det står her i avsnittet «Resultater» eller der det hører hjemme',
          },
        ],
  );
}

export function checkSourceCitation(
  entry: Initiative,
  source: Pick<SourceDocument, 'paginated'> | undefined,
  lineOf: LineOf,
  file: string,
): Problem[] {
  if (source?.paginated && !entry.source.pages) {
    return [
      {
        file,
        line: lineOf(['source']),
        field: 'source.pages',
        message: 'kilden har sidetall, men siden mangler',
        hint: 'skriv f.eks. «source: { id: velferd-pa-nye-mater, pages: [10] }»',
      },
    ];
  }
  return [];
}
