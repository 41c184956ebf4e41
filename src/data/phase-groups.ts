import type { CatalogueEntry } from './catalogue.ts';
import { phases } from '../schemas/phases.ts';
import { NO_PHASE } from '../lib/catalogue/facets.ts';
import { noPhaseLabel } from '../lib/format/nb.ts';

/** A phase as the browse pages show it: the four of the report, or «not stated». */
export interface PhaseTerm {
  id: string;
  slug: string;
  label: string;
  description: string;
}

/**
 * The phases to browse by, with the entries whose source gives none as a last group of their own
 * (L9): /fase/, its pages and the home page then add up to every entry.
 */
export const phaseTerms: readonly PhaseTerm[] = [
  ...Object.entries(phases).map(([id, term]) => ({ id, ...term })),
  { id: NO_PHASE, slug: NO_PHASE, label: noPhaseLabel, description: 'Kilden sier ikke hvilken fase tiltaket er i.' },
];

/** Each phase that has entries, with them, in the order above. */
export function phaseGroups(entries: readonly CatalogueEntry[]): { term: PhaseTerm; items: CatalogueEntry[] }[] {
  return phaseTerms
    .map((term) => ({ term, items: entries.filter((e) => (e.data.phase ?? NO_PHASE) === term.id) }))
    .filter((group) => group.items.length > 0);
}
