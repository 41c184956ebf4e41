import { catalogueQueryHref } from '../lib/urls.ts';
import {
  diagramFacets,
  diagramFilterQuery,
  emptyFilters,
  isEmptyFilters,
  markerMatches,
  parseDiagramFilters,
  type DiagramFacet,
  type Filters,
} from '../lib/keys/filter.ts';

/**
 * <vs-key-filter>: the filter chips on /nokler/. Markers (and the legend items and table rows with the
 * same data-number) that do not match get `data-dimmed`. The choice lives in the URL query, in the
 * catalogue's format, written with history.replaceState (so Back is not flooded), and a filtered
 * URL restores it on load.
 */
class VsKeyFilter extends HTMLElement {
  #inputs: HTMLInputElement[] = [];

  connectedCallback(): void {
    const fieldset = this.querySelector<HTMLFieldSetElement>('fieldset');
    if (!fieldset) return;
    this.#inputs = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const known = Object.fromEntries(
      diagramFacets.map((facet) => [facet, this.#inputs.filter((i) => i.name === facet).map((i) => i.value)]),
    ) as Record<DiagramFacet, string[]>;
    const filters = parseDiagramFilters(window.location.search, known);
    for (const input of this.#inputs) input.checked = filters[input.name as DiagramFacet].includes(input.value);
    fieldset.hidden = false;
    // A shared link with a value in a folded list opens it, so the reader sees what is chosen.
    for (const folded of this.querySelectorAll('details')) {
      if (folded.querySelector('input:checked')) folded.open = true;
    }

    this.addEventListener('change', () => this.#update());
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const input of this.#inputs) input.checked = false;
      this.#update();
    });
    this.#update();
  }

  #read(): Filters {
    const filters = emptyFilters();
    for (const input of this.#inputs) if (input.checked) filters[input.name as DiagramFacet].push(input.value);
    return filters;
  }

  #update(): void {
    const filters = this.#read();
    const markers = [...document.querySelectorAll<SVGAElement>('a.kd-marker[data-number]')];
    const dimmed = new Set(
      markers.filter((m) => !markerMatches(m.dataset, filters)).map((m) => m.dataset.number ?? ''),
    );
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-number]')) {
      const out = dimmed.has(el.dataset.number ?? '');
      el.toggleAttribute('data-dimmed', out);
      if (el instanceof SVGAElement) markMarker(el, out);
      else markName(el, out);
    }

    const empty = isEmptyFilters(filters);
    const matching = markers.length - dimmed.size;
    const status = this.querySelector('[role="status"]');
    if (status) {
      status.textContent = empty
        ? ''
        : matching === 0
          ? 'Ingen tiltak passer filteret.'
          : `${matching} av ${markers.length} tiltak passer filteret.`;
    }
    const count = this.querySelector('.kd-topics-count');
    if (count) count.textContent = filters.tema.length ? `(${filters.tema.length} valgt)` : '';
    this.querySelector('[data-reset]')?.toggleAttribute('hidden', empty);
    const query = diagramFilterQuery(filters);
    const catalogue = this.querySelector<HTMLAnchorElement>('a[data-catalogue]');
    if (catalogue) {
      catalogue.href = catalogueQueryHref(query);
      catalogue.hidden = empty || matching === 0;
    }

    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }
}

const OUT = ' (utenfor filteret)';

/** A dimmed marker says so in its accessible name: grey alone tells a screen reader nothing. */
function markMarker(marker: SVGAElement, out: boolean): void {
  const label = marker.dataset.label ?? marker.getAttribute('aria-label') ?? '';
  marker.dataset.label = label;
  marker.setAttribute('aria-label', out ? `${label}${OUT}` : label);
}

/** Table rows and legend items get the same note as hidden text after the entry's name. */
function markName(el: HTMLElement | SVGElement, out: boolean): void {
  const name = el.querySelector('.kd-name');
  if (!name) return;
  const note = name.querySelector(':scope > .kd-out');
  if (out && !note) {
    const span = document.createElement('span');
    span.className = 'visually-hidden kd-out';
    span.textContent = OUT;
    name.append(span);
  } else if (!out) note?.remove();
}

if (!customElements.get('vs-key-filter')) customElements.define('vs-key-filter', VsKeyFilter);
