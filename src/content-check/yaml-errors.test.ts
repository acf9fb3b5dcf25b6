import { describe, expect, it } from 'vitest';
import { readYaml } from '../lib/yaml.ts';
import { yamlErrorLine, yamlReason } from './yaml-errors.ts';

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
