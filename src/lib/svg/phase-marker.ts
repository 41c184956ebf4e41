import { phases, type PhaseId } from '../../schemas/phases.ts';
import { noPhaseLabel } from '../format/nb.ts';
import { n, round1 } from './format.ts';

/**
 * How a phase looks on the four-keys diagram, its thumbnail and the legend beside them: colour,
 * outline pattern and the marker drawn from them. Phase is shown by fill colour AND by the marker's
 * outline pattern, never by colour alone.
 */

export type MarkerPattern = 'hollow' | 'dashed-ring' | 'ring' | 'solid' | 'hollow-dashed';

export interface PhaseStyle {
  /** Phase label as visitors read it (from src/schemas/phases.ts). */
  label: string;
  /** Fill or outline colour; ≥ 4.5:1 against white, so also ≥ 3:1 as a graphic and as text. */
  colour: string;
  pattern: MarkerPattern;
  /** The pattern in words, for the legend (colour is never the only cue). */
  patternLabel: string;
}

// The pattern follows the phase's progress: an empty circle for a plan, a broken inner ring while
// it is being introduced, a whole inner ring in a pilot, a solid disc in regular operation.
const phaseStyles: Record<PhaseId, Omit<PhaseStyle, 'label'>> = {
  planning: { colour: '#7b3294', pattern: 'hollow', patternLabel: 'hul sirkel' },
  implementation: { colour: '#b35806', pattern: 'dashed-ring', patternLabel: 'fylt sirkel med stiplet ring' },
  pilot: { colour: '#0f6b5f', pattern: 'ring', patternLabel: 'fylt sirkel med hel ring' },
  operation: { colour: '#08519c', pattern: 'solid', patternLabel: 'fylt sirkel' },
};

/** Programme entries may have no phase; they get a neutral grey dashed outline. */
const noPhaseStyle: PhaseStyle = {
  label: noPhaseLabel,
  colour: '#595959',
  pattern: 'hollow-dashed',
  patternLabel: 'hul sirkel med stiplet kant',
};

export function phaseStyle(phase: PhaseId | undefined): PhaseStyle {
  return phase ? { label: phases[phase].label, ...phaseStyles[phase] } : noPhaseStyle;
}

export interface PhaseLegendItem extends PhaseStyle {
  /** null for entries without a phase. */
  phase: PhaseId | null;
  /** A small standalone SVG of the marker, identical in shape to the diagram's, for the legend. */
  swatch: string;
}

/**
 * The legend the page shows beside the diagram, in phase order. Given the entries, it lists only
 * the phases that occur (and «no phase» only if some entry has none).
 */
export function legendPhases(entries?: readonly { phase?: PhaseId | undefined }[]): PhaseLegendItem[] {
  const present = entries ? new Set(entries.map((e) => e.phase ?? null)) : null;
  const all: (PhaseId | null)[] = [...(Object.keys(phases) as PhaseId[]), null];
  return all
    .filter((phase) => (present ? present.has(phase) : phase !== null))
    .map((phase) => {
      const style = phaseStyle(phase ?? undefined);
      const r = 10;
      const swatch = [
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${2 * r} ${2 * r}" width="${2 * r}" height="${2 * r}" aria-hidden="true" focusable="false">`,
        markerShape(r, r, r, style),
        '</svg>',
      ].join('\n');
      return { phase, ...style, swatch };
    });
}

/** The marker's shape; everything stays within `r` so the layout's collision radius is the truth. */
export function markerShape(x: number, y: number, r: number, style: PhaseStyle): string {
  const c = `cx="${n(x)}" cy="${n(y)}"`;
  const ring = round1(r * 0.72);
  const ringWidth = round1(Math.max(1.2, r * 0.11));
  switch (style.pattern) {
    case 'solid':
      return `<circle ${c} r="${n(r)}" fill="${style.colour}"/>`;
    case 'ring':
      return `<circle ${c} r="${n(r)}" fill="${style.colour}"/>\n<circle ${c} r="${n(ring)}" fill="none" stroke="#ffffff" stroke-width="${n(ringWidth)}"/>`;
    case 'dashed-ring':
      return `<circle ${c} r="${n(r)}" fill="${style.colour}"/>\n<circle ${c} r="${n(ring)}" fill="none" stroke="#ffffff" stroke-width="${n(ringWidth)}" stroke-dasharray="3 2.5"/>`;
    case 'hollow': {
      const w = round1(Math.max(2, r * 0.2));
      return `<circle ${c} r="${n(r - w / 2)}" fill="#ffffff" stroke="${style.colour}" stroke-width="${n(w)}"/>`;
    }
    case 'hollow-dashed': {
      const w = round1(Math.max(2, r * 0.18));
      return `<circle ${c} r="${n(r - w / 2)}" fill="#ffffff" stroke="${style.colour}" stroke-width="${n(w)}" stroke-dasharray="4 3"/>`;
    }
  }
}

export function markerNumber(x: number, y: number, r: number, number: number, style: PhaseStyle): string {
  const filled = style.pattern === 'solid' || style.pattern === 'ring' || style.pattern === 'dashed-ring';
  // Three digits (a catalogue past 99) need a smaller size to stay inside the inner ring.
  const size = round1(String(number).length >= 3 ? r * 0.7 : r * 0.95);
  return `<text x="${n(x)}" y="${n(y)}" text-anchor="middle" dominant-baseline="central" font-size="${n(size)}" font-weight="700" fill="${filled ? '#ffffff' : style.colour}" aria-hidden="true">${number}</text>`;
}
