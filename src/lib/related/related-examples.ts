import { joinNb } from '../format/nb.ts';

/** What the ranking reads from an entry; labels are resolved so reasons can be written in words. */
export interface RelatedInput {
  slug: string;
  title: string;
  number: number;
  topics: readonly { id: string; label: string }[];
  targetGroups: readonly { id: string; label: string }[];
  /** The keys the entry moves (level 2–3), as labels in key order. */
  movedKeys: readonly string[];
  /** The organisations among its partners, labelled with their names. */
  organisations?: readonly { id: string; label: string }[];
}

export interface Related {
  slug: string;
  title: string;
  score: number;
  /** Why, in words: «samme målgruppe: eldre; begge flytter makt». */
  reason: string;
}

export const RELATED_MAX = 4;

/** Weights: a shared target group says most about relevance to a reader, a shared key least. */
const WEIGHT = { targetGroup: 3, topic: 2, organisation: 2, key: 1 } as const;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** At most two labels per kind keep the line short; the entry page has a size budget. */
const REASON_LABELS = 2;

function reasonOf(allGroups: string[], allTopics: string[], keys: string[], allOrganisations: string[] = []): string {
  const groups = allGroups.slice(0, REASON_LABELS);
  const topics = allTopics.slice(0, REASON_LABELS);
  const organisations = allOrganisations.slice(0, REASON_LABELS);
  const parts: string[] = [];
  if (groups.length) parts.push(`${groups.length > 1 ? 'samme målgrupper' : 'samme målgruppe'}: ${joinNb(groups.map(lower))}`);
  if (topics.length) parts.push(`samme tema: ${joinNb(topics.map(lower))}`);
  // Names keep their capitals: «begge med NAV».
  if (organisations.length) parts.push(`begge med ${joinNb(organisations)}`);
  if (keys.length) parts.push(`begge flytter ${joinNb(keys.map(lower))}`);
  return parts.join('; ');
}

/**
 * Up to RELATED_MAX related entries for every entry, computed once for the whole catalogue.
 * Candidates come from an index of target groups, topics and organisations, so an entry is compared
 * only with entries that share at least one of them, not with the whole collection; shared moved keys add
 * to the score but never make a candidate alone (nearly every entry moves «relasjoner»).
 * Ties go to the lower catalogue number, so the result is the same on every build.
 */
export function relatedExamples(entries: readonly RelatedInput[], max = RELATED_MAX): Map<string, Related[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  entries.forEach((e, i) => {
    for (const g of e.targetGroups) add(`g:${g.id}`, i);
    for (const t of e.topics) add(`t:${t.id}`, i);
    for (const o of e.organisations ?? []) add(`o:${o.id}`, i);
  });

  const result = new Map<string, Related[]>();
  entries.forEach((entry, i) => {
    const candidates = new Set<number>();
    for (const g of entry.targetGroups) for (const j of index.get(`g:${g.id}`)!) candidates.add(j);
    for (const t of entry.topics) for (const j of index.get(`t:${t.id}`)!) candidates.add(j);
    for (const o of entry.organisations ?? []) for (const j of index.get(`o:${o.id}`)!) candidates.add(j);
    candidates.delete(i);
    const ranked = [...candidates].map((j) => {
      const other = entries[j]!;
      const groupIds = new Set(other.targetGroups.map((g) => g.id));
      const topicIds = new Set(other.topics.map((t) => t.id));
      const groups = entry.targetGroups.filter((g) => groupIds.has(g.id)).map((g) => g.label);
      const topics = entry.topics.filter((t) => topicIds.has(t.id)).map((t) => t.label);
      const organisationIds = new Set((other.organisations ?? []).map((o) => o.id));
      const organisations = (entry.organisations ?? []).filter((o) => organisationIds.has(o.id)).map((o) => o.label);
      const keys = entry.movedKeys.filter((k) => other.movedKeys.includes(k));
      const score = WEIGHT.targetGroup * groups.length + WEIGHT.topic * topics.length + WEIGHT.organisation * organisations.length + WEIGHT.key * keys.length;
      return { slug: other.slug, title: other.title, number: other.number, score, reason: reasonOf(groups, topics, keys, organisations) };
    });
    ranked.sort((a, b) => b.score - a.score || a.number - b.number);
    result.set(entry.slug, ranked.slice(0, max).map(({ number: _n, ...r }) => r));
  });
  return result;
}
