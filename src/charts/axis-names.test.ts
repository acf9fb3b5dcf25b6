import { describe, expect, it } from 'vitest';
import { periodLabel } from '../lib/periods.ts';
import { shortNamesKey } from './axis-names.ts';

describe('shortNamesKey', () => {
  // /tall/'s «Sykefravær i Innsatskommunene»: each point is a four-quarter period, drawn as its last quarter.
  const columns = ['Q4 05–Q3 06', 'Q4 06–Q3 07 (rekonstruert)'].map(periodLabel);
  const short = ['Q3 06', 'Q3 07'].map(periodLabel);

  it('names the period each short name stands for, with the reconstructed mark', () => {
    const key = shortNamesKey(short, columns, 'diagrammene');
    expect(key).toContain('3. kv. 2006 = 4. kv. 2005 – 3. kv. 2006');
    expect(key).toContain('3. kv. 2007 = 4. kv. 2006 – 3. kv. 2007 (rekonstruert)');
    expect(key.startsWith('Under diagrammene står korte navn')).toBe(true);
  });

  it('says nothing when the short names are the columns', () => {
    expect(shortNamesKey(columns, columns, 'diagrammet')).toBe('');
  });
});
