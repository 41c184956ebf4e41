import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../../data/catalogue.ts';
import { renderBarChartSvg } from '../../../lib/svg/bar-chart.ts';
import type { Chart } from '../../../schemas/chart.ts';
import { cacheKey } from '../../../lib/node/cache-key.ts';

/**
 * An entry's chart as its own SVG file. The numbers are in the table beside it on the page, so the
 * drawing is an image: kept out of the page's HTML, it no longer counts against the 14 KB budget of
 * every reload and is cached like any image.
 */
export async function getStaticPaths() {
  const { entries } = await loadCatalogue();
  return entries
    .filter((item) => item.data.chart)
    .map((item) => ({
      params: { slug: item.slug },
      props: { chart: item.data.chart },
      cacheKey: cacheKey(item.data.chart),
    }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(renderBarChartSvg((props as { chart: Chart }).chart), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
