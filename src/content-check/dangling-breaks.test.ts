import { expect, it } from 'vitest';
import { findDanglingBreaks } from './dangling-breaks.ts';

// A file ending «Siste linje med omvendt skråstrek\» passed the check, and every output showed the «\».
it('names each line whose «\\» breaks no line, by its words, and leaves a line break between two lines alone', () => {
  expect(findDanglingBreaks('Første linje\\\nandre linje\\\n\nSiste linje med omvendt skråstrek\\')).toEqual([
    { line: 2, message: 'linjen «andre linje» slutter med \\, som gir linjeskift bare når det kommer en linje til i samme avsnitt; her viser siden \\ som tekst, så ta det bort' },
    { line: 4, message: expect.stringMatching(/^linjen «Siste linje med omvendt skråstrek» slutter med \\/) },
  ]);
});
