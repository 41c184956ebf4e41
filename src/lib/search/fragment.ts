import type { ResultData } from './results.ts';

/**
 * A Pagefind fragment as the build stores it, decompressed («pagefind_dcd{"url":…,"meta":…}»): the
 * page's path, text and meta, or undefined when the text is not a fragment with a page path.
 */
export function parseFragment(decompressed: string): ResultData | undefined {
  const start = decompressed.indexOf('{');
  if (start < 0) return undefined;
  try {
    const data = JSON.parse(decompressed.slice(start)) as Partial<ResultData>;
    return typeof data.url === 'string' ? { content: '', meta: {}, ...data, url: data.url } : undefined;
  } catch {
    return undefined;
  }
}

/** A page's fragment file in the bundle, by its id (the page's place, src/integrations/pagefind/short-ids.ts). */
export const fragmentFile = (id: string) => `fragment/${id}.pf_fragment`;
