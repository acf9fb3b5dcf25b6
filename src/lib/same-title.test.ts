import { describe, expect, it } from 'vitest';
import { sameTitleReason, titleKey } from './same-title.ts';

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
