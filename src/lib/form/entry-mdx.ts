import { bodySections } from '../validation/body-sections.ts';
import { slugify } from '../format/slug.ts';
import { yamlDocument } from './yaml-emit.ts';

/** One text per body heading, in the order of `bodySections`; empty ones are left out of the file. */
export type SectionTexts = readonly string[];

export interface BodyLayout {
  body: string;
  /** For each section written, its index in `bodySections` and the body line its heading is on. */
  lines: { section: number; line: number }[];
}

export function entryBody(sections: SectionTexts): BodyLayout {
  const parts: string[] = [];
  const lines: { section: number; line: number }[] = [];
  let line = 1;
  bodySections.forEach((heading, i) => {
    const text = (sections[i] ?? '').replace(/\r\n?/g, '\n').trim();
    if (!text) return;
    const part = `## ${heading}\n\n${text}\n`;
    lines.push({ section: i, line });
    parts.push(part);
    line += part.split('\n').length;
  });
  return { body: parts.join('\n'), lines };
}

/** The whole .mdx file: frontmatter in the schema's field order, then the body. */
export function entryMdx(data: Record<string, unknown>, sections: SectionTexts): string {
  const { body } = entryBody(sections);
  return `---\n${yamlDocument(data)}---\n\n${body}`;
}

/** content/initiatives/<slug>.mdx: the file name is the page's address. */
export function entryFileName(data: Record<string, unknown>): string {
  const slug = typeof data.title === 'string' ? slugify(data.title) : '';
  return `${slug || 'nytt-eksempel'}.mdx`;
}

/**
 * The texts under each of `bodySections` in a body the form wrote (the inverse of entryBody), so an
 * entry can be read back into the form's sections. Lines, not a parse: the form's own output has
 * its headings on lines of their own.
 */
export function sectionTextsOf(body: string): string[] {
  const texts = bodySections.map(() => '');
  let current = -1;
  const lines: string[][] = bodySections.map(() => []);
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line)?.[1];
    if (heading !== undefined) current = (bodySections as readonly string[]).indexOf(heading);
    else if (current >= 0) lines[current]!.push(line);
  }
  return texts.map((_, i) => lines[i]!.join('\n').trim());
}
