import type { IndexerPage } from '../../src/integrations/pagefind/own-shard.ts';
import type { ShardPage } from '../../src/integrations/pagefind/write-shard.ts';
import { exclusionSelectors, readPage } from '../../src/lib/search/build/page-reading.ts';
import { excludeSelectors } from '../../src/lib/search/index-fields.ts';

const exclusions = exclusionSelectors(excludeSelectors);

/** A page of HTML (what Pagefind is given) as the build's indexer gets it: read as Pagefind reads it. */
export const indexerPage = ({ url, content }: ShardPage): IndexerPage => ({
  url,
  reading: readPage(content, url, exclusions),
});
