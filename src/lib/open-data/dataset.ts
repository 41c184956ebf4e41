/**
 * What the dataset says about itself, shared by the Data Package, the DCAT description, the
 * codebook page and CITATION.cff's build check. Norwegian for people, standard ids for machines.
 */
export const dataset = {
  name: 'velferdsspor',
  title: 'Velferdsspor – nye måter å skape velferd på i nordiske kommuner',
  description:
    'Alle eksemplene i Velferdsspor: tiltak og program i nordiske kommuner som skaper velferd på nye måter, ' +
    'med fase, land, kommuner, tema, målgrupper, samarbeidspartnere, resultater, kilde med side og ' +
    'Velferdsspors vurdering av de fire nøklene for systemendring (formål, ressurser, makt, relasjoner).',
  keywords: ['velferd', 'kommuner', 'samskaping', 'innovasjon', 'systemendring', 'Norden'],
  license: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Navngivelse 4.0 Internasjonal',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  publisher: 'Velferdsspor',
  /** ISO 3166-1 alpha-3 for the EU country authority list; alpha-2 ids are the entries' own. */
  countries: { NO: 'NOR', DK: 'DNK', SE: 'SWE' } as Record<string, string>,
} as const;

/** Where the export files are published, relative to the site root. */
export const dataPaths = {
  page: '/data/',
  json: '/data/velferdsspor.json',
  csv: '/data/velferdsspor.csv',
  schema: '/data/velferdsspor.schema.json',
  datapackage: '/data/datapackage.json',
  dcat: '/data/dcat-ap-no.jsonld',
  entry: (slug: string) => entryFilePath(slug, 'json'),
} as const;

/** The files each entry has of its own: its open-data record (JSON) and its citation (RIS, BibTeX). */
export const entryFileTypes = {
  json: 'application/json; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
} as const;
export type EntryFileFormat = keyof typeof entryFileTypes;

/** The folder of the per-entry files, relative to the site root. */
export const entryFilesFolder = '/data/eksempler/';

export function entryFilePath(slug: string, format: EntryFileFormat): string {
  return `${entryFilesFolder}${slug}.${format}`;
}
