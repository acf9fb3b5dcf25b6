import { describe, expect, it } from 'vitest';
import { readYaml } from '../lib/yaml.ts';
import { colonInValue, yamlErrorLine, yamlReason } from './yaml-errors.ts';

const errorOf = (text: string): unknown => {
  try {
    readYaml(text);
  } catch (error) {
    return error;
  }
  throw new Error('the YAML was read');
};

describe('yamlReason and yamlErrorLine', () => {
  it('says in Norwegian what is wrong, never js-yaml’s English, and finds the line', () => {
    // The line where js-yaml notices an unclosed quote or list is its own choice (null: any line).
    const cases: [string, RegExp, number | null][] = [
      ['title: Tittel\nsummary: Tekst\u000B fra Word\n', /usynlig kontrolltegn/, 2],
      ['title: Tittel\ntitle: Igjen\n', /samme feltet står to ganger/, 2],
      ['title: "Tittel\nsummary: x\n', /anførselstegn/, null],
      ['themes: [a, b\nsummary: x\n', /liste i \[ \]/, null],
      ['title: Tittel\n  summary: x\n', /innrykket eller et kolon/, 2],
    ];
    for (const [text, reason, line] of cases) {
      const error = errorOf(text);
      expect(yamlReason(error), text).toMatch(reason);
      expect(yamlReason(error)).not.toMatch(/[a-z]+ [a-z]+ (of|the|a|in) /);
      if (line === null) expect(yamlErrorLine(error, text, 1)).toBeGreaterThan(0);
      else expect(yamlErrorLine(error, text, 1), text).toBe(line);
    }
  });
});

// «title: Sluttrapporten: Nytt samarbeidsklima» by hand: the editor was told of indentation and colons in general, at
// the line after the title.
describe('colonInValue', () => {
  it('names the value with a colon and a space, at its file line, with the value in quotes', () => {
    expect(colonInValue('title: Sluttrapporten: Nytt samarbeidsklima\nkind: nyhet\n', 1)).toEqual({
      line: 2,
      message: 'verdien «Sluttrapporten: Nytt samarbeidsklima» har et kolon med mellomrom etter, som leses som starten på et nytt felt; sett hele verdien i anførselstegn: title: "Sluttrapporten: Nytt samarbeidsklima"',
    });
    expect(colonInValue('name: Alta\nsources:\n  - doc: S002\n    label: Tabell: «Nøkkeltall»\n', 0)?.line).toBe(4);
  });

  it('leaves addresses, times, quoted values and blocks alone', () => {
    expect(colonInValue('url: https://www.ks.no/side\ntime: kl. 10:00\ntitle: "Sluttrapporten: Nytt"\nbody: |\n  Merk: dette\n', 0)).toBeUndefined();
  });
});
