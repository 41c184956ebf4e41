import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/dist.ts';

/** Every entry prints as an A4 brief of at most two pages, with only the page's own content. */
const MAX_PAGES = 2;
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = site.page;
});

/** Pages in a PDF from Chromium: one «/Type /Page» object each («/Pages» is the tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** What print media shows and hides, measured in the page rather than guessed from the CSS. */
async function printView(p: Page) {
  await p.emulateMedia({ media: 'print' });
  const view = await p.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].some(
        (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null,
      );
    return {
      chrome: ['.site-header', '.site-footer', 'nav.ds-breadcrumbs', 'form[role="search"]', '.ds-skip-link'].filter(
        shown,
      ),
      note: document.querySelector('.entry-print-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      blueLinks: [...document.querySelectorAll('main a')].filter((a) =>
        getComputedStyle(a).textDecorationLine.includes('underline'),
      ).length,
    };
  });
  return view;
}

describe('printing', () => {
  const entries = builtPages()
    .map((p) => p.path)
    .filter((path) => /^\/eksempler\/[^/]+\/$/.test(path) && !path.startsWith('/eksempler/side/'));

  it('has the entries to print', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it(`prints every entry on at most ${MAX_PAGES} A4 pages, without header, navigation, search, breadcrumbs or footer`, async () => {
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    for (const path of entries) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${site.url}${path}`);
      const view = await printView(page);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const n = pageCount(pdf);
      counts[path] = n;
      if (n < 1 || n > MAX_PAGES) failures.push(`${path}: ${n} pages`);
      if (view.chrome.length) failures.push(`${path}: prints ${view.chrome.join(', ')}`);
      if (!view.note.includes(path))
        failures.push(`${path}: the printed page does not give its address («${view.note}»)`);
      if (view.blueLinks) failures.push(`${path}: ${view.blueLinks} underlined links on paper`);
      if (path === '/eksempler/pa-dorterskelen/') {
        mkdirSync(resultsDir, { recursive: true });
        writeFileSync(`${resultsDir}print-entry.pdf`, pdf);
      }
    }
    expect(failures, `${failures.join('\n')}\n${JSON.stringify(counts)}`).toEqual([]);
  });

  it('prints a filtered list as its results only', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${site.url}/eksempler/?land=DK`);
    await page.locator('[data-status]').filter({ hasText: /^6 / }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const view = await page.evaluate(() => ({
      form: getComputedStyle(document.querySelector('.catalogue-form')!).display,
      cards: [...document.querySelectorAll('[data-results] > li')].filter(
        (li) => (li as HTMLElement).offsetParent !== null,
      ).length,
    }));
    expect(view).toEqual({ form: 'none', cards: 6 });
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  });
});
