import type { MiddlewareHandler } from 'astro';
import { bundleFile } from './bundle.ts';
import { bundleSink } from './writer-sink.ts';

/**
 * Hands the per-entry files bundle to the writer thread (bundle-writer.ts) the moment Astro has
 * rendered it, so the files are written while the other pages render. Every other response, and
 * this one without a running writer (`astro dev`, tests), passes untouched; the bundle itself is
 * returned as the same bytes.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = bundleSink();
  if (!sink || !context.isPrerendered || context.url.pathname !== `/${bundleFile}`) return response;
  const text = await response.text();
  sink(text);
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
};
