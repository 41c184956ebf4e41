import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist.ts';
import { browseIndex, catalogueIndex, catalogueQueryHref, conceptsIndex, keyDiagramIndex } from '../../src/lib/urls.ts';

export interface PageType {
  /** Norwegian, for tables. */
  name: string;
  /** One page of the type, as a site path (may carry a query). */
  path: string;
}

/** The first page under a site folder such as /tema/ (one entry, one theme …), or undefined before there is one. */
function firstUnder(index: string, root: string): string | undefined {
  const dir = index.replace(/^\/|\/$/g, '');
  const full = join(root, dir);
  if (!existsSync(full)) return undefined;
  const sub = readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(full, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return sub && `/${dir}/${sub}/`;
}

/**
 * Every kind of page the site has, one example each, for the checks that cannot visit every page
 * (Lighthouse, the CSP walk in Chromium). Add a row when a new kind of page lands; `optional` rows
 * are used once they exist in dist/ (the /aktorer/ pages arrive with the organisations work).
 */
const rows = (root: string): { name: string; path: string | undefined; optional?: boolean }[] => [
  { name: 'forside', path: '/' },
  { name: 'katalog med søk', path: catalogueQueryHref('?q=eldre') },
  { name: 'eksempel', path: firstUnder(catalogueIndex, root) },
  { name: 'nøkler', path: keyDiagramIndex },
  // Page 2 of the catalogue for browsing without JavaScript exists once there are more entries than one page holds.
  { name: 'katalogside', path: firstUnder(`${catalogueIndex}side/`, root), optional: true },
  { name: 'temaoversikt', path: browseIndex.topics },
  { name: 'temaside', path: firstUnder(browseIndex.topics, root) },
  { name: 'faseoversikt', path: browseIndex.phase },
  { name: 'faseside', path: firstUnder(browseIndex.phase, root) },
  { name: 'landoversikt', path: browseIndex.country },
  { name: 'landside', path: firstUnder(browseIndex.country, root) },
  { name: 'begreper', path: conceptsIndex },
  { name: 'metode', path: '/metode/' },
  { name: 'tilgjengelighet', path: '/tilgjengelighet/' },
  // The file itself: on an unknown URL the host sends it with status 404, which Lighthouse refuses to score.
  { name: '404', path: '/404.html' },
  { name: 'åpne data', path: '/data/' },
  { name: 'sammenlign', path: '/sammenlign/?e=familieveiviseren,vurderingsteam' },
  { name: 'statistikk', path: '/statistikk/' },
  { name: 'kart', path: '/kart/' },
  { name: 'bidra', path: '/bidra/' },
  { name: 'om', path: '/om/' },
  { name: 'aktører', path: '/aktorer/', optional: true },
  { name: 'aktør', path: firstUnder('/aktorer/', root), optional: true },
];

/** The file in dist/ a site path is served from. */
export function pageFile(path: string, root = distDir): string {
  const pathname = path.split('?')[0]!;
  return join(root, pathname.replace(/^\//, ''), pathname.endsWith('/') ? 'index.html' : '');
}

/** The page types present in the build; a required one that is missing is an error in this list. */
export function builtPageTypes(root = distDir): PageType[] {
  return rows(root).flatMap((row) => {
    if (row.path && existsSync(pageFile(row.path, root))) return [{ name: row.name, path: row.path }];
    if (row.optional) return [];
    throw new Error(
      `Sidetypen «${row.name}» finnes ikke i dist/ (${row.path ?? 'ingen side'}): rett listen i scripts/lib/page-types.ts.`,
    );
  });
}
