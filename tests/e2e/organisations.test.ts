import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/dist.ts';
import { resultSlugs, settled } from './search-helpers.ts';

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
});

const paths = ['/aktorer/', '/aktorer/nav/', '/aktorer/nav-oslo/'];

describe('the organisation pages in Chromium', () => {
  for (const width of [1280, 320]) {
    for (const path of paths) {
      it(`${path} at ${width} px: axe finds 0 violations and the page does not scroll sideways`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${site.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      });
    }
  }

  it('/aktorer/ has one h1 and its sections as h2, in order', async () => {
    await page.goto(`${site.url}/aktorer/`);
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3')].map((h) => h.tagName),
    );
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
    expect(headings.slice(1).every((h) => h === 'H2')).toBe(true);
  });

  it('the network drawing is visible and inside the page width on a phone', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${site.url}/aktorer/`);
    const box = await page.locator('svg.network').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });
});

describe('the «Samarbeidspartner» filter in Chromium', () => {
  const entries = () =>
    (
      JSON.parse(readFileSync(join(distDir, 'data/velferdsspor.json'), 'utf8')) as {
        entries: { id: string; partners: { id: string }[] }[];
      }
    ).entries;
  const withPartner = (...ids: string[]) =>
    entries()
      .filter((e) => e.partners.some((p) => ids.includes(p.id)))
      .map((e) => e.id)
      .sort();

  it('narrows the catalogue to exactly the entries with that organisation, from the URL', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}/eksempler/?partner=trondheim-kommune`);
    await settled(page);
    expect((await resultSlugs(page, false)).sort()).toEqual(withPartner('trondheim-kommune'));
    expect(await page.locator('input[data-param="partner"][value="trondheim-kommune"]').isChecked()).toBe(true);
  });

  it('ticking a second organisation shows the entries with either, and the URL says so', async () => {
    await page.goto(`${site.url}/eksempler/?partner=trondheim-kommune`);
    await settled(page);
    // The catalogue opens a facet with a ticked value itself; a click would close it.
    const facet = page.locator('details[data-facet="partner"]');
    if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open))) await facet.locator('summary').click();
    await page.locator('input[data-param="partner"][value="bergen-kommune"]').check();
    await page.waitForURL(/partner=bergen-kommune&partner=trondheim-kommune/);
    await settled(page);
    expect((await resultSlugs(page, false)).sort()).toEqual(withPartner('trondheim-kommune', 'bergen-kommune'));
  });

  it('the link on an organisation page opens the catalogue filtered to its entries', async () => {
    await page.goto(`${site.url}/aktorer/nav/`);
    await page.getByRole('link', { name: 'Vis dem i katalogen' }).click();
    await page.waitForURL(/\/eksempler\/\?partner=nav$/);
    await settled(page);
    expect((await resultSlugs(page, false)).sort()).toEqual(withPartner('nav'));
  });
});
