import type { Page } from 'playwright-core';

/** Waits until the catalogue has finished the search it is running and shows its answer. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.querySelector('.catalogue-results');
    return section !== null && !section.hasAttribute('aria-busy');
  });
}

/** Types a search into the catalogue's field and submits it with Enter (no wait for the debounce). */
export async function searchFor(page: Page, q: string): Promise<void> {
  const field = page.locator('#catalogue-q');
  await field.fill(q);
  await field.press('Enter');
  await page.waitForFunction(
    (text) => document.querySelector('[data-status]')?.textContent?.includes(`«${text}»`),
    q.replace(/\s+/g, ' ').trim(),
  );
  await settled(page);
}

/** The slugs of the result cards shown, in order: full matches, then partial ones (`partial: false` for the first only). */
export async function resultSlugs(page: Page, partial = true): Promise<string[]> {
  const hrefs = await page
    .locator(partial ? '.catalogue-results .card-grid h3 a' : '[data-results] h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/eksempler\//, '').replace(/\/$/, ''));
}

/** The text of the live region. */
export async function statusText(page: Page): Promise<string> {
  return ((await page.locator('[data-status]').textContent()) ?? '').trim();
}
