/**
 * The font of the drawings: the page's interface font (src/styles/site.css), named so that an SVG
 * served as its own file, outside the page's CSS, draws with it too.
 */
export const svgFontFamily = 'system-ui, sans-serif';
