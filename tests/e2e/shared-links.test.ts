import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { splitMdx } from '../../src/lib/validation/mdx-file.ts';
import { settled, statusText } from './search-helpers.ts';

/**
 * Links with parts the catalogue does not have (L1): a typo in a shared link is named on the page,
 * the rest of the link still works, and nothing overflows on a phone. Without JavaScript the page
 * says that nothing in the address is used. Expected counts come from the content files.
 */
const contentDir = new URL('../../content/initiatives/', import.meta.url);
const countries = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map(
    (f) =>
      (parse(splitMdx(readFileSync(new URL(f, contentDir), 'utf8')).frontmatter ?? '') as { country: string }).country,
  );

const site = useSite();

async function open(p: Page, query: string): Promise<void> {
  await p.goto(`${site.url}/eksempler/${query}`);
  await settled(p);
}

const notice = (p: Page) => p.locator('[data-url-notice]');

describe('a link with parts the catalogue does not have (L1)', () => {
  it('names what was left out, uses the rest, and reads a wrong-case value as its id', async () => {
    const p = await site.newPage();
    await open(p, '?fase=planlegging&land=dk&xyz=1');
    await expect(notice(p).isVisible()).resolves.toBe(true);
    const text = (await notice(p).textContent()) ?? '';
    expect(text).toContain('«fase=planlegging»');
    expect(text).toContain('«xyz=1»');
    expect(text).not.toContain('land');
    expect(text).toContain('Resten av lenken er brukt.');
    const danish = countries.filter((c) => c === 'DK').length;
    expect(danish).toBeGreaterThan(0);
    await expect(p.locator('#f-land-DK').isChecked()).resolves.toBe(true);
    expect(await statusText(p)).toMatch(new RegExp(`^${danish} eksempler`));
    expect(new URL(p.url()).search).toBe('?land=DK');
    // Once the visitor changes the list, the notice about the link is gone.
    await p.locator('#catalogue-q').fill('eldre');
    await p.locator('#catalogue-q').press('Enter');
    await settled(p);
    await expect(notice(p).isVisible()).resolves.toBe(false);
    await p.close();
  });

  it('says so when nothing of the link could be used, and shows every entry', async () => {
    const p = await site.newPage();
    await open(p, '?fase=xyz&tema=%3Cb%3Efet%3C%2Fb%3E');
    const text = (await notice(p).textContent()) ?? '';
    expect(text).toContain('«fase=xyz» og «tema=<b>fet</b>»');
    expect(text).toContain('Her er alle eksemplene.');
    // Shown as text, not markup.
    await expect(notice(p).locator('b').count()).resolves.toBe(0);
    await expect(p.locator('[data-results] > li').count()).resolves.toBe(countries.length);
    await p.close();
  });

  it('shows no notice for a link the catalogue understands', async () => {
    const p = await site.newPage();
    await open(p, '?q=eldre&land=NO');
    await expect(notice(p).isVisible()).resolves.toBe(false);
    await p.close();
  });

  it.each([320, 375])('fits a %i px phone, even with a long pasted value', async (width) => {
    const p = await site.newPage({ viewport: { width, height: 700 } });
    await open(p, `?fra=${'nyhetsbrevkampanjeoktober'.repeat(6)}&land=SE`);
    await expect(notice(p).isVisible()).resolves.toBe(true);
    const { scrollWidth, innerWidth, right } = await p.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      right: document.querySelector('[data-url-notice]')!.getBoundingClientRect().right,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(right).toBeLessThanOrEqual(innerWidth);
    await p.close();
  });

  it('without JavaScript says that the search and filters in the address are not used', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}/eksempler/?fase=planlegging&q=eldre`);
    const noscript = p.locator('.catalogue-noscript');
    await expect(noscript.isVisible()).resolves.toBe(true);
    await expect(noscript.textContent()).resolves.toMatch(/ikke brukt her/);
    await expect(notice(p).isVisible()).resolves.toBe(false);
    await expect(p.locator('[data-results] > li').count()).resolves.toBe(countries.length);
    await context.close();
  });

  it.each([true, false])(
    'a catalogue page past the last one says how many there are (JavaScript: %s)',
    async (javaScriptEnabled) => {
      const context = await site.newContext({ javaScriptEnabled });
      const p = await context.newPage();
      const response = await p.goto(`${site.url}/eksempler/side/99/`);
      expect(response?.status()).toBe(404);
      const text = (await p.locator('[data-catalogue-pages]').textContent()) ?? '';
      expect(text).toContain(`${countries.length} eksempler`);
      expect(text).toMatch(/én side|\d+ sider/);
      await context.close();
    },
  );
});

describe('results on a phone (M3)', () => {
  it.each([320, 375])(
    'at %i px a bar at the bottom of the screen says how many results there are and leads to them',
    async (width) => {
      const p = await site.newPage({ viewport: { width, height: 640 }, hasTouch: true });
      // As the home page's search sends it.
      await open(p, '?q=ensomhet+eldre');
      const status = await statusText(p);
      const full = Number(/^(\d+)/.exec(status)?.[1]);
      const partial = Number(/(\d+) eksempler? passer delvis/.exec(status)?.[1] ?? 0);
      const bar = p.locator('[data-to-results]');
      await expect(bar.textContent()).resolves.toBe(`Vis ${full + partial} eksempler`);
      const inView = async (selector: string) =>
        p.evaluate((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
        }, selector);
      // The results start below the first screen; the bar is on it.
      await expect(inView('[data-status]')).resolves.toBe(false);
      await expect(inView('[data-to-results]')).resolves.toBe(true);
      await bar.tap();
      await p.waitForFunction(
        () => document.querySelector('[data-status]')!.getBoundingClientRect().top < window.innerHeight,
      );
      await expect(inView('[data-status]')).resolves.toBe(true);
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await p.close();
    },
  );

  it('is not shown on a desktop, where the results sit beside the form', async () => {
    const p = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await open(p, '?q=eldre');
    await expect(p.locator('[data-to-results]').isVisible()).resolves.toBe(false);
    await p.close();
  });
});
