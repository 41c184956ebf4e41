import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The valid fixture project: one entry (familieveiviseren) with its taxonomies and sources. */
export const validFixture = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
export const validEntryPath = 'content/initiatives/familieveiviseren.mdx';
export const validEntry = readFileSync(join(validFixture, validEntryPath), 'utf8');

/** A fresh copy of the valid fixture in a temporary folder; `dispose()` removes it. */
export function copyValidFixture(): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'velferdsspor-content-'));
  cpSync(join(validFixture, 'content'), join(root, 'content'), { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The valid entry with `body` after a short valid «Beskrivelse», and `frontmatter` lines added first. */
export function entryWith({ body = '', frontmatter = '' }: { body?: string; frontmatter?: string }): string {
  const [, yaml, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(validEntry)!;
  const text = body ? `## Beskrivelse\n\nEn kort og gyldig beskrivelse.\n\n${body}` : rest!;
  return `---\n${frontmatter}${yaml}\n---\n${text}`;
}

export function writeEntry(root: string, text: string | Buffer, path = validEntryPath): void {
  writeFileSync(join(root, path), text);
}
