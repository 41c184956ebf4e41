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
  // As bytes, not text: Astro encodes the page, and as text it was decoded here and encoded again
  // for the response, on the thread that renders every page; the tee's thread decodes its copy.
  const html = new Uint8Array(await response.arrayBuffer());
  sink(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
