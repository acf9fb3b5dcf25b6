import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedTemplateDocx } from './cached-template-docx.ts';
import { templateDocx } from './template-docx.ts';

const dir = mkdtempSync(join(tmpdir(), 'docx-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = new URL('https://kompetansebanken.no');
const document = {
  title: 'Invitasjon til dialogmøte',
  summary: 'Et brev til de ansatte.',
  url: 'https://kompetansebanken.no/kommunikasjon/invitasjon/',
  body: 'Hei!\n\nVi inviterer til **møte** om [nærvær](https://example.org/).',
  date: new Date('2010-06-01T12:00:00Z'),
};

describe('cached template docx', () => {
  it('gives the same bytes from the cache as a fresh document, without writing again', async () => {
    const write = vi.fn(templateDocx);
    const miss = await cachedTemplateDocx(document, site, { write, dir });
    const notWritten = vi.fn(templateDocx);
    const hit = await cachedTemplateDocx(document, site, { write: notWritten, dir });
    expect(write).toHaveBeenCalledTimes(1);
    expect(notWritten).not.toHaveBeenCalled();
    expect(hit.equals(miss)).toBe(true);
    expect(hit.equals(await templateDocx(document, site))).toBe(true);
  });

  it('writes again when the date or the text changed', async () => {
    const write = vi.fn(templateDocx);
    await cachedTemplateDocx({ ...document, date: new Date('2010-07-01T12:00:00Z') }, site, { write, dir });
    await cachedTemplateDocx({ ...document, body: 'Ny tekst.' }, site, { write, dir });
    expect(write).toHaveBeenCalledTimes(2);
  });
});
