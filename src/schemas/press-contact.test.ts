// The press contact's phone and e-mail are checked by patterns, which the CMS tests at the field as typed (fields.ts):
// a refine has no JSON Schema form, and the CMS saved «123» and «ola@ks», which the check then refused.
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from './meta.ts';
import { emailMessage, emailPattern, phoneMessage, phonePattern, pressContactSchema, releaseContactSchema } from './press-contact.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map(({ path, message }) => [path.join('.'), message]) ?? [];

describe('the press contact schemas', () => {
  it('refuse a phone number or an e-mail address the press cannot use, with what to write', () => {
    // Six digits are no Norwegian number (fresh eyes saved «22 00 00»); eight are, with or without the country code.
    for (const phone of ['22 00 00', '220 000 0', '22  00 00 00']) expect(phonePattern.test(phone), phone).toBe(false);
    for (const phone of ['22 00 00 00', '22000000', '+47 22 00 00 00', '800 12 345', '+4722000000']) expect(phonePattern.test(phone), phone).toBe(true);
    const release = releaseContactSchema.safeParse({ name: 'Ola Nordmann', phone: '123', email: 'ola@ks' });
    expect(messages(release)).toEqual([
      ['phone', phoneMessage],
      ['email', emailMessage],
    ]);
    expect(messages(pressContactSchema.safeParse({ phone: '123', email: 'ola@ks' }))).toEqual([
      ['phone', phoneMessage],
      ['email', emailMessage],
    ]);
  });

  it('take a number and an address as people write them, spaces around or not, and an emptied field', () => {
    expect(releaseContactSchema.parse({ name: 'Ola', phone: ' +47 22 00 00 00 ', email: 'presse@ks.no' })).toEqual({
      name: 'Ola',
      phone: '+47 22 00 00 00',
      email: 'presse@ks.no',
    });
    // The CMS saves an emptied field as '', YAML an empty value as null: both are a field left empty.
    expect(pressContactSchema.parse({ role: '', name: null, phone: '', email: '' })).toEqual({});
    expect(releaseContactSchema.parse({ name: 'Ola', phone: '', email: 'ola@ks.no' })).toEqual({ name: 'Ola', email: 'ola@ks.no' });
  });

  it('give the CMS the same patterns, which it tests against the text as typed', () => {
    for (const schema of [pressContactSchema, releaseContactSchema]) {
      const { properties } = jsonSchemaOf(schema);
      // Text or null (a field left empty in YAML): the pattern is the text's.
      const patternOf = (name: string) => properties?.[name]?.anyOf?.find((s) => s.type === 'string')?.pattern;
      expect(patternOf('phone')).toBe(phonePattern.source);
      expect(patternOf('email')).toBe(emailPattern.source);
    }
  });
});
