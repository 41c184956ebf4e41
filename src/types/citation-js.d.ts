// citation-js ships no type declarations; this is the part of its API src/lib/citation/ uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibtex' | 'ris' | (string & {}), options?: { format?: 'text' | 'html' | 'string' }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
