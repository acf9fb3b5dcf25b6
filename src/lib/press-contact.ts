// The press contact's words and how it is written, and how the setting is read, without reading it: what the CMS page
// may import (cms/start-script.ts), where a setting broken at import would stop the CMS that can fix it. What the
// build reads is in lib/contact.ts, which gives all of this too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteText } from './site-text.ts';
import { readYaml } from './yaml.ts';
import { contentRoot } from '../schemas/collections.ts';
import { pressContactFile, pressContactSchema, type PressContact } from '../schemas/press-contact.ts';

export type { PressContact } from '../schemas/press-contact.ts';

/** The address the sources print (S001). No personal names, numbers or e-mail addresses. */
export const organisationContact = {
  name: 'KS – Kvalitetskommuneprogrammet',
  address: ['Postboks 1378 Vika', '0114 Oslo'],
} as const;

/**
 * Said with the address wherever it stands as a contact: it is the programme's, from 2007–2010 (a journalist read the
 * footer's «Kontakt» as a current address).
 */
export const organisationAddressLabel = `Programmets adresse i ${siteText.years}`;

/** The address as lines, under its label: «Programmets adresse i 2007–2010:», the name, the postbox, the town. */
export const organisationAddressLines: readonly string[] = [`${organisationAddressLabel}:`, organisationContact.name, ...organisationContact.address];

export const pressPath = '/presse/';

/** Under a press release, before the link to the press room («… finner du i presserommet»). */
export const pressRoomText = 'Flere pressemeldinger, fakta og tall finner du i';

/**
 * Reads the press contact setting under `root` (default: the content folder).
 * A missing or empty file is an empty setting. Throws when the file breaks its
 * schema; the content check reports that first, in Norwegian, with the field.
 */
export function readPressContact(root: string = contentRoot): PressContact {
  let text: string;
  try {
    text = readFileSync(join(root, pressContactFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return pressContactSchema.parse(readYaml(text) ?? {});
}

/** The postal address shows whenever the setting gives no way to reach a person. Self-contained (the CMS's preview). */
export function showsPostalAddress(contact: PressContact): boolean {
  return contact.phone === undefined && contact.email === undefined;
}

/**
 * Said with the programme's address where it stands for a press contact that is not set: the sentence alone in each
 * story's press pack (a journalist took the pack's 2010 post box for a contact), the note under the address on the
 * press room and under a new press release.
 */
export const noPressContact = 'Ingen pressekontakt med telefon eller e-post er satt opp.';
export const noPressContactNote =
  `${noPressContact.slice(0, -1)} for Kompetansebanken. Adressen over er programmets fra ${siteText.years}, ` +
  'og et brev dit kan ta lang tid å få svar på. Hvert tall og sitat i Kompetansebanken viser hvor i kildene det står, så du kan sjekke det selv.';

/** «Kari Nordmann, kommunikasjonsrådgiver», or whichever of the two is set. Self-contained (the CMS's preview). */
export function personLine({ name, role }: PressContact): string | undefined {
  return [name, role].filter(Boolean).join(', ') || undefined;
}

/** «KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo (programmets adresse i 2007–2010)». */
export function postalAddressLine(): string {
  return `${[organisationContact.name, ...organisationContact.address].join(', ')} (${organisationAddressLabel.toLocaleLowerCase('nb')})`;
}

/** A tel: link: the number without spaces. Self-contained (the CMS's preview). */
export function phoneHref(phone: string): string {
  return `tel:${phone.replaceAll(' ', '')}`;
}
