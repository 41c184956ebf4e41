import '../lib/form/zod-jitless.ts';
import { initiativeSchema, type KnownIds } from '../schemas/initiative.ts';
import { formFields, type Field } from '../lib/form/fields.ts';
import { collectEntry, formValuesOf } from '../lib/form/collect.ts';
import { checkEntry, type BodyCheck, type EntryContext, type FormProblem } from '../lib/form/check-entry.ts';

let bodyCheck: Promise<BodyCheck> | undefined;
/** The same parser-based body check as `npm run validate`, loaded on first use. */
const loadBodyCheck = () =>
  (bodyCheck ??= import('../lib/validation/entry-body-check.ts').then((m) => m.checkEntryBody));
import { entryFileName, entryMdx } from '../lib/form/entry-mdx.ts';
import { controlId } from '../lib/form/control-id.ts';
import { bodySections } from '../lib/validation/body-sections.ts';
import { emptyNewFileUrl, maxSafeUrlLength, newFileUrl } from '../lib/github-urls.ts';

const entriesDir = 'content/initiatives';

/**
 * <vs-entry-form>: the /bidra/ form. The server renders every control from the schema; this element
 * checks the answers with the validator's own rules, shows each problem beside its control (focus on
 * the first), and when all is well writes the .mdx file and the link to GitHub's «new file» page.
 */
class VsEntryForm extends HTMLElement {
  #form!: HTMLFormElement;
  #fields: Field[] = [];
  #context!: EntryContext;
  #mdx = '';
  #fileName = '';

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-entry-form]');
    if (!form) return;
    this.#form = form;
    const known = JSON.parse(this.dataset.known ?? '{}') as KnownIds;
    this.#context = { known, sources: JSON.parse(this.dataset.sources ?? '{}') };
    this.#fields = formFields(initiativeSchema(known));
    const today = new Date().toISOString().slice(0, 10);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-today]')) input.value ||= today;
    for (const button of form.querySelectorAll<HTMLButtonElement>('[data-add-row]')) {
      button.hidden = false;
      button.addEventListener('click', () => this.#addRow(button));
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#check();
    });
    // The MDX parser the body check needs is most of this page's script; it is fetched once the
    // editor starts on the text (or submits), not with the page.
    form.addEventListener('focusin', (event) => {
      if ((event.target as HTMLElement).closest('[data-field^="innhold"]')) void loadBodyCheck();
    });
    this.querySelector('[data-download]')?.addEventListener('click', () => this.#download());
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-script]')) note.hidden = true;
    form.hidden = false;
  }

  async #check(): Promise<void> {
    // Busy until the (lazily loaded) body check has answered; assistive technology and tests wait on it.
    this.#form.setAttribute('aria-busy', 'true');
    try {
      await this.#checkNow();
    } finally {
      this.#form.removeAttribute('aria-busy');
    }
  }

  async #checkNow(): Promise<void> {
    const entries = [...new FormData(this.#form)].filter((e): e is [string, string] => typeof e[1] === 'string');
    const values = formValuesOf(entries);
    const sections = bodySections.map((_, i) => values.get(`innhold.${i}`)?.[0] ?? '');
    const data = collectEntry(this.#fields, values);
    const fileName = entryFileName(data);
    const problems = checkEntry(data, sections, this.#context, `${entriesDir}/${fileName}`, await loadBodyCheck());
    this.#showProblems(problems);
    if (problems.length > 0) return;
    this.#mdx = entryMdx(data, sections);
    this.#fileName = fileName;
    this.#showResult();
  }

  /** The field container a problem belongs to: its own control, or the nearest enclosing one. */
  #containerFor(problem: FormProblem): HTMLElement | undefined {
    let name = problem.field === 'innhold' ? `innhold.${problem.section ?? 0}` : problem.field;
    for (;;) {
      const found = this.#form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      if (found) return found;
      if (!name.includes('.')) return this.#form.querySelector<HTMLElement>('[data-field]') ?? undefined;
      name = name.slice(0, name.lastIndexOf('.'));
    }
  }

  #showProblems(problems: FormProblem[]): void {
    for (const error of this.#form.querySelectorAll<HTMLElement>('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const control of this.#form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const summary = this.#form.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren();
    summary.hidden = problems.length === 0;
    if (problems.length === 0) return;
    this.querySelector<HTMLElement>('[data-result]')!.hidden = true;

    let first: HTMLElement | undefined;
    // In the order of the form, so the summary reads top to bottom and focus goes to the topmost.
    const located = problems
      .map((problem) => ({ problem, container: this.#containerFor(problem) }))
      .filter((p): p is { problem: FormProblem; container: HTMLElement } => p.container !== undefined)
      .sort((a, b) =>
        a.container === b.container
          ? 0
          : a.container.compareDocumentPosition(b.container) & Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1,
      );
    for (const { problem, container } of located) {
      const error = container.querySelector<HTMLElement>(':scope > .field-error, :scope > fieldset > .field-error');
      const text = `${problem.message} — ${problem.hint}`;
      if (error) {
        error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
        error.hidden = false;
      }
      const controls = [...container.querySelectorAll<HTMLElement>('input, select, textarea')];
      for (const control of controls)
        if ((control as HTMLInputElement).type !== 'radio') control.setAttribute('aria-invalid', 'true');
      const target = controls[0] ?? container;
      const details = container.closest('details');
      if (details) details.open = true;
      const label =
        container
          .querySelector(':scope > label, :scope > legend, :scope > summary, :scope > fieldset > legend')
          ?.textContent?.trim() ?? problem.field;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'ds-link';
      link.href = `#${target.id || controlId(problem.field)}`;
      link.textContent = `${label}: ${problem.message}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        target.focus();
      });
      item.append(link);
      list.append(item);
      first ??= target;
    }
    summary.querySelector('[data-error-count]')!.textContent =
      `Rett ${problems.length === 1 ? 'dette' : `disse ${problems.length}`} før filen kan lages`;
    first?.focus();
  }

  #url(): string {
    return newFileUrl(entriesDir, this.#fileName, this.#mdx);
  }

  #showResult(): void {
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    const url = this.#url();
    const fits = url.length <= maxSafeUrlLength;
    result.querySelector<HTMLElement>('[data-result-short]')!.hidden = !fits;
    result.querySelector<HTMLElement>('[data-result-long]')!.hidden = fits;
    const link = result.querySelector<HTMLAnchorElement>('[data-github-link]')!;
    link.href = fits ? url : emptyNewFileUrl(entriesDir, this.#fileName);
    link.textContent = fits ? 'Åpne GitHub og foreslå filen' : 'Åpne GitHub og lim inn filen';
    result.querySelector('[data-file-name]')!.textContent = `${entriesDir}/${this.#fileName}`;
    result.querySelector<HTMLTextAreaElement>('[data-mdx]')!.value = this.#mdx;
    result.querySelector('[data-copy-status]')!.textContent = '';
    result.hidden = false;
    result.querySelector<HTMLElement>('h3')!.focus();
  }

  #download(): void {
    const href = URL.createObjectURL(new Blob([this.#mdx], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = this.#fileName;
    a.hidden = true;
    this.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }

  async #copy(): Promise<void> {
    const status = this.querySelector('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(this.#mdx);
      status.textContent = 'Teksten er kopiert.';
    } catch {
      this.querySelector<HTMLTextAreaElement>('[data-mdx]')!.select();
      status.textContent = 'Kunne ikke kopiere automatisk. Teksten er merket: trykk Ctrl+C (Cmd+C på Mac).';
    }
  }

  /** A copy of the last row with its index renumbered in every name and id. */
  #addRow(button: HTMLButtonElement): void {
    const group = button.closest<HTMLElement>('[data-rows]')!;
    const name = group.dataset.rows!;
    const rows = group.querySelectorAll<HTMLElement>(':scope > [data-row]');
    const last = rows[rows.length - 1]!;
    const index = rows.length;
    const max = Number(group.dataset.maxRows);
    const from = `${name}.${index - 1}.`;
    const to = `${name}.${index}.`;
    const row = last.cloneNode(true) as HTMLElement;
    row.dataset.row = String(index);
    const idFrom = controlId(from);
    const idTo = controlId(to);
    for (const el of row.querySelectorAll<HTMLElement>('*')) {
      for (const attr of ['name', 'data-field']) {
        const v = el.getAttribute(attr);
        if (v?.startsWith(from)) el.setAttribute(attr, to + v.slice(from.length));
      }
      for (const attr of ['id', 'for', 'aria-describedby']) {
        const v = el.getAttribute(attr);
        if (v) el.setAttribute(attr, v.split(idFrom).join(idTo));
      }
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (el.type === 'checkbox' || el.type === 'radio') (el as HTMLInputElement).checked = false;
        else el.value = '';
      }
      if (el instanceof HTMLSelectElement) el.selectedIndex = 0;
      if (el.classList.contains('field-error')) {
        el.hidden = true;
        el.textContent = '';
      }
      el.removeAttribute('aria-invalid');
    }
    row.querySelector('[data-row-number]')!.textContent = String(index + 1);
    last.after(row);
    if (Number.isFinite(max) && index + 1 >= max) button.hidden = true;
    row.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }
}

if (!customElements.get('vs-entry-form')) customElements.define('vs-entry-form', VsEntryForm);
