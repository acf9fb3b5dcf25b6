// The press contact: one settings file the secretariat fills in when it has a
// person for the press. Every field is optional; an empty field is not shown.
import { z } from 'zod';
import './messages.ts';

/** Text that may be left empty: the CMS saves an emptied field as «''», YAML an empty value as null. */
const optionalText = (error?: string) =>
  z
    .string(error === undefined ? undefined : { error })
    .trim()
    .nullish()
    .transform((value) => value || undefined);

/**
 * A text field checked by a pattern that the CMS shares (src/cms/fields.ts tests it at the field, as typed, with its
 * message there): empty is allowed, as the field may be left empty, and so are spaces around (the schema trims them).
 */
const emptyOr = (pattern: RegExp) => new RegExp(`^\\s*(?:${pattern.source.replace(/^\^|\$$/g, '')})?\\s*$`);

/**
 * The phone number as people write it: «22 12 34 56», «+47 22 12 34 56» (or left empty); at least eight digits, as a
 * Norwegian number has («22 00 00», six, passed; fresh eyes), single spaces between them. The message names the eight
 * digits: «22 12 34 5» was told to use digits and spaces, which it had (fresh eyes).
 */
export const phonePattern = emptyOr(/^\+?(?:\d ?){7,}\d$/);
export const phoneMessage = 'skriv hele telefonnummeret, minst åtte sifre, med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00»';

/** An e-mail address the press can write to (or left empty): zod's own test of an address. */
export const emailPattern = emptyOr(z.regexes.email);
export const emailMessage = 'skriv en hel e-postadresse, for eksempel «presse@virksomhet.no»';

/** Text that may be left empty and must otherwise fit `pattern`; a pattern, not a refine, so the CMS checks it at the field. */
const patternText = (pattern: RegExp, message: string, error?: string) =>
  z
    .string(error === undefined ? undefined : { error })
    .regex(pattern, { error: message })
    .trim()
    .nullish()
    .transform((value) => value || undefined);

const phone = patternText(phonePattern, phoneMessage, "skriv telefonnummeret i anførselstegn, for eksempel '22 00 00 00'").meta({
  label: 'Telefon («22 00 00 00» eller «+47 22 00 00 00»)',
});

const email = patternText(emailPattern, emailMessage).meta({ label: 'E-post' });

export const pressContactSchema = z
  .object({
    /** The role or title, e.g. «Kommunikasjonsrådgiver i KS». */
    role: optionalText().meta({ label: 'Rolle eller tittel' }),
    /** The person's name. */
    name: optionalText().meta({ label: 'Navn' }),
    /** Norwegian or international form: «22 00 00 00», «+47 22 00 00 00». */
    phone,
    email,
  })
  .strict();

/**
 * The person the press contacts about one press release, where it is not the site's press contact: a name, and a
 * phone number or an e-mail address (or both) to reach them by. Shown under the release instead of the setting.
 */
export const releaseContactSchema = z
  .object({
    /** The person's name. */
    name: z.string().trim().min(1).meta({ label: 'Navn' }),
    /** The role or title, e.g. «Kommunikasjonsrådgiver i KS». */
    role: optionalText().meta({ label: 'Rolle eller tittel' }),
    phone,
    email,
  })
  .strict()
  .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
    error: 'mangler telefon eller e-post: skriv minst ett av dem, for eksempel «22 12 34 56» eller «navn@ks.no», så journalister kan nå kontaktpersonen',
    path: ['phone'],
  });

/** The setting as read; a field left out and a field left empty are the same. */
export type PressContact = Partial<z.output<typeof pressContactSchema>>;

/** Where the setting lives under /content. */
export const pressContactFile = 'settings/pressekontakt.yaml';
