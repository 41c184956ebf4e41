import type { APIRoute } from 'astro';
import { loadKeyDiagram } from '../../data/key-diagram.ts';
import { renderKeyThumbnailBackgroundSvg } from '../../lib/svg/key-thumbnail.ts';

/** The thumbnails' shared background: every marker as a dot, fetched once and cached by the browser. */
export const GET: APIRoute = async () => {
  const { markers, size, radius } = await loadKeyDiagram();
  const svg = renderKeyThumbnailBackgroundSvg(markers, { size, radius });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
