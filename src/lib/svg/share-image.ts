import { keyIds, keys } from '../../schemas/keys.ts';
import { shareImage, siteName, siteTagline } from '../site.ts';
import { escapeXml } from './format.ts';

/**
 * The link-preview picture (og:image, L14) as SVG: the site's name and tagline beside the four keys,
 * drawn like the favicon's four dots. Every word comes from the site's settings and the key
 * vocabulary, so a renamed key or tagline shows up in the picture when scripts/share-image.ts is run.
 */
const NAVY = '#1e2b3c';
const TAGLINE_CHARS = 26;

/** The picture's text alternative (og:image:alt): what it says, in the order it says it. */
export function shareImageAlt(): string {
  const labels = keyIds.map((id) => keys[id].label);
  return `${siteName}: ${siteTagline}. De fire nøklene ${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}.`;
}

/** Words of `text` in lines of at most `max` characters (a word longer than that gets its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function renderShareImageSvg(): string {
  const { width, height } = shareImage;
  const tagline = wrapWords(siteTagline, TAGLINE_CHARS);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter Variable, Inter">`,
    `<rect width="${width}" height="${height}" fill="${NAVY}"/>`,
    `<text x="80" y="265" font-size="96" font-weight="700" fill="#ffffff">${escapeXml(siteName)}</text>`,
    ...tagline.map(
      (line, i) =>
        `<text x="80" y="${350 + i * 58}" font-size="46" font-weight="400" fill="#dbe4ee">${escapeXml(line)}</text>`,
    ),
  ];
  // The four keys as the favicon's 2 × 2 dots, each named under its dot.
  keyIds.forEach((id, i) => {
    const cx = 870 + (i % 2) * 190;
    const cy = 170 + Math.floor(i / 2) * 235;
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="58" fill="#ffffff"/>`,
      `<text x="${cx}" y="${cy + 104}" font-size="34" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(keys[id].label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
