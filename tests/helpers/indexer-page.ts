import type { IndexerPage } from '../../src/integrations/pagefind/own-shard.ts';
import type { ShardPage } from '../../src/integrations/pagefind/write-shard.ts';
import { readIndexedCopy } from '../../src/integrations/pagefind/collect-pages.ts';

/** A page of HTML (what Pagefind is given) as the build's indexer gets it: read as Pagefind reads it. */
export const indexerPage = ({ url, content }: ShardPage): IndexerPage => ({
  url,
  reading: readIndexedCopy(content, url),
});
