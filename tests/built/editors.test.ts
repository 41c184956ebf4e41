import { formatDateNb } from '../../src/lib/format/nb.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { assertBuilt, distDir, readPage } from '../helpers/dist.ts';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { loadKnownIds } from '../../src/lib/node/known-ids.ts';
import { controlName, formFields, walkFields } from '../../src/lib/form/fields.ts';
import { bodySections } from '../../src/lib/validation/body-sections.ts';
import { contentSecurityPolicy, repository } from '../../src/lib/site.ts';

assertBuilt();
const page = readPage('/bidra/');
const root = new URL('../..', import.meta.url).pathname;
const fields = formFields(initiativeSchema(loadKnownIds(join(root, 'content'))));

const formStart = page.search(/<form[^>]*data-entry-form/);
const form = page.slice(formStart, page.indexOf('</form>', formStart));
const names = [...new Set([...form.matchAll(/\bname="([^"]+)"/g)].map((m) => m[1]!))];

describe('/bidra/ as built', () => {
  it('has a control for every leaf field of the schema (rows by their first row) and no other', () => {
    const expected = walkFields(fields)
      .filter((f) => f.kind !== 'group' && f.kind !== 'rows')
      .map((f) => controlName(f.path));
    const bodyNames = bodySections.map((_, i) => `innhold.${i}`);
    const formNames = names;
    for (const name of expected) expect(formNames, name).toContain(name);
    for (const name of formNames)
      expect(
        [...expected, ...bodyNames].some((e) => e === name || e.replace(/\.0\./, '.') === name.replace(/\.\d+\./, '.')),
        name,
      ).toBe(true);
  });

  it('loads one script, as an external file (the CSP forbids inline scripts), within 60 KB brotli', () => {
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const scripts = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(1);
    const bytes = scripts.reduce((sum, src) => sum + brotliSize(readFileSync(join(distDir, src))), 0);
    expect(bytes).toBeLessThan(60 * 1024);
  });

  it('without JavaScript, says so and explains the web editor and git routes', () => {
    expect(page).toMatch(/<form[^>]*\bhidden\b/);
    expect(page).toContain('Skjemaet trenger JavaScript');
    expect(page).toContain('2. Rett et eksempel i GitHubs nettleser-redigering');
    expect(page).toContain('3. Med git på egen maskin');
    expect(page).toContain('npm run new');
    expect(page).toContain(
      `https://github.com/${repository.owner}/${repository.name}/issues/new?template=nytt-eksempel.yml`,
    );
  });
});

describe('entry pages', () => {
  it("link to GitHub's editor and history for their own file, and the page says when the facts were confirmed", () => {
    const html = readPage('/eksempler/familieveiviseren/');
    const file = 'content/initiatives/familieveiviseren.mdx';
    expect(html).toContain(
      `href="https://github.com/${repository.owner}/${repository.name}/edit/${repository.branch}/${file}"`,
    );
    expect(html).toContain(
      `href="https://github.com/${repository.owner}/${repository.name}/commits/${repository.branch}/${file}"`,
    );
    expect(html).toMatch(/Foreslå endring/);
    expect(html).toMatch(/Se endringshistorikk/);
    const updated = /^updated: (\S+)$/m.exec(readFileSync(join(root, file), 'utf8'))![1]!;
    // The date is in «Fakta» (the edit links do not repeat it).
    expect(html).toMatch(
      new RegExp(`Sist bekreftet</dt><dd><time datetime="${updated}"[^>]*>${formatDateNb(updated)}</time>`),
    );
  });
});

describe('dist/_headers', () => {
  it('sends the page CSP (plus frame-ancestors) and the other security headers for every path', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers.startsWith('/*\n')).toBe(true);
    expect(headers).toContain(
      `  Content-Security-Policy: ${contentSecurityPolicy({ search: true })}; frame-ancestors 'none'\n`,
    );
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
    expect(headers).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  });
});
