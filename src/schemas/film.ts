import { z } from 'zod';
import { entryIdOf, publishing, title } from './common.ts';
import { itemSources, newFilm, newItem, requireArchiveSources } from './new-item.ts';

/** A film made in or about the programme. */
export const filmSchema = z
  .object({
    /** The film's title. */
    title,
    /**
     * What this film shows, as far as the sources say; 20–400 characters. Left out when they give only its title:
     * what the maker's films share is said once, above them on /filmer/ (FilmGroupIntro), not under each film.
     */
    summary: z
      .string()
      .min(20)
      .max(400)
      .optional()
      .meta({
        label: 'Ingress',
        hint: 'Bare det som gjelder denne filmen. La feltet stå tomt når kildene bare oppgir tittelen; det filmene fra samme produsent har felles, står én gang over dem på /filmer/',
      }),
    /** Who made it, as the sources name them. */
    maker: z.string().min(1).meta({ label: 'Laget av' }),
    /** The year it was made: within the programme (2007–2010) for the archive's films, any year from 2007 for a new one. */
    year: z.number().int().min(2007).optional().meta({ label: 'År', year: true }),
    /**
     * Where a new film can be seen (https only). /filmer/ links to it, «Se filmen hos YouTube»; it never embeds a
     * player (no third-party requests). The archive's films have none: the sources give no address (FilmAvailability).
     */
    video: z
      .string()
      // A pattern, not z.url(): the CMS checks the same pattern at the field (src/cms/fields.ts), before the save.
      .regex(/^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?([/?#]\S*)?$/, {
        error: 'må være en hel nettadresse som begynner med «https://», for eksempel «https://www.youtube.com/watch?v=abc123»: kopier den fra adressefeltet i nettleseren',
      })
      .optional()
      .meta({
        label: 'Nettadresse til filmen',
        hint: 'Der filmen kan ses, for eksempel hos YouTube eller Vimeo: kopier adressen fra nettleseren (den begynner med «https://»). /filmer/ viser en lenke «Se filmen hos …», ikke selve filmen. Bare for en ny film fra sekretariatet.',
      }),
    /** Municipalities it shows (ids in content/municipalities). */
    municipalities: z.array(entryIdOf('municipalities')).default([]).meta({ label: 'Kommuner' }),
    ...publishing,
    newItem: newItem(newFilm),
    sources: itemSources(newFilm),
  })
  .strict()
  .superRefine(requireArchiveSources(newFilm))
  .refine((film) => film.newItem || film.year === undefined || film.year <= 2010, {
    error: `filmene i arkivet er fra programmet, 2007–2010. Er filmen ny fra sekretariatet, slå på «${newFilm.label}»`,
    path: ['year'],
  })
  .refine((film) => film.newItem || film.video === undefined, {
    error: `kildene oppgir ingen adresse for filmene i arkivet, og /filmer/ sier at de ikke kan ses her: fjern adressen, eller slå på «${newFilm.label}» hvis filmen er ny`,
    path: ['video'],
  });

export type Film = z.output<typeof filmSchema>;
