// Realistic queries and the page each must find: from municipal staff (often
// on phones, in nynorsk, without æ, ø and å), the secretariat and journalists.
// `top` is how high the page must come: 1 for a topic's own page, else 3.
// Run through the real search page by tests/search-relevance.spec.ts.

export interface ExpectedHit {
  query: string;
  page: string;
  top: 1 | 3;
  kind: 'bokmål' | 'nynorsk' | 'uten æøå' | 'skrivefeil' | 'frase' | 'tall' | 'sted' | 'journalist';
}

const q = (query: string, page: string, top: 1 | 3, kind: ExpectedHit['kind']): ExpectedHit => ({ query, page, top, kind });

export const expectedHits: ExpectedHit[] = [
  // Hub pages lead for their topic.
  q('sykefravær', '/sykefravaer/', 1, 'bokmål'),
  // Then stories filed under the theme, before news that mention it.
  q('sykefravær', '/eksempler/mandal-modellkommune/', 3, 'bokmål'),
  q('ti punkter', '/sykefravaer/', 1, 'bokmål'),
  // Fresh eyes: the number in digits put the page third; digits and number words are one number.
  q('10 punkter', '/sykefravaer/', 1, 'tall'),
  // Fresh eyes: «4-6» was said to be on no page; the page writes «4–6».
  q('4-6 kommuner', '/tall-og-fakta/', 1, 'tall'),
  q('presse', '/presse/', 1, 'journalist'),
  q('pressekontakt', '/presse/', 1, 'journalist'),
  q('sitater', '/presse/sitater/', 1, 'journalist'),
  q('sitatbank', '/presse/sitater/', 1, 'journalist'),
  q('særtrykk', '/sykefravaer/saertrykk/', 1, 'bokmål'),
  q('SPC', '/verktoy/spc/', 1, 'bokmål'),
  q('statistisk prosesskontroll', '/verktoy/spc/', 3, 'bokmål'),
  q('kvalitetsformelen', '/verktoy/kvalitetsformelen/', 1, 'bokmål'),
  q('kvalitetstrakten', '/verktoy/kvalitetstrakten/', 1, 'bokmål'),
  q('kvalitetsindikatorer', '/verktoy/kvalitetsindikatorer/', 1, 'bokmål'),
  q('nettverkslæring', '/verktoy/nettverkslaering/', 1, 'bokmål'),
  q('trepartssamarbeid', '/verktoy/trepartssamarbeid/', 1, 'bokmål'),
  q('omdømmebygging', '/verktoy/omdommebygging/', 1, 'bokmål'),
  q('IRIS tiltakshåndbok', '/verktoy/iris-tiltakshandbok/', 1, 'bokmål'),
  q('prosjekt som arbeidsmetode', '/verktoy/prosjektarbeid/', 3, 'bokmål'),
  q('evaluering og undersøkelser', '/verktoy/evaluering-og-undersokelser/', 3, 'bokmål'),
  q('dialogmøter', '/sykefravaer/dialogmoter/', 1, 'bokmål'),
  q('oppfølgingsrutiner', '/sykefravaer/oppfolgingsrutiner/', 1, 'bokmål'),
  q('tilrettelegging', '/sykefravaer/tilrettelegging-og-fleksibilitet/', 3, 'bokmål'),
  q('forankring', '/sykefravaer/forankring/', 3, 'bokmål'),
  q('handlingsplan sykefravær', '/sykefravaer/handlingsplan-med-malsetting/', 3, 'bokmål'),
  q('ansattes rettigheter og plikter', '/sykefravaer/ansattes-rettigheter-og-plikter/', 3, 'bokmål'),
  q('kvalitetsprisen', '/kvalitetsprisen/', 1, 'journalist'),
  q('tall og fakta', '/tall-og-fakta/', 1, 'journalist'),
  q('sosiale medier', '/kommunikasjon/sosiale-medier/', 1, 'bokmål'),
  q('kommunikasjonsstrategi', '/kommunikasjon/kommunikasjonsstrategi/', 1, 'bokmål'),
  // Case stories, asked as staff ask.
  q('uønsket deltid', '/eksempler/fyresdal-uonsket-deltid-og-rekruttering/', 3, 'bokmål'),
  q('gravide ansatte', '/eksempler/fredrikstad-jordmor-og-trekantsamtaler/', 3, 'bokmål'),
  q('fremmedspråklige foreldre', '/eksempler/gloppen-foreldre-fremmedspraklige-barn/', 3, 'bokmål'),
  q('ledelse i barnehagen', '/eksempler/molde-ledelse-i-barnehagene/', 3, 'bokmål'),
  q('foreldreskole', '/eksempler/volda-sorum-foreldreskole/', 3, 'bokmål'),
  q('serviceerklæring barnehage', '/eksempler/songdalen-serviceerklaering-barnehage/', 3, 'bokmål'),
  q('ny arbeidstidsordning', '/eksempler/bomlo-ny-arbeidstidsordning/', 3, 'bokmål'),
  q('hvordan få ned sykefraværet', '/sykefravaer/', 3, 'bokmål'),
  q('molde barnehage', '/eksempler/molde-ledelse-i-barnehagene/', 3, 'sted'),
  // Place names, with and without æ, ø and å.
  q('Nøtterøy', '/kommuner/notteroy/', 3, 'sted'),
  q('notteroy', '/kommuner/notteroy/', 3, 'uten æøå'),
  q('haegebostad', '/kommuner/haegebostad/', 1, 'uten æøå'),
  // The story about a place comes right after the place's own page, above news that name it.
  q('haegebostad', '/eksempler/haegebostad-sykefravaer/', 3, 'uten æøå'),
  q('hagebostad', '/kommuner/haegebostad/', 3, 'uten æøå'),
  q('bomlo', '/kommuner/bomlo/', 3, 'uten æøå'),
  q('Bømlo', '/eksempler/bomlo-ny-arbeidstidsordning/', 3, 'sted'),
  q('sorum', '/kommuner/sorum/', 3, 'uten æøå'),
  q('lorenskog', '/kommuner/lorenskog/', 3, 'uten æøå'),
  q('Mandal', '/eksempler/mandal-modellkommune/', 3, 'sted'),
  // A short name is its own page first, not a longer name it begins (Åsnes, Rendalen, Hasvik).
  q('Ås', '/kommuner/as/', 1, 'sted'),
  q('as', '/kommuner/as/', 1, 'uten æøå'),
  q('Åsnes', '/kommuner/asnes/', 1, 'sted'),
  // «aa» for å, also where a longer word begins with the letters as typed (the name Aasrud).
  q('Aas', '/kommuner/as/', 1, 'uten æøå'),
  q('AAS', '/kommuner/as/', 1, 'uten æøå'),
  q('haa', '/kommuner/ha/', 1, 'uten æøå'),
  q('Hå', '/kommuner/ha/', 1, 'sted'),
  q('ha', '/kommuner/ha/', 1, 'uten æøå'),
  q('Re', '/kommuner/re/', 1, 'sted'),
  q('Hå kommune', '/kommuner/ha/', 1, 'sted'),
  q('Sel', '/kommuner/sel/', 1, 'sted'),
  q('Innherred samkommune', '/eksempler/innherred-samkommune-trepartssamarbeid/', 3, 'sted'),
  q('sykefravaer', '/sykefravaer/', 3, 'uten æøå'),
  q('saertrykk', '/sykefravaer/saertrykk/', 3, 'uten æøå'),
  q('omdomme skole', '/eksempler/fyresdal-gimle-omdommebygging/', 3, 'uten æøå'),
  q('dialogmoter', '/sykefravaer/dialogmoter/', 3, 'uten æøå'),
  // Nynorsk.
  q('sjukefråvær', '/sykefravaer/', 3, 'nynorsk'),
  q('tilsette plikter', '/sykefravaer/ansattes-rettigheter-og-plikter/', 3, 'nynorsk'),
  q('leiar og leiing', '/sykefravaer/lederen-og-ledelsen/', 3, 'nynorsk'),
  q('heimetenesta', '/eksempler/bydel-nordre-aker-hjemmetjenester/', 3, 'nynorsk'),
  q('nye kommunar', '/nyheter/49-nye-kommunar/', 3, 'nynorsk'),
  q('sjukeheim', '/eksempler/vennesla-brukeropplevd-kvalitet/', 3, 'nynorsk'),
  q('kva er kvalitetstrakten', '/verktoy/kvalitetstrakten/', 1, 'nynorsk'),
  // Nynorsk as an adviser writes it: other spellings, endings, function words.
  // Pages with the word as typed come first (a bokmål page quoting «dei tilsette»), then those with «ansatte».
  q('tilsette', '/sykefravaer/tilrettelegging-og-fleksibilitet/', 3, 'nynorsk'),
  q('dei tilsette', '/sykefravaer/tilrettelegging-og-fleksibilitet/', 3, 'nynorsk'),
  q('gravide tilsette', '/eksempler/fredrikstad-jordmor-og-trekantsamtaler/', 3, 'nynorsk'),
  q('leiar', '/sykefravaer/lederen-og-ledelsen/', 3, 'nynorsk'),
  q('leiing i barnehagen', '/eksempler/molde-ledelse-i-barnehagene/', 3, 'nynorsk'),
  q('arbeidsgjevar', '/sykefravaer/samarbeid-med-andre-aktorer/', 3, 'nynorsk'),
  q('korleis få ned sjukefråværet', '/sykefravaer/', 3, 'nynorsk'),
  q('sjukefråværsarbeid', '/verktoy/iris-tiltakshandbok/', 3, 'nynorsk'),
  q('tenester', '/eksempler/fyresdal-uonsket-deltid-og-rekruttering/', 3, 'nynorsk'),
  q('heimebaserte tenester', '/eksempler/bydel-nordre-aker-hjemmetjenester/', 3, 'nynorsk'),
  q('kompetanseheving i omsorgstenestene', '/eksempler/gjesdal-kompetanseheving/', 3, 'nynorsk'),
  q('medarbeidarar', '/eksempler/sfo-brukermedvirkning-og-medarbeiderskap/', 3, 'nynorsk'),
  q('brukarmedverknad', '/eksempler/sfo-brukermedvirkning-og-medarbeiderskap/', 3, 'nynorsk'),
  q('borns rett til medverknad', '/eksempler/steinkjer-barns-medvirkning/', 3, 'nynorsk'),
  q('oppfølgingsrutinar', '/sykefravaer/oppfolgingsrutiner/', 1, 'nynorsk'),
  q('handlingsplan med målsetjing', '/sykefravaer/handlingsplan-med-malsetting/', 3, 'nynorsk'),
  q('samarbeid med andre aktørar', '/sykefravaer/samarbeid-med-andre-aktorer/', 1, 'nynorsk'),
  q('kvalitetsindikatorar', '/verktoy/kvalitetsindikatorer/', 1, 'nynorsk'),
  q('omdømebygging', '/verktoy/omdommebygging/', 1, 'nynorsk'),
  q('omdøme skule', '/eksempler/fyresdal-gimle-omdommebygging/', 3, 'nynorsk'),
  q('foreldre til framandspråklege born', '/eksempler/gloppen-foreldre-fremmedspraklige-barn/', 3, 'nynorsk'),
  q('uønskt deltid', '/eksempler/fyresdal-uonsket-deltid-og-rekruttering/', 3, 'nynorsk'),
  q('turnusordningar', '/eksempler/molde-turnus-funksjonshemmede/', 3, 'nynorsk'),
  q('sjukepleiarar', '/eksempler/gjesdal-kompetanseheving/', 3, 'nynorsk'),
  // Typos.
  q('sykefravr', '/sykefravaer/', 3, 'skrivefeil'),
  // A misspelt nynorsk word: corrected, then read as bokmål.
  q('sjukefravr', '/sykefravaer/', 3, 'skrivefeil'),
  q('Kvalitetskommuneprogrammet', '/om-programmet/', 3, 'sted'),
  q('kvalitetsformlen', '/verktoy/kvalitetsformelen/', 1, 'skrivefeil'),
  q('pressemeding', '/kommunikasjon/pressemelding/', 3, 'skrivefeil'),
  q('trepartsamarbeid', '/verktoy/trepartssamarbeid/', 3, 'skrivefeil'),
  q('kronik', '/kommunikasjon/kronikk/', 3, 'skrivefeil'),
  // Two letters swapped (one typo), and two typos in a longer word.
  q('sykefarvær', '/sykefravaer/', 3, 'skrivefeil'),
  q('Vensla', '/kommuner/vennesla/', 3, 'skrivefeil'),
  // A typo inside a compound, and a compound with a part no page has.
  q('foreldrmøte', '/eksempler/volda-sorum-foreldreskole/', 3, 'skrivefeil'),
  q('blåbærsykefravær', '/sykefravaer/', 3, 'skrivefeil'),
  q('sjukefråværsoppfylging', '/sykefravaer/oppfolgingsrutiner/', 3, 'nynorsk'),
  // A nynorsk word's start, as search-as-you-type sends it: read as the start of the bokmål word.
  q('sjukef', '/sykefravaer/', 3, 'nynorsk'),
  // An abbreviation that begins other words («navn»), in capitals and not.
  q('NAV', '/sykefravaer/samarbeid-med-andre-aktorer/', 1, 'bokmål'),
  q('nav', '/sykefravaer/samarbeid-med-andre-aktorer/', 1, 'bokmål'),
  // Phrases.
  q('"samarbeid med andre aktører"', '/sykefravaer/samarbeid-med-andre-aktorer/', 3, 'frase'),
  q('"lese for livet"', '/eksempler/odda-lese-for-livet/', 3, 'frase'),
  q('"møte med mediene"', '/kommunikasjon/mote-med-mediene/', 3, 'frase'),
  // A phrase with a part that is no word (Pagefind's phrase search found nothing).
  q('"K = O/F"', '/verktoy/kvalitetsformelen/', 1, 'frase'),
  // Numbers.
  q('Mandal 6,9', '/eksempler/mandal-modellkommune/', 3, 'tall'),
  q('900 påmeldte', '/nyheter/over-900-pameldte-sykefravaerskonferansene/', 3, 'tall'),
  q('kvalitetskonferansen 2008', '/arrangementer/kvalitetskonferansen-2008/', 3, 'tall'),
  // A report's number and listed figures, as a number, not a formula like K = O/F.
  q('2007/094', '/verktoy/iris-tiltakshandbok/', 3, 'tall'),
  q('8,2/7,9/7,3', '/eksempler/vennesla-sykefravaer/', 1, 'tall'),
  // Journalists after facts and news.
  q('sluttrapport', '/nyheter/sluttrapport-juni-2010/', 3, 'journalist'),
  q('NIBR evaluering', '/nyheter/nibr-evaluering/', 3, 'journalist'),
  q('nyhetsbrev mars 2010', '/nyhetsbrev/nr-6-mars-2010/', 3, 'journalist'),
  q('nyhetsbrev nr 5', '/nyhetsbrev/nr-5-januar-2010/', 1, 'journalist'),
  q('pressemelding nr 3', '/nyheter/sykefravaerskonferansene-2010-starter/', 1, 'journalist'),
  q('punkt 5 sykefravær', '/sykefravaer/lederen-og-ledelsen/', 3, 'tall'),
  q('mal for pressemelding', '/kommunikasjon/pressemelding/', 3, 'journalist'),
  q('avtale staten KS', '/nyheter/avtale-om-kvalitetskommuneprogrammet/', 3, 'journalist'),
  q('programmet avsluttes', '/nyheter/programmet-avsluttes/', 3, 'journalist'),
  // The programme's main term in English (it was read as the site's «lave»).
  q('sick leave', '/sykefravaer/', 3, 'journalist'),
  // A word the site has as typed, that folds like a more used word with æ, ø or å («mal», «mål»): not corrected, and
  // the pages with it as typed first (a communications adviser looking for templates got goal pages).
  q('mal', '/kommunikasjon/kommunikasjonsstrategi/', 3, 'uten æøå'),
  q('malen', '/kommunikasjon/kommunikasjonsstrategi/', 3, 'uten æøå'),
  q('pressemelding mal', '/kommunikasjon/pressemelding/', 1, 'uten æøå'),
  // A participant by its official Sami name (Tana took part; «Deatnu» found nothing).
  q('Deatnu', '/kommuner/tana/', 1, 'sted'),
  q('Gáivuotna', '/kommuner/kafjord/', 1, 'sted'),
  q('gaivuotna', '/kommuner/kafjord/', 1, 'sted'),
  // A later round (fresh eyes). Multi-word names of participants, typed with a space for the hyphen, a slip, no ø.
  q('Aurskog Høland', '/kommuner/aurskog-holand/', 1, 'sted'),
  q('aurskog holand', '/kommuner/aurskog-holand/', 1, 'uten æøå'),
  q('Nord Aurdal', '/kommuner/nord-aurdal/', 1, 'sted'),
  q('Vestre Totn', '/kommuner/vestre-toten/', 1, 'skrivefeil'),
  q('Ostre Toten', '/kommuner/ostre-toten/', 1, 'uten æøå'),
  q('Nordre Land', '/kommuner/nordre-land/', 1, 'sted'),
  q('Tromso', '/kommuner/tromso/', 1, 'uten æøå'),
  q('Hamaroy', '/kommuner/hamaroy/', 1, 'uten æøå'),
  // A place «i» a participant: the participant's page («Mo» is on no page).
  q('Mo i Rana', '/kommuner/rana/', 1, 'sted'),
  // A word the site has only with another ending («forebygging»: «forebygge», «forebyggende»; it was «føre bygg ingen»).
  q('forebygging av sykefravær', '/sykefravaer/', 3, 'bokmål'),
  // Words joined by a hyphen that no page has so («NIBR-» was left out, and 221 pages of «rapport» shown).
  q('NIBR-rapport', '/nyheter/nibr-evaluering/', 3, 'journalist'),
  q('KS-avtalen', '/nyheter/avtale-om-kvalitetskommuneprogrammet/', 3, 'journalist'),
  // Nynorsk: «kor» is «hvor», a question word, not a word pages must have.
  q('kor mange kommunar var med', '/tall-og-fakta/', 3, 'nynorsk'),
  q('brukarundersøking', '/verktoy/evaluering-og-undersokelser/', 3, 'nynorsk'),
  q('leiarutvikling', '/sykefravaer/lederen-og-ledelsen/', 3, 'nynorsk'),
  q('naervaer', '/eksempler/notteroy-naervaer-i-linja/', 3, 'uten æøå'),
  // A journalist's questions.
  q('hvor mange kommuner deltok', '/tall-og-fakta/', 3, 'journalist'),
  q('hvem finansierte programmet', '/om-programmet/', 3, 'journalist'),
  q('sykefravær Molde 2009', '/nyheter/molde-innstilt-til-kvalitetsprisen/', 3, 'journalist'),
  q('kvalitetsprisen 2009', '/kvalitetsprisen/', 1, 'journalist'),
  q('pressebilder', '/presse/', 1, 'journalist'),
  // «jobbet» and «gjorde» in a question are left out: pages with «jobbet» were found, not the place's story.
  q('hvordan jobbet Hægebostad med sykefraværet', '/eksempler/haegebostad-sykefravaer/', 3, 'journalist'),
  q('hva gjorde Mandal med sykefraværet', '/eksempler/mandal-modellkommune/', 3, 'journalist'),
  // A later round. Pools in digits, Roman numerals or ordinals («pulje 2» did not find «Pulje II»).
  q('første pulje', '/nyheter/forste-pulje-tatt-opp/', 1, 'bokmål'),
  q('pulje 1', '/nyheter/stor-oppslutning-nettverkssamling-pulje-1/', 3, 'tall'),
  q('Pulje III', '/arrangementer/nettverkssamlinger/', 3, 'tall'),
  // Nynorsk by a word's root («førebygging» was «føre bygg ingen»), and more nynorsk.
  q('førebygging av sjukefråvær', '/sykefravaer/', 3, 'nynorsk'),
  q('førebyggjande arbeid', '/sykefravaer/', 3, 'nynorsk'),
  q('leiing og medverknad', '/eksempler/molde-ledelse-i-barnehagene/', 3, 'nynorsk'),
  q('kompetanseheving i heimetenesta', '/eksempler/bydel-nordre-aker-hjemmetjenester/', 1, 'nynorsk'),
  q('heiltidskultur', '/sykefravaer/tilrettelegging-og-fleksibilitet/', 3, 'nynorsk'),
  // A compound whose first part no page has: its known part («mestringsledelse» was «mest ring ledelse»).
  q('mestringsledelse', '/sykefravaer/lederen-og-ledelsen/', 3, 'bokmål'),
  // Typos and no æøå.
  q('tillrettelegging', '/sykefravaer/tilrettelegging-og-fleksibilitet/', 1, 'skrivefeil'),
  q('dialogmote', '/sykefravaer/dialogmoter/', 1, 'uten æøå'),
  q('oppfolging sykmeldte', '/sykefravaer/oppfolgingsrutiner/', 1, 'uten æøå'),
  q('brukerundersokelse', '/verktoy/evaluering-og-undersokelser/', 3, 'uten æøå'),
  // Participants of several words typed in small letters, as a phone does.
  q('østre toten', '/kommuner/ostre-toten/', 1, 'sted'),
  q('nordre land', '/kommuner/nordre-land/', 1, 'sted'),
  q('midtre gauldal', '/kommuner/midtre-gauldal/', 1, 'sted'),
  q('bydel alna', '/kommuner/bydel-alna/', 1, 'sted'),
  // A journalist's.
  q('sluttrapport', '/nyheter/sluttrapport-juni-2010/', 3, 'journalist'),
  q('nibr evaluering', '/nyheter/nibr-evaluering/', 3, 'journalist'),
  q('pressemelding', '/kommunikasjon/pressemelding/', 1, 'journalist'),
  // Nynorsk «kosta» is «kostet» (it was read as «KOSTRA», a statistics system: one page).
  q('kva kosta programmet', '/tall-og-fakta/', 3, 'nynorsk'),
  // «ufrivillig deltid» is «uønsket deltid» (a synonym; «ufrivillig» was on no page and left out).
  q('ufrivillig deltid', '/eksempler/fyresdal-uonsket-deltid-og-rekruttering/', 1, 'bokmål'),
];

/**
 * Text an adviser pastes into the search box from a Word document or a PDF, and the query it means: run by
 * tests/search-pasted.spec.ts through the clipboard, which must give what typing the meant query gives.
 */
export const pastedQueries: { pasted: string; means: string }[] = [
  { pasted: '“samarbeid med pårørende”', means: '"samarbeid med pårørende"' },
  { pasted: '«uønsket deltid».', means: '"uønsket deltid"' },
  { pasted: 'samarbeid\u00A0med\u00A0pårørende', means: 'samarbeid med pårørende' },
  { pasted: 'syke\u00ADfravær', means: 'sykefravær' },
  { pasted: 'syke\u200Bfravær', means: 'sykefravær' },
  // A word the PDF hyphenated at the end of a line; the browser pastes the line break as a space.
  { pasted: 'syke-\nfravær i barnehagen', means: 'sykefravær i barnehagen' },
  { pasted: 'uønsket deltid.', means: 'uønsket deltid' },
  { pasted: 'sykefravær – tiltak', means: 'sykefravær tiltak' },
  // A range pasted with its en dash is the range typed with a hyphen (query-text.ts), not its two years apart.
  { pasted: '2007–2010', means: '2007-2010' },
  { pasted: '(IA)', means: 'IA' },
  // «å» as «a» and a combining ring (macOS, PDFs): it was searched as «a» (245 hits) while «og» was left out.
  { pasted: 'a\u030A skrive og lese', means: 'å skrive og lese' },
  { pasted: 'sjukefra\u030Avær', means: 'sjukefråvær' },
];
