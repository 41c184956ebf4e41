import type { Column } from './columns.ts';
import { LIST_SEPARATOR } from './columns.ts';

const typeNames: Record<string, string> = {
  string: 'tekst',
  integer: 'heltall',
  number: 'tall',
  boolean: 'sann/usann (true/false)',
  date: 'dato (ÅÅÅÅ-MM-DD)',
  array: 'JSON',
};

/** The type of a column in words, for the codebook: «liste av heltall, skilt med ;». */
export function typeInWords(column: Column): string {
  if (column.shape === 'list')
    return `liste av ${typeNames[column.itemType ?? 'string']}, skilt med «${LIST_SEPARATOR}»`;
  if (column.format === 'uri') return 'nettadresse';
  return typeNames[column.type] ?? column.type;
}

/** «1–3», «minst 1», «høyst 3», or ''. */
export function rangeInWords(column: Pick<Column, 'minimum' | 'maximum'>): string {
  const { minimum, maximum } = column;
  if (minimum !== undefined && maximum !== undefined) return `${minimum}–${maximum}`;
  if (minimum !== undefined) return `minst ${minimum}`;
  if (maximum !== undefined) return `høyst ${maximum}`;
  return '';
}

/** A description without the «Tillatte verdier: …» tail that enumOf adds; the codebook lists them itself. */
export function descriptionWithoutValues(description: string | undefined): string {
  return (description ?? '').replace(/\s*Tillatte verdier:.*$/s, '').trim();
}

/** The codebook row id for a column: html-validate (and CSS selectors) want no dots in ids. */
export function columnAnchor(prefix: string, name: string): string {
  return `${prefix}${name.replace(/\./g, '_')}`;
}
