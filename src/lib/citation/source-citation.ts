import type { SourceDocument } from '../../schemas/source.ts';

interface Citation {
  pages?: number[] | undefined;
  section?: string | undefined;
}

/** «s. 10» or «s. 10–11» or «avsnittet «Bakgrunn»». */
export function locator(citation: Citation): string {
  if (citation.pages?.length) {
    const pages = [...citation.pages].sort((a, b) => a - b);
    const contiguous = pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
    return pages.length > 1 && contiguous ? `s. ${pages[0]}–${pages[pages.length - 1]}` : `s. ${pages.join(', ')}`;
  }
  return citation.section ? `avsnittet «${citation.section}»` : '';
}

/** A plain-text reference: Publisher (year). «Title». Author. Locator. */
export function citationText(source: SourceDocument, citation: Citation): string {
  const parts = [
    `${source.publisher}${source.year ? ` (${source.year})` : ''}.`,
    `«${source.title}».`,
    source.author ? `Utført av ${source.author}.` : '',
    locator(citation)
      ? `${locator(citation)
          .replace(/^s\./, 'S.')
          .replace(/^avsnittet/, 'Avsnittet')}.`
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}
