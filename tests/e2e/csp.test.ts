import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { builtPageTypes } from '../../scripts/lib/page-types.ts';
import { resultSlugs, searchFor, settled, statusText } from './search-helpers.ts';

/**
 * The site under its own Content-Security-Policy, in Chromium. useSite() fails any test in which a
 * page reports a `securitypolicyviolation` or asks a host other than the local server; so each test
 * here that uses an enhancement proves it works under the CSP, and the two attacks at the end prove
 * the policy is really enforced (an attack the CSP did not see would leave no report).
 */
const site = useSite({ page: { viewport: { width: 1280, height: 900 } } });
let page: Page;
beforeAll(() => {
  page = site.page;
});

/** Custom elements on the page that never upgraded: their script did not run. */
const undefinedElements = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-') && !el.matches(':defined'))
      .map((el) => el.localName),
  );

/** The smallest WebAssembly module there is: the magic number and version 1. */
const compileWasm = (p: Page) =>
  p.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => 'compiled',
      (e: Error) => `refused: ${e.message}`,
    ),
  );

describe('every page type under the CSP', () => {
  it.each(builtPageTypes().map((t) => [t.name, t.path] as const))(
    '%s (%s) loads with every element upgraded, no violation and no other host',
    async (_name, path) => {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await undefinedElements(page)).toEqual([]);
    },
  );

  it('the enhancements ran: each custom element of the site is defined somewhere', async () => {
    const seen = new Set<string>();
    for (const { path } of builtPageTypes()) {
      await page.goto(`${site.url}${path}`);
      for (const tag of await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll(':defined')].map((el) => el.localName).filter((n) => n.startsWith('vs-')),
        ),
      ]))
        seen.add(tag);
    }
    expect([...seen].sort()).toEqual([
      'vs-catalogue',
      'vs-compare-toggle',
      'vs-compare-view',
      'vs-copy-text',
      'vs-entry-form',
      'vs-key-diagram',
      'vs-key-filter',
      'vs-key-matrix',
    ]);
  });
});

describe('what runs under the CSP', () => {
  it('search and filters: Pagefind (WebAssembly) finds, a ticked box narrows', async () => {
    await page.goto(`${site.url}/eksempler/`);
    await searchFor(page, 'eldre');
    const found = await resultSlugs(page);
    expect(found.length).toBeGreaterThan(2);
    await page.locator('details[data-facet="land"] > summary').click();
    await page.locator('#f-land-NO').check();
    await settled(page);
    const norwegian = await resultSlugs(page);
    expect(norwegian.length).toBeGreaterThan(0);
    expect(norwegian.length).toBeLessThan(found.length);
    expect(await statusText(page)).toContain('«eldre»');
  });

  it('the four-keys diagram: the filter dims markers and says how many pass', async () => {
    await page.goto(`${site.url}/nokler/`);
    await page.locator('.kd-filter-set').waitFor({ state: 'visible' });
    await page.getByRole('checkbox', { name: 'Regulær drift' }).check();
    await expect(page.locator('.kd-filter-status').textContent()).resolves.toMatch(
      /^\d+ av \d+ tiltak passer filteret\.$/,
    );
  });

  it('an entry page: the citation gets its copy button, and the compare toggle flips', async () => {
    await page.goto(`${site.url}/eksempler/vurderingsteam/`);
    await expect(page.locator('vs-copy-text button').textContent()).resolves.toBe('Kopier');
    const toggle = page.locator('vs-compare-toggle button');
    const before = await toggle.textContent();
    await toggle.click();
    await expect.poll(() => toggle.textContent()).not.toBe(before);
    expect([before, await toggle.textContent()].sort()).toEqual(['Fjern fra sammenligning', 'Legg til sammenligning']);
  });

  it('the form on /bidra/ checks an empty submit in the browser', async () => {
    await page.goto(`${site.url}/bidra/`);
    await page.locator('form[data-entry-form] button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-error-list] li') !== null &&
        !document.querySelector('form[data-entry-form]')?.hasAttribute('aria-busy'),
    );
    await expect(page.locator('#felt-title').getAttribute('aria-invalid')).resolves.toBe('true');
  });
});

describe('the CSP is enforced', () => {
  /** Takes the violations the page reported, so the fixture's afterEach does not count them as failures. */
  const takeViolations = () => site.cspViolations.splice(0);

  it('an injected inline script does not run and is reported', async () => {
    await page.goto(`${site.url}/eksempler/familieveiviseren/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => site.cspViolations.length).toBeGreaterThan(0);
    expect(takeViolations()).toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
  });

  it('an inline event handler does not run and is reported', async () => {
    await page.goto(`${site.url}/om/`);
    const ran = await page.evaluate(async () => {
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__clicked = true;');
      document.body.append(button);
      button.click();
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __clicked?: boolean }).__clicked ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => site.cspViolations.length).toBeGreaterThan(0);
    expect(takeViolations()).toEqual([expect.objectContaining({ directive: 'script-src-attr', blocked: 'inline' })]);
  });

  it('WebAssembly compiles on the catalogue only: another page refuses it', async () => {
    await page.goto(`${site.url}/eksempler/`);
    expect(await compileWasm(page)).toBe('compiled');
    await page.goto(`${site.url}/nokler/`);
    expect(await compileWasm(page)).toMatch(/^refused: /);
    await expect.poll(() => site.cspViolations.length).toBeGreaterThan(0);
    expect(takeViolations()).toEqual([expect.objectContaining({ directive: 'script-src', blocked: 'wasm-eval' })]);
  });
});
