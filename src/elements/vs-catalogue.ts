import {
  effectiveSort,
  emptyState,
  isEmptyState,
  isSortValue,
  normaliseState,
  parseCatalogueState,
  serialiseCatalogueState,
  type CatalogueState,
} from '../lib/catalogue/state.ts';
import { facets, type FacetParam, type Filters } from '../lib/catalogue/facets.ts';
import {
  facetsWithSelection,
  pagefindFilters,
  resultSummary,
  searchTerms,
  type ResultCard,
} from '../lib/search/results.ts';
import { query, runSearch, type PagefindResult } from '../lib/search/run-search.ts';
import type { OptionCounts } from '../lib/catalogue/facet-counts.ts';
import { ignoredNotice, readCatalogueUrl } from '../lib/catalogue/url-notice.ts';
import { countLabel } from '../lib/format/nb.ts';
import { siteName } from '../lib/site.ts';
import { parseResultIds } from '../lib/search/build/index-html.ts';
import { cardOf, loadPagefind, ordered, type Pagefind } from './catalogue/pagefind-client.ts';

/**
 * <vs-catalogue>: search and filters for the server-rendered catalogue on /eksempler/. Without this
 * script the page still lists every entry; with it, the form drives Pagefind and the state lives in
 * the URL (src/lib/catalogue/state.ts), so reload, back/forward and shared links restore it.
 *
 * The empty state (no text, no filter, default order) is the server-rendered list and costs no
 * search at all. Everything else – text, filters with or without text, another order – asks
 * Pagefind, which handles an empty text with filters as `search(null, …)`: one path for every state,
 * and it scales to 10,000 entries, where the page cannot carry every card for client-side filtering.
 */

/** Results shown at once, and added by «Vis flere». */
const PAGE = 10;
/** Quiet time after the last keystroke before searching. */
const DEBOUNCE_MS = 180;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`vs-catalogue: fant ikke ${selector}`);
  return element;
}

/** Resolves after the next frame has been painted: the callback of a frame runs just before its paint. */
const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

class VsCatalogue extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #status!: HTMLElement;
  #section!: HTMLElement;
  #list!: HTMLElement;
  #more!: HTMLButtonElement;
  #noResults!: HTMLElement;
  #partial!: HTMLElement;
  #partialList!: HTMLElement;
  #pager: HTMLElement | null = null;
  #template: HTMLTemplateElement | null = null;
  #boxes: HTMLInputElement[] = [];
  #initialItems: Element[] = [];
  /** The server-rendered card of each entry on the page, by Pagefind result id. */
  #cards = new Map<string, Element>();
  #initialStatus = '';
  #known = {} as Record<FacetParam, string[]>;
  #state: CatalogueState = emptyState();
  #results: PagefindResult[] = [];
  #shown = 0;
  #baseTitle = document.title;
  /** Bumped by every render, so answers to an older search are dropped. */
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Facets whose filter index Pagefind has loaded (see `#loadFacets`). */
  #loadedFacets = new Set<FacetParam>();
  /** The words the last search sent, after leaving out or replacing words (see `#render`). */
  #terms: string[] = [];
  /** Whether the current history entry was made by typing, so further typing replaces it. */
  #typing = false;

  connectedCallback() {
    this.#form = required(this, 'form');
    this.#input = required(this, 'input[type="search"]');
    this.#sort = required(this, 'select[name="sort"]');
    this.#status = required(this, '[data-status]');
    this.#section = required(this, '.catalogue-results');
    this.#list = required(this, '[data-results]');
    this.#more = required(this, '[data-more]');
    this.#noResults = required(this, '[data-no-results]');
    this.#partial = required(this, '[data-partial]');
    this.#partialList = required(this, '[data-partial-results]');
    this.#pager = this.querySelector('[data-pager]');
    this.#template = this.querySelector('template[data-card-template]');
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#initialItems = [...this.#list.children];
    this.#cards = this.#serverCards();
    this.#initialStatus = this.#status.textContent ?? '';
    for (const { param } of facets)
      this.#known[param] = this.#boxes.filter((box) => box.dataset.param === param).map((box) => box.value);

    this.#form.addEventListener('focusin', () => void loadPagefind().catch(() => {}), { once: true });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#commit({ ...this.#state, q: this.#input.value }, false);
    });
    this.#input.addEventListener('input', () => {
      // Search while the word is being typed, from three letters (one or two letters span several
      // index chunks): the debounce then waits for an answer that is already there. The same
      // search, asked again when typing stops, is answered from memory (src/lib/search/memo-search.ts).
      const q = this.#input.value.trim();
      const terms = searchTerms(q);
      if (/\p{L}{3,}$/u.test(q) && terms.length > 0)
        void loadPagefind()
          .then((pf) => pf.search(terms.join(' '), { filters: pagefindFilters(this.#state.filters) }))
          .catch(() => {});
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#commit({ ...this.#state, q: this.#input.value }, true), DEBOUNCE_MS);
    });
    this.#form.addEventListener('change', (event) => {
      const target = event.target;
      clearTimeout(this.#timer);
      if (target === this.#sort) {
        const sort = this.#sort.value;
        this.#commit({ ...this.#state, q: this.#input.value, sort: isSortValue(sort) ? sort : undefined }, false);
      } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
        this.#commit({ ...this.#state, q: this.#input.value, filters: this.#checked() }, false);
      }
    });
    for (const button of this.querySelectorAll('[data-reset]')) {
      button.addEventListener('click', () => {
        clearTimeout(this.#timer);
        this.#commit(emptyState(), false);
        this.#input.focus();
      });
    }
    this.#more.addEventListener('click', () => void this.#showMore(true));
    // How far «Vis flere» got and where the page was scrolled live in this history entry, so Back from
    // an entry returns to the same card (M8). The list is built after load, so the browser's own
    // scroll restoration would run too early.
    history.scrollRestoration = 'manual';
    let saveTimer = 0;
    window.addEventListener(
      'scroll',
      () => {
        clearTimeout(saveTimer);
        saveTimer = window.setTimeout(() => this.#remember(), 150);
      },
      { passive: true },
    );
    window.addEventListener('pagehide', () => this.#remember());
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      details.addEventListener('toggle', () => {
        // A search under way loads the open facets itself, and checks again when it is done.
        if (
          details.open &&
          !this.#loadedFacets.has(details.dataset.facet as FacetParam) &&
          !this.#section.hasAttribute('aria-busy')
        ) {
          void this.#refreshCounts();
        }
      });
    }
    window.addEventListener('popstate', () => {
      clearTimeout(this.#timer);
      this.#typing = false;
      this.#state = this.#fromUrl();
      void this.#render();
    });

    // A shared link may hold parts the catalogue does not have: say which were left out (L1).
    const reading = readCatalogueUrl(location.search, this.#known);
    this.#state = parseCatalogueState(reading.params, this.#known);
    const notice = this.querySelector<HTMLElement>('[data-url-notice]');
    if (notice && reading.ignored.length > 0) {
      notice.querySelector('p')!.textContent = ignoredNotice(reading.ignored, !isEmptyState(this.#state));
      notice.hidden = false;
    }
    // The address bar shows the canonical form of what was asked (unknown values dropped).
    history.replaceState(history.state, '', this.#url(this.#state));
    if (!isEmptyState(this.#state)) {
      // A link with a search: the form and the busy state at once, the search after the first frame.
      // Loading Pagefind and its WebAssembly keeps the main thread busy, and started before the
      // first frame it held the whole page back (Lighthouse saw first paints one or two seconds late).
      this.#applyToForm();
      this.#section.setAttribute('aria-busy', 'true');
      void afterFirstPaint().then(() => this.#render());
    } else if (typeof history.state?.scrollY === 'number') window.scrollTo(0, history.state.scrollY);
    else this.#applyToForm();
  }

  /** Result id → server-rendered card, from the map the build writes into the page. */
  #serverCards(): Map<string, Element> {
    const cards = new Map<string, Element>();
    const byPath = new Map(this.#initialItems.map((item) => [item.querySelector('a')?.getAttribute('href'), item]));
    for (const [id, path] of parseResultIds(this.#list.getAttribute('data-pagefind-ids'))) {
      const item = byPath.get(path);
      if (item) cards.set(id, item);
    }
    return cards;
  }

  /**
   * The cards for some results: a copy of the card on the page when there is one, else built from
   * the result's card file (src/lib/search/cards.ts), else from its fragment.
   */
  #cardsFor(results: PagefindResult[]): Promise<Element>[] {
    return results.map(
      async (result) =>
        (this.#cards.get(result.id)?.cloneNode(true) as Element | undefined) ?? this.#card(await cardOf(result)),
    );
  }

  #fromUrl(): CatalogueState {
    return parseCatalogueState(location.search, this.#known);
  }

  #url(state: CatalogueState): string {
    return `${location.pathname}${serialiseCatalogueState(state)}`;
  }

  #checked(): Filters {
    const filters = emptyState().filters;
    for (const box of this.#boxes) if (box.checked) filters[box.dataset.param as FacetParam].push(box.value);
    return filters;
  }

  /** Makes `next` the state: a new history entry, except while typing goes on. */
  #commit(next: CatalogueState, typing: boolean) {
    // The notice about the link that opened the page no longer describes the list once it changes.
    this.querySelector('[data-url-notice]')?.setAttribute('hidden', '');
    const state = normaliseState(next, this.#known);
    const url = this.#url(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (typing && this.#typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.#typing = typing;
    this.#state = state;
    void this.#render();
  }

  /** The controls show the state (after a reload, back/forward or reset). */
  #applyToForm() {
    const { q, filters } = this.#state;
    if (this.#input.value.trim() !== q) this.#input.value = q;
    for (const box of this.#boxes) box.checked = filters[box.dataset.param as FacetParam].includes(box.value);
    const relevance = this.#sort.querySelector<HTMLOptionElement>('option[value="relevans"]');
    if (relevance) relevance.disabled = !q;
    this.#sort.value = effectiveSort(this.#state);
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const selected = filters[details.dataset.facet as FacetParam]?.length ?? 0;
      if (selected) details.open = true;
      const marker = details.querySelector('[data-selected]');
      if (marker) marker.textContent = selected ? `(${selected} valgt)` : '';
    }
  }

  /** Counts beside the boxes: the server's for the whole catalogue (null), or a search's; blank when unknown. */
  #setCounts(counts: OptionCounts | null) {
    for (const box of this.#boxes) {
      const span = box.parentElement?.querySelector<HTMLElement>('[data-count]');
      if (!span) continue;
      const known = counts?.[box.dataset.param as FacetParam];
      span.textContent = !counts ? `(${span.dataset.count})` : known ? `(${known[box.value] ?? 0})` : '';
    }
  }

  /**
   * Makes Pagefind load the filter index of the facets that are open or ticked, so searches report
   * their counts. Pagefind loads a filter's chunk only when a search uses that filter; an «any of
   * none» filter loads it without narrowing anything. Closed facets cost nothing until opened: at
   * 10,000 entries all seven filter indexes together are larger than the rest of the search.
   */
  async #loadFacets(pf: Pagefind): Promise<void> {
    const wanted = [...this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')]
      .filter((details) => details.open)
      .map((details) => details.dataset.facet as FacetParam)
      .filter((param) => !this.#loadedFacets.has(param));
    for (const param of facetsWithSelection(this.#state.filters)) this.#loadedFacets.add(param);
    const missing = wanted.filter((param) => !this.#loadedFacets.has(param));
    if (missing.length === 0) return;
    await pf.search(null, { filters: Object.fromEntries(missing.map((param) => [param, { any: [] }])) });
    for (const param of missing) this.#loadedFacets.add(param);
  }

  /** A facet opened after a search: load its filter index and show its counts. */
  async #refreshCounts() {
    const state = this.#state;
    if (isEmptyState(state)) return;
    const run = this.#run;
    try {
      const pf = await loadPagefind();
      await this.#loadFacets(pf);
      const { counts } = await query(pf, this.#terms, state);
      if (run === this.#run) this.#setCounts(counts);
    } catch {
      // The counts stay blank; the search itself reports problems.
    }
  }

  async #render() {
    const run = ++this.#run;
    this.#applyToForm();
    const state = this.#state;
    if (isEmptyState(state)) {
      this.#showInitial(this.#initialStatus);
      return;
    }
    this.#section.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      await this.#loadFacets(pf);
      const outcome = await runSearch(pf, state, { pageSize: PAGE });
      const { terms, notes, partial } = outcome;
      const results = await ordered(outcome.results, state);
      if (run !== this.#run) return;
      this.#terms = terms;
      this.#setCounts(outcome.counts);
      this.#results = results;
      this.#shown = 0;
      if (this.#pager) this.#pager.hidden = true;
      // The old list stays until the first new card is ready; the count is announced with it.
      await this.#showMore(false, run, () => {
        this.#list.replaceChildren();
        this.#status.textContent = resultSummary(results.length, state, { ...notes, partial: partial.length });
        this.#setToResults(results.length + partial.length);
        this.#retitle(state);
        this.#noResults.hidden = results.length > 0 || partial.length > 0;
      });
      // Back/Forward (or a reload) to a list that had «Vis flere» pressed: show as many again, then scroll.
      const remembered = history.state as { shown?: number; scrollY?: number } | null;
      while (remembered?.shown && this.#shown < Math.min(remembered.shown, results.length)) {
        await this.#showMore(false, run);
        if (run !== this.#run) return;
      }
      if (typeof remembered?.scrollY === 'number') window.scrollTo(0, remembered.scrollY);
      const partialCards = await Promise.all(this.#cardsFor(partial));
      if (run !== this.#run) return;
      this.#partialList.replaceChildren(...partialCards);
      this.#partial.hidden = partial.length === 0;
      const opened = [...this.querySelectorAll<HTMLDetailsElement>('details[data-facet][open]')];
      if (opened.some((d) => !this.#loadedFacets.has(d.dataset.facet as FacetParam))) void this.#refreshCounts();
    } catch {
      if (run !== this.#run) return;
      this.#showInitial('Søket er ikke tilgjengelig akkurat nå. Her er alle eksemplene.');
    } finally {
      if (run === this.#run) this.#section.removeAttribute('aria-busy');
    }
  }

  /** The tab and bookmark name the search and the ticked filters, from their own labels (L14). */
  #retitle(state: CatalogueState) {
    const ticked = [...this.querySelectorAll<HTMLInputElement>('input[data-param]:checked')].map(
      (box) => box.labels?.[0]?.firstChild?.textContent?.trim() ?? box.value,
    );
    const parts = [state.q && `«${state.q}»`, ...ticked].filter(Boolean);
    document.title = parts.length ? `Eksempler: ${parts.join(', ')} – ${siteName}` : this.#baseTitle;
  }

  /** Records the shown count and scroll position in the current history entry. */
  #remember() {
    history.replaceState({ ...(history.state ?? {}), shown: this.#shown, scrollY: Math.round(window.scrollY) }, '');
  }

  #showInitial(status: string) {
    this.#section.removeAttribute('aria-busy');
    this.#results = [];
    this.#list.replaceChildren(...this.#initialItems);
    this.#setCounts(null);
    this.#more.hidden = true;
    const shown = this.querySelector<HTMLElement>('[data-shown]');
    if (shown) shown.hidden = true;
    this.#noResults.hidden = true;
    this.#partial.hidden = true;
    this.#partialList.replaceChildren();
    if (this.#pager) this.#pager.hidden = false;
    this.#status.textContent = status;
    this.#setToResults(null);
    document.title = this.#baseTitle;
  }

  /** The phone's «Vis 4 eksempler» link under the filters says how many results it leads to (M3). */
  #setToResults(count: number | null) {
    const link = this.querySelector<HTMLElement>('[data-to-results]');
    if (!link) return;
    link.dataset.initial ??= link.textContent ?? '';
    link.textContent =
      count === null ? link.dataset.initial : count === 0 ? 'Ingen treff – se hvorfor' : `Vis ${countLabel(count)}`;
  }

  /**
   * Adds the next results one by one as their cards are ready (in order), so the first shows without
   * waiting for the tenth; `onFirst` runs just before the first is added (or at once when there are
   * none). With `focus`, focus moves to the first new result (after «Vis flere»).
   */
  async #showMore(focus: boolean, run = this.#run, onFirst?: () => void) {
    const pending = this.#cardsFor(this.#results.slice(this.#shown, this.#shown + PAGE));
    let first: Element | undefined;
    for (const card of pending) {
      const item = await card;
      if (run !== this.#run) return;
      if (!first) {
        onFirst?.();
        first = item;
      }
      this.#list.append(item);
      this.#shown += 1;
    }
    if (!first) onFirst?.();
    this.#more.hidden = this.#shown >= this.#results.length;
    const shown = this.querySelector<HTMLElement>('[data-shown]');
    if (shown) {
      shown.textContent = `Viser ${this.#shown} av ${this.#results.length}.`;
      shown.hidden = this.#more.hidden;
    }
    if (focus) this.#remember();
    if (focus) first?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  /** A result card: a copy of the server-rendered card in the template, filled in. */
  #card(card: ResultCard): Element {
    const item =
      (this.#template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined) ??
      document.createElement('li');
    const link = item.querySelector('a') ?? item.appendChild(document.createElement('a'));
    link.href = card.url;
    // The template is a server-rendered card; its name's language belongs to that entry, not this one.
    link.removeAttribute('lang');
    const number = item.querySelector('.number');
    if (number) number.textContent = card.number;
    link.replaceChildren(card.title);
    const article = item.querySelector('article');
    if (article) article.dataset.number = card.number;
    const summary = item.querySelector('p');
    if (summary) summary.textContent = card.summary;
    const values = [card.municipality, card.phase, card.country];
    item.querySelectorAll('.card-facts > div:not([data-card-effect]) > dd').forEach((dd, i) => {
      dd.textContent = values[i] ?? '';
    });
    const effect = item.querySelector<HTMLElement>('[data-card-effect]');
    if (effect) {
      effect.hidden = !card.effect;
      const dd = effect.querySelector('dd');
      if (dd) dd.textContent = card.effect;
    }
    return item;
  }
}

if (!customElements.get('vs-catalogue')) customElements.define('vs-catalogue', VsCatalogue);
