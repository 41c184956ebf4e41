/**
 * Sizes the page and the thumbnail share with the layout, so the two stay in step. 400 units across
 * keeps text and markers readable when the SVG shrinks to a phone's width (about 0.85×: 15-unit text
 * renders near 13 px); 29–100 markers of radius 14 fit without crowding.
 */
// radius 16: markers are ≥ 24 CSS px (WCAG 2.5.8) on a 390 px phone, where the square is 358 px wide.
export const keyDiagramDefaults = { size: 400, radius: 16, padding: 3, gap: 2, fontSize: 15 } as const;

/**
 * The smallest square (never below `minSize`) that holds `count` markers apart with room to spare:
 * the markers' own area at a packing density well under what the force layout reaches when many
 * crowd toward one corner. Beyond a few hundred entries the diagram grows instead of failing the build.
 */
export function squareSizeFor(count: number, radius: number, gap: number, minSize: number, density = 0.3): number {
  const cell = 2 * radius + gap;
  return Math.max(minSize, Math.ceil(Math.sqrt((count * cell * cell) / density)));
}
