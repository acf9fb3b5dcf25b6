import { describe, expect, it } from 'vitest';
import { bokmalStart } from './nynorsk-start.ts';

const nynorsk = {
  sjukefråvær: 'sykefravær',
  sjukefråværet: 'sykefraværet',
  sjukefråværsarbeid: 'sykefraværsarbeid',
  sjukeheim: 'sykehjem',
  tilsette: 'ansatte',
  tilsett: 'ansatt',
};
const site: Record<string, number> = { sykefravær: 79, sykefraværet: 40, sykefraværsarbeid: 20, sjukefråvær: 2, sjukefråværet: 1, sykehjem: 30, ansatt: 30, ansatte: 60, tilsette: 3, tilsendt: 1 };
const counts = async () => site;

describe('bokmalStart', () => {
  it.each([
    ['sjukef', 'sykefravær'],
    ['sjukefråv', 'sykefravær'],
    ['Sjukefråværsa', 'sykefraværsarbeid'],
    ['tilse', 'ansatt'],
  ])('reads the start «%s» as the start of its bokmål words, «%s»', async (typed, read) => {
    expect(await bokmalStart(typed, nynorsk, counts)).toBe(read);
  });

  it('reads nothing for a whole nynorsk word, a start of no nynorsk word, or too short a start', async () => {
    expect(await bokmalStart('sjukefråvær', nynorsk, counts)).toBeUndefined();
    expect(await bokmalStart('sykef', nynorsk, counts)).toBeUndefined();
    expect(await bokmalStart('sju', nynorsk, counts)).toBeUndefined();
  });

  it('reads nothing when the bokmål words share fewer than four letters («tilsetjing» is «ansettelse», «tilsette» «ansatte»)', async () => {
    expect(await bokmalStart('tilset', { tilsetjing: 'ansettelse', tilsette: 'ansatte' }, counts)).toBeUndefined();
  });

  it('reads nothing when the site uses the words that begin as typed more', async () => {
    expect(await bokmalStart('tilse', nynorsk, async () => ({ ansatte: 2, tilsette: 1, tilsetting: 50 }))).toBeUndefined();
  });
});
