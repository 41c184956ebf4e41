import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/dist.ts';
import { builtPageTypes } from '../../scripts/lib/page-types.ts';

/**
 * The site as people use it on a phone and with a keyboard (issue 14): axe at phone width, touch
 * targets (WCAG 2.5.8), and keyboard-only walkthroughs with a visible, uniform focus ring.
 */
const pageTypes = [
  ...builtPageTypes().map((t) => t.path),
  // An entry with a long title and many facts, and the 404 page as a visitor meets it.
  '/eksempler/samskaping-om-helse-i-lister/',
  '/finnes-ikke/',
];

const site = useSite({ page: { viewport: { width: 390, height: 844 }, hasTouch: true } });
let phone: Page;
let desk: Page;

beforeAll(async () => {
  phone = site.page;
  desk = await site.newPage({ viewport: { width: 1280, height: 900 } });
});

describe('at 390 px', () => {
  // Issue 14's first-screen rule: a municipal leader on a phone sees what phase the practice is in and
  // which country it is from without scrolling, on every entry (the lead and title vary in length).
  it("shows every entry's phase and country on the first screen (390 × 844)", async () => {
    const entries = builtPages().filter((p) => /^\/eksempler\/[^/]+\/$/.test(p.path));
    expect(entries.length).toBeGreaterThanOrEqual(29);
    const late: string[] = [];
    for (const { path } of entries) {
      await phone.goto(`${site.url}${path}`);
      const seen = await phone.evaluate(() => {
        // The facts panel's own values, looked for in what is on the first screen.
        const value = (label: string) =>
          [...document.querySelectorAll('.facts dt')]
            .find((dt) => dt.textContent?.trim() === label)
            ?.nextElementSibling?.textContent?.trim();
        const onScreen = (text: string) =>
          [...document.querySelectorAll<HTMLElement>('main p, main dd, main h1')].some(
            (el) => el.textContent?.includes(text) && el.getBoundingClientRect().bottom <= window.innerHeight,
          );
        const phase = value('Fase');
        const country = value('Land');
        return {
          phase,
          country,
          phaseSeen: phase === 'Ikke oppgitt i kilden' || (!!phase && onScreen(phase)),
          countrySeen: !!country && onScreen(country),
        };
      });
      if (!seen.phaseSeen) late.push(`${path}: fase «${seen.phase}»`);
      if (!seen.countrySeen) late.push(`${path}: land «${seen.country}»`);
    }
    expect(late).toEqual([]);
  });

  it('axe finds 0 violations on every page type', async () => {
    const failures: string[] = [];
    for (const path of pageTypes) {
      await phone.goto(`${site.url}${path}`);
      const violations = await axeViolations(phone);
      if (violations.length) failures.push(`${path}\n${describeViolations(violations)}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('every touch target is at least 24 × 24 px, or has 24 px of room (WCAG 2.5.8), diagram markers included', async () => {
    const failures: string[] = [];
    for (const path of pageTypes) {
      await phone.goto(`${site.url}${path}`);
      const small = await phone.evaluate(() => {
        const selector =
          'a[href], button, input:not([type="hidden"]), select, summary, [tabindex]:not([tabindex="-1"]), a.kd-marker';
        const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return s.visibility !== 'hidden' && r.width > 0 && r.height > 0 && !el.closest('[hidden], .visually-hidden');
        });
        // WCAG's inline exception: a link inside a sentence is sized by the line it is in.
        const inline = (el: HTMLElement) => {
          if (getComputedStyle(el).display !== 'inline' || el.tagName !== 'A') return false;
          const block = el.closest('p, li, dd, td, th, figcaption, blockquote');
          return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
        };
        // A checkbox inside its label (the diagram's chips): the whole label is what a finger hits.
        const boxes = targets.map((el) => ({
          el,
          r: (el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')! : el).getBoundingClientRect(),
        }));
        const out: string[] = [];
        for (const { el, r } of boxes) {
          if (inline(el) || (r.width >= 24 && r.height >= 24)) continue;
          // The spacing exception: a 24 px circle on the target's centre meets no other target.
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const crowded = boxes.some(({ el: other, r: o }) => {
            if (other === el || other.contains(el) || el.contains(other)) return false;
            const dx = Math.max(o.left - cx, 0, cx - o.right);
            const dy = Math.max(o.top - cy, 0, cy - o.bottom);
            return Math.hypot(dx, dy) < 12;
          });
          if (crowded)
            out.push(
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}» ${Math.round(r.width)}×${Math.round(r.height)}`,
            );
        }
        return out;
      });
      if (small.length)
        failures.push(`${path}: ${small.slice(0, 5).join('; ')}${small.length > 5 ? ` (+${small.length - 5})` : ''}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  // The map's tap areas overlap where municipalities lie close; a tap on a dot must still open that
  // municipality, not a neighbour drawn on top of it (elementFromPoint is the browser's own hit test).
  it('a tap on the centre of each map marker reaches that marker', async () => {
    await phone.goto(`${site.url}/kart/`);
    const missed = await phone.evaluate(() => {
      const markers = [...document.querySelectorAll<SVGAElement>('svg.nordic-map a[data-kommune]')];
      markers[0]?.scrollIntoView({ block: 'center' });
      return {
        count: markers.length,
        missed: markers.flatMap((a) => {
          const dot = a.querySelector('circle:not(.hit)')!.getBoundingClientRect();
          const hit = document
            .elementFromPoint(dot.left + dot.width / 2, dot.top + dot.height / 2)
            ?.closest('a[data-kommune]');
          return hit === a ? [] : [`${a.dataset.kommune} → ${hit?.getAttribute('data-kommune') ?? 'ingen'}`];
        }),
      };
    });
    expect(missed.count).toBeGreaterThan(10);
    expect(missed.missed).toEqual([]);
  });
});

/** The focused element and how its focus shows: outline or box-shadow, with the outline's width and colour. */
async function focusInfo(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // A checkbox inside a chip or a label shows its ring on the wrapper (Designsystemet's :has(:focus-visible)).
    const holders = [el, el.closest('.ds-chip'), el.parentElement].filter(Boolean) as HTMLElement[];
    const rings = holders
      .map((h) => getComputedStyle(h))
      .map((s) => ({
        outline:
          s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineWidth} ${s.outlineColor}` : '',
        shadow: s.boxShadow !== 'none',
      }));
    const ring = rings.find((r) => r.outline) ?? rings.find((r) => r.shadow);
    return {
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}»`,
      outline: ring?.outline ?? '',
      visible: Boolean(ring),
      inViewport: (() => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      })(),
    };
  });
}

/** Tabs through a page up to `max` times; every stop must show the one focus ring. */
async function tabThrough(p: Page, max: number, until?: (name: string) => boolean) {
  const stops: NonNullable<Awaited<ReturnType<typeof focusInfo>>>[] = [];
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    const info = await focusInfo(p);
    if (!info) break;
    stops.push(info);
    if (until?.(info.name)) break;
  }
  return stops;
}

const ringProblems = (stops: NonNullable<Awaited<ReturnType<typeof focusInfo>>>[]) => {
  const invisible = stops.filter((s) => !s.visible).map((s) => s.name);
  const rings = new Set(stops.map((s) => s.outline).filter(Boolean));
  return { invisible, rings: [...rings] };
};

describe('the catalogue remembers', () => {
  it('says «Viser 10 av N», and Back from an entry opened after «Vis flere» returns to the same card and place (M8)', async () => {
    await desk.goto(`${site.url}/eksempler/?land=NO`);
    await desk.locator('[data-more]:not([hidden])').waitFor();
    await expect(desk.locator('[data-shown]').textContent()).resolves.toBe('Viser 10 av 22.');
    // Bookmarks and history tell filtered lists apart (L14).
    await expect(desk.title()).resolves.toBe('Eksempler: Norge – Velferdsspor');
    await desk.locator('[data-more]').click();
    await desk.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
    // The title link: a card also holds the «Legg til sammenligning» toggle.
    const card = desk.locator('[data-results] > li').nth(14).locator('h3 a');
    await card.scrollIntoViewIfNeeded();
    await desk.waitForTimeout(300);
    const scrolled = await desk.evaluate(() => window.scrollY);
    const href = await card.getAttribute('href');
    await card.click();
    await desk.waitForURL(`${site.url}${href}`);
    await desk.goBack();
    await desk.waitForFunction(() => document.querySelectorAll('[data-results] > li').length >= 15);
    await desk.waitForTimeout(300);
    expect(Math.abs((await desk.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(40);
  });
});

describe('keyboard only', () => {
  it('home: skip link, navigation and the search, each with the same visible ring; Enter searches', async () => {
    await desk.goto(`${site.url}/`);
    const stops = await tabThrough(desk, 40, (name) => name.startsWith('input#home-q'));
    expect(stops.at(-1)?.name).toMatch(/^input#home-q/);
    await desk.keyboard.type('ensomhet');
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/\/eksempler\/\?q=ensomhet$/);
    const { invisible, rings } = ringProblems([...stops, ...(await tabThrough(desk, 60))]);
    expect(invisible).toEqual([]);
    expect(rings).toHaveLength(1);
  });

  it('catalogue: search, open a filter group, tick a box, and «Vis flere» moves focus to the first new card', async () => {
    await desk.goto(`${site.url}/eksempler/`);
    const toSearch = await tabThrough(desk, 30, (name) => name.startsWith('input#catalogue-q'));
    expect(toSearch.at(-1)?.name).toMatch(/^input#catalogue-q/);
    await desk.keyboard.type('eldre');
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/\?q=eldre/);
    await desk.locator('[data-status]').filter({ hasText: /eldre/ }).waitFor();
    // The filters on the whole catalogue: Norway has more than one page of results.
    await desk.goto(`${site.url}/eksempler/`);
    const toFacet = await tabThrough(desk, 30, (name) => name.startsWith('summary') && name.includes('Land'));
    expect(toFacet.at(-1)?.name).toMatch(/^summary/);
    await desk.keyboard.press('Enter');
    await desk.keyboard.press('Tab');
    await expect(desk.evaluate(() => (document.activeElement as HTMLInputElement).id)).resolves.toBe('f-land-NO');
    await desk.keyboard.press('Space');
    await desk.waitForURL(/land=NO/);
    await desk.locator('[data-more]:not([hidden])').waitFor();
    const toMore = await tabThrough(desk, 80, (name) => name.includes('Vis flere'));
    expect(toMore.at(-1)?.name).toContain('Vis flere');
    const before = await desk.locator('[data-results] > li').count();
    await desk.keyboard.press('Enter');
    await desk.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
    await expect(desk.evaluate(() => document.activeElement?.closest('[data-results] > li') !== null)).resolves.toBe(
      true,
    );
    const { invisible, rings } = ringProblems([...toSearch, ...toFacet, ...toMore]);
    expect(invisible).toEqual([]);
    expect(rings).toHaveLength(1);
  });

  it('entry: every stop from the skip link to the footer shows the same ring and is scrolled into view', async () => {
    await desk.goto(`${site.url}/eksempler/pa-dorterskelen/`);
    const stops = await tabThrough(desk, 120);
    expect(stops.length).toBeGreaterThan(15);
    expect(stops.filter((s) => !s.inViewport).map((s) => s.name)).toEqual([]);
    const { invisible, rings } = ringProblems(stops);
    expect(invisible).toEqual([]);
    expect(rings).toHaveLength(1);
  });

  it('/nokler/: the markers are one tab stop with arrow keys inside, and the filter comes right after', async () => {
    await desk.goto(`${site.url}/nokler/`);
    await desk.locator('.kd-filter-set').waitFor({ state: 'visible' });
    const toMarker = await tabThrough(desk, 30, (name) => name.startsWith('a#kd-nr-'));
    expect(toMarker.at(-1)?.name).toMatch(/^a#kd-nr-/);
    const first = await desk.evaluate(() => document.activeElement?.id);
    await desk.keyboard.press('ArrowRight');
    const moved = await desk.evaluate(() => document.activeElement?.id);
    expect(moved).toMatch(/^kd-nr-/);
    expect(moved).not.toBe(first);
    const toFilter = await tabThrough(desk, 10, (name) => name.startsWith('input'));
    expect(toFilter.at(-1)?.name).toMatch(/^input/);
    expect(toFilter.length).toBeLessThanOrEqual(3);
    // Shift+Tab back into the diagram lands on the marker last used.
    for (let i = 0; i < toFilter.length; i++) await desk.keyboard.press('Shift+Tab');
    await expect(desk.evaluate(() => document.activeElement?.id)).resolves.toBe(moved);
    const { invisible, rings } = ringProblems([...toMarker, ...toFilter]);
    expect(invisible).toEqual([]);
    expect(rings).toHaveLength(1);
  });
});
