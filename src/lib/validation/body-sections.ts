import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Problem } from './problem.ts';

/** The body sections DESIGN.md names, in the order they must appear. Only Beskrivelse is required. */
export const bodySections = [
  'Beskrivelse',
  'Hvem samarbeider',
  'Endring i behovet for kommunale tjenester',
  'Resultater',
] as const;

export interface Section {
  heading: string;
  line: number;
  text: string;
}

/** The body's `##` sections, read from the parsed tree (a `##` inside other text is no heading). */
export function sectionsOf(tree: Root, bodyLine: number): Section[] {
  const sections: Section[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({
        heading: toString(node).trim(),
        line: bodyLine - 1 + (node.position?.start.line ?? 1),
        text: '',
      });
    } else if (sections.length) {
      sections[sections.length - 1]!.text += `${toString(node)}\n`;
    }
  }
  return sections;
}

export function checkBodySections(tree: Root, bodyLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  const sections = sectionsOf(tree, bodyLine);
  const order = bodySections as readonly string[];
  const known = sections.filter((s) => order.includes(s.heading));
  if (!sections.some((s) => s.heading === 'Beskrivelse')) {
    problems.push({
      file,
      line: bodyLine,
      field: 'innhold',
      message: 'avsnittet «## Beskrivelse» mangler',
      hint: 'start teksten med «## Beskrivelse» og en beskrivelse av tiltaket',
    });
  }
  for (const s of sections) {
    if (!order.includes(s.heading)) {
      problems.push({
        file,
        line: s.line,
        field: 'innhold',
        message: `ukjent overskrift «## ${s.heading}»`,
        hint: `bruk en av: ${order.map((h) => `«## ${h}»`).join(', ')}`,
      });
    }
    if (!s.text.trim()) {
      // The required section cannot be removed, so its hint only says what to write.
      const hint =
        s.heading === bodySections[0]
          ? 'skriv med egne ord hva tiltaket er og hvordan det virker'
          : 'skriv innhold fra kilden, eller fjern overskriften';
      problems.push({ file, line: s.line, field: 'innhold', message: `avsnittet «${s.heading}» er tomt`, hint });
    }
  }
  for (let i = 1; i < known.length; i++) {
    if (order.indexOf(known[i]!.heading) <= order.indexOf(known[i - 1]!.heading)) {
      problems.push({
        file,
        line: known[i]!.line,
        field: 'innhold',
        message: `«${known[i]!.heading}» står i feil rekkefølge`,
        hint: `rekkefølgen er ${order.join(' → ')}`,
      });
    }
  }
  return problems;
}
