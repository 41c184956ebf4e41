import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const getStaticPaths = (async () => {
  const { taxonomyCsv } = await loadOpenData();
  return taxonomyCsv.map((t) => ({ params: { taxonomy: t.name }, props: { csv: t.csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
