import { describe, expect, it } from 'vitest';
import { backupIsSaved } from './published-backup.ts';

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
