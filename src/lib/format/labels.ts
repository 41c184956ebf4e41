import { phases, type PhaseId } from '../../schemas/phases.ts';
import { countries, type CountryId } from '../../schemas/countries.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { joinNb, noPhaseLabel } from './nb.ts';

export const phaseLabel = (id: PhaseId | undefined) => (id ? phases[id].label : noPhaseLabel);
export const countryLabel = (id: CountryId) => countries[id].label;

/** Where the entry is, for cards: the municipalities, or the country for national initiatives. */
export function placeLabel(municipalities: readonly { name: string }[], country: CountryId): string {
  return municipalities.length ? joinNb(municipalities.map((m) => m.name)) : `${countryLabel(country)} (nasjonalt)`;
}

/** An initiative's period for «Fakta»: «2019–2023» with an en dash, «2021» for one year, «Fra 2019» while open. */
export function periodLabel(period: NonNullable<Initiative['period']>): string {
  if (period.end === undefined) return `Fra ${period.start}`;
  return period.end === period.start ? String(period.start) : `${period.start}–${period.end}`;
}
