import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify((await loadOpenData()).jsonSchema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
