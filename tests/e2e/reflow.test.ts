import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { readFileSync, statSync } from 'node:fs';
import { builtPages } from '../helpers/dist.ts';

/**
 * WCAG 1.4.10 Reflow on every built page: a 320 px phone, a 390 px phone, and a 1280×900 desktop at
 * 400 % zoom (a 320×225 CSS px viewport). axe cannot see any of this: it needs real layout.
 */
const viewports = [
  { name: '390 px', width: 390, height: 844 },
  { name: '320 px', width: 320, height: 640 },
  { name: '1280 px at 400 %', width: 320, height: 225 },
];

const site = useSite({ page: { viewport: { width: 390, height: 844 } } });
let page: Page;

beforeAll(async () => {
  page = site.page;
});

/**
 * What does not reflow: the document scrolling sideways, text outside the viewport, and text cut off
 * by an element that hides its overflow. Text inside a scroll box the visitor can scroll (a wide table
 * in `overflow:auto`, reachable by keyboard: axe checks that) is not cut off, so it is not counted.
 */
async function reflowProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const doc = document.documentElement;
    if (doc.scrollWidth > width) problems.push(`the document is ${doc.scrollWidth} px wide`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return true;
        const r = e.getBoundingClientRect();
        // The visually-hidden pattern: clipped to nothing, read by screen readers only.
        if (
          s.getPropertyValue('clip').startsWith('rect(0') ||
          s.clipPath === 'inset(50%)' ||
          (r.width <= 1 && r.height <= 1 && s.overflow !== 'visible')
        )
          return true;
      }
      return false;
    };
    const scrollBox = (el: Element): Element | null => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll') return e;
      }
      return null;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || seen.has(el) || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = scrollBox(el);
      const limit = box ? box.getBoundingClientRect() : { left: 0, right: width };
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        // Scroll boxes may hold more than they show; only their own overflow into the page counts.
        if (box) break;
        if (rect.right > limit.right + 1 || rect.left < limit.left - 1) {
          seen.add(el);
          problems.push(
            `«${node.textContent.trim().slice(0, 40)}» in ${describe(el)} runs to ${Math.round(rect.right)} px`,
          );
          break;
        }
      }
      // Cut off: an ancestor that clips (overflow hidden/clip) and is narrower than the text.
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && e.scrollWidth > e.clientWidth + 1 && !seen.has(e)) {
          seen.add(e);
          problems.push(`${describe(e)} cuts off its text (${e.scrollWidth} px in ${e.clientWidth} px)`);
        }
      }
    }
    return problems;
  });
}

/**
 * The 124 organisation pages share one template, and checking each would push the run past its time
 * on a busy machine. The largest (most cards) and those with the longest names stand for the rest:
 * they are where a page could grow too wide.
 */
function reflowPages(): string[] {
  const all = builtPages();
  const isOrganisation = (path: string) => /^\/aktorer\/[^/]+\/$/.test(path);
  const organisations = all.filter((p) => isOrganisation(p.path));
  const h1 = (file: string) => /<h1[^>]*>([^<]*)</.exec(readFileSync(file, 'utf8'))?.[1]?.length ?? 0;
  const bySize = [...organisations].sort((a, b) => statSync(b.file).size - statSync(a.file).size).slice(0, 4);
  const byName = [...organisations].sort((a, b) => h1(b.file) - h1(a.file)).slice(0, 4);
  const kept = new Set([...bySize, ...byName].map((p) => p.path));
  return all.map((p) => p.path).filter((path) => !isOrganisation(path) || kept.has(path));
}

describe('every built page reflows', () => {
  const pages = reflowPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(viewports)(
    'at $name: no sideways scrolling, no text cut off',
    async ({ width, height }) => {
      await page.setViewportSize({ width, height });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        const problems = await reflowProblems(page);
        if (problems.length) failures.push(`${path}\n    ${problems.slice(0, 4).join('\n    ')}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
      // One pass visits every page (about 85): on a loaded machine that takes more than a minute.
    },
    180_000,
  );

  it('at 390 px with the root font at 200 % (large text on a phone)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const failures: string[] = [];
    for (const path of [
      '/',
      '/eksempler/',
      '/eksempler/pa-dorterskelen/',
      '/eksempler/universitetssykehjem/',
      '/nokler/',
      '/metode/',
    ]) {
      await page.goto(`${site.url}${path}`);
      await page.evaluate(() => {
        document.documentElement.style.setProperty('font-size', '200%', 'important');
      });
      const problems = await reflowProblems(page);
      if (problems.length) failures.push(`${path}\n    ${problems.slice(0, 4).join('\n    ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
