import { describe, expect, it } from 'vitest';
import { periodLabel, periodParts, periodTime, spanLabel } from './periods.ts';

describe('periodLabel', () => {
  it('writes quarters the Norwegian way', () => {
    expect(periodLabel('Q3 06')).toBe('3. kv. 2006');
    expect(periodLabel('Q4 2008')).toBe('4. kv. 2008');
  });

  it('spaces the dash of a range of quarters and keeps the rest of the label', () => {
    expect(periodLabel('Q4 05–Q3 06')).toBe('4. kv. 2005 – 3. kv. 2006');
    expect(periodLabel('Q4 06–Q3 07 (periode rekonstruert)')).toBe('4. kv. 2006 – 3. kv. 2007 (periode rekonstruert)');
  });

  it('leaves other labels alone', () => {
    expect(periodLabel('1. måling')).toBe('1. måling');
    expect(periodLabel('2008')).toBe('2008');
    expect(periodLabel('HQ2 sted')).toBe('HQ2 sted');
  });
});

// Fresh eyes at 320 px: Tabell 4.6's headings stood on five lines, «– 3.» on one and «kv.» on the next.
describe('periodParts', () => {
  it('keeps a quarter and a year with its dash whole, and breaks between them', () => {
    expect(periodParts(periodLabel('Q4 07–Q3 08'))).toEqual(['4. kv.', '2007 –', '3. kv.', '2008']);
    expect(periodParts(periodLabel('Q4 06–Q3 07 (rekonstruert)'))).toEqual(['4. kv.', '2006 –', '3. kv.', '2007', '(rekonstruert)']);
  });

  it('leaves other labels as their words', () => {
    expect(periodParts('Antall prosjekter')).toEqual(['Antall', 'prosjekter']);
    expect(periodParts('2008')).toEqual(['2008']);
  });
});

// Fresh eyes: a story's sick-leave series said «3. kv. 2006» to a screen reader and in its table, for four quarters
// ending then; only the note under it said so.
describe('spanLabel', () => {
  it('names a span of quarters by its last, in words', () => {
    expect(spanLabel('Q3 06', 4)).toBe('fire kvartaler til og med 3. kv. 2006');
    expect(spanLabel('Q4 08', 12)).toBe('12 kvartaler til og med 4. kv. 2008');
  });

  it('leaves a label alone where no span is given, or where it is not one quarter', () => {
    expect(spanLabel('Q3 06', undefined)).toBe('3. kv. 2006');
    expect(spanLabel('Q3 06', 1)).toBe('3. kv. 2006');
    expect(spanLabel('1. måling', 4)).toBe('1. måling');
    expect(spanLabel('Q4 05–Q3 06', 4)).toBe('4. kv. 2005 – 3. kv. 2006');
  });
});

describe('periodTime', () => {
  it('places a quarter at its index and a span of quarters at its middle, as the source or the site writes them', () => {
    expect(periodTime('Q3 06')).toBe(2006 * 4 + 2);
    expect(periodTime('3. kv. 2006')).toBe(2006 * 4 + 2);
    expect(periodTime('Q4 07–Q3 08')).toBe((2007 * 4 + 3 + 2008 * 4 + 2) / 2);
    expect(periodTime('4. kv. 2007 – 3. kv. 2008')).toBe((2007 * 4 + 3 + 2008 * 4 + 2) / 2);
  });
  it('has no time for a year, a month or a label with more than a span', () => {
    expect(periodTime('2009')).toBeUndefined();
    expect(periodTime('mars 2010')).toBeUndefined();
    expect(periodTime('Q4 07–Q3 08 (startkvartal fra tabell 4.6)')).toBeUndefined();
  });
});
