import { facets, type FacetParam } from './facets.ts';
import { isSortValue } from './state.ts';

/**
 * What a catalogue link asked for that the catalogue cannot use (L1): a parameter it does not have
 * (`?side=3`, `?xyz=1`), a filter value no entry has (`?fase=planlegging`, `?land=danmark`), an
 * order it does not offer. Someone who got a link with a typo should learn that part of it was left
 * out, not see the whole catalogue as if it were the answer. A value in the wrong case is not a
 * typo worth a notice: it is read as the id it spells (`?land=dk` is Denmark).
 */

export interface UrlReading {
  /** The query string with wrong-case values replaced by their ids, for `parseCatalogueState`. */
  params: URLSearchParams;
  /** What was left out, each as «name=value» the way the link had it. */
  ignored: string[];
}

/** Longest piece of a link quoted back, so a pasted essay does not fill the screen. */
const QUOTE_MAX = 40;

const facetParams: ReadonlySet<string> = new Set(facets.map((facet) => facet.param));

export function readCatalogueUrl(
  search: string | URLSearchParams,
  known: Partial<Record<FacetParam, readonly string[]>>,
): UrlReading {
  const input = typeof search === 'string' ? new URLSearchParams(search) : search;
  const params = new URLSearchParams();
  const ignored: string[] = [];
  const quote = (name: string, value: string) => {
    const piece = value ? `${name}=${value}` : name;
    const shown = piece.length > QUOTE_MAX ? `${piece.slice(0, QUOTE_MAX - 1)}…` : piece;
    if (!ignored.includes(shown)) ignored.push(shown);
  };
  for (const [name, raw] of input) {
    const value = raw.trim();
    if (name === 'q') {
      params.append(name, raw);
    } else if (name === 'sort') {
      if (isSortValue(value)) params.append(name, value);
      else if (value) quote(name, value);
    } else if (facetParams.has(name)) {
      if (!value) continue;
      const ids = known[name as FacetParam];
      const id =
        !ids || ids.includes(value) ? value : ids.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
      if (id) params.append(name, id);
      else quote(name, value);
    } else {
      quote(name, value);
    }
  }
  return { params, ignored };
}

/**
 * The notice for what was left out, or '' when nothing was. `rest` says whether anything of the
 * link was still used, so the last sentence tells what the list below is.
 */
export function ignoredNotice(ignored: readonly string[], rest: boolean): string {
  if (ignored.length === 0) return '';
  const quoted = ignored.map((piece) => `«${piece}»`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}`;
  const what = ignored.length === 1 ? 'Denne delen av lenken' : 'Disse delene av lenken';
  return `${what} finnes ikke i katalogen og er ikke brukt: ${list}. ${rest ? 'Resten av lenken er brukt.' : 'Her er alle eksemplene.'}`;
}
