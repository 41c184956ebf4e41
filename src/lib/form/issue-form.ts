import { bodySections } from '../validation/body-sections.ts';
import type { Field } from './fields.ts';

/** GitHub issue-form ids allow letters, digits, - and _; a field path joined by - is one. */
export const issueFieldId = (path: readonly (string | number)[]) => path.filter((p) => typeof p === 'string').join('-');

type IssueElement = Record<string, unknown>;

const describe = (f: Field, extra?: string) => [f.help, extra].filter(Boolean).join(' ');

function elements(field: Field, required: boolean): IssueElement[] {
  const id = issueFieldId(field.path);
  const validations = { validations: { required } };
  switch (field.kind) {
    case 'group':
      return field.children.flatMap((child) => elements({ ...child, label: `${field.label}: ${child.label}` }, false));
    case 'rows':
      return [
        {
          type: 'textarea',
          id,
          attributes: {
            label: field.label,
            description: describe(
              field,
              `Én per linje, med ${field.item.map((i) => i.label.toLowerCase()).join('; ')} skilt med semikolon.`,
            ),
          },
          ...validations,
        },
      ];
    case 'choice':
      return [
        {
          type: 'dropdown',
          id,
          attributes: {
            label: field.label,
            description: describe(field),
            options: field.options.map((o, i) =>
              field.rubric && i > 0 ? `${o.label}: ${field.rubric[i - 1]}` : o.label,
            ),
          },
          ...validations,
        },
      ];
    case 'choices':
      return [
        {
          type: 'dropdown',
          id,
          attributes: {
            label: field.label,
            description: describe(field),
            multiple: true,
            options: field.options.map((o) => o.label),
          },
          ...validations,
        },
      ];
    case 'text':
      return [
        {
          type: field.multiline ? 'textarea' : 'input',
          id,
          attributes: { label: field.label, description: describe(field) },
          ...validations,
        },
      ];
    case 'list':
      return [
        {
          type: 'input',
          id,
          attributes: { label: field.label, description: describe(field, 'Skill verdiene med semikolon.') },
          ...validations,
        },
      ];
    case 'number':
    case 'date':
      return [{ type: 'input', id, attributes: { label: field.label, description: describe(field) }, ...validations }];
  }
}

/**
 * .github/ISSUE_TEMPLATE/nytt-eksempel.yml, built from the same fields as /bidra/, for people who
 * would rather describe an initiative than write the file: the editors turn the issue into an entry.
 */
export function issueForm(fields: Field[]): Record<string, unknown> {
  return {
    name: 'Foreslå et nytt eksempel',
    description: 'Fortell om en ny måte å skape velferd på i en nordisk kommune. Redaksjonen skriver eksemplet.',
    title: 'Nytt eksempel: ',
    labels: ['nytt-eksempel'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            'Fyll ut det kilden gir grunnlag for. Skriv med egne ord, og oppgi kilde og side for faktaene. Felt du ikke vet, kan stå tomme: redaksjonen fyller ut resten og lager en endringsforespørsel.',
        },
      },
      // Only the name and the description are required: someone with a tip may know little else.
      ...fields.flatMap((field, i) => elements(field, i === 0)),
      ...bodySections.map((heading, i) => ({
        type: 'textarea',
        id: `innhold-${i}`,
        attributes: {
          label: heading,
          description:
            i === 0
              ? 'Hva tiltaket er og hvordan det virker, med egne ord.'
              : 'Valgfritt, når kilden har stoff til det.',
        },
        validations: { required: i === 0 },
      })),
    ],
  };
}
