import { decodeHTML } from 'entities';
import { allowedSchemes, maxUrlLength } from './allow-list.ts';

/**
 * Whitespace, C0/C1 controls and invisible format characters. Browsers drop many of these inside a
 * scheme (`java\tscript:` runs), so they are removed before the scheme is read.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisible = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * What a browser would make of the address: entities decoded (`&#106;avascript:`, `javascript&colon;`),
 * percent-encoding decoded, invisible characters removed, lower-cased. Decoding repeats until stable
 * so double encoding gains nothing.
 */
export function normaliseUrl(raw: string): string {
  let value = raw;
  for (let i = 0; i < 5; i++) {
    const next = percentDecode(decodeHTML(value)).replace(invisible, '');
    if (next === value) break;
    value = next;
  }
  return value.toLowerCase();
}

/** Why a link address is not allowed, in Norwegian, or `undefined` when it is. */
export function urlProblem(raw: string): string | undefined {
  if (raw.length > maxUrlLength) return `adressen er lengre enn ${maxUrlLength} tegn`;
  const url = normaliseUrl(raw);
  if (url === '') return 'lenken har ingen adresse';
  if (url.includes('\\')) return 'adressen inneholder «\\»';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme !== undefined) {
    return (allowedSchemes as readonly string[]).includes(scheme)
      ? undefined
      : `adresser med «${scheme}:» er ikke tillatt`;
  }
  // No scheme: «//host» is another host without saying so; a relative file path could point into the
  // repository's code. Only this site's own pages and fragments are allowed.
  if (url.startsWith('//')) return 'adressen peker til et annet nettsted uten https:';
  if (url.startsWith('#')) return undefined;
  if (!url.startsWith('/')) return 'relative adresser er ikke tillatt';
  if (url.split(/[/?#]/).includes('..')) return 'adressen inneholder «..»';
  return undefined;
}
