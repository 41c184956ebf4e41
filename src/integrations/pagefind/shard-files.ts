/** A shard's Pagefind bundle in memory: each file's bytes by its path in the bundle («fragment/nb_x.pf_fragment»). */
export type ShardFiles = Map<string, Buffer>;

/** Pagefind's getFiles() answer (or a copy of it from another thread) as ShardFiles. */
export function shardFiles(files: readonly { path: string; content: Uint8Array }[]): ShardFiles {
  return new Map(
    files.map(({ path, content }) => [
      path.replaceAll('\\', '/'),
      Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    ]),
  );
}

/** A file of the shard; a missing one stops the build, naming it. */
export function shardFile(files: ShardFiles, path: string): Buffer {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`Pagefind: delindeksen mangler ${path} (merge-shards.ts)`);
  return bytes;
}
