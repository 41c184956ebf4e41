/**
 * Splits an .mdx entry into its YAML frontmatter and Markdown body, remembering on which line each
 * starts so problems in either can be reported against the file's own line numbers.
 */
export interface MdxParts {
  frontmatter: string | undefined;
  /** Line number (1-based) of the first frontmatter line, i.e. the line after the opening `---`. */
  frontmatterLine: number;
  body: string;
  /** Line number (1-based) of the first body line. */
  bodyLine: number;
}

export function splitMdx(text: string): MdxParts {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: normalised, bodyLine: 1 };
  const frontmatter = match[1]!;
  const linesBefore = match[0].split('\n').length - 1;
  return { frontmatter, frontmatterLine: 2, body: normalised.slice(match[0].length), bodyLine: linesBefore + 1 };
}
