import type { APIRoute } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response((await loadOpenData()).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
