import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { fastYamlData } from './yaml-fast.ts';

/** Longest single value we accept; the schema's own limits are far lower for every real field. */
export const maxScalarLength = 8000;
/** Deeper than any real frontmatter; keeps a «[[[[…» file from exhausting the stack in toJS. */
export const maxYamlDepth = 12;

/**
 * A YAML text parsed with positions, so problems can point at the line an editor must change.
 * `lineOffset` shifts lines when the YAML is the frontmatter inside an .mdx file.
 */
export interface YamlSource {
  doc: Document;
  data: unknown;
  /** Syntax errors and refused YAML features, already located. */
  errors: { line: number; column: number; message: string }[];
  /** The line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of the key `key` inside the map at `path` (for unknown keys). */
  lineOfKey(path: readonly PropertyKey[], key: string): number;
}

/**
 * Most frontmatter is read by the fast path (`yaml-fast.ts`, same data); the document model with
 * positions is then built only if a problem needs a line, which for a valid entry is never.
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const data = fastYamlData(text);
  if (data === undefined) return parseYamlDocument(text, lineOffset);
  let located: YamlSource | undefined;
  const full = () => (located ??= parseYamlDocument(text, lineOffset));
  return {
    get doc() {
      return full().doc;
    },
    data,
    errors: [],
    lineOf: (path) => full().lineOf(path),
    lineOfKey: (path, key) => full().lineOfKey(path, key),
  };
}

/** The text parsed by `yaml` into a document with positions; refused features become errors. */
export function parseYamlDocument(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  // The core schema keeps `2024-04-01` a string, as the editor wrote it; uniqueKeys catches duplicates.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const line = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const firstLine = lineOffset + 1;

  const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))?.value;
      else if (isSeq(node)) node = node.items[Number(key)];
      else return undefined;
      if (node === undefined || node === null) return undefined;
    }
    return node as Node;
  };

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(path.slice(0, depth));
      if (node?.range) {
        if (depth < path.length && isMap(node)) {
          // The value is missing: point at the key when it is there with an empty value, else the map.
          const pair = node.items.find(
            (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[depth]),
          );
          if (pair && isScalar(pair.key) && pair.key.range) return line(pair.key.range[0]);
        }
        return line(node.range[0]);
      }
    }
    return firstLine;
  };

  const lineOfKey = (path: readonly PropertyKey[], key: string): number => {
    const node = nodeAt(path);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return line(pair.key.range[0]);
    }
    return lineOf(path);
  };

  const column = (offset: number) => lineCounter.linePos(offset).col;
  const errors = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message.split('\n')[0]! })),
    ...unsafeNodes(doc),
  ].map((e) => ({
    line: line(e.offset),
    column: column(e.offset),
    message: e.message,
  }));
  // toJS only runs on a document with no aliases, tags or deep nesting, so no «billion laughs».
  return { doc, data: errors.length ? undefined : doc.toJS(), errors, lineOf, lineOfKey };
}

/**
 * YAML features entries never need and that make a file mean more than it shows: anchors and
 * aliases (one alias can expand to gigabytes), explicit and custom tags, deep nesting, huge values.
 */
function unsafeNodes(doc: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const offset = (node: { range?: [number, number, number] | null }) => node.range?.[0] ?? 0;
  visit(doc, {
    Alias(_, node) {
      found.push({ offset: offset(node), message: `alias «*${node.source}» er ikke tillatt; skriv verdien ut` });
    },
    Node(_, node, path) {
      if (node.anchor)
        found.push({ offset: offset(node), message: `anker «&${node.anchor}» er ikke tillatt; skriv verdien ut` });
      if (node.tag)
        found.push({ offset: offset(node), message: `taggen «${node.tag}» er ikke tillatt; skriv verdien uten tagg` });
      if (isScalar(node) && typeof node.value === 'string' && node.value.length > maxScalarLength) {
        found.push({
          offset: offset(node),
          message: `verdien er ${node.value.length} tegn; grensen er ${maxScalarLength}`,
        });
      }
      // The path also holds pairs and the document, so it is never shorter than the nesting: only a
      // long path needs counting (counting every node's path was a tenth of checking an entry).
      if (path.length > maxYamlDepth && path.filter((p) => isMap(p) || isSeq(p)).length > maxYamlDepth) {
        found.push({ offset: offset(node), message: `nestet dypere enn ${maxYamlDepth} nivåer` });
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
