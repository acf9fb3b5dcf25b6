// The search page's status line («23 treff på «sykefraværsoppfølging»») has soft hyphens in its words of 11 letters or
// more (src/search/long-words.ts). Playwright's toHaveText leaves them out of the text it compares with a string, but
// not of the text it matches with a regular expression, so a test of «sykefraværet» failed on «syke­fra­væ­ret».
// `toSay` compares the text without them either way: as a reader sees it, and as a screen reader says it.
import { expect as base, type Locator } from '@playwright/test';

/** What the status line (or any text the search page writes) says: its text without soft hyphens. */
export async function saidBy(status: Locator): Promise<string> {
  return ((await status.textContent()) ?? '').replaceAll('\u00AD', '');
}

/** Text with its runs of white space as one space, as toHaveText compares a string. */
const spaced = (text: string) => text.trim().replace(/\s+/g, ' ');

export const expect = base.extend({
  async toSay(status: Locator, expected: string | RegExp, options?: { timeout?: number }) {
    let said = '';
    // As toHaveText: a string is compared with runs of white space as one space, a pattern with the text as it is.
    const says = async () => {
      said = await saidBy(status);
      return typeof expected === 'string' ? spaced(said) === spaced(expected) : expected.test(said);
    };
    const pass = await base
      .poll(says, { timeout: options?.timeout ?? 5_000 })
      .toBe(!this.isNot)
      .then(
        () => !this.isNot,
        () => this.isNot,
      );
    return {
      pass,
      name: 'toSay',
      expected,
      actual: said,
      message: () => `${this.utils.matcherHint('toSay', undefined, undefined, { isNot: this.isNot })}\n\nExpected: ${this.isNot ? 'not ' : ''}${String(expected)}\nReceived: «${said}»`,
    };
  },
});
