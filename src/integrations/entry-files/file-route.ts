import type { APIRoute, GetStaticPaths } from 'astro';
import { entryFiles } from '../../data/entry-files.ts';
import { entryFileTypes, entryFilesFolder } from '../../lib/open-data/dataset.ts';

// Served only by `astro dev`, one file per request; `astro build` writes the same files in one pass.
// Injected once per format (index.ts), since a route's extension must be in its pattern for Astro
// to serve it without a trailing slash; the pattern says which format this one is.
export const prerender = true;

export const getStaticPaths = (async ({ routePattern }) => {
  const files = await entryFiles();
  return files
    .filter((file) => routePattern.endsWith(`.${file.format}`))
    .map((file) => ({
      params: { slug: file.path.slice(entryFilesFolder.length, -file.format.length - 1) },
      props: { text: file.text, type: entryFileTypes[file.format] },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { text, type } = props as { text: string; type: string };
  return new Response(text, { headers: { 'content-type': type } });
};
