/**
 * <vs-key-matrix>: sort buttons in the key matrix's column headers. The server renders the table in
 * number order with plain headers; the buttons (and aria-sort) exist only when they can work.
 * Keys sort highest level first on the first press, number and name ascending; a second press
 * reverses. Ties keep number order, so the result is always the same.
 */
type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

class VsKeyMatrix extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      // Designsystemet's table styles a button directly inside th[aria-sort], with the arrow icon.
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const current = th.getAttribute('aria-sort');
        const first: Direction =
          th.dataset.sort === 'number' || th.dataset.sort === 'title' ? 'ascending' : 'descending';
        const direction: Direction =
          current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : first;
        for (const other of headers) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', direction);
        sortRows(body, th.dataset.sort ?? 'number', direction);
      });
    }
    // The table starts in number order, and says so.
    headers.find((th) => th.dataset.sort === 'number')?.setAttribute('aria-sort', 'ascending');
    this.closest('section')?.querySelector<HTMLElement>('.sort-hint')?.removeAttribute('hidden');
  }
}

function sortRows(body: HTMLTableSectionElement, key: string, direction: Direction): void {
  const sign = direction === 'ascending' ? 1 : -1;
  const number = (row: HTMLTableRowElement) => Number(row.dataset.number);
  const level = (row: HTMLTableRowElement) =>
    Number(row.querySelector<HTMLElement>(`td[data-key="${key}"]`)?.dataset.level ?? 0);
  const compare =
    key === 'number'
      ? (a: HTMLTableRowElement, b: HTMLTableRowElement) => sign * (number(a) - number(b))
      : key === 'title'
        ? (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
            sign * collator.compare(a.dataset.title ?? '', b.dataset.title ?? '') || number(a) - number(b)
        : (a: HTMLTableRowElement, b: HTMLTableRowElement) => sign * (level(a) - level(b)) || number(a) - number(b);
  body.append(...[...body.rows].sort(compare));
}

if (!customElements.get('vs-key-matrix')) customElements.define('vs-key-matrix', VsKeyMatrix);
