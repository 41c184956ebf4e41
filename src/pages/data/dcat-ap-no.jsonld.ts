import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await loadOpenData()).dcat, null, 2), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
