/**
 * Norwegian wording shared by the build and the browser: list joining, dates, counts, and the one
 * label for a missing phase. Plain data and string functions, no imports, so any element may bundle it.
 */

/** Norwegian list joining: «a, b og c». */
export function joinNb(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** «1. april 2024» from an ISO date, without depending on the machine's locale data. */
const months = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
export function formatDateNb(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${months[(month ?? 1) - 1]} ${year}`;
}

/** What every page says where the source gives no phase: on the entry, card, diagram, statistics and compare table. */
export const noPhaseLabel = 'Ikke oppgitt i kilden';

/** «1 eksempel», «12 eksempler». */
export function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'eksempel' : 'eksempler'}`;
}
