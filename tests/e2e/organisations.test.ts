import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { assertBuilt } from '../helpers/dist.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer();
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paths = ['/aktorer/', '/aktorer/nav/', '/aktorer/nav-oslo/'];

describe('the organisation pages in Chromium', () => {
  for (const width of [1280, 320]) {
    for (const path of paths) {
      it(`${path} at ${width} px: axe finds 0 violations and the page does not scroll sideways`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${server.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      });
    }
  }

  it('/aktorer/ has one h1 and its sections as h2, in order', async () => {
    await page.goto(`${server.url}/aktorer/`);
    const headings = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3')].map((h) => h.tagName));
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
    expect(headings.slice(1).every((h) => h === 'H2')).toBe(true);
  });

  it('the network drawing is visible and inside the page width on a phone', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/aktorer/`);
    const box = await page.locator('svg.network').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });
});
