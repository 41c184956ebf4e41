import { join } from 'node:path';
import { stringify } from 'yaml';
import { jsonSchemaFiles, serialiseJsonSchema } from '../schema/json-schema.ts';
import { formFields } from '../form/fields.ts';
import { issueForm } from '../form/issue-form.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { loadKnownIds } from './known-ids.ts';
import { contentOptionSource } from './form-options.ts';

export const issueFormPath = '.github/ISSUE_TEMPLATE/nytt-eksempel.yml';

/** Every committed file generated from the schemas, with its text. */
export function generatedFiles(root: string): { path: string; text: string }[] {
  const content = join(root, 'content');
  const fields = formFields(initiativeSchema(loadKnownIds(content)), contentOptionSource(content));
  const header = '# Generert fra src/schemas/ av «npm run schema». Ikke rediger for hånd.\n';
  return [
    ...jsonSchemaFiles().map(({ path, schema }) => ({ path, text: serialiseJsonSchema(schema) })),
    { path: issueFormPath, text: header + stringify(issueForm(fields), { lineWidth: 0 }) },
  ];
}
