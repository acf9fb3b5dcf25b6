import { z } from 'zod';
import { entryId, keyFigure, sources } from './common.ts';
import { counties, keysOf, puljer } from './vocabulary.ts';

export const municipalitySchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['kommune', 'bydel', 'samkommune']).default('kommune'),
    /** Counties as in 2009. Left out where the name is ambiguous (two municipalities are called Herøy). */
    county: z.enum(keysOf(counties), { error: `må være et av fylkene: ${Object.keys(counties).join(', ')}` }).optional(),
    /** Only where the sources show it. */
    pulje: z.enum(keysOf(puljer)).optional(),
    /**
     * Vedlegg 8 prints the participants as one flattened list; «sannsynlig» marks a
     * pulje reconstructed from its order, «sikker» one confirmed by a second clue.
     */
    puljeConfidence: z.enum(['sikker', 'sannsynlig']).optional(),
    /** A network number printed for it in Vedlegg 2, e.g. «P2 NV 2». */
    network: z.string().optional(),
    /**
     * The cell of Vedlegg 8's participant table it is printed in, as reconstructed
     * (INVENTORY §f3); municipalities in one cell were most likely one network.
     */
    networkGroup: z
      .string()
      .regex(/^(IKS-[AB]|P[1-4]-[a-g])$/, { error: 'skrives som «P1-c» (pulje og gruppe) eller «IKS-A»' })
      .optional(),
    /** For members of a joint body, e.g. Levanger and Verdal in Innherred samkommune. */
    partOf: entryId.optional(),
    keyFigures: z.array(keyFigure).default([]),
    note: z.string().optional(),
    sources,
  })
  .strict()
  .refine((m) => m.puljeConfidence === undefined || m.pulje !== undefined, {
    error: '«puljeConfidence» gir bare mening sammen med «pulje»',
    path: ['puljeConfidence'],
  });
