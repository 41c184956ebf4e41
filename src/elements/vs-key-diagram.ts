import { arrowKeys, nearestInDirection, type Point } from '../lib/keys/nav.ts';

/**
 * <vs-key-diagram>: enhances the server-rendered four-keys SVG. Hover or focus on a marker shows a
 * details card beside it; arrow keys move focus to the nearest marker that way; Escape hides the card.
 * Every marker is already a link, so Enter opens the entry natively, and without this script the page
 * loses nothing but the card and the arrow keys.
 *
 * The markers are one tab stop (a roving tabindex): Tab enters the diagram at the last marker used and
 * leaves it for the filter, instead of walking 29 markers; the arrow keys move inside. A marker linked
 * from an entry page (/nokler/#kd-nr-15) is ringed by CSS, and the note above the diagram names it
 * with a link that moves the fragment away, which clears the ring.
 */
class VsKeyDiagram extends HTMLElement {
  #markers: SVGAElement[] = [];
  #centres: Point[] = [];
  #card!: HTMLElement;
  #focused: SVGAElement | null = null;
  #hovered: SVGAElement | null = null;
  #hideTimer = 0;

  connectedCallback(): void {
    const card = this.querySelector<HTMLElement>('.kd-card');
    if (!card) return;
    this.#card = card;
    this.#markers = [...this.querySelectorAll<SVGAElement>('a.kd-marker')];
    // Centres in the SVG's own units: the same at every zoom level and screen width.
    this.#centres = this.#markers.map((m) => {
      const circle = m.querySelector('circle');
      return { x: Number(circle?.getAttribute('cx')), y: Number(circle?.getAttribute('cy')) };
    });
    const factsId = card.querySelector('.kd-card-facts')?.id ?? '';
    for (const marker of this.#markers) {
      // The card replaces the native tooltip, which would otherwise show on top of it; the facts line
      // becomes the description the <title> gave before.
      marker.querySelector(':scope > title')?.remove();
      marker.setAttribute('aria-describedby', factsId);
    }

    const target = () => this.#markers.find((m) => `#${m.id}` === window.location.hash) ?? null;
    this.#rove(target() ?? this.#markers[0] ?? null);
    this.#noteTarget(target());
    window.addEventListener('hashchange', () => this.#noteTarget(target()));

    this.addEventListener('focusin', (event) => {
      this.#focused = this.#markerOf(event.target);
      if (this.#focused) this.#rove(this.#focused);
      this.#refresh();
    });
    this.addEventListener('focusout', (event) => {
      if (this.#markerOf(event.relatedTarget) === null) {
        this.#focused = null;
        this.#refresh();
      }
    });
    this.addEventListener('pointerover', (event) => {
      const marker = this.#markerOf(event.target);
      if (marker || card.contains(event.target as Node)) {
        window.clearTimeout(this.#hideTimer);
        if (marker) {
          this.#hovered = marker;
          this.#refresh();
        }
      }
    });
    this.addEventListener('pointerout', (event) => {
      // A short grace period lets the pointer travel from the marker onto the card (WCAG 1.4.13).
      const into = event.relatedTarget as Node | null;
      if (into && (card.contains(into) || this.#markerOf(into) === this.#hovered)) return;
      window.clearTimeout(this.#hideTimer);
      this.#hideTimer = window.setTimeout(() => {
        this.#hovered = null;
        this.#refresh();
      }, 300);
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /** Only `current` is in the tab order. */
  #rove(current: SVGAElement | null): void {
    for (const marker of this.#markers) marker.setAttribute('tabindex', marker === current ? '0' : '-1');
  }

  #noteTarget(marker: SVGAElement | null): void {
    const note = this.querySelector<HTMLElement>('.kd-target-note');
    if (!note) return;
    const about = marker && document.getElementById(`kd-navn-${marker.dataset.number ?? ''}`);
    const name = note.querySelector('[data-target-name]');
    if (name) name.textContent = marker ? `${marker.dataset.number} ${about?.dataset.title ?? ''}`.trim() : '';
    note.hidden = !marker;
  }

  #markerOf(target: EventTarget | null): SVGAElement | null {
    if (!(target instanceof Element)) return null;
    const marker = target.closest<SVGAElement>('a.kd-marker');
    return marker && this.contains(marker) ? marker : null;
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (!this.#card.hidden) {
        this.#card.hidden = true;
        event.preventDefault();
      }
      return;
    }
    const direction = arrowKeys[event.key];
    const from = this.#markerOf(event.target);
    if (!direction || !from || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const next = nearestInDirection(this.#centres, this.#markers.indexOf(from), direction);
    if (next >= 0) this.#markers[next]!.focus();
  }

  /** Hover wins while the pointer is on a marker; otherwise the card follows keyboard focus. */
  #refresh(): void {
    const marker = this.#hovered ?? this.#focused;
    if (!marker) {
      this.#card.hidden = true;
      return;
    }
    this.#fill(marker);
    this.#card.hidden = false;
    this.#place(marker);
  }

  #fill(marker: SVGAElement): void {
    const number = marker.dataset.number ?? '';
    const about = document.getElementById(`kd-navn-${number}`);
    const text = (selector: string, value: string) => {
      const el = this.#card.querySelector(selector);
      if (el) el.textContent = value;
    };
    text('.kd-card-number', number);
    text('.kd-card-title', about?.dataset.title ?? '');
    text('.kd-card-facts', [about?.dataset.place, about?.dataset.phaseLabel].filter(Boolean).join(' · '));
    const list = this.#card.querySelector<HTMLElement>('.kd-card-levels');
    const labels = (list?.dataset.levelLabels ?? '').split('|');
    const levels = JSON.parse(marker.dataset.levels ?? '{}') as Record<string, number>;
    for (const dd of list?.querySelectorAll<HTMLElement>('dd[data-key]') ?? []) {
      const level = levels[dd.dataset.key ?? ''] ?? 0;
      const dots = document.createElement('span');
      dots.className = 'kd-dots';
      for (let i = 1; i < labels.length; i++) {
        const dot = document.createElement('span');
        if (i <= level) dot.className = 'on';
        dots.append(dot);
      }
      dd.replaceChildren(dots, ` ${level} ${labels[level] ?? ''}`);
    }
    const out = this.#card.querySelector<HTMLElement>('.kd-card-out');
    if (out) out.hidden = !marker.hasAttribute('data-dimmed');
  }

  /** Beside the marker, on whichever side has room, kept inside the figure. */
  #place(marker: SVGAElement): void {
    const box = this.getBoundingClientRect();
    const dot = marker.getBoundingClientRect();
    const card = this.#card;
    const gap = 8;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    let left = dot.right - box.left + gap;
    if (left + width > box.width) left = dot.left - box.left - gap - width;
    left = Math.max(0, Math.min(left, box.width - width));
    let top = dot.top - box.top + dot.height / 2 - height / 2;
    top = Math.max(0, Math.min(top, box.height - height));
    // CSSOM writes are allowed under the CSP (only style attributes in markup are not).
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}

if (!customElements.get('vs-key-diagram')) customElements.define('vs-key-diagram', VsKeyDiagram);
