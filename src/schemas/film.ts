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
  });

export type Film = z.output<typeof filmSchema>;
