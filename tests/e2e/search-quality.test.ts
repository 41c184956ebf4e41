import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { resultSlugs, searchFor } from './search-helpers.ts';

/**
 * Recall on tests/search-quality.yaml: for each query typed into /eksempler/, the share of its
 * expected entries among the first 10 results, over all queries. The threshold is 0.9, not 1: the
 * list is meant to grow with searches that fail, and a new failing query should be added (and then
 * fixed) without breaking CI at once; below 0.9 the search has clearly regressed.
 */
const RECALL_THRESHOLD = 0.9;
const TOP = 10;

interface QualityCase {
  query: string;
  expect: string[];
}
const cases = parse(readFileSync(new URL('../search-quality.yaml', import.meta.url), 'utf8')) as QualityCase[];

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = site.page;
  await page.goto(`${site.url}/eksempler/`);
});

describe('search quality list', () => {
  it('has at least 30 queries, each expecting entries that exist', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      expect(c.expect.length, c.query).toBeGreaterThan(0);
      for (const slug of c.expect)
        expect(
          () => readFileSync(new URL(`../../content/initiatives/${slug}.mdx`, import.meta.url)),
          `${c.query}: ${slug}`,
        ).not.toThrow();
    }
  });

  it(`finds the expected entries in the top ${TOP} (recall ≥ ${RECALL_THRESHOLD})`, async () => {
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const c of cases) {
      await searchFor(page, c.query);
      const top = (await resultSlugs(page)).slice(0, TOP);
      for (const slug of c.expect) {
        expected += 1;
        if (top.includes(slug)) found += 1;
        else misses.push(`«${c.query}» → ${slug} (fikk: ${top.join(', ') || 'ingen'})`);
      }
    }
    const recall = found / expected;
    console.log(
      `Søkekvalitet: recall ${recall.toFixed(3)} (${found}/${expected}) på ${cases.length} søk${misses.length ? `\nBom:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(RECALL_THRESHOLD);
  }, 180_000);
});
