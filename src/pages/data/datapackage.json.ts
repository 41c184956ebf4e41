import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await loadOpenData()).datapackage, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
