/** Site-wide names and the main navigation, in the order visitors see them. */
export const siteName = 'Velferdsspor';
export const siteTagline = 'Nye måter å skape velferd på i nordiske kommuner';

/**
 * Who answers for the catalogue's material: the contact KS PRI gives in «Velferd på nye måter – Spor av
 * ny praksis» (2024), section «For mer informasjon», copied exactly. The site's feedback route is this
 * contact plus the repository's issue form (`issueFormUrl` in github-urls.ts).
 */
export const contact = {
  organisation: 'KS Partnerskap for radikal innovasjon (KS PRI)',
  name: 'Heidi Therese Hansen',
  email: 'heidi.therese.hansen@ks.no',
  /** As the report prints it; shown in groups of 3-2-3, dialled with the country code. */
  phone: '91863050',
  source: 'rapporten «Velferd på nye måter – Spor av ny praksis» (KS PRI, 2024)',
} as const;

export const phoneDisplay = (digits: string) => digits.replace(/^(\d{3})(\d{2})(\d{3})$/, '$1\u00a0$2\u00a0$3');

/**
 * The public address the site is published at: citations, the sitemap, the feed and the open-data
 * descriptions need absolute URLs. Change it here (and only here) when the domain is decided.
 */
export const siteUrl = 'https://velferdsspor.no';

/**
 * The picture a shared link shows (og:image): one PNG for every page, made by scripts/share-image.ts
 * from src/lib/svg/share-image.ts and committed under public/.
 */
export const shareImage = { path: '/deling.png', width: 1200, height: 630 } as const;

/** An absolute URL for a site path («/eksempler/x/»). */
export const absoluteUrl = (path: string) => new URL(path, siteUrl).href;

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: NavItem[] = [
  { href: '/eksempler/', label: 'Eksempler' },
  { href: '/nokler/', label: 'De fire nøklene' },
  { href: '/tema/', label: 'Tema' },
  { href: '/data/', label: 'Åpne data' },
  { href: '/om/', label: 'Om Velferdsspor' },
];

export const footerNav: NavItem[] = [
  { href: '/om/', label: 'Om Velferdsspor' },
  { href: '/metode/', label: 'Metode' },
  { href: '/begreper/', label: 'Begreper' },
  { href: '/tema/', label: 'Tema' },
  { href: '/fase/', label: 'Faser' },
  { href: '/land/', label: 'Land' },
  { href: '/aktorer/', label: 'Aktører' },
  { href: '/statistikk/', label: 'Statistikk' },
  { href: '/kart/', label: 'Kart' },
  { href: '/sammenlign/', label: 'Sammenlign' },
  { href: '/data/', label: 'Åpne data' },
  { href: '/tilgjengelighet/', label: 'Tilgjengelighet' },
  { href: '/bidra/', label: 'Bidra med et eksempel' },
  { href: '/om/#kontakt', label: 'Kontakt' },
];

/**
 * The Content-Security-Policy a page carries in its <meta> tag. No 'unsafe-inline' or 'unsafe-eval'.
 * 'wasm-unsafe-eval' only where Pagefind's WebAssembly search runs: the catalogue passes
 * `{ search: true }`; every other page may not compile WebAssembly at all. data: images are the
 * icons Designsystemet embeds in its CSS.
 */
export function contentSecurityPolicy({ search = false }: { search?: boolean } = {}): string {
  return [
    "default-src 'self'",
    search ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The repository the site is built from. Every link to GitHub (the /bidra/ form, «Foreslå endring»,
 * the history link, the contact page) is built from this one setting, in src/lib/github-urls.ts.
 */
export const repository = {
  owner: 'ks-pri',
  name: 'velferdsspor',
  branch: 'main',
} as const;
