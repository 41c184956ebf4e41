import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { SourceDocument } from '../../schemas/source.ts';
import { citationText, locator } from './source-citation.ts';
import { formatDateNb } from '../format/nb.ts';
import { siteName } from '../site.ts';

/*
 * BibTeX and RIS come from citation-js (build time only: this module is imported by .astro
 * frontmatter and endpoints, never by a browser script), so escaping and field names follow the
 * formats' own rules. The plain-text line is our own: citation-js's APA output needs the CSL
 * plugin, an APA style file and a Norwegian locale (about 2 MB) for one sentence.
 */

export interface CitedEntry {
  slug: string;
  title: string;
  /** ISO date the facts were last confirmed: the entry's own date. */
  updated: string;
  /** Absolute URL of the entry page. */
  url: string;
}

export interface CitedSource {
  id: string;
  document: SourceDocument;
  pages?: number[] | undefined;
  section?: string | undefined;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/** CSL-JSON, the citation-js input format, for the entry page itself. */
export function entryCsl(entry: CitedEntry, accessed: string) {
  return {
    id: `velferdsspor-${entry.slug}`,
    type: 'webpage',
    title: entry.title,
    author: [{ literal: siteName }],
    'container-title': siteName,
    URL: entry.url,
    issued: { 'date-parts': dateParts(entry.updated) },
    accessed: { 'date-parts': dateParts(accessed) },
    language: 'nb',
  };
}

/** CSL-JSON for the source document, with the pages the entry cites. */
export function sourceCsl(source: CitedSource) {
  const { document } = source;
  const type = document.kind === 'report' ? 'report' : 'document';
  return {
    id: source.id,
    type,
    title: document.title,
    author: [{ literal: document.author ?? document.publisher }],
    publisher: document.publisher,
    ...(document.year ? { issued: { 'date-parts': [[document.year]] } } : {}),
    ...(document.url ? { URL: document.url } : {}),
    ...(source.pages?.length ? { page: locator(source).replace(/^s\. /, '') } : {}),
    ...(source.section ? { note: `Avsnittet «${source.section}»` } : {}),
    language: document.language,
  };
}

/** «Velferdsspor. (2024, 1. april). Vurderingsteam. Hentet 1. desember 2026 fra https://…» */
export function entryCitationText(entry: CitedEntry, accessed: string): string {
  const [year] = entry.updated.split('-');
  const dayMonth = formatDateNb(entry.updated).replace(/ \d{4}$/, '');
  return `${siteName}. (${year}, ${dayMonth}). ${entry.title}. Hentet ${formatDateNb(accessed)} fra ${entry.url}`;
}

/** The source line, as the entry page's «Kilde» section writes it. */
export function sourceCitationText(source: CitedSource): string {
  return citationText(source.document, source);
}

/**
 * Each record is formatted on its own and the two are joined the way citation-js joins a list (the
 * unit test checks both forms are the same): an entry page's record differs per entry, but its
 * source's record is shared by every entry that cites the same pages, so it is formatted once per
 * build. At 10,000 entries that halves the time spent in citation-js.
 */
const sourceRecords = new Map<string, string>();

function record(csl: object, format: 'bibtex' | 'ris'): string {
  return new Cite([csl]).format(format, { format: 'text' }) as string;
}

function sourceRecord(source: CitedSource, format: 'bibtex' | 'ris'): string {
  const csl = sourceCsl(source);
  const key = `${format}\n${JSON.stringify(csl)}`;
  let text = sourceRecords.get(key);
  if (text === undefined) {
    text = record(csl, format);
    sourceRecords.set(key, text);
  }
  return text;
}

/** BibTeX for the entry and its source (two records). */
export function citationBibtex(entry: CitedEntry, source: CitedSource, accessed: string): string {
  return record(entryCsl(entry, accessed), 'bibtex').replace(/\n$/, '') + sourceRecord(source, 'bibtex');
}

/** RIS for the entry and its source (two records), which every reference manager imports. */
export function citationRis(entry: CitedEntry, source: CitedSource, accessed: string): string {
  const ris = `${record(entryCsl(entry, accessed), 'ris')}\n${sourceRecord(source, 'ris')}`;
  // @citation-js/plugin-ris 0.8 breaks every value after 70 characters, which cuts URLs in two for
  // Zotero and EndNote. Every real line starts with a tag («UR  - »), so the others are rejoined.
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)(?=.)/g, '');
}
