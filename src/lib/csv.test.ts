import { describe, expect, it } from 'vitest';
import { tableCsv, toCsv } from './csv.ts';

describe('CSV for Norwegian Excel', () => {
  it('starts with a BOM, separates with semicolons, writes decimal commas and ends lines in CRLF', () => {
    const csv = tableCsv(['3. kv. 2006', '3. kv. 2007'], [{ label: 'Sykefravær, Mandal', values: [8.25, null] }], 'Kommune');
    expect(csv).toBe('\ufeffKommune;3. kv. 2006;3. kv. 2007\r\nSykefravær, Mandal;8,25;\r\n');
  });

  it('quotes cells holding a semicolon, a quote or a line break', () => {
    expect(toCsv([['a;b', 'si «hei»', 'sa "ja"', 'to\nlinjer']])).toBe('\ufeff"a;b";si «hei»;"sa ""ja""";"to\nlinjer"\r\n');
  });
});
