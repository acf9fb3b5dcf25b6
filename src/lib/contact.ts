// The secretariat's contact: the organisational postal address the sources
// print (S001). No personal names, numbers or e-mail addresses.
export const organisationContact = {
  name: 'KS – Kvalitetskommuneprogrammet',
  address: ['Postboks 1378 Vika', '0114 Oslo'],
} as const;

/** «KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo». */
export function contactLine(): string {
  return [organisationContact.name, ...organisationContact.address].join(', ');
}

export const pressPath = '/presse/';
