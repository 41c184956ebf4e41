import type { PagefindLike } from './run-search.ts';

/** `pf` with its `search` replaced by `search`; everything else is Pagefind's own. */
export function withSearch<P extends PagefindLike>(pf: P, search: PagefindLike['search']): P {
  return new Proxy(pf, { get: (target, prop) => (prop === 'search' ? search : Reflect.get(target, prop)) });
}
