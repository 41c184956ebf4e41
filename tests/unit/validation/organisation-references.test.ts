import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOrganisations, organisationAliases } from '../../../src/lib/validation/organisation-references.ts';
import { parseYamlSource } from '../../../src/lib/validation/yaml-source.ts';
import { idForAlias } from '../../../src/lib/validation/aliases.ts';
import { fold } from '../../../src/lib/validation/suggest.ts';
import { organisationSchema, type Organisation } from '../../../src/schemas/organisation.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';

function check(yaml: string, sectors = ['kommune', 'nav', 'innbyggere']) {
  const data = parse(yaml) as Record<string, unknown>;
  const organisations = new Map(
    Object.entries(data).map(([id, o]) => [id, organisationSchema.parse(o) as Organisation]),
  );
  return {
    organisations,
    lines: checkOrganisations(
      organisations,
      sectors,
      parseYamlSource(yaml),
      'content/taxonomies/organisations.yaml',
    ).map(formatProblem),
  };
}

describe('checkOrganisations', () => {
  it('accepts sectors from sectors.yaml, parents in the file, and equal names told apart by a qualifier', () => {
    const { lines } = check(
      [
        'nav: { name: NAV, sector: nav, country: NO }',
        'nav-oslo: { name: NAV Oslo, sector: nav, country: NO, parent: nav }',
        'innbyggere-a: { name: Innbyggere, sector: innbyggere, country: NO, qualifier: Lister }',
        'innbyggere-b: { name: Innbyggere, sector: innbyggere, country: NO, qualifier: Øygarden }',
      ].join('\n'),
    );
    expect(lines).toEqual([]);
  });

  it('refuses an unknown sector and parent on their line, with the nearest id', () => {
    const { lines } = check(
      [
        'nav: { name: NAV, sector: nav, country: NO }',
        'nav-oslo:',
        '  name: NAV Oslo',
        '  sector: nva',
        '  country: NO',
        '  parent: navv',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'content/taxonomies/organisations.yaml:4: nav-oslo.sector: ukjent sektor «nva» — mente du «nav»? sektorene står i content/taxonomies/sectors.yaml',
      'content/taxonomies/organisations.yaml:6: nav-oslo.parent: ukjent aktør «navv» i parent — mente du «nav»? parent er id-en til en annen aktør i denne filen',
    ]);
  });

  it('refuses a chain of parents that runs in a circle, once', () => {
    const { lines } = check(
      [
        'a: { name: A-etaten, sector: kommune, country: NO, parent: c }',
        'b: { name: B-etaten, sector: kommune, country: NO, parent: a }',
        'c: { name: C-etaten, sector: kommune, country: NO, parent: b }',
        'd: { name: D-etaten, sector: kommune, country: NO, parent: d }',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'content/taxonomies/organisations.yaml:1: a.parent: parent går i ring: a → c → b → a — fjern parent fra en av dem',
      'content/taxonomies/organisations.yaml:4: d.parent: parent går i ring: d → d — fjern parent fra en av dem',
    ]);
  });

  it('refuses two organisations with the same name and no qualifier, in both', () => {
    const { lines } = check(
      [
        'x: { name: Innbyggere, sector: innbyggere, country: NO }',
        'y: { name: innbyggere, sector: innbyggere, country: NO }',
      ].join('\n'),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('x.name: to aktører har samme navn «Innbyggere» — gi dem hver sin qualifier');
  });
});

describe('organisation names as «mente du» for partners', () => {
  const { organisations } = check(
    [
      'skr: { name: SKR (Sveriges Kommuner och Regioner), sector: kommune, country: SE }',
      'usn: { name: Universitetet i Sørøst-Norge, sector: kommune, country: NO, aliases: [Universitetet i Sør-øst Norge] }',
      'innbyggere-a: { name: Innbyggere, sector: innbyggere, country: NO, qualifier: Lister }',
      'innbyggere-b: { name: Innbyggere, sector: innbyggere, country: NO, qualifier: Øygarden }',
    ].join('\n'),
  );
  const aliases = organisationAliases(organisations);
  const ids = [...organisations.keys()];

  it('suggests the id for a name, another spelling or a near miss of either', () => {
    expect(idForAlias('SKR (Sveriges Kommuner och Regioner)', ids, aliases)).toBe('skr');
    expect(idForAlias('Universitetet i Sør-øst Norge', ids, aliases)).toBe('usn');
    expect(idForAlias('Universitetet i Sørøst Norge', ids, aliases)).toBe('usn');
    expect(idForAlias('Innbyggere Øygarden', ids, aliases)).toBe('innbyggere-b');
  });

  it('maps a name several organisations share to none of them', () => {
    expect(aliases.has(fold('Innbyggere'))).toBe(false);
    expect(aliases.get(fold('Innbyggere Lister'))).toBe('innbyggere-a');
  });
});
