import jsyaml from 'js-yaml';
import { Schema, isScalar, type ScalarTag } from 'yaml';

/**
 * The data of a frontmatter text, read by js-yaml when the text holds nothing on which js-yaml and
 * the `yaml` package (our reference, which also gives every node its line) could disagree; else
 * `undefined`, and the caller parses it with `yaml` as before. The 1,000 generated entries of the
 * build benchmark all take this path: 0.21–0.26 s against 1.04–1.11 s for `yaml`'s document model
 * (three runs each), which was the largest package in a CPU profile of the build (3.8 s).
 *
 * Where the two differ, measured on a differential test (tests/unit/validation/yaml-fast.test.ts):
 * - plain scalars: js-yaml's core schema reads `0b101`, `+0x1` and `-0o7` as numbers and not
 *   `+.5e2`; so js-yaml here resolves plain scalars with `yaml`'s own core-schema tags, below;
 * - keys: js-yaml makes a null key (`~:`) the key "null" where `yaml` makes it "", and takes
 *   implicit keys over 1,024 characters; such keys go to `yaml`;
 * - features the text gate sends to `yaml`: anchors, aliases and tags (which `yaml-source.ts`
 *   refuses with a located message), collection keys and explicit `?` keys (js-yaml turns them
 *   into strings), block scalars, directives, document markers, tabs, control characters and
 *   `__proto__` (js-yaml makes it an own key).
 * Anything js-yaml throws on (syntax, duplicate keys) also goes to `yaml`, which reports it.
 */
export function fastYamlData(text: string): unknown {
  if (mayDiffer.test(text) || !flowOnOneLine(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: coreSchema });
  } catch {
    return undefined;
  }
  // Long values and deep nesting get yaml-source.ts's own located messages.
  return withinLimits(data, 0) ? data : undefined;
}

/** Values longer than this, or nesting deeper, are left for `yaml-source.ts` to measure and report. */
const longestFastValue = 4000;
const deepestFastNesting = 8;
/** `yaml` refuses an implicit key over 1,024 characters, js-yaml does not. */
const longestFastKey = 1000;

/**
 * One alternation, so the gate is one pass over the text:
 * `&*!` anchors, aliases, tags · `?` as an explicit-key indicator · `]` or `}` followed by `:`
 * (a collection as key) · a line ending in a block-scalar header · `%` directives and `---`/`...`
 * markers at a line start · `"'`, `]` or `}` followed by `#` · a sequence item opening another
 * (`- -`, which js-yaml nests wrongly when the inner item is empty) · a line that is only `-`
 * (js-yaml then takes the next item at any indentation) · tabs, control characters, BOM and
 * Unicode line separators · `__proto__`.
 */
const mayDiffer =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[&*!\t\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]|(?:^|[\s,[{])\?(?:\s|$)|[\]}]\s*:|[|>][-+0-9]{0,2}[ \t]*(?:#.*)?$|^(?:%|---|\.\.\.)|["'\]}]#|-[ ]+-(?:\s|$)|^[ ]*-[ ]*(?:#.*)?$|__proto__/m;

/**
 * Whether every flow collection opens and closes on one line: `yaml` requires a multi-line one to
 * be indented past its parent and js-yaml does not. Quoted text is taken out first, and a quote
 * left open at the end of a line (a quoted value over several lines) also sends the text to `yaml`.
 */
function flowOnOneLine(text: string): boolean {
  for (const line of text.split('\n')) {
    const rest = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
    if (/["']/.test(rest)) return false;
    let open = 0;
    for (const char of rest) {
      if (char === '[' || char === '{') open++;
      else if (char === ']' || char === '}') open--;
    }
    if (open !== 0) return false;
  }
  return true;
}

/** js-yaml's failsafe schema (strings, sequences, maps) with `yaml`'s core scalar types on top. */
const coreSchema = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: implicitCoreTypes() });

/**
 * js-yaml keeps one implicit type per tag name, so `yaml`'s three int forms (and three float forms)
 * become one type each that tries them in `yaml`'s order: the first test that matches resolves.
 */
function implicitCoreTypes(): jsyaml.Type[] {
  const byTag = new Map<string, ScalarTag[]>();
  for (const tag of new Schema({ schema: 'core' }).tags) {
    if (!('test' in tag) || !tag.test || !tag.tag) continue;
    byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag as ScalarTag]);
  }
  return [...byTag].map(([name, forms]) => {
    const formOf = (text: string) => forms.find((form) => form.test!.test(text));
    return new jsyaml.Type(name, {
      kind: 'scalar',
      resolve: (text: unknown) => typeof text === 'string' && formOf(text) !== undefined,
      construct: (text: string) => {
        const value = formOf(text)!.resolve(text, () => {}, { intAsBigInt: false });
        return isScalar(value) ? value.value : value;
      },
    });
  });
}

function withinLimits(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.length <= longestFastValue;
  if (value === null || typeof value !== 'object') return true;
  if (depth >= deepestFastNesting) return false;
  if (Array.isArray(value)) return value.every((item) => withinLimits(item, depth + 1));
  for (const [key, item] of Object.entries(value))
    if (key.length > longestFastKey || key === 'null' || !withinLimits(item, depth + 1)) return false;
  return true;
}
