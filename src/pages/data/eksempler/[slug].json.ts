import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../../data/catalogue.ts';
import { loadOpenData } from '../../../data/open-data.ts';
import { compareView } from '../../../lib/compare/entry-view.ts';

/** One entry: its full open-data record and the labelled view the compare page draws. */
export async function getStaticPaths() {
  const [{ entries }, { records }] = await Promise.all([loadCatalogue(), loadOpenData()]);
  // Looked up, not searched: a search per entry grows with the square of the catalogue.
  const bySlug = new Map(records.map((r) => [r.id, r]));
  return entries.map((item) => {
    // The body text stays in velferdsspor.json; this file is fetched per column and stays small.
    const { body: _body, ...record } = bySlug.get(item.slug)!;
    return { params: { slug: item.slug }, props: { body: JSON.stringify({ record, view: compareView(item) }) } };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
