import { phases } from '../../schemas/phases.ts';
import { countries } from '../../schemas/countries.ts';
import { keys, keyIds, keyLevels } from '../../schemas/keys.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { organisationDisplayName } from '../../schemas/organisation.ts';
import { placeLabel } from '../format/labels.ts';
import { locator } from '../citation/source-citation.ts';
import { noPhaseLabel } from '../format/nb.ts';
import { entryHref } from '../urls.ts';

/** What the compare page shows for one entry, with every label resolved at build time. */
export interface CompareView {
  id: string;
  url: string;
  number: number;
  title: string;
  summary: string;
  /** Rows in the order the compare table shows them: [row heading, values]. */
  facts: [string, string[]][];
  keys: { id: string; label: string; level: number; levelLabel: string; rationale: string }[];
  source: string;
}

interface Item {
  slug: string;
  data: Initiative;
  municipalities: readonly { name: string }[];
  topics: readonly { label: string }[];
  targetGroups: readonly { label: string }[];
  partners: readonly {
    organisation: { name: string; qualifier?: string | undefined; sectorTerm: { label: string } };
  }[];
  source: { title: string };
}

/** The row headings, in order; the compare page aligns columns by them. */
export const compareRows = ['Fase', 'Land', 'Sted', 'Tema', 'Målgrupper', 'Samarbeidspartnere', 'Resultater'] as const;

export function compareView(item: Item): CompareView {
  const { data } = item;
  const values: Record<(typeof compareRows)[number], string[]> = {
    Fase: [data.phase ? phases[data.phase].label : noPhaseLabel],
    Land: [countries[data.country].label],
    Sted: [placeLabel(item.municipalities, data.country)],
    Tema: item.topics.map((t) => t.label),
    Målgrupper: item.targetGroups.map((g) => g.label),
    Samarbeidspartnere: item.partners.map(
      ({ organisation: o }) => `${organisationDisplayName(o)} (${o.sectorTerm.label.toLowerCase()})`,
    ),
    Resultater: data.results.map((r) => `${r.value}: ${r.label}`),
  };
  return {
    id: item.slug,
    url: entryHref(item.slug),
    number: data.number,
    title: data.title,
    summary: data.summary,
    facts: compareRows.map((row) => [row, values[row]]),
    keys: keyIds.map((id) => ({
      id,
      label: keys[id].label,
      level: data.keys[id].level,
      levelLabel: keyLevels[data.keys[id].level]!.label,
      rationale: data.keys[id].rationale,
    })),
    source: `${item.source.title}, ${locator(data.source)}`,
  };
}
