import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';

/** The entries as the content files say, read without Astro or the site's own filter code. */
interface Entry {
  number: number;
  slug: string;
  title: string;
  phase?: string;
  country: string;
  topics: string[];
  levels: Record<string, number>;
}
const contentDir = fileURLToPath(new URL('../../content/initiatives/', import.meta.url));
const entries: Entry[] = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const data = parse(readFileSync(join(contentDir, file), 'utf8').split(/^---$/m)[1]!);
    const levels = Object.fromEntries(
      Object.entries(data.keys as Record<string, { level: number }>).map(([k, v]) => [k, v.level]),
    );
    return {
      number: data.number,
      slug: file.replace(/\.mdx$/, ''),
      title: data.title,
      phase: data.phase,
      country: data.country,
      topics: data.topics,
      levels,
    };
  })
  .sort((a, b) => a.number - b.number);
const numbers = (list: Entry[]) => list.map((e) => e.number);

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const site = useSite({ page: { viewport: { width: 1280, height: 900 } } });
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  page = site.page;
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

async function open(query = ''): Promise<void> {
  await page.goto(`${site.url}/nokler/${query}`);
  // The custom elements have run once the filter is visible.
  await page.locator('.kd-filter-set').waitFor({ state: 'visible' });
}

const dimmedMarkers = () =>
  page.$$eval('a.kd-marker[data-dimmed]', (els) =>
    els.map((el) => Number(el.getAttribute('data-number'))).sort((a, b) => a - b),
  );
const dimmedRows = () =>
  page.$$eval('.key-matrix tbody tr[data-dimmed]', (els) =>
    els.map((el) => Number(el.getAttribute('data-number'))).sort((a, b) => a - b),
  );
const focusedNumber = () => page.evaluate(() => Number(document.activeElement?.getAttribute('data-number') ?? NaN));
const centre = (n: number) =>
  page.$eval(`#kd-nr-${n} circle`, (c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));

describe('the details card', () => {
  it('appears beside a marker on keyboard focus, with name, place, phase and the four levels', async () => {
    await open();
    await page.locator('#kd-nr-6').focus();
    const card = page.locator('.kd-card');
    await expect(card.isVisible()).resolves.toBe(true);
    const text = (await card.textContent()) ?? '';
    for (const part of ['Familieveiviseren', 'Lørenskog', 'Regulær drift', 'Formål', 'Ressurser', 'Makt', 'Relasjoner'])
      expect(text).toContain(part);
    const family = entries.find((e) => e.slug === 'familieveiviseren')!;
    expect(await card.locator('dd[data-key="resources"]').textContent()).toContain(String(family.levels.resources));

    // Near the marker: the gap between the two boxes is small.
    const [dot, box] = [await page.locator('#kd-nr-6').boundingBox(), await card.boundingBox()];
    const gapX = Math.max(0, box!.x - (dot!.x + dot!.width), dot!.x - (box!.x + box!.width));
    const gapY = Math.max(0, box!.y - (dot!.y + dot!.height), dot!.y - (box!.y + box!.height));
    expect(Math.hypot(gapX, gapY)).toBeLessThan(24);

    // Read out once: the facts line is the marker's description; the name and levels, already in
    // the accessible name, are hidden from assistive technology inside the card.
    const describedBy = await page.locator('#kd-nr-6').getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toBe('Lørenskog · Regulær drift');
    await expect(card.locator('.kd-card-name').getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(card.locator('.kd-card-levels').getAttribute('aria-hidden')).resolves.toBe('true');
    await expect(page.locator('#kd-nr-6 > title').count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);
  });

  it('appears on hover and goes away when the pointer leaves', async () => {
    await open();
    const target = entries.find((e) => e.slug === 'opgang-til-opgang')!;
    await page.locator(`#kd-nr-${target.number}`).hover();
    const card = page.locator('.kd-card');
    await card.waitFor({ state: 'visible' });
    await expect(card.textContent()).resolves.toContain(target.title);
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
  });
});

describe('keyboard', () => {
  it('arrow keys move focus to a marker in that direction', async () => {
    await open();
    // Start from the marker nearest the middle of all markers, so every direction has somewhere to go.
    const points = await Promise.all(entries.map(async (e) => ({ n: e.number, ...(await centre(e.number)) })));
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
    const start = points.reduce((best, p) =>
      Math.hypot(p.x - mx, p.y - my) < Math.hypot(best.x - mx, best.y - my) ? p : best,
    );
    for (const [key, check] of [
      ['ArrowRight', (a: { x: number }, b: { x: number }) => b.x > a.x],
      ['ArrowLeft', (a: { x: number }, b: { x: number }) => b.x < a.x],
      ['ArrowUp', (a: { y: number }, b: { y: number }) => b.y < a.y],
      ['ArrowDown', (a: { y: number }, b: { y: number }) => b.y > a.y],
    ] as const) {
      await page.locator(`#kd-nr-${start.n}`).focus();
      await page.keyboard.press(key);
      const moved = await focusedNumber();
      expect(moved, key).not.toBe(start.n);
      expect(check(start, await centre(moved)), `${key} from ${start.n} to ${moved}`).toBe(true);
      await expect(page.locator('.kd-card').textContent()).resolves.toContain(
        entries.find((e) => e.number === moved)!.title,
      );
    }
  });

  it('Enter on a marker opens the entry', async () => {
    await open();
    await page.locator('#kd-nr-6').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/eksempler/familieveiviseren/`);
  });
});

describe('filters', () => {
  it('dim exactly the markers and rows that do not match, and put the filter in the URL', async () => {
    await open();
    await page.getByRole('checkbox', { name: 'Drift av pilot' }).check();
    await page.getByRole('checkbox', { name: 'Regulær drift' }).check();
    await page
      .locator('fieldset.kd-chips', { hasText: 'Nøkkel på nivå 2' })
      .getByRole('checkbox', { name: 'Makt' })
      .check();
    const expected = numbers(
      entries.filter((e) => !((e.phase === 'pilot' || e.phase === 'operation') && e.levels.power! >= 2)),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(entries.length);
    await expect(dimmedMarkers()).resolves.toEqual(expected);
    await expect(dimmedRows()).resolves.toEqual(expected);
    expect(new URL(page.url()).search).toBe('?fase=operation&fase=pilot&nokkel=power');
    await expect(page.locator('.kd-filter-status').textContent()).resolves.toBe(
      `${entries.length - expected.length} av ${entries.length} tiltak passer filteret.`,
    );
    // A dimmed marker says so to a screen reader too.
    await expect(page.locator(`#kd-nr-${expected[0]}`).getAttribute('aria-label')).resolves.toMatch(
      /\(utenfor filteret\)$/,
    );

    await page.getByRole('button', { name: 'Fjern filteret' }).click();
    await expect(dimmedMarkers()).resolves.toEqual([]);
    expect(new URL(page.url()).search).toBe('');
  });

  it('restores a filter from a shared URL', async () => {
    const topic = 'samordning';
    await open(`?land=NO&tema=${topic}`);
    await expect(page.locator(`input[name="land"][value="NO"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`input[name="tema"][value="${topic}"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`input[name="land"][value="DK"]`).isChecked()).resolves.toBe(false);
    const expected = numbers(entries.filter((e) => !(e.country === 'NO' && e.topics.includes(topic))));
    await expect(dimmedMarkers()).resolves.toEqual(expected);
    await expect(dimmedRows()).resolves.toEqual(expected);
  });
});

describe('the key matrix', () => {
  it('sorts by a key with the header button and says so with aria-sort', async () => {
    await open();
    const header = page.locator('.key-matrix th', { hasText: 'Makt' });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const levels = () =>
      page.$$eval('.key-matrix tbody td[data-key="power"]', (tds) =>
        tds.map((td) => Number(td.getAttribute('data-level'))),
      );
    const down = await levels();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = await levels();
    expect(up).toEqual([...up].sort((a, b) => a - b));
  });

  it('opens a rationale from its level', async () => {
    await open();
    const cell = page.locator('.key-matrix tbody tr').first().locator('td[data-key="purpose"]');
    await cell.locator('summary').click();
    await expect(cell.locator('details p').isVisible()).resolves.toBe(true);
  });
});

describe('accessibility', () => {
  it('axe finds 0 violations without a filter', async () => {
    await open();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('axe finds 0 violations with a filter, the card and a sorted table', async () => {
    await open('?fase=pilot&nokkel=relationships');
    await page.locator('.key-matrix th', { hasText: 'Formål' }).getByRole('button').click();
    await page.locator('#kd-nr-6').focus();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows every marker as a link, the legend and the table, and no controls that cannot work', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/nokler/`);
    for (const e of entries) {
      const marker = plain.locator(`#kd-nr-${e.number}`);
      await expect(marker.getAttribute('href')).resolves.toBe(`/eksempler/${e.slug}/`);
      await expect(marker.isVisible()).resolves.toBe(true);
    }
    await expect(plain.locator('.key-matrix tbody tr').count()).resolves.toBe(entries.length);
    await expect(plain.locator('.kd-names li').count()).resolves.toBe(entries.length);
    await expect(plain.locator('.kd-filter-set').isHidden()).resolves.toBe(true);
    await expect(plain.locator('.key-matrix th button').count()).resolves.toBe(0);
    await context.close();
  });

  it('rings the linked marker (/nokler/#kd-nr-<n>, the link from entry pages) without greying the others', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/nokler/#kd-nr-6`);
    const fill = (n: number) => plain.$eval(`#kd-nr-${n} circle`, (c) => getComputedStyle(c).fill);
    const other = entries.find((e) => e.number !== 6 && e.phase === 'operation')!;
    await expect(plain.$eval('#kd-nr-6', (a) => getComputedStyle(a).outlineStyle)).resolves.toBe('solid');
    await expect(fill(other.number)).resolves.not.toBe('rgb(242, 242, 242)');
    await context.close();
  });
});

describe('coming from an entry page', () => {
  it('names the linked entry, and a filter then greys exactly the markers that do not match (H4)', async () => {
    const linked = entries.find((e) => e.slug === 'pa-dorterskelen')!;
    await open(`#kd-nr-${linked.number}`);
    const note = page.locator('.kd-target-note');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain(`${linked.number} ${linked.title}`);
    await expect(dimmedMarkers()).resolves.toEqual([]);
    const grey = () =>
      page.$$eval('a.kd-marker', (els) =>
        els
          .filter((el) => getComputedStyle(el.querySelector('circle')!).fill === 'rgb(242, 242, 242)')
          .map((el) => Number(el.getAttribute('data-number')))
          .sort((a, b) => a - b),
      );
    await expect(grey()).resolves.toEqual([]);
    await page.locator('input[name="land"][value="DK"]').check();
    const notDanish = numbers(entries.filter((e) => e.country !== 'DK'));
    await expect(grey()).resolves.toEqual(notDanish);
    await page.getByRole('link', { name: 'Fjern markeringen' }).click();
    await expect(note.isHidden()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Fjern filteret' }).click();
  });
});

describe('print', () => {
  it('fits the heading, diagram and legend on one A4 landscape page', async () => {
    await open();
    // 297 × 210 mm less the 10 mm @page margins, at 96 px per inch.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor(277 * mm), height: Math.floor(190 * mm) });
    await page.emulateMedia({ media: 'print' });
    const bottom = await page.evaluate(() =>
      Math.max(
        ...['.kd-layout', '.key-diagram', '.kd-names', '.phase-legend'].map(
          (s) => document.querySelector(s)!.getBoundingClientRect().bottom + window.scrollY,
        ),
      ),
    );
    const right = await page.evaluate(() => document.querySelector('.kd-layout')!.getBoundingClientRect().right);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(bottom).toBeLessThanOrEqual(190 * mm);
    expect(right).toBeLessThanOrEqual(277 * mm);
  });
});

describe('screenshot', () => {
  it('saves the diagram to test-results/key-diagram.png for a person to look at', async () => {
    await open();
    await page.locator('#kd-nr-6').focus();
    mkdirSync(resultsDir, { recursive: true });
    await page.locator('.kd-layout').screenshot({ path: join(resultsDir, 'key-diagram.png') });
  });

  it('logged no script errors', () => {
    expect(errors).toEqual([]);
  });
});
