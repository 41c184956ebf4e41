import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';

/**
 * The HTML elements of the team's prose pages (src/prose/*.mdx) mapped to the design system's
 * components, so an author writes plain Markdown (`## Heading`, `[text](/path/)`) and gets the
 * same markup as the rest of the site.
 */
export const proseComponents = { h2: H2, h3: H3, a: Link };
