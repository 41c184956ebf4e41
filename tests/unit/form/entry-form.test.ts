import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parse } from 'yaml';
import fc from 'fast-check';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { loadKnownIds } from '../../../src/lib/node/known-ids.ts';
import { controlName, formFields, walkFields, type Field } from '../../../src/lib/form/fields.ts';
import { collectEntry, formValuesOf } from '../../../src/lib/form/collect.ts';
import { entryMdx, entryFileName, sectionTextsOf } from '../../../src/lib/form/entry-mdx.ts';
import { checkEntry } from '../../../src/lib/form/check-entry.ts';
import { checkEntryBody } from '../../../src/lib/validation/entry-body-check.ts';
import { yamlDocument } from '../../../src/lib/form/yaml-emit.ts';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const known = loadKnownIds(join(root, 'content'));
const schema = initiativeSchema(known);
const fields = formFields(schema);
const leaves = walkFields(fields).filter((f) => f.kind !== 'group');

/** Every property path of the JSON Schema, found independently of the form code. */
function jsonPaths(node: Record<string, unknown>, path: (string | number)[] = []): string[] {
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (props)
    return Object.entries(props).flatMap(([key, child]) => [
      [...path, key].join('.'),
      ...jsonPaths(child, [...path, key]),
    ]);
  const items = node.items as Record<string, unknown> | undefined;
  if (node.type === 'array' && items?.properties) return jsonPaths(items, [...path, 0]);
  return [];
}

describe('the form is the schema', () => {
  const schemaPaths = jsonPaths(
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
  ).sort();
  const formPaths = walkFields(fields)
    .map((f) => controlName(f.path))
    .sort();

  it('has a control for every schema field, and no control without a field', () => {
    expect(formPaths).toEqual(schemaPaths);
  });

  it('labels every field in Norwegian and gives help from .describe()', () => {
    for (const f of walkFields(fields)) {
      expect(f.label, controlName(f.path)).toMatch(/^[\p{Lu}\d]/u);
      expect(f.help, controlName(f.path)).toBeTruthy();
    }
  });

  it('offers each vocabulary as choices, and each key with its rubric beside levels 1–3', () => {
    const byName = new Map(walkFields(fields).map((f) => [controlName(f.path), f]));
    const phase = byName.get('phase') as Extract<Field, { kind: 'choice' }>;
    expect(phase.options.map((o) => o.label)).toEqual([
      'Planleggingsfase',
      'Implementeringsfase',
      'Drift av pilot',
      'Regulær drift',
    ]);
    expect(byName.get('topics')!.kind).toBe('choices');
    const power = byName.get('keys.power.level') as Extract<Field, { kind: 'choice' }>;
    expect(power.options.map((o) => o.label)).toEqual(['0 Ikke berørt', '1 Justering', '2 Forskyvning', '3 Omlegging']);
    expect(power.rubric?.[2]).toContain('formelt delegert');
  });
});

// A complete form: Familieveiviseren's file read back into control values.
const original = readFileSync(join(root, 'content/initiatives/familieveiviseren.mdx'), 'utf8');
const parts = splitMdx(original);
const facts = parse(parts.frontmatter!) as Record<string, unknown>;
const sectionTexts = sectionTextsOf(parts.body);

function valuesFor(data: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const visit = (f: Field, value: unknown) => {
    if (value === undefined) return;
    const name = controlName(f.path);
    if (f.kind === 'group')
      for (const c of f.children) visit(c, (value as Record<string, unknown>)[String(c.path.at(-1))]);
    else if (f.kind === 'rows')
      (value as Record<string, unknown>[]).forEach((row, i) => {
        for (const c of f.item) {
          const path = [...c.path];
          path[f.path.length] = i;
          visit({ ...c, path } as Field, row[String(c.path.at(-1))]);
        }
      });
    else if (f.kind === 'choices') for (const v of value as string[]) out.push([name, v]);
    else if (f.kind === 'list') out.push([name, (value as unknown[]).join('; ')]);
    else out.push([name, String(value)]);
  };
  for (const f of fields) visit(f, data[String(f.path[0])]);
  return out;
}

function validateAsFile(mdx: string, name = 'familieveiviseren.mdx'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'form-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    rmSync(join(dir, 'content/initiatives/familieveiviseren.mdx'));
    writeFileSync(join(dir, 'content/initiatives', name), mdx);
    return validateContent(dir).map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const context = { known, sources: { 'velferd-pa-nye-mater': { paginated: true } } };

describe('the MDX the form writes', () => {
  const data = collectEntry(fields, formValuesOf(valuesFor(facts)));
  const mdx = entryMdx(data, sectionTexts);

  it('from a complete form: the same facts, and the validator finds nothing', () => {
    expect(checkEntry(data, sectionTexts, context, 'x.mdx', checkEntryBody)).toEqual([]);
    expect(parse(splitMdx(mdx).frontmatter!)).toEqual(facts);
    expect(entryFileName(data)).toBe('familieveiviseren.mdx');
    expect(sectionTextsOf(splitMdx(mdx).body)).toEqual(sectionTexts);
    expect(splitMdx(mdx).body.trim()).toBe(parts.body.trim());
    expect(validateAsFile(mdx)).toEqual([]);
  });

  const required = leaves.filter(
    (f) =>
      f.required &&
      f.path.every(
        (_, i) =>
          i === 0 ||
          walkFields(fields).find((g) => controlName(g.path) === f.path.slice(0, i).join('.'))?.required !== false,
      ) &&
      !f.path.includes(0),
  );
  it.each(required.map((f) => controlName(f.path)))(
    'without %s: the form and the validator both name that field',
    (name) => {
      const values = valuesFor(facts).filter(([n]) => n !== name);
      const partial = collectEntry(fields, formValuesOf(values));
      const inForm = checkEntry(
        partial,
        sectionTexts,
        context,
        'content/initiatives/familieveiviseren.mdx',
        checkEntryBody,
      ).map((p) => p.field);
      expect(inForm.some((f) => f === name || f.startsWith(`${name}.`))).toBe(true);
      const inValidator = validateAsFile(entryMdx(partial, sectionTexts));
      expect(inValidator.some((line) => line.includes(`: ${name}: `) || line.includes(`: ${name}.`))).toBe(true);
    },
  );

  it('without the description section: «Beskrivelse» is named in the form and by the validator', () => {
    const noText = ['', ...sectionTexts.slice(1)];
    expect(checkEntry(data, noText, context, 'x.mdx', checkEntryBody).map((p) => p.message)).toContain(
      'avsnittet «## Beskrivelse» mangler',
    );
    expect(validateAsFile(entryMdx(data, noText)).join('\n')).toContain('avsnittet «## Beskrivelse» mangler');
  });

  it('ties a body problem to its section, and a results figure missing from the text to its row', () => {
    const braces = [...sectionTexts];
    braces[3] = 'Tallet er {42}.';
    const results = [
      ...((data.results as object[] | undefined) ?? []),
      { value: '99 %', label: 'et tall teksten ikke nevner' },
    ];
    const problems = checkEntry({ ...data, results }, braces, context, 'x.mdx', checkEntryBody);
    expect(problems.find((p) => p.message.includes('klammeparenteser'))?.section).toBe(3);
    expect(problems.find((p) => p.field === `results.${results.length - 1}.value`)?.message).toBe(
      '«99 %» står ikke i teksten',
    );
  });
});

describe('the YAML writer', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      'Ø',
      ' ',
      ':',
      '#',
      '"',
      "'",
      '\\',
      '[',
      ']',
      '{',
      '}',
      ',',
      '-',
      '1',
      '0',
      '%',
      '«',
      '\n',
      'n',
      'o',
      'y',
      'e',
      's',
      'N',
      'O',
    ),
  });
  const value = fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 3 }));
  it('writes what the yaml parser reads back as the same data', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('title', 'summary', 'topics', 'number'), value, { minKeys: 1 }),
        fc.array(fc.record({ name: text, sector: text }), { maxLength: 3 }),
        (data, rows) => {
          const doc = { ...data, partners: rows, keys: { power: { level: 2, rationale: 'x: y' } } };
          expect(parse(yamlDocument(doc), { schema: 'core' })).toEqual(doc);
        },
      ),
      { numRuns: 300 },
    );
  });
});
