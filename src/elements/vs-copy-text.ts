import { formatDateNb } from '../lib/format/nb.ts';

/**
 * <vs-copy-text>: a «Kopier» button beside text that is already on the page and selectable without
 * JavaScript. It also sets the «Hentet …» date inside the text to the reader's today, since the
 * page's own date is the day it was built. Nothing here is needed to read or select the text.
 */
class VsCopyText extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-copy]');
    if (!text || this.querySelector('button')) return;
    const accessed = text.querySelector('time[data-accessed]');
    if (accessed) {
      // One date for both: the text said the local day while `datetime` said the UTC day.
      const today = new Date().toISOString().slice(0, 10);
      accessed.setAttribute('datetime', today);
      accessed.textContent = formatDateNb(today);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button';
    button.dataset.variant = 'tertiary';
    button.dataset.size = 'sm';
    button.textContent = 'Kopier';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.innerText.trim());
        status.textContent = 'Kopiert';
      } catch {
        status.textContent = 'Kunne ikke kopiere. Merk teksten og kopier den selv.';
      }
    });
    this.append(button, status);
  }
}

if (!customElements.get('vs-copy-text')) customElements.define('vs-copy-text', VsCopyText);
