/** Site-wide names and the main navigation, in the order visitors see them. */
export const siteName = 'Velferdsspor';
export const siteTagline = 'Nye måter å skape velferd på i nordiske kommuner';

/**
 * Who answers for the catalogue's material: the contact KS PRI gives in «Velferd på nye måter – Spor av
 * ny praksis» (2024), section «For mer informasjon», copied exactly. The site's feedback route is this
 * contact plus the repository's issue form (`issueFormUrl`).
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
 * The repository's web address (for example https://github.com/<eier>/<navn>), set once when the
 * repository is published; the issue form, «Foreslå endring» and history links derive from it. null
 * until then: the site never shows a guessed address, and the links that need it are left out.
 */
export const repositoryUrl: string | null = null;

/**
 * The site's public address (https://…/), set when it is published: printed entries and link previews
 * (og:url, og:image) then carry absolute URLs. null until then, and the site uses root-relative paths.
 */
export const siteUrl: string | null = null;
export const issueFormUrl = repositoryUrl ? `${repositoryUrl}/issues/new/choose` : null;

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: NavItem[] = [
  { href: '/eksempler/', label: 'Eksempler' },
  { href: '/nokler/', label: 'De fire nøklene' },
  { href: '/tema/', label: 'Tema' },
  { href: '/om/', label: 'Om Velferdsspor' },
];

export const footerNav: NavItem[] = [
  { href: '/om/', label: 'Om Velferdsspor' },
  { href: '/metode/', label: 'Metode' },
  { href: '/begreper/', label: 'Begreper' },
  { href: '/tema/', label: 'Tema' },
  { href: '/fase/', label: 'Faser' },
  { href: '/land/', label: 'Land' },
  { href: '/tilgjengelighet/', label: 'Tilgjengelighet' },
  { href: '/om/#kontakt', label: 'Kontakt' },
];

/**
 * The Content-Security-Policy every page carries. No 'unsafe-inline' or 'unsafe-eval';
 * 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs. data: images are the icons
 * Designsystemet embeds in its CSS.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
