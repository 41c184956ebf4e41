/**
 * The CSS selectors of `excludeSelectors`, matched against the elements open while a page is read
 * (page-reading.ts). A streaming reader has no tree for a selector library to walk, only the chain
 * of open elements, and the selectors need only tags, classes, descendant and child combinators.
 * Anything else is refused when the selector is read, so a new selector that this cannot match
 * stops the build instead of silently excluding nothing.
 */

/** An open element: its tag name and classes. */
export interface OpenElement {
  tag: string;
  classes: readonly string[];
}

interface Compound {
  tag?: string;
  classes: string[];
}

/** Compounds from right to left, each with the combinator that joins it to the next one left. */
export type Selector = { compound: Compound; combinator: ' ' | '>' }[];

/** Reads one selector such as «.facts dt» or «.key-profile > p». */
export function parseSelector(text: string): Selector {
  const tokens = text
    .trim()
    .replace(/\s*>\s*/g, ' > ')
    .split(/\s+/);
  const out: Selector = [];
  let combinator: ' ' | '>' = ' ';
  for (const token of tokens.reverse()) {
    if (token === '>') {
      combinator = '>';
      continue;
    }
    const match = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)$/i.exec(token);
    if (!match || token === '')
      throw new Error(`Søkeindeksen: velgeren «${text}» kan ikke leses (open-element-selector.ts)`);
    out.push({
      compound: { ...(match[1] && { tag: match[1].toLowerCase() }), classes: match[2]!.split('.').filter(Boolean) },
      combinator: ' ',
    });
    if (out.length > 1) out[out.length - 2]!.combinator = combinator;
    combinator = ' ';
  }
  if (out.length === 0 || combinator === '>')
    throw new Error(`Søkeindeksen: velgeren «${text}» kan ikke leses (open-element-selector.ts)`);
  return out;
}

const matchesCompound = (compound: Compound, element: OpenElement) =>
  (compound.tag === undefined || compound.tag === element.tag) &&
  compound.classes.every((name) => element.classes.includes(name));

function matchFrom(selector: Selector, part: number, open: readonly OpenElement[], at: number): boolean {
  const { compound, combinator } = selector[part]!;
  if (!matchesCompound(compound, open[at]!)) return false;
  if (part === selector.length - 1) return true;
  if (combinator === '>') return at > 0 && matchFrom(selector, part + 1, open, at - 1);
  for (let i = at - 1; i >= 0; i -= 1) if (matchFrom(selector, part + 1, open, i)) return true;
  return false;
}

/** Whether the last of `open` (the chain of open elements, outermost first) matches `selector`. */
export function matchesSelector(selector: Selector, open: readonly OpenElement[]): boolean {
  return open.length > 0 && matchFrom(selector, 0, open, open.length - 1);
}
