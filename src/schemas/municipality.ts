import { z } from 'zod';
import { entryIdOf, keyFigure, sources } from './common.ts';
import { counties, keysOf, puljer } from './vocabulary.ts';

/** A participant in the programme: a municipality, a city district or a joint body. */
export const municipalitySchema = z
  .object({
    /** The name as the sources print it («Bydel Nordre Aker»). */
    name: z.string().min(1).meta({ label: 'Navn' }),
    /** Municipality, city district or joint body («samkommune»). */
    kind: z.enum(['kommune', 'bydel', 'samkommune']).default('kommune').meta({ label: 'Kommune, bydel eller samkommune' }),
    /** Counties as in 2009. Left out where the name is ambiguous (two municipalities are called Herøy). */
    county: z.enum(keysOf(counties)).optional().meta({ label: 'Fylke' }),
    /** The intake round (`puljer`); only where the sources show it. */
    pulje: z.enum(keysOf(puljer)).optional().meta({ label: 'Pulje' }),
    /**
     * Vedlegg 8 prints the participants as one flattened list; «sannsynlig» marks a
     * pulje reconstructed from its order, «sikker» one confirmed by a second clue.
     */
    puljeConfidence: z.enum(['sikker', 'sannsynlig']).optional().meta({ label: 'Hvor sikker puljen er' }),
    /** A network number printed for it in Vedlegg 2, e.g. «P2 NV 2». */
    network: z.string().optional().meta({ label: 'Nettverk' }),
    /**
     * The cell of Vedlegg 8's participant table it is printed in, as reconstructed
     * (INVENTORY §f3); municipalities in one cell were most likely one network.
     */
    networkGroup: z
      .string()
      .regex(/^(IKS-[AB]|P[1-4]-[a-g])$/, { error: 'skrives som «P1-c» (pulje og gruppe) eller «IKS-A»' })
      .optional()
      .meta({ label: 'Nettverksgruppe (rekonstruert fra vedlegg 8)', hint: 'Skrives «P1-c» (pulje og gruppe) eller «IKS-A»' }),
    /** For members of a joint body, e.g. Levanger and Verdal in Innherred samkommune: the body's id. */
    partOf: entryIdOf('municipalities').optional().meta({ label: 'Del av' }),
    /** Figures about it exactly as the sources print them, each with its page. */
    keyFigures: z.array(keyFigure).default([]).meta({ label: 'Nøkkeltall', itemLabel: 'Nøkkeltall' }),
    /** What the sources leave unclear about it, shown on its page. */
    note: z.string().optional().meta({ label: 'Merknad' }),
    /** Where the facts about it come from (at least one). */
    sources,
  })
  .strict()
  .refine((m) => m.puljeConfidence === undefined || m.pulje !== undefined, {
    error: 'sier hvor sikker puljen er, men «Pulje» er ikke fylt ut; fyll ut «Pulje», eller la dette feltet stå tomt',
    path: ['puljeConfidence'],
  });

export type Municipality = z.output<typeof municipalitySchema>;
