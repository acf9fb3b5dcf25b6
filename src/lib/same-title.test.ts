import { describe, expect, it } from 'vitest';
import { sameTitleHolder, sameTitleReason, sameTitleRefusal, titleKey } from './same-title.ts';

describe('titleKey', () => {
  it('tells titles apart as a reader does: not by case, spaces or a full stop at the end', () => {
    const key = titleKey('Samling om nærvær i Vardø');
    for (const same of ['samling om nærvær i vardø', '  Samling  om nærvær i Vardø. ', 'Samling om\u00A0nærvær i Vardø!'])
      expect(titleKey(same), same).toBe(key);
    // NFD from a Mac's keyboard is the same letter.
    expect(titleKey('Hægebostad'.normalize('NFD'))).toBe(titleKey('Hægebostad'));
    // A dash or a question mark is part of what the title says.
    expect(titleKey('Samling om nærvær – i Vardø')).not.toBe(key);
    expect(titleKey('Lavere sykefravær?')).not.toBe(titleKey('Lavere sykefravær'));
  });

  it('runs from its source alone, as the CMS page runs it', () => {
    const fromSource = new Function(`return ${titleKey.toString()}`)() as typeof titleKey;
    expect(fromSource(' Nye  kommuner tatt opp. ')).toBe('nye kommuner tatt opp');
  });
});

describe('sameTitleReason', () => {
  it('says why, in the collection’s own words, and what to write instead', () => {
    expect(sameTitleReason('news')).toMatch(/^nyheter og pressemeldinger med samme tittel kan ikke skilles fra hverandre .*; gi en av dem sin egen tittel/);
    expect(sameTitleReason('newsletters')).toMatch(/gi ett av nyhetsbrevene sin egen tittel, med måned, år/);
  });
});

describe('sameTitleHolder', () => {
  it('names the other entry by what it is, its title, its language if nynorsk and its date', () => {
    expect(sameTitleHolder('news', { kind: 'nyhet', lang: 'nn', date: new Date('2007-10-17T00:00:00Z') }, '«49 nye kommunar»')).toBe('nyheten «49 nye kommunar» (nynorsk, 17. oktober 2007)');
    // A press release is one, not «nyhet eller pressemelding»; bokmål is not said.
    expect(sameTitleHolder('news', { kind: 'pressemelding', lang: 'nb', date: '2010-03' }, '«Lavere sykefravær»')).toBe('pressemeldingen «Lavere sykefravær» (mars 2010)');
    expect(sameTitleHolder('newsletters', { date: 2009 }, '«Nyhetsbrev 2009»')).toBe('nyhetsbrevet «Nyhetsbrev 2009» (2009)');
    expect(sameTitleHolder('stories', {}, '«Sola»')).toBe('eksempelet «Sola»');
    // A date the file has wrong is left out, not said wrong.
    expect(sameTitleHolder('news', { kind: 'nyhet', date: '2010-02-31' }, '«Feil dato»')).toBe('nyheten «Feil dato»');
  });
});

describe('sameTitleRefusal', () => {
  it('says to change this entry’s title, not «one of them» (the other can be a published archive entry), and why', () => {
    const said = sameTitleRefusal('news', '«Nye kommuner»', 'nyheten «Nye kommuner» (17.10.2007)');
    expect(said).toBe(
      'Tittelen «Nye kommuner» er allerede brukt av nyheten «Nye kommuner» (17.10.2007). Endre tittelen her, så den sier hva som skiller dem (f.eks. kommune, år eller tema): nyheter og pressemeldinger med samme tittel kan ikke skilles fra hverandre i lister, søket og nedtrekkslistene i redigeringsverktøyet.',
    );
    expect(said).not.toMatch(/en av dem|nyhet eller pressemelding/);
    expect(sameTitleRefusal('newsletters', '«%{title}»', '%{other}')).toMatch(/Endre tittelen her, med måned, år og hva det handler om, f\.eks\. «Nyhetsbrev mars 2010: Lavere sykefravær»: nyhetsbrev med samme tittel/);
  });
});
