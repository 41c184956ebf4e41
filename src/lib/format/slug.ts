/** Lowercase ASCII for Nordic text: æ→ae, ø/ö→o, å/ä→a, other accents dropped. */
export function foldNordic(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** An ASCII URL slug from a Norwegian, Danish or Swedish name. */
export function slugify(name: string): string {
  return foldNordic(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
