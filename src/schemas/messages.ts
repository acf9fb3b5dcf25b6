// Zod's messages in Norwegian, worded for editors. Missing fields, wrong types
// and lengths get our own wording; everything else falls back to zod's `no` locale.
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
    // Lengths as an editor counts them; zod's own say «forventet string til å ha >=20 tegn».
    if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'string' || issue.origin === 'array')) {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const count = issue.origin === 'string' ? `${limit} tegn` : `${limit}`;
      const now = issue.origin === 'string' && typeof issue.input === 'string' ? ` (nå ${issue.input.length})` : '';
      if (issue.origin === 'array') return small ? `må ha minst ${count}` : `kan ha høyst ${count}`;
      return small ? `er for kort: skriv minst ${count}${now}` : `er for lang: skriv høyst ${count}${now}`;
    }
    // A choice: the values to write, not zod's «Ugyldig valg: forventet en av "sikker"|"sannsynlig"».
    if (issue.code === 'invalid_value' && issue.values.length > 0) {
      const values = issue.values.map((value) => `«${String(value)}»`).join(', ');
      if (issue.input === null || issue.input === '') return `er tomt; velg en av ${values}, eller fjern linjen hvis feltet kan stå tomt`;
      return `«${String(issue.input)}» er ikke et av valgene; velg en av ${values}`;
    }
    if (issue.code !== 'invalid_type') return undefined;
    const expected = typeNames[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `mangler; feltet må fylles ut med ${expected}`;
    // An empty field the CMS wrote (`from: ""`): said as the empty field it is, not as a wrong type.
    if (issue.input === '' || issue.input === null) return `er tomt; feltet må fylles ut med ${expected}`;
    return `har feil type; forventet ${expected}`;
  },
});
