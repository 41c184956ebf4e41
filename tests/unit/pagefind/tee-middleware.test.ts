import { afterEach, describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { onRequest } from '../../../src/integrations/pagefind/tee-middleware.ts';
import { setPageSink } from '../../../src/integrations/pagefind/tee-sink.ts';

const html = '<!doctype html><html lang="nb"><body><h1>Ærlig talt – «sitat»</h1></body></html>';

function run(response: Response, { prerendered = true, path = '/eksempler/x/' } = {}) {
  const context = { isPrerendered: prerendered, url: new URL(`https://velferdsspor.no${path}`) } as APIContext;
  return onRequest(context, async () => response) as Promise<Response>;
}

const page = (body = html, type = 'text/html; charset=utf-8') =>
  new Response(body, { status: 200, headers: { 'content-type': type, 'x-test': 'beholdt' } });

afterEach(() => setPageSink(undefined));

describe('the page tee middleware', () => {
  it('hands a prerendered HTML page to the tee and returns the same bytes, status and headers', async () => {
    const handed: [string, string][] = [];
    setPageSink((path, bytes) => handed.push([path, Buffer.from(bytes).toString('utf8')]));
    const response = await run(page());
    expect(handed).toEqual([['/eksempler/x/', html]]);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(html));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-test')).toBe('beholdt');
  });

  it('leaves the response alone without a tee, for other media types and for pages rendered on request', async () => {
    const untouched = page();
    expect(await run(untouched)).toBe(untouched);
    const handed: string[] = [];
    setPageSink((path) => handed.push(path));
    const feed = page('<feed/>', 'application/atom+xml');
    expect(await run(feed, { path: '/eksempler.atom' })).toBe(feed);
    const onDemand = page();
    expect(await run(onDemand, { prerendered: false })).toBe(onDemand);
    expect(handed).toEqual([]);
  });
});
