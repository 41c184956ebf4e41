import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response((await loadOpenData()).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
