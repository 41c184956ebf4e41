import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { notFilled } from '../../src/lib/validation/zod-issues.ts';
import { copiedRuns, sourceRuns, wordsOf } from '../../src/lib/validation/copy-check.ts';
import { editFileUrl, fileHistoryUrl, maxSafeUrlLength, newFileUrl } from '../../src/lib/github-urls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function inCopy<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'editor-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run new', () => {
  it('writes a file that fails only on what the editor must fill, each problem saying it is not filled in yet', () => {
    inCopy((dir) => {
      const result = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), 'Nytt tiltak i Bærum'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const text = readFileSync(join(dir, 'content/initiatives/nytt-tiltak-i-baerum.mdx'), 'utf8');
      expect(text).toMatch(/^title: Nytt tiltak i Bærum/m);
      expect(text).toMatch(/^number: 30\b/m);
      // A list of rows shows the keys of one row as a comment: partners name organisation ids.
      expect(text).toMatch(/^partners: \[\] {2}# .*organisations\.yaml.*\n# {3}- \{ id: , role: \}$/m);
      const problems = validateContent(dir);
      expect(problems.every((p) => p.file === 'content/initiatives/nytt-tiltak-i-baerum.mdx')).toBe(true);
      const fields = problems.map((p) => p.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'kind',
          'summary',
          'country',
          'contact',
          'theme',
          'topics',
          'targetGroups',
          'keys.power.level',
          'keys.power.rationale',
          'source.id',
          'innhold',
        ]),
      );
      // Nothing the site could fill in is reported: name, number and date are there.
      for (const f of ['title', 'number', 'updated']) expect(fields).not.toContain(f);
      for (const p of problems) {
        if (p.field === 'innhold')
          expect(`${p.message} — ${p.hint}`).toBe(
            'avsnittet «Beskrivelse» er tomt — skriv med egne ord hva tiltaket er og hvordan det virker',
          );
        else expect(p.message).toBe(notFilled);
      }
    });
    // It runs `npm run new` as a child process: about 2 s idle, more than Vitest's 5 s on a busy machine.
  }, 30_000);
});

describe('npm run check:copy', () => {
  const source =
    'Kommunen har samlet alle koordinatorrollene i en enhet som spør familien hva et bedre liv er. Det er nytt.';
  it('finds ten or more identical consecutive words, ignoring case and punctuation, and nothing shorter', () => {
    const runs = sourceRuns(source);
    expect(
      copiedRuns('Her: kommunen HAR samlet alle koordinatorrollene i en enhet, som spør familien om noe.', runs),
    ).toEqual(['kommunen har samlet alle koordinatorrollene i en enhet som spør familien']);
    expect(copiedRuns('Kommunen har samlet alle koordinatorrollene i en enhet og spør.', runs)).toEqual([]);
    expect(wordsOf('---\ntitle: Navn\n---\nTekst')).toEqual(['navn', 'tekst']);
  });

  it('as a script: exit 1 with the copied run named, exit 0 when the entries are in their own words', () => {
    inCopy((dir) => {
      writeFileSync(join(dir, 'kilde.txt'), source);
      const run = () =>
        spawnSync(process.execPath, [join(root, 'scripts/check-copy.ts'), 'kilde.txt'], { cwd: dir, encoding: 'utf8' });
      const clean = run();
      expect(clean.status, clean.stdout).toBe(0);
      expect(clean.stdout).toContain('Ingen kopierte tekstbiter');
      const file = join(dir, 'content/initiatives/heltom.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${source}\n`);
      const copied = run();
      expect(copied.status).toBe(1);
      expect(copied.stdout).toContain('content/initiatives/heltom.mdx: 19 like ord etter hverandre');
    });
  });
});

describe('GitHub addresses from the one repository setting', () => {
  const repo = { owner: 'ks-pri', name: 'velferdsspor', branch: 'main' };
  it('builds the «new file», edit and history addresses', () => {
    const url = new URL(newFileUrl('content/initiatives', 'a-b.mdx', '---\ntitle: Å & ø\n---\n', repo));
    expect(url.pathname).toBe('/ks-pri/velferdsspor/new/main/content/initiatives');
    expect(url.searchParams.get('filename')).toBe('a-b.mdx');
    expect(url.searchParams.get('value')).toBe('---\ntitle: Å & ø\n---\n');
    expect(editFileUrl('content/initiatives/heltom.mdx', repo)).toBe(
      'https://github.com/ks-pri/velferdsspor/edit/main/content/initiatives/heltom.mdx',
    );
    expect(fileHistoryUrl('content/initiatives/heltom.mdx', repo)).toBe(
      'https://github.com/ks-pri/velferdsspor/commits/main/content/initiatives/heltom.mdx',
    );
  });

  it('a real entry fits in a safe address; a very long one does not (and the form offers a download)', () => {
    const entry = readFileSync(join(root, 'content/initiatives/familieveiviseren.mdx'), 'utf8');
    expect(newFileUrl('content/initiatives', 'f.mdx', entry, repo).length).toBeLessThan(maxSafeUrlLength);
    expect(newFileUrl('content/initiatives', 'f.mdx', entry.repeat(3), repo).length).toBeGreaterThan(maxSafeUrlLength);
  });
});
