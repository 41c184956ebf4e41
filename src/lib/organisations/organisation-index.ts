/** What the organisation pages need of an organisation: its id, its name and where it belongs. */
export interface IndexedOrganisation {
  id: string;
  name: string;
  qualifier?: string | undefined;
  parent?: string | undefined;
}

/** An organisation with the entries whose `partners` list it, and its place in the hierarchy. */
export interface OrganisationUsage<O extends IndexedOrganisation, E> {
  organisation: O;
  /** The entries that list this organisation itself (not its children), in the order given. */
  entries: E[];
  parent?: O;
  /** Organisations whose `parent` is this one, sorted like the index. */
  children: O[];
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** By name as Norwegian readers sort it (æ, ø, å last), then by qualifier, then by id for stability. */
export function compareOrganisations(a: IndexedOrganisation, b: IndexedOrganisation): number {
  return (
    collator.compare(a.name, b.name) ||
    collator.compare(a.qualifier ?? '', b.qualifier ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Every organisation with its entries, most initiatives first, then by name. Computed once per
 * build: one pass over the entries, not one per organisation page.
 */
export function indexOrganisations<O extends IndexedOrganisation, E>(
  organisations: readonly O[],
  entries: readonly E[],
  partnerIds: (entry: E) => readonly string[],
): OrganisationUsage<O, E>[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const usage = new Map<string, E[]>(organisations.map((o) => [o.id, []]));
  for (const entry of entries) {
    for (const id of new Set(partnerIds(entry))) usage.get(id)?.push(entry);
  }
  const children = new Map<string, O[]>();
  for (const o of organisations)
    if (o.parent && byId.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
  return organisations
    .map((organisation) => {
      const parent = organisation.parent ? byId.get(organisation.parent) : undefined;
      return {
        organisation,
        entries: usage.get(organisation.id)!,
        ...(parent ? { parent } : {}),
        children: [...(children.get(organisation.id) ?? [])].sort(compareOrganisations),
      };
    })
    .sort((a, b) => b.entries.length - a.entries.length || compareOrganisations(a.organisation, b.organisation));
}
