import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';

export interface NetworkInput {
  /** Each entry with the organisation ids its `partners` list. */
  entries: readonly { id: string; number: number; partners: readonly string[] }[];
  /** Organisation ids to their label in the drawing. */
  organisationLabels: ReadonlyMap<string, string>;
  /** An organisation is drawn when it takes part in at least this many entries. Default 2. */
  minEntries?: number;
}

export interface NetworkNode {
  kind: 'entry' | 'organisation';
  id: string;
  /** The catalogue number for an entry, the name for an organisation. */
  label: string;
  x: number;
  y: number;
}

export interface NetworkLink {
  entry: string;
  organisation: string;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  width: number;
  height: number;
}

export interface NetworkLayoutOptions {
  width?: number;
  height?: number;
  /** Simulation ticks: fixed, so the run never depends on timing. Default 400. */
  ticks?: number;
  /** Seed for d3's LCG: the same seed and input always give the same drawing. Default 1. */
  seed?: number;
  /** Room kept free at the edges, for labels. Default 24. */
  margin?: number;
}

interface Node extends SimulationNodeDatum {
  kind: NetworkNode['kind'];
  id: string;
  label: string;
  x: number;
  y: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A generous estimate of a label's width at 13 px (no font metrics at build time): organisations
 * are kept far enough from the edges that their centred label stays inside the drawing.
 */
export const labelWidth = (label: string) => label.length * 7.2;

/** Past this many entries the drawing would be a tangle and the force run slow: the page shows the table alone. */
export const NETWORK_ENTRY_LIMIT = 150;

/** Who is drawn: the organisations in two or more entries, the entries linked to one of them, and the links. */
export interface SharedGraph {
  organisations: string[];
  entries: { id: string; number: number }[];
  links: NetworkLink[];
}

/**
 * Who works with whom: entries linked to the organisations that take part in two or more of them
 * (an organisation in one entry connects nothing). Only entries with such an organisation are kept.
 * Sorted, so the layout below does not depend on the order the content loader returned.
 */
export function sharedGraph(input: NetworkInput): SharedGraph {
  const minEntries = input.minEntries ?? 2;
  const counts = new Map<string, number>();
  for (const entry of input.entries)
    for (const id of new Set(entry.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const organisations = [...counts]
    .filter(([id, n]) => n >= minEntries && input.organisationLabels.has(id))
    .map(([id]) => id)
    .sort();
  const shared = new Set(organisations);
  const entries = input.entries
    .filter((e) => e.partners.some((id) => shared.has(id)))
    .sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1));
  const links = entries.flatMap((e) =>
    [...new Set(e.partners)]
      .filter((id) => shared.has(id))
      .sort()
      .map((organisation) => ({ entry: e.id, organisation })),
  );
  return { organisations, entries: entries.map((e) => ({ id: e.id, number: e.number })), links };
}

/**
 * The shared graph laid out by a seeded d3-force run of a fixed number of ticks, like the key
 * diagram, so the build always writes the same SVG: no DOM, no Math.random.
 */
export function layoutNetwork(input: NetworkInput, options: NetworkLayoutOptions = {}): Network {
  const { width = 640, height = 480, ticks = 400, seed = 1, margin = 24 } = options;
  const { organisations: shared, entries, links } = sharedGraph(input);

  // Organisations start on an inner ring and entries on an outer one, in a fixed order: with the
  // seeded source that makes the start, and therefore the result, the same on every build.
  const cx = width / 2;
  const cy = height / 2;
  const ring = (i: number, n: number, r: number) => ({
    x: cx + r * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: cy + r * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  });
  const nodes: Node[] = [
    ...entries.map((e, i) => ({
      kind: 'entry' as const,
      id: e.id,
      label: String(e.number),
      ...ring(i, entries.length, Math.min(width, height) * 0.3),
    })),
    ...shared.map((id, i) => ({
      kind: 'organisation' as const,
      id,
      label: input.organisationLabels.get(id)!,
      ...ring(i + 0.5, shared.length, Math.min(width, height) * 0.15),
    })),
  ];
  const key = (kind: string, id: string) => `${kind}:${id}`;
  const byKey = new Map(nodes.map((n) => [key(n.kind, n.id), n]));
  const simLinks = links.map((l) => ({
    source: byKey.get(key('entry', l.entry))!,
    target: byKey.get(key('organisation', l.organisation))!,
  }));

  const minX = margin;
  const maxX = width - margin;
  const minY = margin;
  const maxY = height - margin;
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .force('link', forceLink(simLinks).distance(90).strength(0.5))
    .force('charge', forceManyBody<Node>().strength(-260))
    .force('x', forceX<Node>(cx).strength(0.06))
    .force('y', forceY<Node>(cy).strength(0.08))
    .force(
      'collide',
      forceCollide<Node>((d) =>
        d.kind === 'entry' ? 18 : Math.min(64, Math.max(26, labelWidth(d.label) / 2)),
      ).iterations(2),
    )
    .stop();
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    for (const n of nodes) {
      const half = n.kind === 'organisation' ? Math.max(0, labelWidth(n.label) / 2 - margin / 2) : 0;
      n.x = Math.min(maxX - half, Math.max(minX + half, n.x));
      n.y = Math.min(maxY - (n.kind === 'organisation' ? 16 : 0), Math.max(minY, n.y));
    }
  }
  return {
    nodes: nodes.map((n) => ({ kind: n.kind, id: n.id, label: n.label, x: round1(n.x), y: round1(n.y) })),
    links,
    width,
    height,
  };
}
