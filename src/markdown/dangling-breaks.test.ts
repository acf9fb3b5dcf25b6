import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { withoutDanglingBreaks } from './dangling-breaks.ts';
import { fencedCodeLines } from './fenced-code.ts';
import { rendererOptions } from './plugins.ts';

const cleaned = (body: string) => withoutDanglingBreaks(body, fencedCodeLines);

// A scratch story ending «Siste linje med omvendt skråstrek\» showed the «\» on the page, in the e-mail and the files.
describe('withoutDanglingBreaks', () => {
  it('drops a «\\» that breaks no line: at the end, before an empty line, a heading, a list or a quote, and on a heading', () => {
    expect(cleaned('Siste linje\\')).toBe('Siste linje');
    expect(cleaned('Første\\\n\nAndre avsnitt.')).toBe('Første\n\nAndre avsnitt.');
    expect(cleaned('Tekst \\  \n## Neste')).toBe('Tekst\n## Neste');
    expect(cleaned('Før listen\\\n- punkt\\\n\n> sitat\\')).toBe('Før listen\n- punkt\n\n> sitat');
    expect(cleaned('## Overskrift\\\nTekst.')).toBe('## Overskrift\nTekst.');
  });

  it('keeps a line break between two lines, an escaped backslash and fenced code as they are', () => {
    for (const text of ['Linje én\\\nlinje to', 'Mappen C:\\\\', 'Mappen C:\\\\\n\nTekst', '```\nkode\\\n```', '```\nkode\\\n\n```', 'Tabell | a \\\n| b'])
      expect(cleaned(text), text).toBe(text);
  });

  it('makes the page show the text without the «\\», its line break between two lines kept', async () => {
    const render = async (markdown: string) => (await (await createMarkdownProcessor(rendererOptions)).render(markdown)).code;
    const typed = 'Første linje\\\nandre linje\\\n\nAvsnitt\\';
    expect(await render(typed)).toContain('\\');
    const shown = await render(cleaned(typed));
    expect(shown).not.toContain('\\');
    expect(shown.match(/<br/g)).toHaveLength(1);
  });
});
