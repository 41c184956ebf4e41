/**
 * A number the Norwegian way, with a decimal comma and a thin-space-free thousands separator
 * (a plain space, as klarspråk guidance recommends): 57.8187 → «57,8», 37000 → «37 000».
 * Implemented by hand so the output never depends on the ICU data of the build machine.
 */
export function formatNumberNb(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}
