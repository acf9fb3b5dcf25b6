import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupIsSaved, backupKey, decapBackupStore } from './published-backup.ts';

describe("Decap's copy of a form after a save", () => {
  const saved = { title: 'Ny nyhet', summary: 'Sekretariatet melder noe nytt.', date: '2010-03-16', body: 'Første avsnitt.\n\nAndre avsnitt.\n', sources: [{ document: 'S002', page: 24 }] };

  it('is not offered when it says what the save wrote, as typed (spaces, line ends) or with empty fields', () => {
    expect(backupIsSaved(JSON.parse(JSON.stringify(saved)), saved)).toBe(true);
    expect(backupIsSaved({ ...saved, title: ' Ny nyhet ', body: 'Første avsnitt.\n\n\nAndre avsnitt.' }, saved)).toBe(true);
    expect(backupIsSaved({ ...saved, tags: [], note: '' }, saved)).toBe(true);
  });

  it('is offered when it says anything the save did not', () => {
    expect(backupIsSaved({ ...saved, body: 'Første avsnitt.\n\nAndre avsnitt, skrevet videre.\n' }, saved)).toBe(false);
    expect(backupIsSaved({ ...saved, sources: [{ document: 'S002', page: 25 }] }, saved)).toBe(false);
    expect(backupIsSaved({ ...saved, tags: ['arbeidsmiljo'] }, saved)).toBe(false);
    expect(backupIsSaved({ ...saved, title: 'Ny nyhet (endret)' }, saved)).toBe(false);
    expect(backupIsSaved({ title: 'Ny nyhet' }, saved)).toBe(false);
  });
});

// The CMS page deletes Decap's copy of a form at each save by the names Decap stores it under (browser/published-backup.js).
// Decap says them nowhere but in its code: an update that changed them would leave the copy, and the next form would
// offer the text just published again, without a word. Read from the bundle the CMS page loads ([script].js.ts).
describe("where Decap keeps its copies of forms, as the CMS page's deletion names it", () => {
  const bundle = async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('decap-cms'));
    const files = (await readdir(dist)).filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name));
    return (await Promise.all(files.map((name) => readFile(join(dist, name), 'utf8')))).join('\n');
  };

  it("is localForage's database and store as Decap's bundle defines them, and nothing in it names another", async () => {
    const code = await bundle();
    // localForage's default configuration: {description:"",driver:…,name:"localforage",size:…,storeName:"keyvaluepairs",…}.
    const defaults = [...code.matchAll(/description:"",driver:[^,]+,name:"([^"]+)",size:\d+,storeName:"([^"]+)"/g)];
    expect(defaults.map(([, database, store]) => ({ database, store }))).toEqual([decapBackupStore]);
    // Decap configures no other: no store named anywhere else, and no instance of its own.
    expect([...code.matchAll(/storeName:"([^"]+)"/g)].map(([, store]) => store)).toEqual([decapBackupStore.store]);
    expect(code).not.toMatch(/createInstance\(\{|\.config\(\{[^}]*\bname:/);
  });

  it("is Decap's key for a form's copy: its backend's getEntryBackupKey gives the same key", async () => {
    const code = await bundle();
    // function Df(e,t){const n="backup";return e?`${n}.${e}${t?`.${t}`:""}`:n}
    // Up to the function after it (its template's «${…}» hold braces of their own).
    const source = /function \w+\(\w+,\w+\)\{const \w+="backup";return.*?\}(?=function )/s.exec(code)?.[0];
    expect(source, "Decap's getEntryBackupKey in its bundle").toBeDefined();
    const decapKey = new Function(`return (${source});`)() as (collection?: string, slug?: string) => string;
    expect(decapKey('news')).toBe(backupKey('news'));
    expect(decapKey('news', 'ny-sak-2010')).toBe(backupKey('news', 'ny-sak-2010'));
  });
});
