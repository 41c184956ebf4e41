import type { APIRoute } from 'astro';
import { entryFiles } from '../../data/entry-files.ts';
import { bundleText } from './bundle.ts';

// Built only by `astro build`: every entry's files in one response, split after the build.
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(bundleText(await entryFiles()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
