import type { MiddlewareHandler } from 'astro';
import { pageSink } from './tee-sink.ts';

/**
 * Hands every page Astro prerenders during `astro build` to the search step's page tee
 * (page-tee.ts), which reads it for the index while the next pages render. Without a running tee
 * (`astro dev`, tests) the response passes untouched. The page is returned as the same bytes.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.text();
  sink(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
