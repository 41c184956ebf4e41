import { z } from 'zod';

/** A source document (content/sources/<id>.yaml). Entries cite one by id. */
export const sourceSchema = z
  .object({
    title: z.string().min(3).describe('Dokumentets tittel slik den står på dokumentet.'),
    publisher: z.string().min(2).describe('Hvem som har utgitt dokumentet.'),
    author: z.string().optional().describe('Forfatter eller utførende, hvis kilden oppgir det.'),
    year: z.number().int().min(1990).max(2100).optional().describe('Utgivelsesår, hvis kilden oppgir det.'),
    language: z.enum(['nb', 'da', 'sv']).describe('Dokumentets språk: nb, da eller sv.'),
    kind: z
      .enum(['report', 'application', 'programme', 'project-description'])
      .describe('Dokumenttype: report, application, programme eller project-description.'),
    paginated: z
      .boolean()
      .describe('true hvis dokumentet har sidetall; da må hvert tiltak som siterer det oppgi side.'),
    url: z.url().optional().describe('Nettadresse til dokumentet, hvis det finnes en offentlig.'),
    note: z.string().optional().describe('Kort merknad om dokumentet, f.eks. at teksten er OCR-lest.'),
  })
  .strict();

export type SourceDocument = z.infer<typeof sourceSchema>;
