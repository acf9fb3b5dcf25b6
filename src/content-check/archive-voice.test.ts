import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findArchiveVoice, findArchiveVoiceInFields, programmeVoiceWords, isArchiveItem } from './archive-voice.ts';

const words = (text: string) => programmeVoiceWords(text).map((found) => found.word);
const tree = (body: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
const voice = (body: string) => findArchiveVoice(tree(body) as Parameters<typeof findArchiveVoice>[0], 'Ny sak fra sekretariatet');

describe('programmeVoiceWords', () => {
  // Fresh eyes: «Har dere en god historie fra kommunen? Ta kontakt med rådgiveren deres.» spoke to the programme's readers.
  it('finds the reader addressed as the programme\'s reader, but not «deres», which is also «their»', () => {
    expect(words('Har dere en god historie fra kommunen? Ta kontakt med rådgiveren deres.')).toEqual(['dere']);
    expect(words('Meld deg på innen fredag. Slik kan du se det, i din kommune.')).toEqual(['deg', 'du', 'din']);
    expect(words('De ansatte og deres tillitsvalgte; «Si din mening»; Dereks bok.')).toEqual([]);
  });

  // Fresh eyes: archive items read as if the site today were the programme's secretariat.
  it('finds the programme speaking of itself in the sentences fresh eyes read', () => {
    expect(words('Vi spør blant annet om deltakelsen har styrket samarbeidet.')).toEqual(['Vi']);
    expect(words('Fordi konferansene er regionale, kan vi trekke inn eksempler fra regionen.')).toEqual(['vi']);
    expect(words('Nå vil vi gjerne vite hvordan det har gått. Derfor ber vi om svar.')).toEqual(['Nå', 'vi', 'vi']);
    expect(words('Det er ikke nytt for oss, og våre kommuner og vårt arbeid viser det.')).toEqual(['oss', 'våre', 'vårt']);
    expect(words('Dette er vår konferanse.')).toEqual(['vår']);
  });

  // Fresh eyes: «Invitasjonsbrevet … ligger nå på programmets nettsider» (sites long gone), «forlengelsen som nå går mot slutten».
  it('finds an old item told as if it were today, «nå» and «i dag», but not «nå» the verb', () => {
    expect(words('Invitasjonsbrevet ligger nå på programmets nettsider.')).toEqual(['nå']);
    expect(words('Det er denne forlengelsen som nå går mot slutten, og i dag er det ni møter.')).toEqual(['nå', 'i dag']);
    expect(words('Til nå har nettverkene møttes sentralt. Nå er dokumentene lagt ut.')).toEqual(['nå', 'Nå']);
    expect(words('For å nå bredere ut kommunene kan nå flere og skulle nå alle. Hun sa «vi er i mål nå».')).toEqual([]);
    expect(words('Nåtid, nåværende, i dagene etter og i daglig drift.')).toEqual([]);
  });

  // Fresh eyes: «Me ønskjer velkomen til nye kommunar» was published as an archive item.
  it('finds the same in nynorsk: «me», «dykk», «dykkar» and «no» (now), but not «no» in an address', () => {
    expect(words('Me ønskjer velkomen til nye kommunar, og no vil me høyre frå dykk om dykkar arbeid.')).toEqual(['Me', 'no', 'me', 'dykk', 'dykkar']);
    expect(words('Sjå www.ks.no eller skriv til post@ks.no, kvalitetskommuner.no/nyheter og NO-7000.')).toEqual([]);
  });

  it('leaves quoted words, «vår» the season, and words that only contain the letters alone', () => {
    expect(words('Mottoet var «Lavere sykefravær? Klart vi kan!».')).toEqual([]);
    expect(words('Hun skrev «det er «vår» sak, sa vi» til slutt.')).toEqual([]);
    expect(words('Kommunen bygget en «vi-identitet» og en vi-identitet på tvers av sektorene.')).toEqual([]);
    expect(words('I vår inviterte programmet til konferanser, og til våren, våren 2010 og vår 2010 kom de.')).toEqual([]);
    expect(words('Vis veien, vise, visjon, ossen, våres.')).toEqual([]);
  });
});

describe('findArchiveVoice', () => {
  it('reports each first-person word in the text with its line and what to write instead', () => {
    const found = voice('## Hva vi spør om\n\nMange spørsmål.\nVi spør også om\nnettverket.\n');
    expect(found.map((p) => p.line)).toEqual([1, 4]);
    expect(found[0]?.message).toMatch(/^«vi» skriver som om Kompetansebanken var programmets sekretariat; en sak fra arkivet forteller om programmet i tredje person/);
    expect(found[0]?.message).toContain('«Sekretariatet ønsket velkommen …»');
    expect(found[0]?.message).toContain('slå på «Ny sak fra sekretariatet»');
    expect(voice('Ta kontakt med rådgiveren, dere.\n')[0]?.message).toMatch(/^«dere» taler til leseren som om Kompetansebanken sendte ut programmets nyhetsbrev.*«kommunene»/);
  });

  it('leaves block quotes, components and code alone, and a «…» that spans emphasis', () => {
    const body = [
      '> «Vi har ikke funnet opp kruttet på nytt.»',
      '',
      '<Quote text="Vi gjorde det" />',
      '',
      'Rådmannen sa «vi har *satt stort fokus* på oss selv».',
      '',
      '`vi`',
      '',
      '```',
      'vi',
      '```',
      '',
    ].join('\n');
    expect(voice(body)).toEqual([]);
  });

  it('names the words of one line in one problem per kind: the explanation once', () => {
    const found = voice('Vi ønsker velkommen, og for oss er våre kommuner viktige. Nå er dere med.\n');
    expect(found.map((p) => p.message.slice(0, 40))).toEqual([
      '«Vi», «oss» og «våre» skriver som om Kom',
      '«Nå» forteller som om saken gjaldt i dag',
      '«dere» taler til leseren som om Kompetan',
    ]);
    expect(found.every((p) => p.line === 1)).toBe(true);
    expect(voice('Vi og vi.\n')[0]?.message).toMatch(/^«Vi» skriver/);
  });

  it('reads a line in a list and in a table', () => {
    expect(voice('- Først\n- Så gjorde vi det\n').map((p) => p.line)).toEqual([2]);
    expect(voice('| A | B |\n| --- | --- |\n| x | oss |\n').map((p) => p.line)).toEqual([3]);
  });
});

describe('isArchiveItem and the frontmatter', () => {
  it('takes news items and issues not marked as new', () => {
    expect(isArchiveItem('news', { title: 'x' })).toBe(true);
    expect(isArchiveItem('newsletters', { newItem: false })).toBe(true);
    expect(isArchiveItem('news', { newItem: true })).toBe(false);
    expect(isArchiveItem('stories', {})).toBe(false);
  });

  it('reports the title, ingress and preheader by field, all their words at once', () => {
    const problems = findArchiveVoiceInFields(
      { title: 'Nyhetsbrev mars 2010: Lavere sykefravær? Klart vi kan!', summary: 'I dag forteller vi om oss og vår kommune.', preheader: 'Konferanser i vår.' },
      'Ny utgave fra sekretariatet',
    );
    // Fresh eyes: refused three times in a row, one word each time («I dag», then «vi», then the body's).
    expect(problems.map((p) => p.field)).toEqual(['title', 'summary', 'summary']);
    expect(problems[1]?.message).toMatch(/^«I dag» forteller som om/);
    expect(problems[2]?.message).toMatch(/^«vi», «oss» og «vår» skriver som om/);
    expect(findArchiveVoiceInFields({ title: 'Nyhetsbrev mars 2010: «Lavere sykefravær? Klart vi kan!»' }, 'x')).toEqual([]);
  });
});
