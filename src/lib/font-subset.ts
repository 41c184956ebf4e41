/**
 * The characters the site's font must draw: printable ASCII, the Latin-1 letters and signs (æøå, äöü,
 * é, «», §, ½ …) and the punctuation Norwegian, Danish and Swedish typography uses. Fixed rather than
 * read from the content, so the subset never changes under a returning visitor's cached copy; a
 * character outside it is drawn by the fallback font, letter by letter.
 */
export function fontSubsetText(): string {
  const chars: string[] = [];
  for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCharCode(c));
  for (let c = 0xa0; c <= 0xff; c++) chars.push(String.fromCharCode(c));
  chars.push(...'–—‘’‚“”„…•€−→←↑↓×·‰′″'.split(''));
  return chars.join('');
}

/** The weights the site uses (Designsystemet: regular 400, medium 500, semibold 600). */
export const fontWeightRange = { min: 400, max: 600 } as const;
