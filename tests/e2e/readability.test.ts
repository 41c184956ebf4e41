import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

/**
 * Text a reader has to read is not set small (L10): card summaries and facts, the entry's facts and
 * the key rationales are at least 16 px against the 18 px body text, on a phone and on a desktop.
 */
const site = useSite();

/** The smallest computed font size among visible elements with text that match `selector`. */
async function smallest(p: Page, selector: string): Promise<{ size: number; count: number; text: string }> {
  return p.evaluate((s) => {
    const found = [...document.querySelectorAll<HTMLElement>(s)].filter(
      (e) => e.offsetParent !== null && e.textContent?.trim(),
    );
    let min = { size: Number.POSITIVE_INFINITY, text: '' };
    for (const e of found) {
      const size = parseFloat(getComputedStyle(e).fontSize);
      if (size < min.size) min = { size, text: e.textContent!.trim().slice(0, 40) };
    }
    return { ...min, count: found.length };
  }, selector);
}

const MIN = 16;

describe.each([390, 1280])('at %i px', (width) => {
  let p: Page;
  beforeAll(async () => {
    p = await site.newPage({ viewport: { width, height: 900 } });
  });

  it.each([
    ['/eksempler/', '.initiative-card p, .initiative-card dt, .initiative-card dd'],
    [
      '/eksempler/pa-dorterskelen/',
      '.facts dt, .facts dd, .key-profile p, .key-profile .thumb span, .initiative-card p',
    ],
    ['/nokler/', 'table details, table details p'],
  ])('%s: no reading text under 16 px', async (path, selector) => {
    await p.goto(`${site.url}${path}`);
    const { size, count, text } = await smallest(p, selector);
    expect(count, selector).toBeGreaterThan(0);
    expect(size, `«${text}»`).toBeGreaterThanOrEqual(MIN);
  });
});
