// Who journalists contact: the press contact set in content/settings/pressekontakt.yaml,
// with the secretariat's organisational postal address (S001) as the fallback.
import { personLine, postalAddressLine, readPressContact, showsPostalAddress, type PressContact } from './press-contact.ts';

export * from './press-contact.ts';

/** The setting as the build reads it. */
export const pressContact: PressContact = readPressContact();

/** Who the press contacts about a press release: its own contact person where it names one, else the setting. */
export function releaseContact(release: { contact?: PressContact | undefined }): PressContact {
  return release.contact ?? pressContact;
}

/**
 * The contact as plain-text lines: the person, «Telefon: …», «E-post: …» as
 * far as they are set, and the postal address when there is no phone or e-mail.
 */
export function contactLines(contact: PressContact = pressContact): string[] {
  const person = personLine(contact);
  return [
    ...(person ? [person] : []),
    ...(contact.phone ? [`Telefon: ${contact.phone}`] : []),
    ...(contact.email ? [`E-post: ${contact.email}`] : []),
    ...(showsPostalAddress(contact) ? [postalAddressLine()] : []),
  ];
}

/** The contact on one line, for lists: the lines of contactLines joined by «, ». */
export function contactLine(contact: PressContact = pressContact): string {
  return contactLines(contact).join(', ');
}
