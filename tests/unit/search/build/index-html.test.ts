import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  elementInnerHtml,
  elementOuterHtml,
  htmlToText,
  indexedCopy,
  KEYWORD_META,
  pagePath,
  parseResultIds,
  sortValues,
  withoutSorts,
  withResultIds,
  withoutClasses,
} from '../../../../src/lib/search/build/index-html.ts';
import { excludeSelectors, titleSortKey } from '../../../../src/lib/search/index-fields.ts';
import { createKeywordExtractor } from '../../../../src/lib/search/build/keywords.ts';
import { loadNorwegianLexicon } from '../../../../src/lib/node/norwegian-lexicon.ts';
import { exclusionSelectors, readPage, withKeywordMeta } from '../../../../src/lib/search/build/page-reading.ts';
import { withKeywords } from '../../../helpers/with-keywords.ts';

const page = (body: string) =>
  `<!doctype html><html lang="nb"><head><title>T</title></head><body><nav>Meny</nav><main><article class="entry" data-pagefind-body>${body}</article></main><footer>Bunn</footer></body></html>`;

describe('elementInnerHtml', () => {
  it('returns the inside of the element with data-pagefind-body', () => {
    expect(elementInnerHtml(page('<h1>Tittel</h1><p>Tekst</p>'))).toBe('<h1>Tittel</h1><p>Tekst</p>');
  });

  it('counts nested elements of the same tag', () => {
    const html = page('<p>a</p><article class="card"><p>b</p></article><p>c</p>');
    expect(elementInnerHtml(html)).toBe('<p>a</p><article class="card"><p>b</p></article><p>c</p>');
  });

  it('ignores the attribute name in text and in other attribute names', () => {
    expect(elementInnerHtml('<p>Skriv data-pagefind-body her</p>')).toBeUndefined();
    expect(elementInnerHtml('<div data-pagefind-body-x>x</div>')).toBeUndefined();
    expect(elementInnerHtml('<p>data-pagefind-body</p><div class="a" data-pagefind-body>x</div>')).toBe('x');
  });

  it('is undefined for pages without an indexed region', () => {
    expect(elementInnerHtml('<html><body><p>Om</p></body></html>')).toBeUndefined();
  });
});

describe('indexedCopy', () => {
  it('keeps the html tag and the indexed element, without drawings, navigation or footer', () => {
    const html = page('<h1 data-pagefind-sort="title:t">Tittel</h1><svg><text>9</text></svg><p>Tekst</p>');
    expect(indexedCopy(html)).toBe(
      '<!doctype html><html lang="nb"><body><article class="entry" data-pagefind-body><h1 data-pagefind-sort="title:t">Tittel</h1> <p>Tekst</p> </article> </body></html>',
    );
    expect(elementOuterHtml(html)).toMatch(/^<article class="entry" data-pagefind-body>.*<\/article>$/);
    expect(indexedCopy('<p>x</p>')).toBeUndefined();
  });

  it('drops id attributes, which Pagefind would turn into anchors in every result fragment', () => {
    const html = page(
      '<h2 id="beskrivelse" class="ds-heading">Beskrivelse</h2><p data-id="x">Tekst med id=&quot;x&quot;</p>',
    );
    // Text is escaped on the page, so only real attributes look like one; other names keep theirs.
    expect(indexedCopy(html)).toContain(
      '<h2 class="ds-heading">Beskrivelse</h2> <p data-id="x">Tekst med id=&quot;x&quot;</p>',
    );
    expect(indexedCopy(html)).not.toMatch(/\sid="/);
  });

  it('puts a space after each block, so the text of neighbouring blocks stays separate words', () => {
    const html = page('<dl><dd><a href="/fase/">Planleggingsfase</a></dd><dd>Norge</dd></dl><p>a<br>b</p>');
    expect(indexedCopy(html)).toContain(
      '<dd><a href="/fase/">Planleggingsfase</a></dd> <dd>Norge</dd> </dl> <p>a<br> b</p>',
    );
  });
});

describe('sortValues and withoutSorts', () => {
  const html =
    '<h1 data-pagefind-sort="title:alna">A</h1><p data-pagefind-sort="number:9" data-pagefind-meta="number:9">9</p><time data-pagefind-sort="updated:2024-04-01">x</time>';
  it('reads each sort value and strips them all', () => {
    expect(sortValues(html)).toEqual({ title: 'alna', number: '9', updated: '2024-04-01' });
    expect(withoutSorts(html)).toBe('<h1>A</h1><p data-pagefind-meta="number:9">9</p><time>x</time>');
  });
});

describe('htmlToText', () => {
  it('keeps what a reader sees and drops drawings, scripts and styles', () => {
    const html =
      '<h2>Beskrivelse</h2><p>Eldre&nbsp;får &laquo;hjelp&raquo; &amp; st&#248;tte.</p><svg><text>42</text></svg><script>x()</script><style>p{}</style><!-- note -->';
    expect(htmlToText(html)).toBe('Beskrivelse Eldre får «hjelp» & støtte.');
  });

  it('separates words that tags would otherwise glue together', () => {
    expect(htmlToText('<li>helse</li><li>omsorg</li>')).toBe('helse omsorg');
  });
});

describe('decodeEntities', () => {
  it('decodes named basics, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &#229; &#xE6; &shy;x &ukjent;')).toBe('<a> "b" å æ x &ukjent;');
  });

  it('decodes every HTML named entity, and reads a no-break space as a space', () => {
    expect(decodeEntities('bl&aring;b&aelig;r&hellip; &laquo;x&raquo;&nbsp;y')).toBe('blåbær… «x» y');
  });
});

describe('withKeywords (the tests’ HTML) and withKeywordMeta (the build’s reading)', () => {
  it('adds one empty meta element right inside the indexed region', () => {
    const html = page('<h1>Tittel</h1>');
    const out = withKeywords(html, ['omsorg', 'teknologi']);
    expect(out).toContain(
      `<article class="entry" data-pagefind-body><span data-pagefind-meta="${KEYWORD_META}:omsorg teknologi"></span><h1>`,
    );
    expect(out.replace(/<span data-pagefind-meta="[^"]*"><\/span>/, '')).toBe(html);
  });

  it('leaves the page as it is without keywords or without a region', () => {
    expect(withKeywords(page('x'), [])).toBe(page('x'));
    expect(withKeywords('<p>x</p>', ['omsorg'])).toBe('<p>x</p>');
  });

  it('escapes what could end the attribute', () => {
    expect(withKeywords('<div data-pagefind-body></div>', ['a"b<&'])).toContain('nokkelord:a&quot;b&lt;&amp;');
  });

  it('gives the reading Pagefind’s reader makes of the page with the element, field first', () => {
    const read = (html: string) => readPage(html, '/x/', exclusionSelectors(excludeSelectors));
    const html = page(
      '<h1>Tittel</h1><p data-pagefind-meta="summary">Kort om eldreomsorg</p><span data-pagefind-filter="fase:Drift"></span>',
    );
    for (const keywords of [['omsorg', 'teknologi'], ['a"b<&'], []]) {
      const built = withKeywordMeta(read(html), keywords);
      const expected = read(withKeywords(html, keywords));
      expect(built).toEqual(expected);
      expect([...built.meta.keys()]).toEqual([...expected.meta.keys()]);
    }
    expect([...withKeywordMeta(read(html), ['omsorg']).meta.keys()][0]).toBe(KEYWORD_META);
    // A field of the page's own by the same name closes later and wins, as in Pagefind's reader.
    const own = page(`<span data-pagefind-meta="${KEYWORD_META}:egne"></span><p>x</p>`);
    expect(withKeywordMeta(read(own), ['omsorg'])).toEqual(read(withKeywords(own, ['omsorg'])));
    expect(withKeywordMeta(read(own), ['omsorg']).meta.get(KEYWORD_META)).toBe('egne');
  });
});

describe('withResultIds and parseResultIds', () => {
  const ids = new Map([
    ['/eksempler/a/', 'nb_111'],
    ['/eksempler/b/', 'nb_222'],
    ['/eksempler/c/', 'nb_333'],
  ]);
  const listing =
    '<ul data-results data-pagefind-ids=""><li><a href="/eksempler/a/">A</a></li><li><a href="/eksempler/c/">C</a></li></ul>';

  it('fills in the ids of the entries the page links to, and only those', () => {
    const out = withResultIds(listing, ids);
    expect(out).toContain('data-pagefind-ids="nb_111=/eksempler/a/ nb_333=/eksempler/c/"');
    expect(parseResultIds(/data-pagefind-ids="([^"]*)"/.exec(out)?.[1])).toEqual(
      new Map([
        ['nb_111', '/eksempler/a/'],
        ['nb_333', '/eksempler/c/'],
      ]),
    );
  });

  it('replaces a map filled by an earlier build', () => {
    const earlier = listing.replace('data-pagefind-ids=""', 'data-pagefind-ids="nb_000=/eksempler/a/"');
    expect(withResultIds(earlier, ids)).toBe(withResultIds(listing, ids));
  });

  it('leaves pages without the attribute alone', () => {
    expect(withResultIds('<a href="/eksempler/a/">A</a>', ids)).toBe('<a href="/eksempler/a/">A</a>');
  });

  it('reads an empty or missing map as empty', () => {
    expect(parseResultIds('')).toEqual(new Map());
    expect(parseResultIds(null)).toEqual(new Map());
  });
});

describe('pagePath', () => {
  it.each([
    ['eksempler/familieveiviseren/index.html', '/eksempler/familieveiviseren/'],
    ['index.html', '/'],
    ['404.html', '/404.html'],
    ['eksempler\\x\\index.html', '/eksempler/x/'],
  ])('%s → %s', (file, path) => {
    expect(pagePath(file)).toBe(path);
  });
});

describe('titleSortKey', () => {
  it('orders titles the Norwegian way, ignoring case', () => {
    const titles = ['Åpen dør', 'Øygarden', 'Ærlig talt', 'zebra', 'Alna', 'Hälsolabb', 'Halsen', 'énfold'];
    const sorted = [...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['Alna', 'énfold', 'Halsen', 'Hälsolabb', 'zebra', 'Ærlig talt', 'Øygarden', 'Åpen dør']);
  });
});

describe('excludeSelectors', () => {
  it('drops drawings and the repeated parts of entry pages from the index', () => {
    expect(excludeSelectors).toContain('svg');
    expect(excludeSelectors).toContain('.entry h2');
    expect(excludeSelectors).toContain('.citation');
  });
});

describe('createKeywordExtractor (the hidden keywords of an entry)', () => {
  const lexicon = loadNorwegianLexicon();
  const entries = [
    'Klinisk ernæringsfysiolog i hjemmesykepleien. Målet er å forebygge underernæring hos eldre.',
    'Digital hjemmeoppfølging i Helsefellesskapet med velferdsteknologi for kronisk syke.',
    'Unge i arbeidslivet og ungdomsutenforskap. Utenforskap blant unge er en utfordring.',
  ];
  const extractor = createKeywordExtractor(entries, lexicon);

  it('adds the parts of the compounds in an entry, not the words it already has', () => {
    const first = extractor.keywordsFor(entries[0] as string);
    expect(first).toEqual(expect.arrayContaining(['hjemme', 'sykepleien', 'sykepleie']));
    expect(first).not.toContain('eldre');
    const second = extractor.keywordsFor(entries[1] as string);
    expect(second).toEqual(expect.arrayContaining(['velferd', 'teknologi', 'helse', 'fellesskapet']));
  });

  it('splits domain words the dictionary lacks, using the words of all entries', () => {
    // «utenforskap» is in the third entry, so «ungdomsutenforskap» splits.
    expect(extractor.keywordsFor(entries[2] as string)).toContain('ungdom');
  });

  it('never yields short particles, so «omsorg» cannot come from «om»', () => {
    for (const text of entries)
      for (const keyword of extractor.keywordsFor(text)) expect(keyword.length).toBeGreaterThanOrEqual(3);
  });

  it('shares one cache across entries', () => {
    const before = extractor.cachedWords;
    extractor.keywordsFor(entries[0] as string);
    expect(extractor.cachedWords).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});

describe('withoutClasses', () => {
  it('drops each element with one of the classes, nested tags of the same name included, and keeps the rest', () => {
    const html =
      '<div><p>Eget innhold</p><section class="entry-related x"><section><h2>Lignende</h2></section><a>Bærekraftige fellesskap</a></section><p class="entry-relatedness">Blir</p></div>';
    expect(withoutClasses(html, ['entry-related'])).toBe(
      '<div><p>Eget innhold</p><p class="entry-relatedness">Blir</p></div>',
    );
    expect(withoutClasses('<p class="a">x</p><p class="b">y</p><p class="a">z</p>', ['a'])).toBe('<p class="b">y</p>');
  });
});
