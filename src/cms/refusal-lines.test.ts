import { describe, expect, it } from 'vitest';
import { archiveVoiceMessage } from '../content-check/archive-voice.ts';
import { withoutRepeatedAdvice } from './refusal-lines.ts';

describe('the lines of a refusal', () => {
  it('give the advice three archive-voice lines share once, each line still saying what is wrong where', () => {
    const label = 'Ny sak fra sekretariatet';
    const lines = [
      `«Tittel»: ${archiveVoiceMessage(['Vi'], label)}.`,
      `«Ingress»: ${archiveVoiceMessage(['oss'], label)}.`,
      `Linje 2 i «Tekst»: ${archiveVoiceMessage(['våre'], label)}.`,
    ];
    const shown = withoutRepeatedAdvice(lines);
    expect(shown[0]).toBe(lines[0]);
    expect(shown[1]).toMatch(/^«Ingress»: «oss» skriver som om Kompetansebanken var programmets sekretariat; .*\. \(Se over\.\)$/);
    expect(shown[2]).toMatch(/^Linje 2 i «Tekst»: «våre» skriver som om .*\(Se over\.\)$/);
    // The advice (write who it was, quote someone's words, or switch the item to new) stands once in all.
    const all = shown.join('\n');
    expect(all.match(/Er det noens egne ord/g)).toHaveLength(1);
    expect(all.match(new RegExp(`slå på «${label}»`, 'g'))).toHaveLength(1);
    expect(all.length).toBeLessThan(lines.join('\n').length * 0.6);
  });

  it('give the example for an item told as if it were today once, though the same word stands in two fields (fresh eyes)', () => {
    const label = 'Ny sak fra sekretariatet';
    const shown = withoutRepeatedAdvice([`«Ingress»: ${archiveVoiceMessage(['no'], label)}.`, `Linje 1 i «Tekst»: ${archiveVoiceMessage(['no'], label)}.`]);
    expect(shown.join('\n').match(/Invitasjonsbrevet ble lagt ut/g)).toHaveLength(1);
    expect(shown[1]).toBe('Linje 1 i «Tekst»: «no» forteller som om saken gjaldt i dag; en sak fra arkivet forteller hva som skjedde da, i fortid. (Se over.)');
  });

  it('leave lines that share nothing as they are, and never drop a line’s first sentence', () => {
    const lines = ['«E-post»: skriv en hel e-postadresse.', '«E-post»: skriv en hel e-postadresse.', 'Tittelen finnes fra før. Velg en annen.'];
    expect(withoutRepeatedAdvice(lines)).toEqual(lines);
  });
});
