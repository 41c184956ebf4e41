import { Delaunay } from 'd3-delaunay';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify, filter, filterWeight } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { escapeXml, round1 } from './format.ts';

// topojson-specification's own type for «no properties»; `object` or `unknown` do not fit its `Objects<{}>`.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type NoProperties = {};

/** ISO 3166-1 numeric codes, the ids world-atlas gives its countries. */
export const isoNumeric: Record<string, string> = { NO: '578', SE: '752', DK: '208' };

export interface MapMarker {
  id: string;
  name: string;
  lat: number;
  lon: number;
  count: number;
  href: string;
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** Share of the detail to keep (topojson-simplify quantile); lower is simpler and smaller. */
  keep?: number;
  /** The narrowest the map is drawn on a page, in CSS px: what the tap targets are sized for. */
  narrowest?: number;
}

/** WCAG 2.5.8: a pointer target at least 24 × 24 CSS px. */
const MIN_TARGET_PX = 24;

/**
 * The radius, in the map's own units, of the invisible circle a marker is tapped by: 24 CSS px across
 * where the map is drawn narrowest (273 px on a 320 px screen, /kart/), larger wherever it is wider.
 * Rounded up, so rounding never takes it under.
 */
export function hitRadius(width: number, narrowest: number): number {
  return Math.ceil(((MIN_TARGET_PX / 2) * width * 10) / narrowest) / 10;
}

export interface DrawnMap {
  svg: string;
  /** Bytes of the country outlines in the SVG: what the map data costs on the page. */
  outlineBytes: number;
  countries: string[];
}

/** The mainland Nordic frame the map is fitted to: Svalbard and Jan Mayen would shrink the rest. */
const frame: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [4.5, 54.5],
      [31.2, 71.2],
      [4.5, 71.2],
      [31.2, 54.5],
    ],
  },
};

/**
 * The countries the entries are in, from world-atlas TopoJSON, simplified, projected with d3-geo
 * (transverse Mercator centred on 15° E, as Norwegian maps use) and drawn as SVG at build time;
 * a circle per municipality, its area proportional to the number of entries. The browser gets
 * SVG only: no map library and no map data to download.
 */
export function drawNordicMap(
  topology: Topology,
  countryIds: readonly string[],
  markers: readonly MapMarker[],
  options: MapOptions = {},
): DrawnMap {
  const { width = 420, height = 560, keep = 0.05, narrowest = 272 } = options;
  const hit = hitRadius(width, narrowest);
  const wanted = new Set(countryIds.map((c) => isoNumeric[c]).filter(Boolean));
  const countries = topology.objects.countries as GeometryCollection;
  const subset: Topology<{ countries: GeometryCollection<NoProperties> }> = {
    ...topology,
    objects: {
      countries: {
        ...countries,
        geometries: countries.geometries.filter((g) => wanted.has(String(g.id))),
      } as GeometryCollection<NoProperties>,
    },
  };
  const weighted = presimplify(subset);
  const minWeight = quantile(weighted, 1 - keep);
  const simple = filter(simplify(weighted, minWeight), filterWeight(weighted, minWeight * 4));
  const shapes = feature(simple, simple.objects.countries as GeometryCollection) as FeatureCollection<
    Geometry,
    { name: string }
  >;

  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const outlines = shapes.features.map((f) => `<path d="${path(f) ?? ''}"/>`).join('\n');
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...markers.map((m) => m.count))])
    .range([0, 16]);
  // Largest first, so small circles are drawn on top of large ones.
  const placed = [...markers]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nb'))
    .map((m) => ({ m, at: projection([m.lon, m.lat]) ?? [NaN, NaN] }))
    .filter(({ at: [x, y] }) => Number.isFinite(x) && Number.isFinite(y));
  // A tap goes to the marker nearest to it, within a circle at least 24 px across: each marker is tapped
  // by a transparent circle clipped to its Voronoi cell, and the dots themselves take no taps. Bigger
  // circles that simply overlapped would let a neighbour drawn on top take every tap on a dot; with
  // cells, a tap on a dot's centre always reaches that dot. Where municipalities lie closer than 24 px
  // apart they share the room between them; the table beside the map has the same links, for them and
  // for keyboards and screen readers (WCAG 2.5.8's «equivalent»).
  const cells = Delaunay.from(placed.map(({ at }) => at)).voronoi([0, 0, width, height]);
  const clips: string[] = [];
  const circles = placed
    .map(({ m, at: [x, y] }, i) => {
      const r = round1(Math.max(4, radius(m.count)));
      const centre = `cx="${round1(x)}" cy="${round1(y)}"`;
      const cell = cells.cellPolygon(i);
      const clipId = `kart-felt-${m.id}`;
      // d3-delaunay closes the ring with the first point again; Z does that. Of two markers at one
      // point only the first gets a cell: the second's circle stays whole.
      if (cell)
        clips.push(
          `<clipPath id="${escapeXml(clipId)}"><path d="M${cell
            .slice(0, -1)
            .map(([cx, cy]) => `${round1(cx)},${round1(cy)}`)
            .join('L')}Z"/></clipPath>`,
        );
      const clip = cell ? ` clip-path="url(#${escapeXml(clipId)})"` : '';
      return `<a href="${escapeXml(m.href)}" tabindex="-1" data-kommune="${escapeXml(m.id)}">\n<circle ${centre} r="${r}" pointer-events="none"/>\n<circle class="hit" ${centre} r="${Math.max(r, hit)}" fill-opacity="0" stroke="none"${clip}/>\n</a>`;
    })
    .join('\n');
  // One element per line, so a snapshot diff shows which outline or circle changed.
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="nordic-map" aria-hidden="true" focusable="false">`,
    clips.length ? `<defs>\n${clips.join('\n')}\n</defs>` : '',
    `<g class="land" fill="#e8edf3" stroke="#8a96a3" stroke-width="0.6">`,
    outlines,
    `</g>`,
    `<g class="markers" fill="#1e5aa8" fill-opacity="0.8" stroke="#ffffff" stroke-width="1.2">`,
    circles,
    `</g>`,
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    svg,
    outlineBytes: Buffer.byteLength(outlines, 'utf8'),
    countries: shapes.features.map((f) => f.properties.name),
  };
}
