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
  if (groups.length)
    parts.push(`${groups.length > 1 ? 'samme målgrupper' : 'samme målgruppe'}: ${joinNb(groups.map(lower))}`);
  if (topics.length) parts.push(`samme tema: ${joinNb(topics.map(lower))}`);
  // Names keep their capitals: «begge med NAV».
  if (organisations.length) parts.push(`begge med ${joinNb(organisations)}`);
  if (keys.length) parts.push(`begge flytter ${joinNb(keys.map(lower))}`);
  return parts.join('; ');
}

/** Set bits in a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Each distinct value of one kind (target group, topic, organisation, key) as a bit; an entry's values as a bit set. */
class BitSets {
  private readonly bit = new Map<string, number>();
  private sets: number[][] = [];
  add(values: readonly string[]): void {
    const set: number[] = [];
    for (const value of values) {
      let b = this.bit.get(value);
      if (b === undefined) this.bit.set(value, (b = this.bit.size));
      set[b >>> 5] = (set[b >>> 5] ?? 0) | (1 << (b & 31));
    }
    this.sets.push(set);
  }
  /** All sets in one array, `words` per set, so a comparison reads consecutive numbers. */
  pack(): { words: number; data: Uint32Array } {
    const words = Math.max(1, Math.ceil(this.bit.size / 32));
    const data = new Uint32Array(this.sets.length * words);
    this.sets.forEach((set, i) => set.forEach((w, j) => (data[i * words + j] = w ?? 0)));
    return { words, data };
  }
}

/** How many values sets `a` and `b` of one kind share. */
function shared({ words, data }: { words: number; data: Uint32Array }, a: number, b: number): number {
  let n = 0;
  for (let w = 0; w < words; w += 1) n += bitCount(data[a * words + w]! & data[b * words + w]!);
  return n;
}

/**
 * Up to RELATED_MAX related entries for every entry, computed once for the whole catalogue.
 * A candidate shares at least one target group, topic or organisation; shared moved keys add to the score but
 * never make a candidate alone (nearly every entry moves «relasjoner»). Ties go to the lower
 * catalogue number, so the result is the same on every build.
 *
 * The score of a pair depends only on which groups, topics, organisations and keys the two share, so entries with
 * the same sets (a «profile») rank every other entry alike: the ranking runs once per pair of
 * profiles on bit sets, keeping only the best RELATED_MAX + 1 (one more, for the entry itself), and
 * the reasons are written for the kept pairs only. That keeps a 10,000-entry catalogue to seconds;
 * comparing every pair of entries and writing a reason for each took minutes.
 */
export function relatedExamples(entries: readonly RelatedInput[], max = RELATED_MAX): Map<string, Related[]> {
  // Profiles: entries with the same sets share one, its members in number order.
  const profileOf = new Map<string, number>();
  const members: number[][] = [];
  const groups = new BitSets();
  const topics = new BitSets();
  const organisations = new BitSets();
  const keys = new BitSets();
  const order = entries.map((_, i) => i).sort((a, b) => entries[a]!.number - entries[b]!.number);
  const profiles = new Int32Array(entries.length);
  for (const i of order) {
    const e = entries[i]!;
    const ids = [
      e.targetGroups.map((g) => g.id),
      e.topics.map((t) => t.id),
      [...e.movedKeys],
      (e.organisations ?? []).map((o) => o.id),
    ];
    const key = JSON.stringify(ids.map((list) => [...new Set(list)].sort()));
    let p = profileOf.get(key);
    if (p === undefined) {
      profileOf.set(key, (p = members.length));
      members.push([]);
      groups.add(ids[0]!);
      topics.add(ids[1]!);
      keys.add(ids[2]!);
      organisations.add(ids[3]!);
    }
    members[p]!.push(i);
    profiles[i] = p;
  }
  const [g, t, k, o] = [groups.pack(), topics.pack(), keys.pack(), organisations.pack()];
  const keep = max + 1;

  // For each profile, the best `keep` entries of the whole catalogue (its own members included).
  const best: number[][] = members.map((_, p) => {
    const kept: { score: number; number: number; i: number }[] = [];
    const better = (a: { score: number; number: number }, b: { score: number; number: number }) =>
      a.score > b.score || (a.score === b.score && a.number < b.number);
    for (let q = 0; q < members.length; q += 1) {
      const sharedGroups = shared(g, p, q);
      const sharedTopics = shared(t, p, q);
      const sharedOrganisations = shared(o, p, q);
      if (sharedGroups + sharedTopics + sharedOrganisations === 0) continue;
      const score =
        WEIGHT.targetGroup * sharedGroups +
        WEIGHT.topic * sharedTopics +
        WEIGHT.organisation * sharedOrganisations +
        WEIGHT.key * shared(k, p, q);
      if (kept.length === keep && score < kept[keep - 1]!.score) continue;
      // Members are in number order: once one does not make the list, the later ones do not either.
      for (const i of members[q]!) {
        const candidate = { score, number: entries[i]!.number, i };
        if (kept.length === keep && !better(candidate, kept[keep - 1]!)) break;
        let at = kept.length;
        while (at > 0 && better(candidate, kept[at - 1]!)) at -= 1;
        kept.splice(at, 0, candidate);
        if (kept.length > keep) kept.pop();
      }
    }
    return kept.map((c) => c.i);
  });

  const result = new Map<string, Related[]>();
  entries.forEach((entry, i) => {
    const related = best[profiles[i]!]!.filter((j) => j !== i)
      .slice(0, max)
      .map((j): Related => {
        const other = entries[j]!;
        const groupIds = new Set(other.targetGroups.map((x) => x.id));
        const topicIds = new Set(other.topics.map((x) => x.id));
        const sharedGroups = entry.targetGroups.filter((x) => groupIds.has(x.id)).map((x) => x.label);
        const sharedTopics = entry.topics.filter((x) => topicIds.has(x.id)).map((x) => x.label);
        const sharedKeys = entry.movedKeys.filter((x) => other.movedKeys.includes(x));
        const organisationIds = new Set((other.organisations ?? []).map((x) => x.id));
        const sharedOrganisations = (entry.organisations ?? [])
          .filter((x) => organisationIds.has(x.id))
          .map((x) => x.label);
        const score =
          WEIGHT.targetGroup * sharedGroups.length +
          WEIGHT.topic * sharedTopics.length +
          WEIGHT.organisation * sharedOrganisations.length +
          WEIGHT.key * sharedKeys.length;
        return {
          slug: other.slug,
          title: other.title,
          score,
          reason: reasonOf(sharedGroups, sharedTopics, sharedKeys, sharedOrganisations),
        };
      });
    result.set(entry.slug, related);
  });
  return result;
}
