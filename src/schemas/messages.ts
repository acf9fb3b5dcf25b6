// Zod's messages in Norwegian, worded for editors. Missing fields and wrong
// types get our own wording; everything else falls back to zod's `no` locale.
import { z } from 'zod';
import { no } from 'zod/locales';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et sett med felter',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
};

z.config({
  ...no(),
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    const expected = typeNames[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `mangler; feltet må fylles ut med ${expected}`;
    return `har feil type; forventet ${expected}`;
  },
});
