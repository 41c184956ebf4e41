import { keyIds, keyLevels, keys, type KeyAssessments, type KeyId, type KeyLevel } from '../../schemas/keys.ts';

/**
 * The calibration table on /metode/: for each key and level, the entries at that level with the
 * rationale that puts them there. Read across, it shows whether the same kind of evidence gets the
 * same level everywhere, so readers (and editors) can check the assessments.
 */

export interface CalibrationSource {
  slug: string;
  number: number;
  title: string;
  keys: KeyAssessments;
}

export interface CalibrationRow {
  slug: string;
  number: number;
  title: string;
  rationale: string;
}

export interface CalibrationLevel {
  level: KeyLevel;
  label: string;
  rows: CalibrationRow[];
}

export interface CalibrationKey {
  key: KeyId;
  label: string;
  /** Every level 0–3, in scale order; a level no entry has keeps an empty list. */
  levels: CalibrationLevel[];
}

/** One block per key, in the keys' reading order; within a level, entries by catalogue number. */
export function buildCalibration(entries: readonly CalibrationSource[]): CalibrationKey[] {
  const sorted = [...entries].sort((a, b) => a.number - b.number);
  return keyIds.map((key) => ({
    key,
    label: keys[key].label,
    levels: keyLevels.map(({ level, label }) => ({
      level,
      label,
      rows: sorted
        .filter((entry) => entry.keys[key].level === level)
        .map(({ slug, number, title, keys: assessed }) => ({
          slug,
          number,
          title,
          rationale: assessed[key].rationale,
        })),
    })),
  }));
}
