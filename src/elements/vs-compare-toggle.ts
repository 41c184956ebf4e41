import { COMPARE_STORAGE_KEY, compareHref, isFull, normaliseSlugs, toggleSlug } from '../lib/compare/compare-state.ts';

/**
 * <vs-compare-toggle data-slug="…">: «Legg til sammenligning» on cards and entry pages. An enhancement:
 * without JavaScript the element stays empty. The selection in progress lives in localStorage; the
 * comparison itself is the URL it links to, so it can be shared.
 */
export function readSelection(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(COMPARE_STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? normaliseSlugs(stored.map(String)) : [];
  } catch {
    return [];
  }
}

export function writeSelection(slugs: readonly string[]): void {
  try {
    localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(slugs));
  } catch {
    // Private browsing may refuse storage; the toggles then only show this page's choice.
  }
  document.dispatchEvent(new CustomEvent('compare-change'));
}

class VsCompareToggle extends HTMLElement {
  #button = document.createElement('button');
  #link = document.createElement('a');
  #sync = () => this.#render();

  connectedCallback() {
    const slug = this.dataset.slug;
    if (!slug || this.contains(this.#button)) return;
    // A card the catalogue copies brings the previous element's button along; start from empty.
    this.replaceChildren();
    this.#button.type = 'button';
    this.#button.className = 'ds-button';
    this.#button.dataset.variant = 'secondary';
    this.#button.dataset.size = 'sm';
    this.#button.addEventListener('click', () => writeSelection(toggleSlug(readSelection(), slug)));
    this.#link.className = 'ds-link';
    this.append(this.#button, ' ', this.#link);
    document.addEventListener('compare-change', this.#sync);
    window.addEventListener('storage', this.#sync);
    this.#render();
  }

  disconnectedCallback() {
    document.removeEventListener('compare-change', this.#sync);
    window.removeEventListener('storage', this.#sync);
  }

  #render() {
    const slug = this.dataset.slug!;
    const selection = readSelection();
    const chosen = selection.includes(slug);
    this.#button.textContent = chosen ? 'Fjern fra sammenligning' : 'Legg til sammenligning';
    this.#button.disabled = !chosen && isFull(selection);
    this.#link.hidden = selection.length < 2;
    this.#link.href = compareHref(selection);
    this.#link.textContent = `Sammenlign (${selection.length})`;
  }
}

if (!customElements.get('vs-compare-toggle')) customElements.define('vs-compare-toggle', VsCompareToggle);
