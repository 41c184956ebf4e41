import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../validation/problem.ts';

/**
 * The content folder is the boundary between what strangers write and what the build trusts. Only
 * regular files with the expected name and extension are read; a symlink anywhere under content/ is
 * refused before it is opened, so no message can ever echo another file's contents (a symlinked
 * entry pointing at a credentials file must not reach the log).
 */

/** The largest file we read. Real entries are about 6 KB; a larger file is a mistake or an attack. */
export const maxFileBytes = 256 * 1024;

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, with forward slashes: what problems name. */
  file: string;
  /** File name without its extension: the slug or id. */
  stem: string;
  /** The text, with a leading BOM removed and CRLF/CR line ends turned into LF. */
  text: string;
}

export interface ContentFolder {
  /** Folder below content/, e.g. `initiatives`. */
  folder: string;
  /** The one extension its files must have. */
  extension: '.mdx' | '.yaml';
}

const namePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const rel = (root: string, path: string) => relative(root, path).split('\\').join('/');

function kindOf(entry: Dirent): string {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

/** Every symlink under content/, found without following any. */
export function findSymlinks(root: string, problems: Problem[]): void {
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        problems.push({
          file: rel(root, path),
          line: 1,
          field: 'fil',
          message: 'symbolske lenker er ikke tillatt i content/',
          hint: 'erstatt lenken med en vanlig fil',
        });
      } else if (entry.isDirectory()) walk(path);
    }
  };
  const content = join(root, 'content');
  try {
    if (lstatSync(content).isSymbolicLink()) {
      problems.push({
        file: 'content',
        line: 1,
        field: 'fil',
        message: 'content/ kan ikke være en symbolsk lenke',
        hint: 'gjør content/ til en vanlig mappe',
      });
      return;
    }
  } catch {
    return;
  }
  walk(content);
}

/** Reads one regular file without following a symlink, refusing oversize, empty and non-UTF-8 files. */
function readRegular(root: string, path: string, problems: Problem[]): string | undefined {
  const file = rel(root, path);
  let fd: number;
  try {
    // O_NOFOLLOW: a file swapped for a symlink after the directory listing is still not followed.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    problems.push({
      file,
      line: 1,
      field: 'fil',
      message: 'filen kan ikke leses (symbolsk lenke eller manglende tilgang)',
      hint: 'bruk en vanlig fil',
    });
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      problems.push({
        file,
        line: 1,
        field: 'fil',
        message: 'dette er ikke en vanlig fil',
        hint: 'bruk en vanlig tekstfil',
      });
      return undefined;
    }
    if (stat.size === 0) {
      problems.push({
        file,
        line: 1,
        field: 'fil',
        message: 'filen er tom',
        hint: 'fyll inn innholdet, eller slett filen',
      });
      return undefined;
    }
    if (stat.size > maxFileBytes) {
      problems.push({
        file,
        line: 1,
        field: 'fil',
        message: `filen er ${Math.ceil(stat.size / 1024)} KB; grensen er ${maxFileBytes / 1024} KB`,
        hint: 'kort ned teksten; et eksempel er sjelden over 10 KB',
      });
      return undefined;
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    let text: string;
    try {
      text = utf8.decode(buffer.subarray(0, read));
    } catch {
      problems.push({
        file,
        line: 1,
        field: 'fil',
        message: 'filen er ikke lagret som UTF-8',
        hint: 'lagre filen på nytt med tegnkoding UTF-8',
      });
      return undefined;
    }
    if (text.includes('\u0000')) {
      problems.push({
        file,
        line: 1,
        field: 'fil',
        message: 'filen inneholder NUL-tegn',
        hint: 'lagre filen på nytt som ren tekst',
      });
      return undefined;
    }
    // Editors' tools add a BOM or CRLF line ends; both are harmless, so they are normalised, not refused.
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * The files of one content folder, in name order, and one problem for everything else in it:
 * symlinks, subfolders, dotfiles, other extensions and names outside [a-z0-9-].
 */
export function readContentFolder(
  root: string,
  { folder, extension }: ContentFolder,
  problems: Problem[],
): ContentFile[] {
  const dir = join(root, 'content', folder);
  let entries: Dirent[];
  try {
    if (lstatSync(dir).isSymbolicLink()) {
      problems.push({
        file: rel(root, dir),
        line: 1,
        field: 'fil',
        message: 'mappen kan ikke være en symbolsk lenke',
        hint: 'gjør den til en vanlig mappe',
      });
      return [];
    }
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: ContentFile[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    const file = rel(root, path);
    const problem = (message: string, hint: string) => problems.push({ file, line: 1, field: 'fil', message, hint });
    const kind = kindOf(entry);
    if (kind === 'symlink') {
      problem('symbolske lenker er ikke tillatt i content/', 'erstatt lenken med en vanlig fil');
      continue;
    }
    if (kind === 'directory') {
      problem('undermapper er ikke tillatt her', `legg filene direkte i content/${folder}/`);
      continue;
    }
    if (kind !== 'file') {
      problem('dette er ikke en vanlig fil', 'bruk en vanlig tekstfil');
      continue;
    }
    if (entry.name.startsWith('.')) {
      problem(
        'skjulte filer (navn som starter med «.») er ikke tillatt her',
        'slett filen, eller gi den et vanlig navn',
      );
      continue;
    }
    if (!entry.name.endsWith(extension)) {
      const stem = entry.name.replace(/\.[^.]*$/, '');
      problem(`filer i content/${folder}/ skal ende på ${extension}`, `gi filen navnet ${stem}${extension}`);
      continue;
    }
    const stem = entry.name.slice(0, -extension.length);
    if (!namePattern.test(stem)) {
      // A bad name is a form error, not a danger: report it and still check the file's content.
      problems.push({
        file,
        line: 1,
        field: 'filnavn',
        message: `«${stem}» er ikke et gyldig filnavn`,
        hint: 'filnavnet blir adressen: bruk små bokstaver a–z, tall og bindestrek (æ→ae, ø→o, å→a)',
      });
    }
    const text = readRegular(root, path, problems);
    if (text !== undefined) files.push({ path, file, stem, text });
  }
  return files;
}
