import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { splitMdx } from '../../src/lib/validation/mdx-file.ts';
import { bodySections } from '../../src/lib/validation/body-sections.ts';
import { sectionTextsOf } from '../../src/lib/form/entry-mdx.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { repository } from '../../src/lib/site.ts';

/**
 * /bidra/ in Chromium, by keyboard only: Tab to each control, type, Space for checkboxes, arrows for
 * radios and selects. The answers are Familieveiviseren's facts as its file has them; the form must
 * give back a file with the same facts that the project's validator accepts.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const original = readFileSync(join(root, 'content/initiatives/familieveiviseren.mdx'), 'utf8');
const parts = splitMdx(original);
const facts = parse(parts.frontmatter!) as Record<string, unknown>;
const sections = sectionTextsOf(parts.body);

let context: BrowserContext;
const site = useSite();
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  context = await site.newContext({ locale: 'en-US' });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

const focusedName = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el
      ? `${el.getAttribute('name') ?? ''}|${el.getAttribute('value') ?? ''}|${el.tagName}|${el.textContent?.trim() ?? ''}`
      : '';
  });

/** Presses Tab until the focused element matches, as a keyboard user would move through the form. */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Nådde aldri ${selector} med Tab (står på ${await focusedName()})`);
}

async function typeInto(name: string, text: string): Promise<void> {
  await tabTo(`[name="${name}"]`);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
}

async function check(name: string, value: string): Promise<void> {
  await tabTo(`[name="${name}"][value="${value}"]`);
  await page.keyboard.press('Space');
}

async function choose(name: string, value: string): Promise<void> {
  await tabTo(`select[name="${name}"]`);
  for (let i = 0; i < 200; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Fant ikke ${value} i ${name}`);
}

async function level(name: string, value: number): Promise<void> {
  await tabTo(`[name="${name}"]`);
  if (value === 0) await page.keyboard.press('Space');
  for (let i = 0; i < value; i++) await page.keyboard.press('ArrowDown');
}

async function addRow(group: string): Promise<void> {
  await tabTo(`[data-rows="${group}"] [data-add-row]`);
  await page.keyboard.press('Enter');
}

/** The form's check is done (it loads the MDX parser on first use, so it answers a moment later). */
const checked = () =>
  page.waitForFunction(() => !document.querySelector('form[data-entry-form]')?.hasAttribute('aria-busy'));

const axe = async () => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

/** Values in the order the controls come in the page, so Tab only ever moves forward. */
async function fillFamilieveiviseren(): Promise<void> {
  const f = facts as {
    title: string;
    number: number;
    kind: string;
    summary: string;
    country: string;
    scope: string;
    municipalities: string[];
    contact: string;
    theme: string;
    topics: string[];
    challenges: string[];
    phase: string;
    targetGroups: string[];
    partners: { id: string; role?: string }[];
    coCreation: string[];
    levels: string[];
    demandEffect: { status: string; text: string };
    keys: Record<string, { level: number; rationale: string }>;
    results: { value: string; label: string }[];
    source: { id: string; pages: number[] };
    updated: string;
  };
  // Checkboxes are visited in the page's order, whatever order the file lists them in.
  const inPageOrder = async (name: string, values: string[]) =>
    page.evaluate(
      ([n, v]) =>
        [...document.querySelectorAll<HTMLInputElement>(`[name="${n}"]`)]
          .map((i) => i.value)
          .filter((x) => ((v ?? []) as string[]).includes(x)),
      [name, values] as const,
    );

  await page.locator('h1').focus();
  await typeInto('title', f.title);
  await typeInto('number', String(f.number));
  await choose('kind', f.kind);
  await typeInto('summary', f.summary);
  await choose('country', f.country);
  await choose('scope', f.scope);
  for (const m of await inPageOrder('municipalities', f.municipalities)) await check('municipalities', m);
  await typeInto('contact', f.contact);
  await typeInto('theme', f.theme);
  for (const t of await inPageOrder('topics', f.topics)) await check('topics', t);
  for (const c of await inPageOrder('challenges', f.challenges)) await check('challenges', c);
  await choose('phase', f.phase);
  for (const g of await inPageOrder('targetGroups', f.targetGroups)) await check('targetGroups', g);
  for (const [i, p] of f.partners.entries()) {
    if (i >= 2) await addRow('partners');
    await choose(`partners.${i}.id`, p.id);
    if (p.role) await typeInto(`partners.${i}.role`, p.role);
  }
  for (const c of await inPageOrder('coCreation', f.coCreation)) await check('coCreation', c);
  for (const l of await inPageOrder('levels', f.levels)) await check('levels', l);
  await choose('demandEffect.status', f.demandEffect.status);
  await typeInto('demandEffect.text', f.demandEffect.text);
  for (const key of ['purpose', 'resources', 'power', 'relationships']) {
    await level(`keys.${key}.level`, f.keys[key]!.level);
    await typeInto(`keys.${key}.rationale`, f.keys[key]!.rationale);
  }
  for (const [i, r] of (f.results ?? []).entries()) {
    if (i >= 2) await addRow('results');
    await typeInto(`results.${i}.value`, r.value);
    await typeInto(`results.${i}.label`, r.label);
  }
  await choose('source.id', f.source.id);
  await typeInto('source.pages', f.source.pages.join('; '));
  await tabTo('[name="updated"]');
  // The date control takes its parts in the browser's locale order (en-US: month, day, year).
  const [y, m, d] = f.updated.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  for (const i of bodySections.keys()) {
    const text = sections[i];
    if (text) await typeInto(`innhold.${i}`, text);
  }
}

describe('/bidra/ in Chromium', () => {
  it('shows the form (the script has run) and has no axe violations when empty', async () => {
    await page.goto(`${site.url}/bidra/`);
    await expect(page.locator('form[data-entry-form]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-needs-script]').isVisible()).resolves.toBe(false);
    // The CSS shows the form from the first paint when scripting is on; the element's own work is what
    // proves the script ran: it is defined and has unhidden the form.
    await page.waitForFunction(
      () =>
        customElements.get('vs-entry-form') !== undefined &&
        !document.querySelector<HTMLFormElement>('form[data-entry-form]')!.hidden,
    );
    await axe();
  });

  it('an empty submit shows every problem in Norwegian beside its field and moves focus to the first', async () => {
    await tabTo('form[data-entry-form] button[type="submit"]');
    await page.keyboard.press('Enter');
    await checked();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('title');
    await expect(page.locator('#felt-title').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#felt-title-feil').textContent()).resolves.toBe(
      'feltet mangler — legg det til. Tiltakets navn slik kilden skriver det, med tankestrek «–» mellom to deler.',
    );
    await expect(page.locator('#felt-topics-feil').textContent()).resolves.toContain(
      'ikke fylt ut ennå — velg minst 1.',
    );
    await expect(page.locator('#felt-innhold-0-feil').textContent()).resolves.toContain(
      'avsnittet «## Beskrivelse» mangler',
    );
    const summary = await page.locator('[data-error-list] li').allTextContents();
    expect(summary.length).toBeGreaterThan(10);
    expect(summary[0]).toMatch(/^Navn: feltet mangler/);
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(false);
    await axe();
  });

  it("filled by keyboard with Familieveiviseren's facts, it writes a file the validator accepts and the GitHub «new file» URL", async () => {
    await page.goto(`${site.url}/bidra/`);
    await fillFamilieveiviseren();
    await tabTo('form[data-entry-form] button[type="submit"]');
    await page.keyboard.press('Enter');
    await checked();
    await expect(page.locator('[data-error-list] li').allTextContents()).resolves.toEqual([]);
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('resultat');

    const mdx = await page.locator('[data-mdx]').inputValue();
    const href = (await page.locator('[data-github-link]').getAttribute('href'))!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://github.com/${repository.owner}/${repository.name}/new/${repository.branch}/content/initiatives`,
    );
    expect(url.searchParams.get('filename')).toBe('familieveiviseren.mdx');
    expect(url.searchParams.get('value')).toBe(mdx);
    await expect(page.locator('[data-file-name]').textContent()).resolves.toBe(
      'content/initiatives/familieveiviseren.mdx',
    );

    const produced = splitMdx(mdx);
    // Checkboxes give the page's order; the file may list the same ids in another.
    const sorted = (data: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(data).map(([k, v]) => [
          k,
          Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v,
        ]),
      );
    expect(sorted(parse(produced.frontmatter!))).toEqual(sorted(facts));
    expect(produced.body.trim()).toBe(parts.body.trim());

    // The file goes through the project's validator unchanged, in place of the original.
    const dir = mkdtempSync(join(tmpdir(), 'bidra-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(join(dir, 'content/initiatives/familieveiviseren.mdx'), mdx);
      expect(validateContent(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Kept for the reader of a failed run (test-results/ is not committed).
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/bidra-familieveiviseren.mdx'), mdx);
    await axe();
  });

  it('a file too long for a safe address is offered as a download, with GitHub opened without the text', async () => {
    const long = Array.from({ length: 6 }, () => sections[0]!).join('\n\n');
    await typeInto('innhold.0', long);
    await tabTo('form[data-entry-form] button[type="submit"]');
    await page.keyboard.press('Enter');
    await checked();
    await expect(page.locator('[data-result-long]').isVisible()).resolves.toBe(true);
    const href = (await page.locator('[data-github-link]').getAttribute('href'))!;
    expect(href).toBe(
      `https://github.com/${repository.owner}/${repository.name}/new/${repository.branch}/content/initiatives?filename=familieveiviseren.mdx`,
    );
    const mdx = await page.locator('[data-mdx]').inputValue();
    expect(mdx).toContain(long);
    const downloading = page.waitForEvent('download');
    await tabTo('[data-download]');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('familieveiviseren.mdx');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(mdx);
  });

  it("an invalid value gets the validator's message inline, and axe finds nothing in that state", async () => {
    await typeInto('summary', 'For kort.');
    await tabTo('form[data-entry-form] button[type="submit"]');
    await page.keyboard.press('Enter');
    await checked();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('summary');
    await expect(page.locator('#felt-summary-feil').textContent()).resolves.toBe(
      'må være minst 40 tegn (har 9) — Én eller to setninger med egne ord, høyst 300 tegn. Vises i lister og søketreff.',
    );
    await expect(page.locator('[data-result]').isVisible()).resolves.toBe(false);
    await axe();
  });

  it('logged no errors (CSP included)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
