import { loadCatalogue } from './catalogue.ts';
import { phases } from '../schemas/phases.ts';
import { countries } from '../schemas/countries.ts';
import { challenges } from '../schemas/challenges.ts';
import { keys, keyIds } from '../schemas/keys.ts';
import { countBy, keyCooccurrence, levelDistribution, phaseByKey, catalogueHref, type CountRow, type Labelled } from '../lib/stats/distributions.ts';

const fromVocabulary = (vocabulary: Record<string, { label: string }>): Labelled[] => Object.entries(vocabulary).map(([id, t]) => ({ id, label: t.label }));

export interface CountTable {
  id: string;
  title: string;
  /** Whether an entry can have several values (then the rows add up to more than the entries). */
  multi: boolean;
  rows: CountRow[];
}

/** Every distribution /statistikk/ shows, computed once per build. */
export async function loadStatistics() {
  const { entries, topics, targetGroups } = await loadCatalogue();
  const data = entries.map((e) => e.data);
  const byCount = (rows: CountRow[]) => [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nb'));
  const tables: CountTable[] = [
    { id: 'fase', title: 'Eksempler etter fase', multi: false, rows: countBy(data, 'fase', fromVocabulary(phases), 'Ikke oppgitt i kilden') },
    { id: 'land', title: 'Eksempler etter land', multi: false, rows: countBy(data, 'land', fromVocabulary(countries)) },
    { id: 'tema', title: 'Eksempler etter tema', multi: true, rows: byCount(countBy(data, 'tema', topics)) },
    { id: 'utfordring', title: 'Eksempler etter samfunnsutfordring', multi: true, rows: countBy(data, 'utfordring', fromVocabulary(challenges), 'Ingen av de to') },
    { id: 'malgruppe', title: 'Eksempler etter målgruppe', multi: true, rows: byCount(countBy(data, 'malgruppe', targetGroups)) },
  ];
  const keyLabels = keyIds.map((k) => keys[k].label);
  const phaseIds = Object.keys(phases);
  return {
    total: entries.length,
    tables,
    keyIds,
    keyLabels,
    levels: levelDistribution(data, keyIds),
    movedHref: Object.fromEntries(keyIds.map((k) => [k, catalogueHref({ nokkel: [k] })])),
    cooccurrence: keyCooccurrence(data, keyIds),
    phaseLabels: phaseIds.map((p) => phases[p as keyof typeof phases].label),
    phaseByKey: phaseByKey(data, phaseIds, keyIds),
  };
}
