import { describe, expect, it } from 'vitest';
import { jsonLdText } from '../../../src/lib/citation/json-ld.ts';
import { Cite } from '@citation-js/core';
import {
  citationBibtex,
  citationRis,
  entryCitationText,
  entryCsl,
  sourceCsl,
  type CitedEntry,
  type CitedSource,
} from '../../../src/lib/citation/entry-citation.ts';
import { entryJsonLd } from '../../../src/lib/citation/entry-json-ld.ts';
import type { SourceDocument } from '../../../src/schemas/source.ts';

const report: SourceDocument = {
  title: 'Velferd på nye måter – Spor av ny praksis',
  publisher: 'KS Partnerskap for radikal innovasjon (KS PRI)',
  author: 'Agenda Kaupang',
  year: 2024,
  language: 'nb',
  kind: 'report',
  paginated: true,
};
const entry = {
  slug: 'vurderingsteam',
  title: 'Vurderingsteam',
  updated: '2024-04-01',
  url: 'https://velferdsspor.example/eksempler/vurderingsteam/',
};
const source = { id: 'velferd-pa-nye-mater', document: report, pages: [24, 25] };

describe('jsonLdText', () => {
  const hostile = { name: 'Slutt </script><script>alert(1)</script> <!-- og & «æøå»', note: 'linje\u2028skille' };
  const text = jsonLdText(hostile);

  it('leaves no < or > for the HTML parser, so </script> and <!-- cannot end or bend the element', () => {
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<!--');
  });

  it('is still JSON that parses back to exactly the same value', () => {
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('entry citations', () => {
  it('write the plain-text line APA-style in Norwegian, with the date accessed', () => {
    expect(entryCitationText(entry, '2026-12-01')).toBe(
      'Velferdsspor. (2024, 1. april). Vurderingsteam. Hentet 1. desember 2026 fra https://velferdsspor.example/eksempler/vurderingsteam/',
    );
  });

  it('write RIS with the entry as a web page and the source as a report with its pages', () => {
    const ris = citationRis(entry, source, '2026-12-01');
    const records = ris.split(/^ER {2}- ?$/m).filter((r) => r.trim());
    expect(records).toHaveLength(2);
    expect(records[0]).toMatch(/^TY {2}- ELEC$/m);
    expect(records[0]).toMatch(/^TI {2}- Vurderingsteam$/m);
    expect(records[0]).toMatch(/^UR {2}- https:\/\/velferdsspor\.example\/eksempler\/vurderingsteam\/$/m);
    expect(records[1]).toMatch(/^TY {2}- RPRT$/m);
    expect(records[1]).toMatch(/^TI {2}- Velferd på nye måter – Spor av ny praksis$/m);
    expect(records[1]).toMatch(/^SP {2}- 24-25$/m);
    expect(records[1]).toMatch(/^PY {2}- 2024$/m);
    for (const line of ris.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-/);
  });

  it('keeps a long URL on one RIS line', () => {
    const url = `https://velferdsspor.example/eksempler/${'a'.repeat(90)}/`;
    expect(citationRis({ ...entry, url }, source, '2026-12-01')).toContain(`UR  - ${url}\n`);
  });

  it('are what citation-js writes for the two records as one list, though each record is formatted alone', () => {
    const hostile = { ...entry, title: 'Hjelp {nå} & 100 % «æøå» </script> ]]> <!--' };
    const withSection = { ...source, section: 'Tiltak «i» fokus' };
    const cases: [CitedEntry, CitedSource][] = [
      [entry, source],
      [hostile, withSection],
      [
        { ...entry, url: `https://velferdsspor.example/eksempler/${'b'.repeat(90)}/` },
        { ...source, pages: [3] },
      ],
    ];
    for (const [e, s] of cases) {
      const both = new Cite([entryCsl(e, '2026-12-01'), sourceCsl(s)]);
      expect(citationBibtex(e, s, '2026-12-01')).toBe(both.format('bibtex', { format: 'text' }));
      expect(citationRis(e, s, '2026-12-01')).toBe(
        (both.format('ris', { format: 'text' }) as string).replace(/\n(?![A-Z][A-Z0-9] {2}-)(?=.)/g, ''),
      );
    }
  });

  it('write BibTeX with escaped braces and special characters', () => {
    const bib = citationBibtex({ ...entry, title: 'Hjelp {nå} & 100 %' }, source, '2026-12-01');
    expect(bib).toMatch(/^@misc\{/m);
    expect(bib).toMatch(/^@techreport\{/m);
    expect(bib).toContain('pages = {24--25}');
    expect(bib).toContain('\\&');
    expect(bib).toContain('\\%');
    expect(bib).not.toMatch(/title = \{Hjelp \{nå\}/);
  });
});

describe('entryJsonLd', () => {
  it('is a CreativeWork about the initiative and based on the source, with its pages', () => {
    const ld = entryJsonLd(
      {
        data: {
          title: 'Vurderingsteam',
          summary: 'Et sammendrag.',
          updated: '2024-04-01',
          source: { id: 'x', pages: [24] },
        },
        source: report,
      },
      entry.url,
    );
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      url: entry.url,
      about: { name: 'Vurderingsteam' },
      isBasedOn: { '@type': 'Report', name: report.title, pagination: '24', datePublished: '2024' },
    });
  });
});
