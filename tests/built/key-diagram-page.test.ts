import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { distDir, readPage } from '../helpers/dist.ts';
import { keyDiagramDefaults, layoutKeyDiagram } from '../../src/lib/keys/layout/index.ts';
import { renderKeyDiagramSvg, type KeyDiagramEntry } from '../../src/lib/svg/key-diagram.ts';
import { keyIds, type KeyId } from '../../src/schemas/keys.ts';
import type { PhaseId } from '../../src/schemas/phases.ts';

/** The entries straight from content/, independent of Astro: what the built pages must show. */
const contentDir = fileURLToPath(new URL('../../content/initiatives/', import.meta.url));
const entries: KeyDiagramEntry[] = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const data = parse(readFileSync(join(contentDir, file), 'utf8').split(/^---$/m)[1]!);
    return {
      number: data.number as number,
      title: data.title as string,
      slug: file.replace(/\.mdx$/, ''),
      phase: data.phase as PhaseId | undefined,
      levels: Object.fromEntries(keyIds.map((id) => [id, data.keys[id].level])) as Record<KeyId, number>,
      country: data.country as string,
      topics: data.topics as string[],
    };
  })
  .sort((a, b) => a.number - b.number);

const page = readPage('/nokler/');
const between = (html: string, start: RegExp, end: string) => {
  const from = html.search(start);
  return from < 0 ? '' : html.slice(from, html.indexOf(end, from) + end.length);
};
const svg = between(page, /<svg [^>]*class="key-diagram"/, '</svg>');
const tbody = between(page, /<tbody/, '</tbody>');
const names = between(page, /<section class="kd-names"/, '</section>');
const count = (text: string, needle: string) => text.split(needle).length - 1;

function render(): string {
  const { size, radius, padding, gap } = keyDiagramDefaults;
  const markers = layoutKeyDiagram(
    entries.map((e) => ({ id: e.slug, number: e.number, levels: e.levels })),
    { size, radius, padding, gap },
  );
  return renderKeyDiagramSvg(markers, entries, { size, radius });
}

describe('/nokler/', () => {
  it('has all the content entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(29);
  });

  it('shows every entry exactly once in the diagram, as a link to the entry', () => {
    for (const e of entries) {
      expect(count(svg, ` id="kd-nr-${e.number}"`), `nr ${e.number}`).toBe(1);
      expect(count(svg, ` href="/eksempler/${e.slug}/"`), e.slug).toBe(1);
    }
    expect(count(svg, 'class="kd-marker"')).toBe(entries.length);
  });

  it('shows every entry exactly once in the key matrix, with four levels and four rationales', () => {
    expect(count(tbody, '<tr ')).toBe(entries.length);
    for (const e of entries) {
      expect(count(tbody, ` data-number="${e.number}" `), `nr ${e.number}`).toBe(1);
      const row = between(tbody, new RegExp(`<tr data-number="${e.number}" `), '</tr>');
      for (const id of keyIds)
        expect(row, `${e.slug} ${id}`).toContain(`data-key="${id}" data-level="${e.levels[id]}"`);
      expect(count(row, '<details')).toBe(4);
    }
  });

  it('lists every entry once in the number → name legend', () => {
    for (const e of entries) expect(count(names, ` id="kd-navn-${e.number}"`), `nr ${e.number}`).toBe(1);
  });

  it('has a legend for the phases, an explanation of the positions and a link to the method', () => {
    expect(page).toMatch(/Farge og mønster viser fasen/);
    // In plain words (klarspråk), not the computation.
    expect(page).toMatch(/nærmest den nøkkelen eller de nøklene der det har høyest nivå/);
    expect(page).not.toMatch(/d3-force|nivå²/);
    expect(page).toContain('href="/metode/#nokler"');
  });

  it('ships the SVG exactly as the layout and renderer give it, so two builds give the same page', () => {
    // The build ran in another process; equal strings show the layout depends on nothing but the content.
    const first = render();
    expect(render()).toBe(first);
    expect(svg + '\n').toBe(first);
  });

  it('hides the filter until the script runs and adds no sort buttons without it', () => {
    expect(page).toMatch(/<fieldset class="kd-filter-set"[^>]* hidden/);
    expect(page).not.toMatch(/<th[^>]*aria-sort/);
  });

  it('prints on A4 landscape', () => {
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => readFileSync(join(distDir, m[1]!), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4 landscape/);
  });

  it('loads at most 25 KB (gzip) of JavaScript for the interaction', () => {
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(distDir, src)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(25 * 1024);
  });
});

describe('every entry page', () => {
  it.each(entries.map((e) => [e.slug, e] as const))(
    '%s has a four-key profile and a thumbnail linking to its marker',
    (slug, e) => {
      const html = readPage(`/eksempler/${slug}/`);
      const profile = between(html, /<section class="key-profile"/, '</section>');
      expect(count(profile, 'class="key-head"')).toBe(4);
      const shown = [...profile.matchAll(/>(\d) – (?:Ikke berørt|Justering|Forskyvning|Omlegging)</g)].map((m) =>
        Number(m[1]),
      );
      expect(shown).toEqual(keyIds.map((id) => e.levels[id]));
      expect(profile).toContain(`href="/nokler/#kd-nr-${e.number}"`);
      expect(profile).toContain('class="key-thumbnail"');
      expect(profile).toContain('Se plasseringen i diagrammet');
      // The key profile needs no script; the page's one enhancement module is the citation's copy button.
      expect(html).not.toMatch(/<script\b(?![^>]*type="(?:application\/ld\+json|module)")/);
    },
  );
});
