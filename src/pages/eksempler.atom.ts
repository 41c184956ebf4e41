import type { APIRoute } from 'astro';
import { loadCatalogue } from '../data/catalogue.ts';
import { atomFeed } from '../lib/feeds/atom.ts';
import { absoluteUrl, siteName } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const { entries } = await loadCatalogue();
  const body = atomFeed(
    entries.map((e) => ({ slug: e.slug, title: e.data.title, summary: e.data.summary, updated: e.data.updated })),
    absoluteUrl,
    `${siteName} – eksempler`,
  );
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
