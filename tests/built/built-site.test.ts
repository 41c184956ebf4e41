import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages, distDir } from '../helpers/dist.ts';
import { ENTRY_PAGE_BUDGET, ENTRY_SCRIPT_BUDGET, pageWeight } from '../../scripts/lib/page-weight.ts';

const pages = builtPages();
const html = new Map(pages.map((p) => [p.path, readFileSync(p.file, 'utf8')]));

/** href/src values in a page, with the attribute they came from. */
function references(page: string): string[] {
  return [...page.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function ids(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

function resolves(target: string): boolean {
  const path = target.split(/[?#]/)[0]!;
  const file = join(distDir, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

describe('every built page', () => {
  it('builds the page types the site promises', () => {
    const paths = pages.map((p) => p.path);
    for (const path of [
      '/',
      '/eksempler/',
      '/eksempler/familieveiviseren/',
      '/eksempler/vurderingsteam/',
      '/eksempler/sheworks-atelier/',
      '/tema/',
      '/fase/',
      '/land/',
      '/om/',
      '/metode/',
      '/begreper/',
      '/tilgjengelighet/',
      '/nokler/',
      '/data/',
      '/sammenlign/',
      '/statistikk/',
      '/kart/',
      '/404.html',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it.each(pages.map((p) => p.path))('%s has lang="nb", a title, a meta description and a skip link', (path) => {
    const page = html.get(path)!;
    expect(page).toMatch(/<html lang="nb"/);
    expect(page).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(page).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(page).toContain('href="#innhold"');
    expect(page).toContain('id="innhold"');
  });

  it('has no broken internal links or fragment targets', () => {
    const broken: string[] = [];
    for (const [path, page] of html) {
      for (const ref of references(page)) {
        if (/^(https?:|mailto:|tel:)/.test(ref)) continue;
        if (ref.startsWith('#')) {
          if (ref.length > 1 && !ids(page).has(ref.slice(1))) broken.push(`${path} → ${ref}`);
          continue;
        }
        const absolute = new URL(ref, `http://x${path}`);
        if (!resolves(absolute.pathname)) broken.push(`${path} → ${ref}`);
        else if (absolute.hash && absolute.pathname.endsWith('/')) {
          const target = html.get(absolute.pathname);
          if (target && !ids(target).has(absolute.hash.slice(1))) broken.push(`${path} → ${ref} (mangler id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('requests nothing from another host (no third-party scripts, styles, fonts or images)', () => {
    const external: string[] = [];
    for (const [path, page] of html) {
      for (const m of page.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:\/\/[^"]+)"/g))
        external.push(`${path} → ${m[1]}`);
    }
    expect(external).toEqual([]);
  });

  it('has no inline scripts or styles (the CSP would block them)', () => {
    for (const [path, page] of html) {
      // JSON-LD is data, not script: browsers never run it and the CSP does not apply to it.
      expect(page, path).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>[^<]/);
      expect(page, path).not.toMatch(/<style[\s>]/);
      expect(page, path).not.toMatch(/\sstyle="/);
    }
  });

  it('passes html-validate with 0 errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes `<!DOCTYPE html>`, attribute order and boolean attributes its own way.
        'doctype-style': 'off',
        'attribute-boolean-style': 'off',
        'no-trailing-whitespace': 'off',
        'void-style': 'off',
        // The CSP forbids inline styles, so html-validate must too (recommended only warns).
        'no-inline-style': 'error',
      },
    });
    const failures: string[] = [];
    for (const [path, page] of html) {
      const report = await validator.validateString(page, path);
      for (const result of report.results)
        for (const m of result.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the entry page', () => {
  const page = html.get('/eksempler/vurderingsteam/') ?? '';

  it('shows the facts panel, body sections, key profile and the source with page', () => {
    expect(page).toContain('<h1');
    expect(page).toContain('Vurderingsteam');
    expect(page).toMatch(/Kontakt<\/dt>\s*<dd[^>]*>Bergen kommune/);
    expect(page).toContain('Regulær drift');
    expect(page).toMatch(/<h2[^>]*>Beskrivelse<\/h2>/);
    expect(page).toContain('De fire nøklene');
    for (const key of ['Formål', 'Ressurser', 'Makt', 'Relasjoner']) expect(page).toContain(key);
    expect(page).toMatch(/Velferd på nye måter – Spor av ny praksis.*S\. 24\./s);
  });

  it.each(pages.filter((p) => /^\/eksempler\/[^/]+\/$/.test(p.path)).map((p) => p.path))(
    '%s stays within 14 KB brotli (HTML + CSS) with no more than the small enhancement script',
    (path) => {
      const weight = pageWeight(distDir, `${path.slice(1)}index.html`);
      expect(weight.js).toBeLessThanOrEqual(ENTRY_SCRIPT_BUDGET);
      expect(weight.html + weight.css).toBeLessThanOrEqual(ENTRY_PAGE_BUDGET);
    },
  );

  it('ships no script but the two enhancement modules (copy button, compare toggle) and JSON-LD data', () => {
    for (const path of [
      '/eksempler/familieveiviseren/',
      '/eksempler/vurderingsteam/',
      '/eksempler/sheworks-atelier/',
    ]) {
      const scripts = [...html.get(path)!.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !tag.includes('application/ld+json'));
      expect(scripts.length, path).toBeLessThanOrEqual(2);
      for (const tag of scripts)
        expect(tag, path).toMatch(/type="module" src="\/_astro\/(?:EntryCitation|CompareToggle)\b/);
    }
  });

  it('links facts to the browse pages for phase, country and topic', () => {
    const family = html.get('/eksempler/familieveiviseren/')!;
    expect(family).toContain('href="/fase/drift/"');
    expect(family).toContain('href="/land/norge/"');
    expect(family).toContain('href="/tema/samordning/"');
    expect(family).toMatch(/Lørenskog \(Akershus\)/);
  });
});
