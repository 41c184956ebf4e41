import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { jsonLdText } from '../../src/lib/citation/json-ld.ts';
import { resultSlugs, settled } from './search-helpers.ts';

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = site.page;
});

describe('citation and JSON-LD in Chromium', () => {
  it('a title with </script> and <!-- stays inside its JSON-LD block', async () => {
    const value = { name: 'A </script><p id="escaped">ut</p> <!-- <script>x</script>' };
    await page.setContent(
      `<!doctype html><body><script type="application/ld+json">${jsonLdText(value)}</script><p id="after">etter</p></body>`,
    );
    expect(await page.locator('#escaped').count()).toBe(0);
    expect(await page.locator('#after').textContent()).toBe('etter');
    const text = await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(JSON.parse(text!)).toEqual(value);
  });

  it('the copy button appears on an entry page and the date accessed becomes today', async () => {
    await page.goto(`${site.url}/eksempler/vurderingsteam/`);
    const button = page.locator('vs-copy-text button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Kopier');
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    expect(await page.locator('vs-copy-text time').getAttribute('datetime')).toBe(today);
  });
});

describe('/sammenlign/ in Chromium', () => {
  it('restores the columns from the URL, in its order, with the four keys aligned', async () => {
    await page.goto(`${site.url}/sammenlign/?e=familieveiviseren,vurderingsteam`);
    const table = page.locator('vs-compare-view table');
    await table.waitFor();
    const heads = await table.locator('thead th a').allTextContents();
    expect(heads).toEqual([expect.stringContaining('Familieveiviseren'), expect.stringContaining('Vurderingsteam')]);
    const rowHeads = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(rowHeads).toEqual(
      expect.arrayContaining([
        'Fase',
        'Målgrupper',
        'Samarbeidspartnere',
        'Resultater',
        'Formål',
        'Ressurser',
        'Makt',
        'Relasjoner',
      ]),
    );
    expect(await page.locator('[data-compare-nojs]').isHidden()).toBe(true);
    // The box the wide table scrolls in is reached by keyboard and named by the caption.
    const box = page.getByRole('region', { name: /^Eksemplene side om side/ });
    expect(await box.getAttribute('tabindex')).toBe('0');
    await box.focus();
    expect(await page.evaluate(() => document.activeElement?.matches('[data-compare-table]'))).toBe(true);
  });

  it('an empty comparison leaves no focusable box behind', async () => {
    // «?e=» with no entries: a bare address would pick up the selection the other tests made.
    await page.goto(`${site.url}/sammenlign/?e=`);
    await page.locator('[data-compare-status]').filter({ hasText: 'Velg minst' }).waitFor();
    const box = page.locator('[data-compare-table]');
    expect(await box.getAttribute('tabindex')).toBeNull();
    expect(await box.getAttribute('role')).toBeNull();
  });

  it('adding and removing an entry updates the URL, and back restores it', async () => {
    await page.goto(`${site.url}/sammenlign/?e=familieveiviseren,vurderingsteam`);
    await page.locator('vs-compare-view table').waitFor();
    await page.locator('#compare-add').selectOption('heltom');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await page.waitForURL(/\?e=familieveiviseren,vurderingsteam,heltom$/);
    await expect.poll(() => page.locator('vs-compare-view thead th').count()).toBe(3);
    await page.getByRole('button', { name: /Fjern Familieveiviseren/ }).click();
    await page.waitForURL(/\?e=vurderingsteam,heltom$/);
    await expect.poll(() => page.locator('vs-compare-view thead th').count()).toBe(2);
    await page.goBack();
    await page.waitForURL(/\?e=familieveiviseren,vurderingsteam,heltom$/);
    await expect.poll(() => page.locator('vs-compare-view thead th').count()).toBe(3);
  });

  it('«Legg til sammenligning» on entry pages builds the selection the compare link opens', async () => {
    await page.goto(`${site.url}/eksempler/vurderingsteam/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Legg til sammenligning' }).click();
    await page.goto(`${site.url}/eksempler/heltom/`);
    await page.getByRole('button', { name: 'Legg til sammenligning' }).click();
    await page.getByRole('link', { name: 'Sammenlign (2)' }).click();
    await page.waitForURL(/\/sammenlign\/\?e=vurderingsteam,heltom$/);
    await page.locator('vs-compare-view table').waitFor();
  });

  it('a card copied by the catalogue gets one toggle, not two', async () => {
    await page.goto(`${site.url}/eksempler/?land=NO`);
    await settled(page);
    const first = page.locator('[data-results] > li').first();
    await first.locator('vs-compare-toggle button').waitFor();
    expect(await first.locator('vs-compare-toggle button').count()).toBe(1);
  });

  it('without JavaScript says so and links to the key matrix', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/sammenlign/?e=familieveiviseren,vurderingsteam`);
    const message = noJs.locator('[data-compare-nojs]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.locator('a').getAttribute('href')).toBe('/nokler/#nokkelmatrise');
    await context.close();
  });
});

describe('/statistikk/ in Chromium', () => {
  it('a bar leads to the catalogue showing exactly the entries it counts', async () => {
    await page.goto(`${site.url}/statistikk/`);
    const bar = page.locator('.count-bars a[href="/eksempler/?fase=pilot"]');
    const counted = Number(await page.locator('td a[href="/eksempler/?fase=pilot"]').first().textContent());
    expect(counted).toBeGreaterThan(0);
    await bar.locator('.count-bar-fill').click();
    await page.waitForURL(/\/eksempler\/\?fase=pilot$/);
    await settled(page);
    expect(await resultSlugs(page, false)).toHaveLength(counted);
  });

  it('a phase × key cell leads to exactly its entries', async () => {
    await page.goto(`${site.url}/statistikk/`);
    const link = page.locator('table[data-grid="phase-key"] a').first();
    const href = (await link.getAttribute('href'))!;
    const counted = Number(await link.textContent());
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    await settled(page);
    expect(await resultSlugs(page, false)).toHaveLength(counted);
  });
});

describe('/kart/ in Chromium', () => {
  it('a marker leads to the catalogue showing exactly the entries it counts', async () => {
    await page.goto(`${site.url}/kart/`);
    const row = page.locator('tr[data-kommune="trondheim"] a');
    const counted = Number(await row.textContent());
    expect(counted).toBeGreaterThan(0);
    // The link's centre is the dot's centre; the dot itself takes no taps, its tap circle does.
    await page.locator('svg.nordic-map a[data-kommune="trondheim"]').click();
    await page.waitForURL(/\/eksempler\/\?kommune=trondheim$/);
    await settled(page);
    expect(await resultSlugs(page, false)).toHaveLength(counted);
  });
});
