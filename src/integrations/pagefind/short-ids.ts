/**
 * Short page ids in Pagefind's metadata. The metadata file, which every search loads first, lists
 * each page as [id, word count, fragment group]; Pagefind's id is a random-looking hash
 * («nb_6e1e224»), the name of the page's fragment file. Hashes do not compress: at 10,000 entries
 * they are most of the file (42 KB of 45 KB with brotli). Index and filter chunks point to pages by
 * their place in that list, not by id, so the build gives each page its place in base 36 as id
 * («0» … «7ps») and names the fragment file to match (merge-shards.ts): 15 KB. Pages are indexed in
 * number order, so an entry keeps its id while entries are added after it.
 */

/** The id of the page at `place` in the metadata's page list. */
export function shortId(place: number): string {
  return place.toString(36);
}
