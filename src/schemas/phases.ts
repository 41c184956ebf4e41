import { enumOf, type Vocabulary } from './vocabulary.ts';

/** The report's four phases, in the order a practice moves through them. */
export const phases = {
  planning: { label: 'Planleggingsfase', slug: 'planlegging', description: 'Tiltaket er planlagt, men ikke satt i gang.' },
  implementation: { label: 'Implementeringsfase', slug: 'implementering', description: 'Tiltaket er i ferd med å bli innført.' },
  pilot: { label: 'Drift av pilot', slug: 'pilot', description: 'Tiltaket prøves ut i en avgrenset pilot.' },
  operation: { label: 'Regulær drift', slug: 'drift', description: 'Tiltaket er en fast del av driften.' },
} as const satisfies Vocabulary<string>;

export type PhaseId = keyof typeof phases;

export const phaseSchema = enumOf(phases, 'Fasen tiltaket er i, slik kilden oppgir den.', 'Fase');
