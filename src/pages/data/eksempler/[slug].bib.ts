import type { APIRoute } from 'astro';
import { citationPaths } from '../../../data/entry-citations.ts';

export const getStaticPaths = () => citationPaths('bib');

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
