#!/usr/bin/env node
// Makes a copy of the project with N synthetic entries, for the search and build benchmarks:
//   node scripts/generate-entries.ts --count 1000 [--out /tmp/velferdsspor-bench/1000] [--seed 1]
// The copy has everything but node_modules (a symlink to this project's), dist and .git; its
// content/initiatives/ holds N schema-valid entries built from the real vocabularies (topics, target
// groups, municipalities, phases, keys) and from sentences and words of the real entries, with new
// compounds made from real words so the vocabulary grows with N as a real catalogue's would.
// Prints the directory; build it with `npx astro build` there (scripts/bench-search.ts does).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { randomLcg } from 'd3-random';
import { parse, stringify } from 'yaml';
import { demandEffectStatuses } from '../src/schemas/demand-effect.ts';
import { phases as phaseVocabulary } from '../src/schemas/phases.ts';
import { challenges as challengeVocabulary } from '../src/schemas/challenges.ts';
import { MAX_KEY_LEVEL } from '../src/schemas/keys.ts';
import { splitMdx } from '../src/lib/validation/mdx-file.ts';
import { copyProject, projectRoot as root } from './lib/copy-project.ts';

export interface GenerateOptions {
  count: number;
  out: string;
  seed?: number;
}

export function generateProject({ count, out, seed = 1 }: GenerateOptions): string {
  const target = copyProject(out);

  // d3's seeded LCG, as the key layout uses: the same seed gives the same catalogue.
  const rand = randomLcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const taxonomy = (name: string) =>
    parse(readFileSync(join(root, 'content/taxonomies', `${name}.yaml`), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
  const topics = Object.keys(taxonomy('topics'));
  const targetGroups = Object.keys(taxonomy('target-groups'));
  const municipalities = Object.entries(taxonomy('municipalities')).map(([id, m]) => ({
    id,
    name: String(m.name),
    country: String(m.country),
  }));
  const organisations = Object.keys(taxonomy('organisations'));
  const phases = Object.keys(phaseVocabulary);
  const challenges = Object.keys(challengeVocabulary);
  const effects = Object.keys(demandEffectStatuses);

  // Sentences and words of the real entries (their own words, not the sources').
  const sentences: string[] = [];
  const words: string[] = [];
  const realDir = join(root, 'content/initiatives');
  for (const file of readdirSync(realDir).filter((f) => f.endsWith('.mdx'))) {
    const { body } = splitMdx(readFileSync(join(realDir, file), 'utf8'));
    const prose = body.replace(/^#.*$/gm, ' ').replace(/[{}<>]/g, ' ');
    for (const s of prose.split(/(?<=[.!?])\s+/)) {
      const sentence = s.replace(/\s+/g, ' ').trim();
      if (sentence.length >= 40 && sentence.length <= 260 && /^\p{Lu}/u.test(sentence)) sentences.push(sentence);
    }
    for (const w of prose.toLowerCase().match(/\p{L}{4,}/gu) ?? []) words.push(w);
  }
  const vocabulary = [...new Set(words)];
  // New words the way Norwegian makes them: two real words joined («helse» + «veiviser»).
  const compound = () => `${pick(vocabulary)}${pick(vocabulary)}`;
  const vary = (sentence: string) =>
    sentence
      .split(' ')
      .map((w) => (/^\p{Ll}{4,}$/u.test(w) && rand() < 0.12 ? (rand() < 0.6 ? compound() : pick(vocabulary)) : w))
      .join(' ');
  const paragraph = (n: number) => Array.from({ length: n }, () => vary(pick(sentences))).join(' ');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // The schema wants at least one key assessed above 0.
  const atLeastOne = <K extends { level: number }>(keys: Record<string, K>) => {
    if (Object.values(keys).every((k) => k.level === 0) && keys.relationships) keys.relationships.level = 1;
    return keys;
  };

  const dir = join(target, 'content/initiatives');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let number = 1; number <= count; number += 1) {
    const municipality = pick(municipalities);
    let summary = vary(pick(sentences));
    if (summary.length < 120) summary = `${summary} ${vary(pick(sentences))}`;
    if (summary.length > 300) summary = `${summary.slice(0, 296).replace(/\s+\S*$/, '')} …`;
    const phase = pick(phases);
    // The rubric's rules (src/lib/validation/rubric-rules.ts): no level 3 for a plan, and a level 3
    // names what embeds it.
    const top = phase === 'planning' ? MAX_KEY_LEVEL - 1 : MAX_KEY_LEVEL;
    const level = () => Math.floor(rand() * (top + 1));
    const key = () => {
      const l = level();
      const rationale = vary(pick(sentences)).slice(0, 360);
      return { level: l, rationale: l === MAX_KEY_LEVEL ? `${rationale} Ordningen er vedtatt.` : rationale };
    };
    const frontmatter = {
      title: `${cap(compound())} i ${municipality.name} ${number}`.slice(0, 120),
      number,
      kind: 'practice',
      summary,
      country: municipality.country,
      scope: 'municipal',
      municipalities: [municipality.id],
      contact: `${municipality.name} kommune`,
      theme: `${cap(pick(vocabulary))} og ${pick(vocabulary)}`,
      topics: some(topics, 1, 4),
      challenges: some(challenges, 0, 1),
      phase,
      targetGroups: some(targetGroups, 1, 3),
      partners: some(organisations, 1, 3).map((id) => ({ id })),
      demandEffect: { status: pick(effects), text: vary(pick(sentences)).slice(0, 400) },
      keys: atLeastOne({ purpose: key(), resources: key(), power: key(), relationships: key() }),
      source: { id: 'velferd-pa-nye-mater', pages: [5 + Math.floor(rand() * 26)] },
      updated: `202${3 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
    };
    const body = [
      '## Beskrivelse',
      '',
      paragraph(3 + Math.floor(rand() * 4)),
      '',
      paragraph(2 + Math.floor(rand() * 3)),
      '',
      '## Hvem samarbeider',
      '',
      paragraph(2 + Math.floor(rand() * 3)),
      '',
      '## Endring i behovet for kommunale tjenester',
      '',
      paragraph(2 + Math.floor(rand() * 2)),
      '',
    ].join('\n');
    writeFileSync(
      join(dir, `syntetisk-${number}.mdx`),
      `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`,
    );
  }
  return target;
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count må være et positivt heltall');
  const out = values.out ?? `/tmp/velferdsspor-bench/${count}`;
  if (existsSync(out) && !out.startsWith('/tmp/')) throw new Error(`${out} finnes; velg en mappe under /tmp`);
  console.log(generateProject({ count, out, seed: Number(values.seed) }));
}
