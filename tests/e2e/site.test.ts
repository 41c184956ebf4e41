import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { builtPageTypes } from '../../scripts/lib/page-types.ts';

const site = useSite();
let page: Page;

beforeAll(() => {
  page = site.page;
});

/** One page of each type (the registry the CSP walk and Lighthouse use), and an unknown address; axe must find nothing on any of them. */
const pageTypes = [...builtPageTypes().map((t) => t.path), '/finnes-ikke/'];

describe('in Chromium', () => {
  it('loads the home page with its heading, search and ways in', async () => {
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Velferdsspor');
    expect(await page.locator('form[role="search"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('a[href^="/tema/"]').count()).toBeGreaterThan(3);
  });

  it('navigates from the home page to the catalogue and into an entry, and back by breadcrumb', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Eksempler' }).click();
    await page.waitForURL(`${site.url}/eksempler/`);
    await page
      .getByRole('link', { name: /Familieveiviseren/ })
      .first()
      .click();
    await page.waitForURL(`${site.url}/eksempler/familieveiviseren/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Familieveiviseren');
    await expect(page.getByText('Lørenskog kommune').first().isVisible()).resolves.toBe(true);
    await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Eksempler' }).click();
    await page.waitForURL(`${site.url}/eksempler/`);
  });

  it('the skip link is the first thing a keyboard user reaches and moves focus to the main content', async () => {
    await page.goto(`${site.url}/eksempler/vurderingsteam/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Hopp til hovedinnhold',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('innhold');
  });

  it('the header search leads to the catalogue with the query in the URL', async () => {
    await page.goto(`${site.url}/om/`);
    await page.locator('#site-search-q').fill('ensomhet');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/eksempler\/\?q=ensomhet$/);
  });

  it('serves the 404 page for an unknown address', async () => {
    const response = await page.goto(`${site.url}/finnes-ikke/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Fant ikke siden');
  });

  it.each(pageTypes)('axe finds 0 WCAG 2.1 A/AA violations on %s', async (path) => {
    await page.goto(`${site.url}${path}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
