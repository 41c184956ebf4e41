import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import {
  checkRubric,
  embeddingWords,
  namesEmbedding,
  rubricRules,
  type RubricEntry,
} from '../../../src/lib/validation/rubric-rules.ts';
import { coCreationMinPower, coCreationTerms } from '../../../src/schemas/co-creation.ts';

const fixture = fileURLToPath(new URL('../../fixtures/rubric', import.meta.url));
const file = (slug: string) => `content/initiatives/${slug}.mdx`;

const key = (level: number, rationale = 'Kilden beskriver en tydelig endring her.') => ({ level, rationale });
const entry = (over: Partial<RubricEntry> & { levels?: [number, number, number, number] } = {}): RubricEntry => {
  const [p, r, pw, rel] = over.levels ?? [1, 1, 1, 1];
  return {
    kind: over.kind ?? 'practice',
    phase: 'phase' in over ? over.phase : 'operation',
    coCreation: over.coCreation,
    keys: over.keys ?? { purpose: key(p), resources: key(r), power: key(pw), relationships: key(rel) },
  };
};

describe('the rubric rules in the validator (tests/fixtures/rubric)', () => {
  const problems = validateContent(fixture);
  const lines = problems.map(formatProblem);
  const of = (slug: string) => lines.filter((l) => l.startsWith(`${file(slug)}:`));

  it('refuses co-governance without power 3, on the line of the label', () => {
    expect(of('samledelse-uten-makt-3')).toEqual([
      `${file('samledelse-uten-makt-3')}:17: coCreation.0: «co-governance» (samledelse) krever nivå 3 på Makt, men Makt har nivå 2 — fjern «co-governance» fra coCreation, eller sett keys.power.level til 3 hvis kilden viser formelt delegert beslutningsmyndighet`,
    ]);
  });

  it('refuses co-production and co-management below power 2, one problem per label', () => {
    expect(of('samskaping-uten-makt-2')).toEqual([
      `${file('samskaping-uten-makt-2')}:17: coCreation.0: «co-production» (samskaping) krever minst nivå 2 på Makt, men Makt har nivå 1 — fjern «co-production» fra coCreation, eller sett keys.power.level til 2 hvis kilden viser delte beslutninger med innbyggere eller brukere`,
      `${file('samskaping-uten-makt-2')}:17: coCreation.1: «co-management» (samstyring) krever minst nivå 2 på Makt, men Makt har nivå 1 — fjern «co-management» fra coCreation, eller sett keys.power.level til 2 hvis kilden viser delte beslutninger med innbyggere eller brukere`,
    ]);
  });

  it('refuses a level 3 whose rationale names no decision, budget, mandate or partnership, on the rationale line', () => {
    const [line, ...rest] = of('niva-3-uten-forankring');
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^content\/initiatives\/niva-3-uten-forankring\.mdx:24: keys\.resources\.rationale: nivå 3 \(Omlegging\) på Ressurser krever at begrunnelsen nevner det som forankrer endringen — /,
    );
    for (const { word } of embeddingWords) expect(line).toContain(word);
  });

  it('refuses a level 3 in the planning phase, even with a decision named', () => {
    expect(of('niva-3-i-planleggingsfase')).toEqual([
      `${file('niva-3-i-planleggingsfase')}:29: keys.relationships.level: nivå 3 (Omlegging) på Relasjoner kan ikke gis når kilden bare beskriver planer (fase «Planleggingsfase») — sett nivå 2 eller lavere; en plan teller høyst nivå 1, og nivå 2 krever at praksisen er i gang`,
    ]);
  });

  it('refuses a level 3 in a programme without a phase', () => {
    expect(of('program-uten-fase-niva-3')).toEqual([
      `${file('program-uten-fase-niva-3')}:19: keys.purpose.level: nivå 3 (Omlegging) på Formål kan ikke gis når kilden bare beskriver planer (program uten fase) — sett nivå 2 eller lavere; en plan teller høyst nivå 1, og nivå 2 krever at praksisen er i gang`,
    ]);
  });

  it('accepts an entry that keeps every rule, and reports nothing but the rules in the fixture', () => {
    expect(of('alle-regler-holdt')).toEqual([]);
    expect(lines).toHaveLength(6);
  });
});

describe('checkRubric', () => {
  it('accepts each form of co-creation at exactly its least power level', () => {
    for (const [id, need] of Object.entries(coCreationMinPower) as [keyof typeof coCreationMinPower, number][]) {
      const levels: [number, number, number, number] = [1, 1, need, 1];
      const power = { ...entry({ levels }).keys.power, rationale: 'Brukerrådet har fått mandat til å bestemme.' };
      const keys = { ...entry({ levels }).keys, power };
      expect(checkRubric(entry({ coCreation: [id], keys })), id).toEqual([]);
      expect(
        checkRubric(entry({ coCreation: [id], levels: [1, 1, need - 1, 1] })).map((v) => v.path),
        id,
      ).toEqual([['coCreation', 0]]);
    }
  });

  it('gives a programme with a phase the same rules as a practice', () => {
    const strong = {
      purpose: key(3, 'Formålet er vedtatt i kommuneplanen.'),
      resources: key(1),
      power: key(1),
      relationships: key(1),
    };
    expect(checkRubric(entry({ kind: 'programme', phase: 'pilot', keys: strong }))).toEqual([]);
    expect(checkRubric(entry({ kind: 'programme', phase: undefined, keys: strong })).map((v) => v.path)).toEqual([
      ['keys', 'purpose', 'level'],
    ]);
    expect(checkRubric(entry({ kind: 'practice', phase: undefined, keys: strong }))).toEqual([]);
  });

  it('reports both rules when a plan has a level 3 with no embedding named', () => {
    const keys = {
      purpose: key(1),
      resources: key(1),
      power: key(1),
      relationships: key(3, 'Aktørene møtes ofte og kjenner hverandre godt nå.'),
    };
    expect(checkRubric(entry({ phase: 'planning', keys })).map((v) => v.path.join('.'))).toEqual([
      'keys.relationships.rationale',
      'keys.relationships.level',
    ]);
  });
});

describe('namesEmbedding', () => {
  it.each([
    'Kommunestyret har vedtatt ordningen.',
    'Bystyret vedtok å gjøre tiltaket fast.',
    'Et budsjettvedtak gir fast finansiering.',
    'Tiltaket har egen post i driftsbudsjettet.',
    'Enheten har fått et nytt mandat.',
    'Retten er skrevet inn i folkehelseloven.',
    'Tilbudet er lovfestet.',
    'Ordningen er lovpålagt fra 2022.',
    'Etter loven skal kommunen tilby dette.',
    'Staten ga kommunen et oppdrag.',
    'Partene har inngått en samarbeidsavtale.',
    'Et formelt partnerskap bærer arbeidet.',
    'Partnerskapet har eget styre.',
    'Styret i stiftelsen leder arbeidet.',
    'Arbeidet ligger i en fast enhet med delte stillinger.',
    'De faste enhetene bemannes fra flere tjenester.',
  ])('finds the embedding in «%s»', (rationale) => {
    expect(namesEmbedding(rationale)).toBe(true);
  });

  it.each([
    'Kommunen lover å fortsette arbeidet.',
    'Resultatene er lovende.',
    'En styregruppe med tre etater følger arbeidet.',
    'Kommunen bruker mer penger på tiltaket enn før.',
    'Enheten samarbeider fast med NAV.',
  ])('finds none in «%s»', (rationale) => {
    expect(namesEmbedding(rationale)).toBe(false);
  });
});

describe('rubricRules, as /metode/ lists them', () => {
  it('states each rule once, in Norwegian, with the words and terms the checks use', () => {
    expect(new Set(rubricRules.map((r) => r.id)).size).toBe(rubricRules.length);
    const all = rubricRules.map((r) => r.text).join('\n');
    for (const term of Object.values(coCreationTerms)) expect(all).toContain(term);
    for (const { word } of embeddingWords) expect(all).toContain(`«${word}»`);
    expect(all).toContain('Planleggingsfase');
    expect(all).toContain('program uten fase');
  });
});
