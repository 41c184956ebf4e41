import { COMPARE_MAX, COMPARE_MIN, compareHref, parseCompare, toggleSlug } from '../lib/compare/compare-state.ts';
import type { CompareView } from '../lib/compare/entry-view.ts';
import { readSelection, writeSelection } from './vs-compare-toggle.ts';

/**
 * <vs-compare-view>: the columns of /sammenlign/?e=a,b. The URL is the state: adding or removing an
 * entry pushes a new address, and back/forward restore it. Each column is fetched as one small
 * JSON file from /data/eksempler/, so the page does not grow with the catalogue.
 */
/** The compare table's caption, which names the box it scrolls in. */
const CAPTION_ID = 'compare-caption';
const cache = new Map<string, Promise<CompareView | undefined>>();

function load(slug: string): Promise<CompareView | undefined> {
  if (!cache.has(slug)) {
    cache.set(
      slug,
      fetch(`/data/eksempler/${slug}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<{ view: CompareView }>) : undefined))
        .then((d) => d?.view)
        .catch(() => undefined),
    );
  }
  return cache.get(slug)!;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

class VsCompareView extends HTMLElement {
  #table = this.querySelector<HTMLElement>('[data-compare-table]')!;
  #status = this.querySelector<HTMLElement>('[data-compare-status]')!;
  #form = this.querySelector<HTMLFormElement>('form[data-compare-add]')!;
  #slugs: string[] = [];

  connectedCallback() {
    document.querySelector<HTMLElement>('[data-compare-nojs]')?.setAttribute('hidden', '');
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const slug = new FormData(this.#form).get('e');
      if (typeof slug === 'string' && slug && !this.#slugs.includes(slug)) this.#go(toggleSlug(this.#slugs, slug));
    });
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Reads the URL; an address without entries picks up the selection made on other pages. */
  #restore() {
    let slugs = parseCompare(location.search);
    if (!slugs.length && !location.search) {
      slugs = readSelection();
      if (slugs.length) history.replaceState(null, '', compareHref(slugs));
    }
    void this.#render(slugs);
  }

  #go(slugs: string[]) {
    history.pushState(null, '', compareHref(slugs));
    void this.#render(slugs);
  }

  async #render(slugs: string[]) {
    this.#slugs = slugs;
    writeSelection(slugs);
    const views = (await Promise.all(slugs.map(load))).filter((v): v is CompareView => v !== undefined);
    if (slugs !== this.#slugs) return; // a newer render has started
    const missing = slugs.length - views.length;
    const select = this.#form.querySelector('select')!;
    for (const option of select.options) option.disabled = slugs.includes(option.value);
    this.#form.querySelector('button')!.disabled = slugs.length >= COMPARE_MAX;
    this.#status.textContent =
      (views.length < COMPARE_MIN
        ? `Velg minst ${COMPARE_MIN} eksempler å sammenligne, høyst ${COMPARE_MAX}. `
        : `${views.length} eksempler side om side. `) +
      (missing ? `${missing} av eksemplene i adressen finnes ikke.` : '');
    this.#table.replaceChildren(views.length ? this.#tableOf(views) : '');
    // The table is wider than a phone; the box it scrolls in must take focus to be scrolled by
    // keyboard (WCAG 2.1.1), and is then named by the caption. The page has one table and no heading
    // with the caption's words, so it needs no «Tabell:» in front, unlike TableScrollBox.astro on
    // /statistikk/. An empty box is no stop in the tab order.
    if (views.length) {
      this.#table.tabIndex = 0;
      this.#table.setAttribute('role', 'region');
      this.#table.setAttribute('aria-labelledby', CAPTION_ID);
    } else {
      this.#table.removeAttribute('tabindex');
      this.#table.removeAttribute('role');
      this.#table.removeAttribute('aria-labelledby');
    }
  }

  #tableOf(views: CompareView[]) {
    const remove = (view: CompareView) => {
      const button = el(
        'button',
        { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
        'Fjern',
      );
      button.setAttribute('aria-label', `Fjern ${view.title} fra sammenligningen`);
      button.addEventListener('click', () => this.#go(this.#slugs.filter((s) => s !== view.id)));
      return button;
    };
    const head = el(
      'tr',
      {},
      el('td'),
      ...views.map((v) =>
        el(
          'th',
          { scope: 'col' },
          el('a', { class: 'ds-link', href: v.url }, `${v.number}. ${v.title}`),
          el('br'),
          remove(v),
        ),
      ),
    );
    const list = (values: string[]) =>
      values.length ? el('ul', {}, ...values.map((value) => el('li', {}, value))) : 'Ingen oppgitt';
    const rows = views[0]!.facts.map(([heading], i) =>
      el('tr', {}, el('th', { scope: 'row' }, heading), ...views.map((v) => el('td', {}, list(v.facts[i]![1])))),
    );
    const keyRows = views[0]!.keys.map((key, i) =>
      el(
        'tr',
        { class: 'compare-key' },
        el('th', { scope: 'row' }, key.label),
        ...views.map((v) => {
          const k = v.keys[i]!;
          const bar = el(
            'span',
            { class: 'bar', 'aria-hidden': 'true' },
            ...[1, 2, 3].map((n) => el('span', { class: n <= k.level ? 'seg on' : 'seg' })),
          );
          return el(
            'td',
            {},
            el('p', { class: 'key-level' }, bar, `${k.level} – ${k.levelLabel}`),
            el('p', {}, k.rationale),
          );
        }),
      ),
    );
    const sources = el('tr', {}, el('th', { scope: 'row' }, 'Kilde'), ...views.map((v) => el('td', {}, v.source)));
    return el(
      'table',
      { class: 'ds-table compare-table', 'data-border': '' },
      el(
        'caption',
        { id: CAPTION_ID },
        'Eksemplene side om side: fakta, samarbeidspartnere, resultater og de fire nøklene med begrunnelse',
      ),
      el('thead', {}, head),
      el('tbody', {}, ...rows, ...keyRows, sources),
    );
  }
}

if (!customElements.get('vs-compare-view')) customElements.define('vs-compare-view', VsCompareView);
