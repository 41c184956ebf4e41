/**
 * YAML for an entry's frontmatter, in the style the entries are written in: lists of words inline
 * (`topics: [samordning, forebygging]`), list items that are objects as inline maps, groups as
 * indented blocks. Written here rather than with the `yaml` package's stringify because that would
 * put some 30 KB more on /bidra/ for a shape this small and fixed; tests parse every output back
 * with `yaml` and compare.
 */
type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

const reserved = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A string YAML reads back as the same string without quotes. */
function isPlain(s: string): boolean {
  return (
    s.length > 0 &&
    s === s.trim() &&
    /^[\p{L}«(]/u.test(s) &&
    !/[:#{}[\],&*!|>'"%@`\\\n\t]/.test(s) &&
    !reserved.test(s)
  );
}

export function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  // A JSON string is a valid YAML double-quoted scalar with the same escapes.
  // ISO dates stay bare, as in the entries; the validator and Astro both read them as dates.
  return isPlain(value) || /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

function isObject(v: Value): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function inline(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isObject(value)) {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined);
    return pairs.length ? `{ ${pairs.map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }` : '{}';
  }
  return scalar(value ?? null);
}

function block(data: { [key: string]: Value }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (isObject(value) && Object.keys(value).length > 0) {
      lines.push(`${indent}${key}:`, ...block(value, `${indent}  `));
    } else if (Array.isArray(value) && value.some((v) => isObject(v) || Array.isArray(v))) {
      lines.push(`${indent}${key}:`, ...value.map((v) => `${indent}  - ${inline(v)}`));
    } else {
      lines.push(`${indent}${key}: ${inline(value)}`);
    }
  }
  return lines;
}

export function yamlDocument(data: Record<string, unknown>): string {
  return `${block(data as { [key: string]: Value }, '').join('\n')}\n`;
}
