import { loadCatalogue, type CatalogueEntry } from './catalogue.ts';
import { keyIds, type KeyId } from '../schemas/keys.ts';
import { layoutKeyDiagram, squareSizeFor, type KeyMarker } from '../lib/keys/layout.ts';
import { keyDiagramDefaults, renderKeyDiagramSvg, type KeyDiagramEntry } from '../lib/svg/key-diagram.ts';

export interface KeyDiagram {
  /** Catalogue entries in number order, as the matrix and legend list them. */
  entries: CatalogueEntry[];
  /** One marker per entry, in number order. */
  markers: KeyMarker[];
  /** The same entries in the shape the SVG renderer takes. */
  diagramEntries: KeyDiagramEntry[];
  /** The full diagram for /nokler/, rendered once. */
  svg: string;
  /** The square the markers were laid out in, and their radius: thumbnails must use the same. */
  size: number;
  radius: number;
}

/** The four levels of an entry, the shape the layout and the renderer share. */
export function levelsOf(entry: CatalogueEntry): Record<KeyId, number> {
  return Object.fromEntries(keyIds.map((id) => [id, entry.data.keys[id].level])) as Record<KeyId, number>;
}

/** Pure: catalogue entries in, layout and SVG out. Exported so a test can run it twice and compare. */
export function buildKeyDiagram(entries: CatalogueEntry[]): KeyDiagram {
  const { radius, padding, gap } = keyDiagramDefaults;
  const size = squareSizeFor(entries.length, radius, gap, keyDiagramDefaults.size);
  const markers = layoutKeyDiagram(
    entries.map((e) => ({ id: e.slug, number: e.data.number, levels: levelsOf(e) })),
    { size, radius, padding, gap },
  );
  const diagramEntries: KeyDiagramEntry[] = entries.map((e) => ({
    number: e.data.number,
    title: e.data.title,
    slug: e.slug,
    phase: e.data.phase,
    levels: levelsOf(e),
    country: e.data.country,
    topics: e.data.topics,
  }));
  const svg = renderKeyDiagramSvg(markers, diagramEntries, { size, radius });
  return { entries, markers, diagramEntries, svg, size, radius };
}

/** Where the thumbnails' shared background is published (src/pages/nokler/miniatyr.svg.ts). */
export const thumbnailBackgroundPath = '/nokler/miniatyr.svg';

let cached: Promise<KeyDiagram> | undefined;

/**
 * The layout runs once per build: /nokler/ and every entry page's thumbnail share the same markers,
 * so a thumbnail always shows exactly the position the big diagram has.
 */
export function loadKeyDiagram(): Promise<KeyDiagram> {
  cached ??= loadCatalogue().then(({ entries }) => buildKeyDiagram(entries));
  return cached;
}
