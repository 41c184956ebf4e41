import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generatedFiles, issueFormPath } from '../../../src/lib/node/generated-files.ts';
import { initiativeJsonSchema, jsonSchemaFiles } from '../../../src/lib/schema/json-schema.ts';
import { formFields, walkFields } from '../../../src/lib/form/fields.ts';
import { issueFieldId } from '../../../src/lib/form/issue-form.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { loadKnownIds } from '../../../src/lib/node/known-ids.ts';
import { bodySections } from '../../../src/lib/validation/body-sections.ts';
import { phases } from '../../../src/schemas/phases.ts';
import { taxonomies } from '../../../src/schemas/taxonomies.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '');

describe('files generated from the schemas', () => {
  it.each(jsonSchemaFiles().map((f) => f.path))('%s is what «npm run schema» writes now', (path) => {
    const expected = generatedFiles(root).find((f) => f.path === path)!.text;
    expect(read(path), `${path} er utdatert: kjør «npm run schema»`).toBe(expected);
  });

  it('the JSON Schema carries the Norwegian titles and descriptions, and does not go stale when a taxonomy grows', () => {
    const schema = initiativeJsonSchema() as {
      properties: Record<
        string,
        { title?: string; description?: string; items?: { pattern?: string; enum?: unknown } }
      >;
    };
    expect(schema.properties.title!.title).toBe('Navn');
    expect(schema.properties.summary!.description).toContain('egne ord');
    expect(schema.properties.topics!.items!.enum).toBeUndefined();
    expect(schema.properties.topics!.items!.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    // The /data/ copy, given the real ids, lists them.
    const withIds = initiativeJsonSchema(loadKnownIds(join(root, 'content'))) as typeof schema;
    expect(withIds.properties.topics!.items!.enum).toContain('samordning');
  });

  it('VS Code maps every taxonomy file and the source files to their committed schema', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string | string[]> };
    const mapped = Object.entries(settings['yaml.schemas']).flatMap(([schema, globs]) =>
      [globs].flat().map((glob) => [schema, glob]),
    );
    for (const { file } of Object.values(taxonomies)) {
      const entry = mapped.find(([, glob]) => glob === `content/taxonomies/${file}`);
      expect(entry, file).toBeDefined();
      expect(existsSync(join(root, entry![0]!)), entry![0]).toBe(true);
    }
    expect(
      mapped.some(([schema, glob]) => schema === './schemas/source.schema.json' && glob === 'content/sources/*.yaml'),
    ).toBe(true);
  });

  it("the issue form asks for exactly the schema's fields and the body sections", () => {
    const form = parse(read(issueFormPath)) as {
      name: string;
      body: { type: string; id?: string; attributes: { options?: string[] } }[];
    };
    expect(form.name).toBe('Foreslå et nytt eksempel');
    const ids = form.body.filter((b) => b.type !== 'markdown').map((b) => b.id);
    const fields = formFields(initiativeSchema(loadKnownIds(join(root, 'content'))));
    const expected = [
      ...walkFields(fields)
        .filter((f) => f.kind !== 'group' && !f.path.slice(0, -1).includes(0))
        .map((f) => issueFieldId(f.path)),
      ...bodySections.map((_, i) => `innhold-${i}`),
    ];
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const phase = form.body.find((b) => b.id === 'phase')!;
    expect(phase.attributes.options).toEqual(Object.values(phases).map((p) => p.label));
  });
});
