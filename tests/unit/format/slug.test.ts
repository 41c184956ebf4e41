import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/format/slug.ts';

describe('slugify', () => {
  it.each([
    ['Familieveiviseren', 'familieveiviseren'],
    ['På dørterskelen', 'pa-dorterskelen'],
    ['Klinisk ernæringsfysiolog', 'klinisk-ernaeringsfysiolog'],
    ['Hälsolabb «Den nära vården»', 'halsolabb-den-nara-varden'],
    ['OsloJobb - Kompetansejobber', 'oslojobb-kompetansejobber'],
    ['  Sæt borgere og medarbejdere i samspil!  ', 'saet-borgere-og-medarbejdere-i-samspil'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
