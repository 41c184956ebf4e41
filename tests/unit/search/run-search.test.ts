import { describe, expect, it, vi } from 'vitest';
import { emptyState, type CatalogueState } from '../../../src/lib/catalogue/state.ts';
import { facetOfField, filterOn } from '../../../src/lib/catalogue/facets.ts';
import { runSearch, type PagefindLike, type PagefindResponse } from '../../../src/lib/search/run-search.ts';

/**
 * A fake Pagefind over a few documents, close enough to the real one for the strategy: every
 * search word must match (a word matches an indexed word it is a prefix of), filters are `any`
 * (OR) or `none` per facet and AND between facets, and the response counts the filter values of
 * the results. `data()` gives content, meta and the positions of the matched words.
 */
interface Doc {
  id: string;
  text: string;
  filters: Record<string, string[]>;
}

function fakePagefind(docs: Doc[]): PagefindLike & { search: ReturnType<typeof vi.fn> } {
  const matches = (doc: Doc, words: string[]) => {
    const indexed = doc.text.toLowerCase().split(/\s+/);
    return words.every((w) => indexed.some((iw) => iw.startsWith(w)));
  };
  const passes = (doc: Doc, filters: Record<string, { any?: string[]; none?: string[] }> = {}) =>
    Object.entries(filters).every(([param, f]) => {
      const values = doc.filters[param] ?? [];
      if (f.any) return f.any.length === 0 || f.any.some((v) => values.includes(v));
      return !(f.none ?? []).some((v) => values.includes(v));
    });
  const search = vi.fn(
    async (
      term: string | null,
      options: { filters?: Record<string, { any?: string[]; none?: string[] }> } = {},
    ): Promise<PagefindResponse> => {
      const words = term ? term.toLowerCase().split(/\s+/) : [];
      const hits = docs.filter((d) => (words.length === 0 || matches(d, words)) && passes(d, options.filters));
      const counts: Record<string, Record<string, number>> = {};
      for (const doc of docs)
        for (const [param, values] of Object.entries(doc.filters))
          for (const v of values) (counts[param] ??= {})[v] ??= 0;
      for (const doc of hits)
        for (const [param, values] of Object.entries(doc.filters)) for (const v of values) counts[param]![v]! += 1;
      return {
        filters: counts,
        results: hits.map((doc, i) => ({
          id: doc.id,
          score: 1 / (i + 1),
          data: async () => {
            return { url: `/eksempler/${doc.id}/`, content: doc.text, meta: { title: doc.id } };
          },
        })),
      };
    },
  );
  return { search } as PagefindLike & { search: ReturnType<typeof vi.fn> };
}

const phase = facetOfField('phase').param;
const topic = facetOfField('topics').param;
const docs: Doc[] = [
  {
    id: 'a',
    text: 'Eldre som bor hjemme får hjelp av frivillige',
    filters: { [phase]: ['pilot'], [topic]: ['eldre'] },
  },
  {
    id: 'b',
    text: 'Et fellesskap for eldre i bygda',
    filters: { [phase]: ['operation'], [topic]: ['eldre', 'bolig'] },
  },
  { id: 'c', text: 'Ungdom møter arbeidslivet', filters: { [phase]: ['operation'], [topic]: ['ungdom'] } },
];
const state = (q: string, filters = {}): CatalogueState => ({
  ...emptyState(),
  q,
  filters: { ...emptyState().filters, ...filters },
});

describe('runSearch', () => {
  it('finds the entries with every word and counts what ticking each box would give', async () => {
    const outcome = await runSearch(fakePagefind(docs), state('eldre', filterOn('phase', 'operation')), {
      pageSize: 10,
    });
    expect(outcome.results.map((r) => r.id)).toEqual(['b']);
    expect(outcome.terms).toEqual(['eldre']);
    // With «Regulær drift» ticked, ticking «Drift av pilot» too would add entry a: the OR within a facet.
    expect(outcome.counts[phase]).toEqual({ pilot: 2, operation: 1 });
    expect(outcome.notes).toEqual({ dropped: [], replaced: [] });
  });

  it('leaves out a word that matches nothing, and says so', async () => {
    const outcome = await runSearch(fakePagefind(docs), state('eldre qwxz'), { pageSize: 10 });
    expect(outcome.notes.dropped).toEqual(['qwxz']);
    expect(outcome.terms).toEqual(['eldre']);
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('searches an unknown compound as its last part («bofellesskap» → «fellesskap»)', async () => {
    const outcome = await runSearch(fakePagefind(docs), state('bofellesskap'), { pageSize: 10 });
    expect(outcome.notes.replaced).toEqual([['bofellesskap', 'fellesskap']]);
    expect(outcome.results.map((r) => r.id)).toEqual(['b']);
  });

  it('adds the entries with some of the words when fewer than a page have them all', async () => {
    const outcome = await runSearch(fakePagefind(docs), state('frivillige ungdom'), { pageSize: 10 });
    expect(outcome.results).toEqual([]);
    expect(outcome.partial.map((r) => r.id).sort()).toEqual(['a', 'c']);
  });

  it('asks nothing for text with nothing searchable in it, and finds nothing', async () => {
    const pf = fakePagefind(docs);
    const outcome = await runSearch(pf, state('e'), { pageSize: 10 });
    expect(outcome.results).toEqual([]);
    expect(pf.search).not.toHaveBeenCalled();
  });

  it('runs filters without text as a search for null', async () => {
    const pf = fakePagefind(docs);
    const outcome = await runSearch(pf, state('', filterOn('topics', 'eldre')), { pageSize: 10 });
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(pf.search.mock.calls[0]![0]).toBeNull();
  });
});
