import { z } from 'zod';

/** A small bar chart of figures a source gives (drawn at build time, also shown as a table). */
export const chartSchema = z
  .object({
    title: z.string().trim().min(3).describe('Overskrift for figuren.').meta({ title: 'Overskrift' }),
    unit: z.string().trim().min(1).describe('Enheten for tallene, f.eks. «prosent».').meta({ title: 'Enhet' }),
    categories: z.array(z.string().min(1)).min(1).describe('Kategoriene langs x-aksen, f.eks. årstall.').meta({ title: 'Kategorier' }),
    series: z
      .array(
        z
          .object({
            label: z.string().min(1).describe('Navnet på dataserien.').meta({ title: 'Navn på serien' }),
            values: z.array(z.number()).min(1).describe('Ett tall per kategori, nøyaktig som i kilden.').meta({ title: 'Tall' }),
          })
          .strict(),
      )
      .min(1)
      .max(4)
      .meta({ title: 'Dataserier', description: 'Én til fire serier med tall.' }),
    note: z.string().optional().describe('Merknad om kilden til tallene.').meta({ title: 'Merknad' }),
  })
  .strict()
  .refine((c) => c.series.every((s) => s.values.length === c.categories.length), {
    message: 'hver serie må ha like mange tall som det er kategorier',
    path: ['series'],
  });

export type Chart = z.infer<typeof chartSchema>;
