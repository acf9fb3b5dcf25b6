import { describe, expect, it } from 'vitest';
import { poolNumber, poolsIn, takePools } from './pools.ts';

// «pulje 2» did not find «Pulje II», nor the reverse: the pages write a pool in digits, Roman numerals and ordinals.
describe('poolsIn', () => {
  it('files a pool by its number however the page writes it', () => {
    expect(poolsIn('Nettverkssamling Pulje III. Kommuner i pulje 2 og pulje IV.')).toEqual(['pulje3z', 'pulje2z', 'pulje4z']);
    expect(poolsIn('Første pulje ble tatt opp i 2007, 2. puljen i 2008.')).toEqual(['pulje1z', 'pulje2z']);
    expect(poolsIn('i pulje 3 og 4, for pulje 1, 2 og 6')).toEqual(['pulje3z', 'pulje4z', 'pulje1z', 'pulje2z', 'pulje6z']);
    expect(poolsIn('kommunene i pulje v')).toEqual(['pulje5z']);
  });

  it('takes no word for a numeral, nor a year, nor other pools', () => {
    expect(poolsIn('en ny pulje i 2009')).toEqual([]);
    expect(poolsIn('de andre puljene, andre puljer, pulje 2009, pulje 2,5')).toEqual([]);
    expect(poolsIn('hver pulje vi hadde')).toEqual([]);
  });
});

describe('takePools', () => {
  it('gives a pool typed in digits, Roman numerals or an ordinal as the phrase in digits, and the rest', () => {
    expect(takePools('pulje 2', '\u00a0')).toEqual({ pools: ['pulje\u00a02'], rest: ' ' });
    expect(takePools('Pulje II sykefravær', '\u00a0')).toEqual({ pools: ['pulje\u00a02'], rest: '  sykefravær' });
    expect(takePools('andre pulje', '\u00a0').pools).toEqual(['pulje\u00a02']);
    expect(takePools('sykefravær', '\u00a0')).toEqual({ pools: [], rest: 'sykefravær' });
  });

  it('reads a Roman numeral as its number', () => {
    expect(['I', 'ii', 'IV', 'ix', 'X', '7'].map(poolNumber)).toEqual([1, 2, 4, 9, 10, 7]);
  });
});
