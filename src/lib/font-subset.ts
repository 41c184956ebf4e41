/**
 * The characters the site's font must draw: printable ASCII, the letters of Norwegian, Swedish and
 * Danish (æ ø å ä ö) with the accented letters their texts borrow (é in «kafé», ü, è, á, ó, ô, ç, ñ),
 * and the punctuation and signs Nordic typography uses («» – … § ° ½ and the like). The whole of
 * Latin-1 cost 3.8 KB more on every first visit for letters (Ã, Þ, ¿ …) no page uses. Fixed rather
 * than read from the content, so the subset never changes under a returning visitor's cached copy;
 * a character outside it is drawn by the fallback font, letter by letter.
 */
export function fontSubsetText(): string {
  const chars: string[] = [];
  for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCharCode(c));
  chars.push(...'ÆØÅæøåÄÖäöÉéÈèÊêÜüÁáÓóÔôÇçÑñ'.split(''));
  chars.push(...'\u00a0«»§°½©–—‘’‚“”„…•€−→←↑↓×·‰′″'.split(''));
  return chars.join('');
}

/** The weights the site uses (Designsystemet: regular 400, medium 500, semibold 600). */
export const fontWeightRange = { min: 400, max: 600 } as const;
