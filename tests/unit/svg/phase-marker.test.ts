import { describe, expect, it } from 'vitest';
import { noPhaseLabel } from '../../../src/lib/format/nb.ts';
import { legendPhases, phaseStyle } from '../../../src/lib/svg/phase-marker.ts';
import { phases, type PhaseId } from '../../../src/schemas/phases.ts';
import { fixture } from './fixture.ts';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('phase styles', () => {
  const all: (PhaseId | undefined)[] = [...(Object.keys(phases) as PhaseId[]), undefined];

  it('meet WCAG contrast: ≥ 3:1 as a graphic and ≥ 4.5:1 for the number, on white', () => {
    for (const phase of all) {
      const { colour } = phaseStyle(phase);
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('never rely on colour alone: every phase has its own pattern', () => {
    const patterns = all.map((p) => phaseStyle(p).pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    const colours = all.map((p) => phaseStyle(p).colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('legendPhases lists phases in order with labels from the schema, and only those present when asked', () => {
    expect(legendPhases().map((l) => l.label)).toEqual(Object.values(phases).map((p) => p.label));
    const present = legendPhases(fixture);
    expect(present.map((l) => l.phase)).toEqual(['planning', 'implementation', 'pilot', 'operation', null]);
    expect(present.at(-1)!.label).toBe(noPhaseLabel);
    for (const item of present) {
      expect(item.swatch).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(item.patternLabel.length).toBeGreaterThan(3);
    }
    expect(legendPhases([{ phase: 'pilot' }]).map((l) => l.phase)).toEqual(['pilot']);
  });
});
