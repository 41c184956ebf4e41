import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { splitMdx } from '../../src/lib/validation/mdx-file.ts';
import { decompound, tokenize } from '../../src/lib/search/build/decompound.ts';
import { loadNorwegianLexicon } from '../../src/lib/node/norwegian-lexicon.ts';
import { resultSlugs, searchFor, settled, statusText } from './search-helpers.ts';

/**
 * The catalogue's search on the built site, in Chromium: what Pagefind finds (through its own API
 * in the page, for complete result lists) and what the catalogue shows (through the form). Expected
 * results come from the content files, read here with `yaml`, not from the code under test.
 */

interface Entry {
  slug: string;
  fm: {
    title: string;
    summary: string;
    theme: string;
    phase?: string;
    demandEffect?: { status: string };
    country: string;
    topics: string[];
    targetGroups: string[];
    challenges: string[];
    municipalities: string[];
    keys: Record<string, { level: number; rationale: string }>;
  };
  /** Title, summary, theme, body, key rationales and topic and target-group labels: the words of the entry page. */
  text: string;
}

const contentDir = fileURLToPath(new URL('../../content/initiatives/', import.meta.url));
const taxonomy = (name: string) =>
  parse(readFileSync(new URL(`../../content/taxonomies/${name}.yaml`, import.meta.url), 'utf8')) as Record<
    string,
    { label?: string; name?: string }
  >;
const topicLabels = taxonomy('topics');
const groupLabels = taxonomy('target-groups');
const entries: Entry[] = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const { frontmatter, body } = splitMdx(readFileSync(`${contentDir}${file}`, 'utf8'));
    const fm = parse(frontmatter ?? '') as Entry['fm'];
    const rationales = Object.values(fm.keys).map((k) => k.rationale);
    const labels = [
      ...fm.topics.map((t) => topicLabels[t]?.label),
      ...fm.targetGroups.map((g) => groupLabels[g]?.label),
    ];
    return {
      slug: file.replace(/\.mdx$/, ''),
      fm,
      text: [fm.title, fm.summary, fm.theme, body, ...rationales, ...labels].join('\n'),
    };
  });

/** An entry's values per URL parameter, straight from its frontmatter. */
function valuesOf(entry: Entry): Record<string, string[]> {
  return {
    effekt: entry.fm.demandEffect ? [entry.fm.demandEffect.status] : [],
    fase: [entry.fm.phase ?? 'ikke-oppgitt'],
    land: [entry.fm.country],
    tema: entry.fm.topics,
    malgruppe: entry.fm.targetGroups,
    utfordring: entry.fm.challenges,
    kommune: entry.fm.municipalities,
    nokkel: Object.entries(entry.fm.keys)
      .filter(([, k]) => k.level >= 2)
      .map(([key]) => key),
  };
}

/** Slugs of the entries that pass `filters` (OR within a parameter, AND between), sorted. */
function expectedFor(filters: Record<string, string[]>): string[] {
  return entries
    .filter((e) =>
      Object.entries(filters).every(([param, wanted]) => wanted.some((v) => valuesOf(e)[param]?.includes(v))),
    )
    .map((e) => e.slug)
    .sort();
}

const site = useSite();
let page: Page;
/** A second page that talks to Pagefind directly and never touches the catalogue form. */
let api: Page;

beforeAll(async () => {
  page = site.page;
  api = await site.newPage();
  await api.goto(`${site.url}/eksempler/`);
  // A string, so that Vitest does not rewrite the page's dynamic import() as its own.
  await api.evaluate(
    `import('/pagefind/pagefind.js').then(async (pf) => { await pf.options({ noWorker: true }); window.pf = pf; })`,
  );
});

/** Every result Pagefind gives for `q` (no guard, no catalogue logic), as slugs. */
async function pagefindSlugs(q: string | null, filters: Record<string, unknown> = {}): Promise<string[]> {
  const urls = await api.evaluate(
    async ([term, f]) => {
      type Result = { data: () => Promise<{ url: string }> };
      const pf = (
        window as unknown as { pf: { search: (q: string | null, o: object) => Promise<{ results: Result[] }> } }
      ).pf;
      const response = await pf.search(term, { filters: f });
      return Promise.all(response.results.map(async (r) => (await r.data()).url));
    },
    [q, filters] as const,
  );
  return urls.map((u) => u.replace(/^\/eksempler\//, '').replace(/\/$/, ''));
}

/** All results the catalogue shows, pressing «Vis flere» until every one is on the page. */
async function allShown(p: Page): Promise<string[]> {
  while (await p.locator('[data-more]').isVisible()) {
    await p.locator('[data-more]').click();
    await settled(p);
    await p.waitForTimeout(20);
  }
  return resultSlugs(p, false);
}

/** Opens a filter group (they start closed). */
async function openFacet(p: Page, param: string): Promise<void> {
  const details = p.locator(`details[data-facet="${param}"]`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

async function openCatalogue(p: Page, query = ''): Promise<void> {
  await p.goto(`${site.url}/eksempler/${query}`);
  await settled(p);
}

describe('the index', () => {
  it('holds exactly the entry pages', async () => {
    const all = await pagefindSlugs(null);
    expect(all.sort()).toEqual(entries.map((e) => e.slug).sort());
  });

  it('does not index navigation, footers or the repeated labels of entry pages', async () => {
    const contents = await api.evaluate(async () => {
      type Result = { data: () => Promise<{ content: string }> };
      const pf = (window as unknown as { pf: { search: (q: null) => Promise<{ results: Result[] }> } }).pf;
      const response = await pf.search(null);
      return Promise.all(response.results.map(async (r) => (await r.data()).content));
    });
    expect(contents).toHaveLength(entries.length);
    const boilerplate = [
      'Hopp til hovedinnhold',
      'Søk i eksemplene',
      'kildedokumenter',
      'Slik vurderer vi',
      'Tema i kilden',
      'Sist bekreftet',
      'Se plasseringen',
      'Endring i behovet for kommunale tjenester',
      'Slik siterer du',
      'Hentet',
      'https://',
      'Ser du en feil',
      'Lignende eksempler',
      'samme målgruppe',
    ];
    for (const content of contents) for (const phrase of boilerplate) expect(content, phrase).not.toContain(phrase);
  });
});

describe('Norwegian search', () => {
  it('«kommunene» finds the entries that only say «kommune» or «kommunen»', async () => {
    const found = await pagefindSlugs('kommunene');
    const sayKommune = entries.filter((e) => /\bkommune[n]?\b/i.test(e.text) && !/\bkommunene\b/i.test(e.text));
    expect(sayKommune.length).toBeGreaterThan(3);
    for (const e of sayKommune) expect(found, e.slug).toContain(e.slug);
  });

  it.each([
    ['eldres', 'eldre'],
    ['tjenestene', 'tjeneste'],
    ['frivillig', 'frivillige'],
    ['familiene', 'familie'],
  ])('«%s» finds entries that say «%s»', async (query, word) => {
    const found = await pagefindSlugs(query);
    const saying = entries.filter((e) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(e.text));
    expect(saying.length).toBeGreaterThan(0);
    for (const e of saying) expect(found, e.slug).toContain(e.slug);
  });

  // Compound tails from the entries themselves: a word such as «hjemmesykepleien» split with the
  // same dictionary the build uses, kept when the entry has no other word starting with its tail.
  const lexicon = loadNorwegianLexicon();
  const corpus = new Set(entries.flatMap((e) => tokenize(e.text)));
  const tails = new Map<string, { slug: string; word: string }>();
  for (const entry of entries) {
    const words = tokenize(entry.text);
    for (const word of new Set(words)) {
      if (word.length < 9) continue;
      const parts = decompound(word, lexicon, { extraWords: corpus });
      const tail = parts.at(-1);
      if (!tail || tail.length < 5 || tails.has(tail)) continue;
      if (words.some((w) => w.startsWith(tail))) continue;
      tails.set(tail, { slug: entry.slug, word });
    }
  }
  const tailCases = [...tails].slice(0, 40).map(([tail, { slug, word }]) => [tail, word, slug] as const);

  it('has at least 15 compound tails from the entries to test', () => {
    expect(tailCases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(tailCases)('«%s» finds the entry that has it only inside «%s» (%s)', async (tail, _word, slug) => {
    expect(await pagefindSlugs(tail)).toContain(slug);
  });

  it('«teknologi» finds «velferdsteknologi», and «omsorg» finds «omsorgstjenester»-style words', async () => {
    const teknologi = await pagefindSlugs('teknologi');
    for (const e of entries.filter((x) => /velferdsteknologi/i.test(x.text))) expect(teknologi).toContain(e.slug);
    const omsorg = await pagefindSlugs('omsorg');
    for (const e of entries.filter((x) => /\p{L}*omsorg/iu.test(x.text))) expect(omsorg, e.slug).toContain(e.slug);
  });

  it('finds the same entries however Nordic letters are typed: æ/ae, ø/o/oe, å/aa, ä/æ, ö/ø, äldre/eldre (M12)', async () => {
    const pairs = [
      ['baerekraftige', 'bærekraftige'],
      ['ernaering', 'ernæring'],
      ['doerterskelen', 'dørterskelen'],
      ['paa dorterskelen', 'på dørterskelen'],
      ['hælsolabb', 'hälsolabb'],
      ['halsolabb', 'hälsolabb'],
      ['dörterskelen', 'dørterskelen'],
      ['äldre', 'eldre'],
    ] as const;
    for (const [typed, norwegian] of pairs) {
      await openCatalogue(page, `?q=${encodeURIComponent(norwegian)}`);
      const expected = (await allShown(page)).sort();
      // Never two empty lists: the Norwegian spelling finds something, and fewer than all entries.
      expect(expected.length, norwegian).toBeGreaterThan(0);
      expect(expected.length, norwegian).toBeLessThan(entries.length);
      await searchFor(page, typed);
      expect((await allShown(page)).sort(), `«${typed}» skal finne det «${norwegian}» finner`).toEqual(expected);
      // The status quotes what was typed, not the form that was sent.
      expect(await statusText(page)).toContain(`«${typed}»`);
    }
  }, 60_000);

  it('«omsorg» does not return entries that only contain «om»', async () => {
    const found = new Set(await pagefindSlugs('omsorg'));
    const onlyOm = entries.filter((e) => /\bom\b/i.test(e.text) && !/omsorg/i.test(e.text));
    expect(onlyOm.length).toBeGreaterThan(0);
    for (const e of onlyOm) expect(found.has(e.slug), e.slug).toBe(false);
    for (const slug of found) expect(entries.find((e) => e.slug === slug)?.text, slug).toMatch(/omsorg/i);
  });

  it('a word that only shares a short prefix with the index finds nothing in the catalogue', async () => {
    // Pagefind alone falls back to the longest indexed word the query starts with («om»).
    expect((await pagefindSlugs('omxyzq')).length).toBeGreaterThan(0);
    await openCatalogue(page);
    await searchFor(page, 'omxyzq');
    expect(await resultSlugs(page)).toEqual([]);
    expect(await statusText(page)).toBe('Ingen eksempler for «omxyzq».');
  });
});

describe('filters', () => {
  const params = ['effekt', 'fase', 'land', 'tema', 'malgruppe', 'utfordring', 'kommune', 'nokkel'] as const;
  const cases = params.flatMap((param) =>
    [...new Set(entries.flatMap((e) => valuesOf(e)[param] ?? []))].sort().map((value) => [param, value] as const),
  );

  it('offers a checkbox for every value an entry has, with its count', async () => {
    await openCatalogue(page);
    for (const [param, value] of cases) {
      const box = page.locator(`#f-${param}-${value}`);
      expect(await box.count(), `${param}=${value}`).toBe(1);
      const label = await page.locator(`label[for="f-${param}-${value}"] [data-count]`).textContent();
      expect(label, `${param}=${value}`).toBe(`(${expectedFor({ [param]: [value] }).length})`);
    }
  });

  it('Pagefind holds exactly the entries with each value of every filter (all values, through its API)', async () => {
    expect(cases.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const [param, value] of cases) {
      const found = (await pagefindSlugs(null, { [param]: { any: [value] } })).sort();
      const expected = expectedFor({ [param]: [value] });
      if (found.join() !== expected.join())
        wrong.push(`${param}=${value}: got ${found.join(', ')}; want ${expected.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  // The catalogue's own path from the URL to the results, once per kind of filter: a single-valued
  // field (fase), a list (tema) and a value the build derives (nokkel: level ≥ 2). Each takes its
  // most common value, so «Vis flere» is pressed too.
  const commonest = (param: string) =>
    cases
      .filter(([p]) => p === param)
      .map(([, v]) => v)
      .sort((a, b) => expectedFor({ [param]: [b] }).length - expectedFor({ [param]: [a] }).length)[0]!;
  it.each(['fase', 'tema', 'nokkel'].map((param) => [param, commonest(param)] as const))(
    '%s=%s in the URL narrows the catalogue to exactly the entries with that value',
    async (param, value) => {
      await openCatalogue(page, `?${param}=${value}`);
      expect((await allShown(page)).sort()).toEqual(expectedFor({ [param]: [value] }));
      expect(await page.locator(`#f-${param}-${value}`).isChecked()).toBe(true);
    },
  );

  it('combines values: OR within a filter, AND between filters, and counts what a box would give', async () => {
    await openCatalogue(page);
    await openFacet(page, 'land');
    await page.locator('#f-land-NO').check();
    await settled(page);
    await openFacet(page, 'fase');
    await page.locator('#f-fase-operation').check();
    await settled(page);
    const both = expectedFor({ land: ['NO'], fase: ['operation'] });
    expect((await allShown(page)).sort()).toEqual(both);
    expect(new URL(page.url()).search).toBe('?fase=operation&land=NO');
    // Within «fase», the count beside «Drift av pilot» is what ticking it too would give (src/lib/catalogue/facet-counts.ts).
    const withPilot = expectedFor({ land: ['NO'], fase: ['operation', 'pilot'] });
    await settled(page);
    const pilotCount = await page.locator('label[for="f-fase-pilot"] [data-count]').textContent();
    expect(pilotCount).toBe(`(${withPilot.length})`);
    // A ticked box shows the results there are now; a box in another facet what ticking it would leave.
    expect(await page.locator('label[for="f-fase-operation"] [data-count]').textContent()).toBe(`(${both.length})`);
    await page.locator('#f-fase-pilot').check();
    await settled(page);
    expect((await allShown(page)).sort()).toEqual(withPilot);

    await openCatalogue(page, '?tema=integrering&tema=velferdsteknologi&utfordring=ungt-utenforskap');
    expect((await allShown(page)).sort()).toEqual(
      expectedFor({ tema: ['integrering', 'velferdsteknologi'], utfordring: ['ungt-utenforskap'] }),
    );
  });

  it.each([['?land=DK'], ['?tema=ensomhet-og-fellesskap'], ['?fase=operation&tema=ensomhet-og-fellesskap']])(
    'every number beside an open box on %s is the number of results with that box ticked',
    async (search) => {
      await openCatalogue(page, search);
      const state = Object.fromEntries(
        [...new URLSearchParams(search)].reduce(
          (m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]),
          new Map<string, string[]>(),
        ),
      );
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('details[open] input[data-param]')].map(
          (box) =>
            [box.dataset.param!, box.value, box.parentElement!.querySelector('[data-count]')!.textContent!] as const,
        ),
      );
      expect(shown.length).toBeGreaterThan(2);
      for (const [param, value, text] of shown) {
        const ticked = { ...state, [param]: [...new Set([...(state[param] ?? []), value])] };
        expect(text, `${search}: ${param}=${value}`).toBe(`(${expectedFor(ticked).length})`);
      }
    },
  );

  it('a one-letter word never widens a search to everything («e», «<b>fet</b>»)', async () => {
    await openCatalogue(page, '?q=e');
    await expect(statusText(page)).resolves.toMatch(/^Ingen eksempler/);
    await openCatalogue(page, `?q=${encodeURIComponent('<b>fet</b>')}`);
    expect((await allShown(page)).length).toBeLessThan(entries.length);
  });

  it('lists filtered entries in number order without search text, and by title or date when asked', async () => {
    const numberOf = new Map(entries.map((e) => [e.slug, (e.fm as unknown as { number: number }).number]));
    await openCatalogue(page, '?land=NO');
    const byNumber = await allShown(page);
    expect(byNumber.map((s) => numberOf.get(s))).toEqual(
      [...byNumber].map((s) => numberOf.get(s)).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    await openCatalogue(page, '?land=NO&sort=oppdatert');
    const updatedOf = new Map(entries.map((e) => [e.slug, String((e.fm as unknown as { updated: string }).updated)]));
    const byDate = (await allShown(page)).map((s) => updatedOf.get(s) ?? '');
    expect(byDate).toEqual([...byDate].sort().reverse());
  });

  it('combines a search with a filter', async () => {
    await openCatalogue(page, '?q=eldre&land=NO');
    const shown = (await allShown(page)).sort();
    const norwegian = new Set(expectedFor({ land: ['NO'] }));
    expect(shown.length).toBeGreaterThan(0);
    for (const slug of shown) expect(norwegian.has(slug), slug).toBe(true);
    expect(shown).toEqual((await pagefindSlugs('eldre', { land: 'NO' })).sort());
  });
});

describe('state in the URL', () => {
  it('restores search, filters and order from a shared link, and after a reload', async () => {
    const link = '?q=eldre&fase=operation&tema=helse-og-omsorg&sort=tittel';
    await openCatalogue(page, link);
    const check = async () => {
      expect(await page.locator('#catalogue-q').inputValue()).toBe('eldre');
      expect(await page.locator('#f-fase-operation').isChecked()).toBe(true);
      expect(await page.locator('#f-tema-helse-og-omsorg').isChecked()).toBe(true);
      expect(await page.locator('#catalogue-sort').inputValue()).toBe('tittel');
      const titles = await page
        .locator('[data-results] h3 a')
        .evaluateAll((as) => as.map((a) => a.textContent?.replace(/^\s*\d+\s*/, '').trim() ?? ''));
      expect(titles.length).toBeGreaterThan(1);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nb')));
      expect(new URL(page.url()).search).toBe(link);
    };
    await check();
    await page.reload();
    await settled(page);
    await check();
  });

  it('goes back and forward through searches and filters', async () => {
    await openCatalogue(page);
    await searchFor(page, 'unge');
    const afterSearch = await resultSlugs(page);
    await openFacet(page, 'land');
    await page.locator('#f-land-DK').check();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=unge&land=DK');
    const afterFilter = await resultSlugs(page);
    expect(afterFilter).not.toEqual(afterSearch);

    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=unge');
    expect(await page.locator('#f-land-DK').isChecked()).toBe(false);
    expect(await resultSlugs(page)).toEqual(afterSearch);

    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#catalogue-q').inputValue()).toBe('');
    expect(await resultSlugs(page, false)).toHaveLength(entries.length);

    await page.goForward();
    await settled(page);
    await page.goForward();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=unge&land=DK');
    expect(await page.locator('#f-land-DK').isChecked()).toBe(true);
    expect(await resultSlugs(page)).toEqual(afterFilter);
  });

  it('the header search on another page opens the catalogue with the results', async () => {
    await page.goto(`${site.url}/om/`);
    await page.locator('#site-search-q').fill('hjemmesykepleien');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/eksempler\/\?q=hjemmesykepleien$/);
    await settled(page);
    expect(await page.locator('#catalogue-q').inputValue()).toBe('hjemmesykepleien');
    expect(await resultSlugs(page)).toContain('klinisk-ernaeringsfysiolog');
  });

  it('«Nullstill» clears everything and shows the whole catalogue again', async () => {
    await openCatalogue(page, '?q=mat&land=NO');
    await page.locator('.catalogue-tools [data-reset]').click();
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#catalogue-q').inputValue()).toBe('');
    expect(await page.locator('#f-land-NO').isChecked()).toBe(false);
    expect(await resultSlugs(page, false)).toHaveLength(entries.length);
    expect(await statusText(page)).toBe(`${entries.length} eksempler.`);
  });
});

describe('the catalogue page', () => {
  it('shows the number of results in a live region and a message when nothing matches', async () => {
    await openCatalogue(page);
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await searchFor(page, 'xylofonorkester');
    expect(await statusText(page)).toBe('Ingen eksempler for «xylofonorkester».');
    expect(await page.locator('[data-no-results]').isVisible()).toBe(true);
    expect(await resultSlugs(page)).toEqual([]);
  });

  it('searches the last part of a compound it does not have, and says so', async () => {
    await openCatalogue(page);
    await searchFor(page, 'bofellesskap');
    expect(await statusText(page)).toContain('Ingen treff på «bofellesskap», så vi søkte på «fellesskap».');
    expect(await resultSlugs(page)).toContain('comfortpark');
  });

  it('lists entries that have some of the words below those that have all', async () => {
    await openCatalogue(page);
    await searchFor(page, 'unge utenfor arbeidslivet');
    const full = await resultSlugs(page, false);
    const all = await resultSlugs(page);
    expect(all.length).toBeGreaterThan(full.length);
    expect(all.slice(0, full.length)).toEqual(full);
    expect(await page.locator('[data-partial]').isVisible()).toBe(true);
    expect(await statusText(page)).toMatch(/passer delvis\.$/);
  });

  it('preloads the index when the search field gets focus, not before, and filter indexes only when shown', async () => {
    const fresh = await site.newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.goto(`${site.url}/eksempler/`);
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await Promise.all([
      fresh.waitForResponse((r) => r.url().includes('/pagefind/wasm.')),
      fresh.locator('#catalogue-q').focus(),
    ]);
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/filter/') || p.startsWith('/pagefind/fragment/'))).toEqual(
      [],
    );
    // The facets start closed, so a search loads no filter index.
    await searchFor(fresh, 'eldre');
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/filter/'))).toHaveLength(0);
    expect(await fresh.locator('label[for="f-tema-forebygging"] [data-count]').textContent()).toBe('');
    // Opening «Tema» loads its index and shows its counts.
    await fresh.locator('details[data-facet="tema"] > summary').click();
    await fresh.waitForFunction(
      () => document.querySelector('label[for="f-tema-forebygging"] [data-count]')?.textContent !== '',
    );
    expect(requests.filter((p) => p.startsWith('/pagefind/filter/'))).toHaveLength(1);
    const eldreForebygging = await pagefindSlugs('eldre', { tema: 'forebygging' });
    expect(await fresh.locator('label[for="f-tema-forebygging"] [data-count]').textContent()).toBe(
      `(${eldreForebygging.length})`,
    );
    // No worker: the catalogue searches on the main thread.
    expect(requests.some((p) => p.endsWith('pagefind-worker.js'))).toBe(false);
    await fresh.close();
  });

  it('builds result cards from the small card files when the page has no card for a result, and falls back to fragments', async () => {
    // The real catalogue lists every entry on /eksempler/, so the map from result ids to the cards
    // on the page is emptied here, as it would be for results beyond the first page of a big catalogue.
    const render = async (blockCards: boolean) => {
      const fresh = await site.newPage();
      await fresh.route('**/eksempler/', async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          body: (await response.text()).replace(/ data-pagefind-ids="[^"]*"/, ' data-pagefind-ids=""'),
        });
      });
      if (blockCards) await fresh.route('**/pagefind/card/**', (route) => route.fulfill({ status: 404, body: '' }));
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await fresh.goto(`${site.url}/eksempler/`);
      await searchFor(fresh, 'eldre');
      await fresh.waitForLoadState('networkidle');
      const cards = await fresh.locator('[data-results] > li').evaluateAll((items: Element[]) =>
        items.map((li: Element) => ({
          href: li.querySelector('h3 a')?.getAttribute('href'),
          title: li.querySelector('h3 a')?.textContent?.trim(),
          summary: li.querySelector('p')?.textContent?.trim(),
          facts: [...li.querySelectorAll('dd')].map((dd) => dd.textContent?.trim()),
        })),
      );
      await fresh.close();
      return {
        cards,
        cardFiles: requests.filter((p) => p.startsWith('/pagefind/card/')).length,
        fragments: requests.filter((p) => p.startsWith('/pagefind/fragment/')).length,
      };
    };
    const fromFiles = await render(false);
    const fromFragments = await render(true);
    expect(fromFiles.cards.length).toBeGreaterThan(1);
    expect(fromFiles.cardFiles).toBe(fromFiles.cards.length);
    // One fragment: the best match's text, to check the words really match.
    expect(fromFiles.fragments).toBe(1);
    expect(fromFragments.fragments).toBe(fromFragments.cards.length);
    // The same cards either way, and the same as the server-rendered ones.
    expect(fromFiles.cards).toEqual(fromFragments.cards);
    const page1 = await site.newPage();
    await page1.goto(`${site.url}/eksempler/`);
    await searchFor(page1, 'eldre');
    const served = await page1.locator('[data-results] > li').evaluateAll((items: Element[]) =>
      items.map((li: Element) => ({
        href: li.querySelector('h3 a')?.getAttribute('href'),
        title: li.querySelector('h3 a')?.textContent?.trim(),
        summary: li.querySelector('p')?.textContent?.trim(),
        facts: [...li.querySelectorAll('dd')].map((dd) => dd.textContent?.trim()),
      })),
    );
    await page1.close();
    expect(fromFiles.cards).toEqual(served);
  });

  it('can be used with the keyboard alone', async () => {
    await openCatalogue(page);
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'catalogue-q' && steps < 40) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-q');
    await page.keyboard.type('eldre');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('«eldre»'));
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=eldre');
    // Tab on to the «Fase» group, open it with Enter, Tab to its first checkbox and tick it with Space.
    while (
      (await page.evaluate(() => document.activeElement?.parentElement?.getAttribute('data-facet'))) !== 'fase' &&
      steps < 80
    ) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-facet="fase"]').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(id).toMatch(/^f-fase-/);
    await page.keyboard.press('Space');
    await settled(page);
    expect(await page.locator(`#${id}`).isChecked()).toBe(true);
    expect(new URL(page.url()).search).toContain(`fase=${id.replace('f-fase-', '')}`);
    // «Vis flere» moves focus to the first of the new results.
    await openCatalogue(page, '?land=NO');
    await page.locator('[data-more]').focus();
    await page.keyboard.press('Enter');
    await settled(page);
    await page.waitForFunction(() => document.activeElement?.closest('[data-results]') !== null);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const eleventh = await page.locator('[data-results] > li').nth(10).locator('h3 a').getAttribute('href');
    expect(focused).toBe(eleventh);
    // Nullstill by keyboard.
    await page.locator('.catalogue-tools [data-reset]').focus();
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
  });

  it.each([
    ['empty', ''],
    ['typed', '?q=eldre'],
    ['filtered', '?fase=operation&tema=forebygging&sort=tittel'],
    ['no results', '?q=xylofonorkester'],
    ['partial results', '?q=unge+utenfor+arbeidslivet'],
  ])('axe finds 0 violations in the %s state', async (_state, query) => {
    await openCatalogue(page, query);
    await page
      .locator('details[data-facet]')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  // Lighthouse's phone (412×823) with a query from the home page: the «Vis N eksempler» bar sticks to
  // the bottom of the screen over the filter groups, so target size (WCAG 2.5.8) is checked here too.
  it('axe finds 0 violations on a phone with the results bar over the filters', async () => {
    const phone = await site.newPage({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    await openCatalogue(phone, '?q=eldre');
    await expect(phone.locator('[data-to-results]').isVisible()).resolves.toBe(true);
    const violations = await axeViolations(phone);
    expect(violations, describeViolations(violations)).toEqual([]);
    await phone.context().close();
  });

  it('without JavaScript lists every entry, hides the controls and links to the browse pages', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/eksempler/?q=eldre`);
    expect(await plain.locator('[data-results] > li').count()).toBe(entries.length);
    expect(await plain.locator('.catalogue-form').isVisible()).toBe(false);
    for (const href of ['/tema/', '/fase/', '/land/'])
      expect(await plain.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    await context.close();
  });
});
