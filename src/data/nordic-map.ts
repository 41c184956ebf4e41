import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { loadCatalogue } from './catalogue.ts';
import { drawNordicMap, type MapMarker } from '../lib/svg/nordic-map.ts';
import { countMatching } from '../lib/stats/distributions.ts';
import { catalogueHref } from '../lib/urls.ts';
import { filterOn } from '../lib/catalogue/facets.ts';

const require = createRequire(import.meta.url);
/** world-atlas's 1:50 million countries: detailed enough for Norway's coast once simplified. */
export const worldAtlasFile = require.resolve('world-atlas/countries-50m.json');

/** The map, its municipality list and the entries that are not pinned to one place, once per build. */
export async function loadNordicMap() {
  const { entries, municipalities } = await loadCatalogue();
  const data = entries.map((e) => e.data);
  const markers: (MapMarker & { region: string; country: string })[] = municipalities
    .map((m) => ({
      id: m.id,
      name: m.name,
      region: m.region,
      country: m.country,
      lat: m.lat,
      lon: m.lon,
      count: countMatching(data, filterOn('municipalities', m.id)),
      href: catalogueHref(filterOn('municipalities', m.id)),
    }))
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nb'));
  const topology = JSON.parse(readFileSync(worldAtlasFile, 'utf8')) as Topology;
  const countryIds = [...new Set(data.map((d) => d.country))].sort();
  const map = drawNordicMap(topology, countryIds, markers);
  const spanning = entries.filter((e) => e.data.scope === 'intermunicipal');
  const national = entries.filter((e) => e.municipalities.length === 0);
  return { map, markers, spanning, national, sourceBytes: Buffer.byteLength(JSON.stringify(topology)) };
}
