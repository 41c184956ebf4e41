import { bodySections } from '../validation/body-sections.ts';
import { scalar } from './yaml-emit.ts';
import type { Field } from './fields.ts';

export interface TemplateValues {
  title: string;
  number: number;
  today: string;
}

/** A one-line comment from the field's help text, which is also what the validator's hint says. */
const comment = (f: Field) => (f.help ? `  # ${f.help.replace(/\s+/g, ' ')}` : '');

/**
 * The file `npm run new` writes, derived from the form's fields: what the site knows (name, number,
 * today's date, defaults) is filled in; everything the editor must supply is left empty, so
 * `npm run validate` reports exactly those fields as «ikke fylt ut ennå». Optional fields are
 * written as comments, so the editor sees them without the file failing on them.
 */
export function entryTemplate(fields: Field[], values: TemplateValues): string {
  const known: Record<string, string | number> = { title: values.title, number: values.number };
  const lines: string[] = [];
  const emit = (field: Field, indent: string, commented: boolean) => {
    const key = String(field.path[field.path.length - 1]);
    const hash = commented ? '# ' : '';
    const top = field.path.length === 1 ? known[key] : undefined;
    if (field.kind === 'group') {
      lines.push(`${indent}${hash}${key}:${comment(field)}`);
      for (const child of field.children) emit(child, `${indent}  `, commented || !child.required);
      return;
    }
    let value: string;
    if (top !== undefined) value = ` ${scalar(top)}`;
    else if (field.kind === 'date') value = ` ${values.today}`;
    else if (field.kind === 'choice' && field.defaultValue !== undefined) value = ` ${field.defaultValue}`;
    else if (field.kind === 'choices' || field.kind === 'list' || field.kind === 'rows') value = ' []';
    else value = '';
    lines.push(`${indent}${hash}${key}:${value}${comment(field)}`);
    // The shape of one row, commented, so the editor sees which keys a row takes («- { id: , role: }»).
    if (field.kind === 'rows')
      lines.push(`${indent}#   - { ${field.item.map((f) => `${String(f.path[f.path.length - 1])}: `).join(', ')}}`);
  };
  for (const field of fields) emit(field, '', !field.required && field.kind !== 'rows' && field.kind !== 'choices');
  const body = `## ${bodySections[0]}\n\n`;
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
