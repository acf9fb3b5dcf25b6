// The conformance corpus: every construct an editor may write in a body
// (corpus.mdx), as an entry of every collection that has a body, and the
// constructs the content check refuses, each with what it must say.
// conformance.test.ts renders the corpus through each output's own functions.
import { readFileSync } from 'node:fs';
import { validContent } from '../../content-check/test-fixtures.ts';

/** The body with every supported construct. */
export const corpusBody = readFileSync(new URL('./corpus.mdx', import.meta.url), 'utf8');

const sources = 'sources:\n  - { doc: S002, page: 24 }\n';

/** Frontmatter for one valid entry of each collection with a body (content/<folder>/korpus.mdx). */
const frontmatter: Record<string, string> = {
  // The fixture's story under a title of its own: two stories may not share one.
  stories: validContent['stories/gloppen.mdx']?.split('---')[1]?.trimStart().replace(/^title: .*/m, 'title: Korpuseksempel') ?? '',
  tools: `title: Korpusverktøy\nsummary: Et verktøy som viser hver konstruksjon en redaktør kan skrive.\n${sources}`,
  news: `title: Korpusnyhet\nsummary: En nyhet som viser hver konstruksjon en redaktør kan skrive.\ndate: 2008-05-01\n${sources}`,
  'sick-leave-points': `number: 1\ntitle: Korpuspunkt\nsummary: Et punkt som viser hver konstruksjon en redaktør kan skrive.\n${sources}`,
  templates: `title: Korpusmal\nsummary: En mal som viser hver konstruksjon en redaktør kan skrive.\nkind: kronikk\norder: 1\nexampleStory: gloppen\n${sources}`,
  newsletters: `title: Korpusnyhetsbrev\nissue: 1\ndate: 2008-12\npreheader: Et nyhetsbrev som viser hver konstruksjon.\nsummary: Et nyhetsbrev som viser hver konstruksjon en redaktør kan skrive.\nitems:\n  - { collection: news, id: opptak }\n${sources}`,
  events: `title: Korpussamling\nsummary: En samling som viser hver konstruksjon en redaktør kan skrive.\nkind: nettverkssamling\ndate: 2008\nwhen: '2008'\nplaces:\n  - Kárášjohka\n${sources}`,
  pages: `title: Korpusside\nsummary: En side som viser hver konstruksjon en redaktør kan skrive.\nabout: programme\n${sources}`,
};

/** Folders of the collections that have a body. */
export const bodyFolders = Object.keys(frontmatter);

/** Content-folder changes (for contentFolder) that add `body` as an entry of every collection with a body. */
export function entriesWithBody(body: string): Record<string, string> {
  const entries = Object.fromEntries(bodyFolders.map((folder) => [`${folder}/korpus.mdx`, `---\n${frontmatter[folder]}---\n${body}`]));
  // The ten points must all be there; the corpus is point 1.
  for (let n = 2; n <= 10; n++)
    entries[`sick-leave-points/punkt-${n}.mdx`] = `---\nnumber: ${n}\ntitle: Punkt ${n}\nsummary: Et punkt som bare fyller ut de ti.\n${sources}---\nTekst.\n`;
  return entries;
}

/** Lines of frontmatter before the body in a file made by entriesWithBody (the body starts on the next line). */
export function bodyStartLine(folder: string): number {
  return (frontmatter[folder] ?? '').split('\n').length + 2;
}

/** What the check refuses, and what its message must say. */
export const refused: { name: string; line: string; says: RegExp }[] = [
  { name: 'an HTML comment', line: 'Tekst <!-- Kommentar til redaktøren --> her.', says: /HTML-kommentarer.*\{\/\* kommentar \*\/\}/ },
  { name: 'an address in angle brackets', line: 'Se <https://www.nav.no/>.', says: /adresser i < >.*uten < og >/ },
  { name: 'an e-mail address in angle brackets', line: 'Skriv til <post@ks.no>.', says: /adresser i < >/ },
  { name: 'an HTML image', line: '<img src="/kart.png" alt="Kart" />', says: /HTML-koden eller komponenten <img>.*!\[beskrivelse\]/ },
  { name: 'a component', line: '<Faktaboks>Tekst</Faktaboks>', says: /komponenten <Faktaboks>/ },
  { name: 'an expression', line: 'Det er {1 + 1} kommuner.', says: /\{ \} betyr kode/ },
  { name: 'an import', line: "import Kart from './kart.mdx'", says: /import og export/ },
  { name: 'a vertical tab from Word', line: 'Tekst\u000Bfra Word.', says: /vertikal tabulator, U\+000B/ },
  { name: 'a form feed from Word', line: 'Tekst\u000Cfra Word.', says: /sideskift, U\+000C/ },
  { name: 'a zero-width space', line: 'Syke\u200Bfravær.', says: /mellomrom uten bredde, U\+200B/ },
  { name: "Word's no-width optional break", line: 'Syke\u200Cfravær.', says: /skille uten bredde fra Word, U\+200C\).*slett tegnet$/ },
  { name: 'a word joiner', line: 'Syke\u2060fravær.', says: /ordbinder, U\+2060/ },
  { name: 'an image without alt text', line: '![](/delingsbilder/kompetansebanken.png)', says: /bildet mangler alt-tekst/ },
  { name: 'a reference-style image without alt text', line: '![][logo]\n\n[logo]: /delingsbilder/kompetansebanken.png', says: /bildet mangler alt-tekst/ },
];
