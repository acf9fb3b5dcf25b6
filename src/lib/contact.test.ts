import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSettings } from '../content-check/settings.ts';
import { contactLine, contactLines, phoneHref, pressContact, readPressContact } from './contact.ts';

// Said to be the programme's address then: a journalist read the footer's «Kontakt» as a current contact.
const postal = 'KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo (programmets adresse i 2007–2010)';
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/** A content folder whose press contact setting is `yaml` (none when null). */
async function contentWith(yaml: string | null): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pressekontakt-'));
  folders.push(root);
  if (yaml !== null) {
    await mkdir(join(root, 'settings'));
    await writeFile(join(root, 'settings', 'pressekontakt.yaml'), yaml);
  }
  return root;
}

describe('press contact', () => {
  it('ships empty, so the site shows the postal address and no personal details', () => {
    expect(pressContact).toEqual({});
    expect(contactLines()).toEqual([postal]);
  });

  it('reads a missing file, an empty file and emptied fields as no contact', async () => {
    expect(readPressContact(await contentWith(null))).toEqual({});
    expect(readPressContact(await contentWith('# bare en kommentar\n'))).toEqual({});
    expect(readPressContact(await contentWith("role: ''\nname: '  '\nphone:\nemail: ''\n"))).toEqual({});
  });

  it('shows what is set, and the postal address only when there is no phone or e-mail', async () => {
    const contact = readPressContact(await contentWith('role: Kommunikasjonsrådgiver\nname: Kari Nordmann\nphone: +47 22 00 00 00\nemail: presse@example.no\n'));
    expect(contactLines(contact)).toEqual(['Kari Nordmann, Kommunikasjonsrådgiver', 'Telefon: +47 22 00 00 00', 'E-post: presse@example.no']);
    expect(contactLine({ role: 'Pressevakt', email: 'presse@example.no' })).toBe('Pressevakt, E-post: presse@example.no');
    expect(contactLines({ role: 'Kommunikasjonsrådgiver' })).toEqual(['Kommunikasjonsrådgiver', postal]);
    expect(phoneHref('+47 22 00 00 00')).toBe('tel:+4722000000');
  });

  it('reports a bad phone number, e-mail or unknown field in Norwegian, with the field', async () => {
    const problems = await checkSettings(await contentWith('phone: ring meg\nemail: kari(at)ks.no\nmobil: 99\n'));
    expect(problems.map((p) => [p.file.endsWith('content/settings/pressekontakt.yaml') || p.file.endsWith('settings/pressekontakt.yaml'), p.field])).toEqual([
      [true, 'phone'],
      [true, 'email'],
      [true, undefined],
    ]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/telefonnummeret, minst åtte sifre[\s\S]*e-postadresse[\s\S]*mobil/);
    const [unquoted] = await checkSettings(await contentWith('phone: 22000000\n'));
    expect(unquoted).toMatchObject({ field: 'phone', message: "skriv telefonnummeret i anførselstegn, for eksempel '22 00 00 00'" });
    expect(() => readPressContact(join(problems[0]!.file, '..', '..'))).toThrow();
  });

  // The entries' YAML rules, which the settings lacked: «name: Kari #presse» showed «Kari» without a word.
  it('names a value cut by « #» at its line, with the value in quotes', async () => {
    const problems = await checkSettings(await contentWith("role: Pressevakt\nname: Kari Nordmann #presse\nemail: presse@example.no\n"));
    expect(problems).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/^det som står fra # på linjen \(«#presse»\), leses som en kommentar .*name: "Kari Nordmann #presse"$/) })]);
  });

  it('names a value with «: » inside it at its line, with the value in quotes', async () => {
    const [problem] = await checkSettings(await contentWith('role: Rådgiver: kommunikasjon\nname: Kari Nordmann\n'));
    expect(problem).toMatchObject({ line: 1, message: 'YAML-en kan ikke leses: verdien «Rådgiver: kommunikasjon» har et kolon med mellomrom etter, som leses som starten på et nytt felt; sett hele verdien i anførselstegn: role: "Rådgiver: kommunikasjon"' });
  });

  it('names a field the schema refuses at its line', async () => {
    const [problem] = await checkSettings(await contentWith("role: Pressevakt\nname: Kari\nphone: ring meg\n"));
    expect(problem).toMatchObject({ field: 'phone', line: 3 });
  });

  it('reports YAML it cannot read with the line', async () => {
    const [problem] = await checkSettings(await contentWith('role: Pressevakt\nname: [Kari\n'));
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toMatch(/^YAML-en kan ikke leses/);
  });
});
