import type { Problem } from './problem.ts';

/**
 * MDX is a programming language; an entry must be plain Markdown so an editor's pull request can
 * never run code on the build machine or in a visitor's browser. Lines inside fenced code and
 * inline `code` are skipped: there the characters are text.
 */
export const allowedHtmlElements = ['abbr', 'sub', 'sup', 'br'] as const;

interface Rule {
  test: RegExp;
  message: string;
  hint: string;
}

const rules: Rule[] = [
  { test: /^\s*(import|export)\b/, message: 'import/export er ikke tillatt i et tiltak', hint: 'fjern linjen; skriv bare vanlig tekst og Markdown' },
  { test: /<\s*script\b/i, message: '<script> er ikke tillatt', hint: 'fjern skriptet; tiltak kan ikke kjøre kode' },
  { test: /<[^>]*\son[a-z]+\s*=/i, message: 'hendelsesattributter (on…=) er ikke tillatt', hint: 'fjern attributtet' },
  { test: /\b(javascript|vbscript|data):/i, message: 'lenker med javascript:, vbscript: eller data: er ikke tillatt', hint: 'bruk en vanlig https://-adresse' },
  { test: /[{}]/, message: 'klammeparenteser { } er kode i MDX', hint: 'fjern dem, eller skriv teksten uten klammeparenteser' },
];

export function checkMdxSafety(body: string, bodyLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const line = raw.replace(/`[^`]*`/g, '');
    const at = bodyLine + i;
    for (const rule of rules) {
      if (rule.test.test(line)) problems.push({ file, line: at, field: 'innhold', message: rule.message, hint: rule.hint });
    }
    for (const match of line.matchAll(/<\/?\s*([A-Za-z][\w.-]*)/g)) {
      const tag = match[1]!;
      if (tag === 'script') continue; // reported above
      if (!(allowedHtmlElements as readonly string[]).includes(tag)) {
        problems.push({
          file,
          line: at,
          field: 'innhold',
          message: `<${tag}> er ikke tillatt${/^[A-Z]/.test(tag) ? ' (komponenter kan ikke brukes i tiltak)' : ''}`,
          hint: `skriv Markdown i stedet; tillatte HTML-elementer er ${allowedHtmlElements.join(', ')}`,
        });
      }
    }
  });
  return problems;
}
