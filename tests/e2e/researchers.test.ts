import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { assertBuilt } from '../helpers/dist.ts';
import { jsonLdText } from '../../src/lib/json-ld.ts';

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

describe('citation and JSON-LD in Chromium', () => {
  it('a title with </script> and <!-- stays inside its JSON-LD block', async () => {
    const value = { name: 'A </script><p id="escaped">ut</p> <!-- <script>x</script>' };
    await page.setContent(`<!doctype html><body><script type="application/ld+json">${jsonLdText(value)}</script><p id="after">etter</p></body>`);
    expect(await page.locator('#escaped').count()).toBe(0);
    expect(await page.locator('#after').textContent()).toBe('etter');
    const text = await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(JSON.parse(text!)).toEqual(value);
  });

  it('the copy button appears on an entry page and the date accessed becomes today', async () => {
    await page.goto(`${server.url}/eksempler/vurderingsteam/`);
    const button = page.locator('copy-text button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Kopier');
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    expect(await page.locator('copy-text time').getAttribute('datetime')).toBe(today);
  });
});
