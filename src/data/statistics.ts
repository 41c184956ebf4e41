import { loadCatalogue } from './catalogue.ts';
import { phases } from '../schemas/phases.ts';
import { keys, keyIds } from '../schemas/keys.ts';
import { countBy, keyCooccurrence, levelDistribution, phaseByKey, type CountRow } from '../lib/stats/distributions.ts';
import { loadFacetVocabularies } from './facet-vocabularies.ts';
import { facetOfField, filterOn, type FacetField } from '../lib/catalogue/facets.ts';
import { catalogueHref } from '../lib/urls.ts';

export interface CountTable {
  id: string;
  title: string;
  /** Whether an entry can have several values (then the rows add up to more than the entries). */
  multi: boolean;
  rows: CountRow[];
}

/** Every distribution /statistikk/ shows, computed once per build. */
export async function loadStatistics() {
  const { entries } = await loadCatalogue();
  const data = entries.map((e) => e.data);
  const vocabularies = await loadFacetVocabularies();
  const byCount = (rows: CountRow[]) =>
    [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nb'));
  // One table per facet below, titled by the registry's label. Long lists (ordered by label in the
  // registry) are shown largest first; a field an entry may leave empty gets a row for «none».
  const table = (field: FacetField, noneLabel?: string): CountTable => {
    const facet = facetOfField(field);
    const values = [...facet.labels(vocabularies)].map(([id, label]) => ({ id, label }));
    const rows = countBy(data, facet.param, values, noneLabel);
    return {
      id: facet.param,
      title: `Eksempler etter ${facet.label.toLowerCase()}`,
      multi: facet.multiple,
      rows: facet.order === 'label' ? byCount(rows) : rows,
    };
  };
  const tables: CountTable[] = [
    table('phase'),
    table('country'),
    table('topics'),
    table('challenges', 'Ingen av de to'),
    table('targetGroups'),
  ];
  const keyLabels = keyIds.map((k) => keys[k].label);
  const phaseIds = Object.keys(phases);
  return {
    total: entries.length,
    tables,
    keyIds,
    keyLabels,
    levels: levelDistribution(data, keyIds),
    movedHref: Object.fromEntries(keyIds.map((k) => [k, catalogueHref(filterOn('keys', k))])),
    cooccurrence: keyCooccurrence(data, keyIds),
    phaseLabels: phaseIds.map((p) => phases[p as keyof typeof phases].label),
    phaseByKey: phaseByKey(data, phaseIds, keyIds),
  };
}
