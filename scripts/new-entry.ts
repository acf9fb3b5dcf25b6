// `npm run new -- <slag> "<tittel>"`: creates a new entry with placeholders
// for what the editor must fill in, and says what to do next, in Norwegian.
import { relative } from 'node:path';
import { entryTypes } from '../src/scaffold/entry-types.ts';
import { createEntry, EntryExistsError, findEntryType } from '../src/scaffold/new-entry.ts';
import { placeholderMark } from '../src/lib/placeholder.ts';
import { contentRoot } from '../src/schemas/collections.ts';

const [typeName, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const type = typeName ? findEntryType(typeName) : undefined;

if (!type || !title) {
  const kinds = Object.entries(entryTypes).map(([name, t]) => `  ${name.padEnd(14)} ${t.label}`);
  console.error(
    [
      'Bruk: npm run new -- <slag> "<tittel>"',
      '',
      'Slag:',
      ...kinds,
      '',
      'Eksempel: npm run new -- eksempel "Bedre foreldresamarbeid i barnehagen"',
      '(De ti punktene mot sykefravær er faste og lages ikke med denne kommandoen.)',
    ].join('\n'),
  );
  process.exit(typeName && !type ? 1 : 2);
}

const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
try {
  const file = relative(process.cwd(), await createEntry(contentRoot, type, title, today));
  console.log(
    [
      `Opprettet ${file}`,
      '',
      'Slik gjør du den ferdig:',
      `  1. Åpne filen og erstatt hver «${placeholderMark}: …» med riktig innhold (hinten etter kolon sier hva som skal stå der).`,
      `  2. ${type.sourcesStep ?? 'Oppgi kildene under «sources», med dokument og sidetall.'}`,
      '  3. Se resultatet med «npm run dev» (utkast vises bare der).',
      '  4. Kjør «npm run check»; den viser det som mangler, med fil og felt.',
      '  5. Når alt er klart: sett «draft: false» (eller fjern linjen), og bygg med «npm run build».',
      '',
      'Mer hjelp: docs/redaktorveiledning.md',
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof EntryExistsError) {
    console.error(`Filen ${relative(process.cwd(), error.message)} finnes allerede; den er ikke endret. Velg en annen tittel, eller rediger filen som finnes.`);
    process.exit(1);
  }
  throw error;
}
