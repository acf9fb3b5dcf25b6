// Press releases and newsletters are numbered 1, 2, 3 … in the order they came, without a gap. The CMS refused a
// number that skipped others, but a gap made another way (a press release changed into a news item, a newsletter's
// file deleted, a file added through git) was told no one: the rule was the CMS's alone. It is here, for the content
// check (content-check/integrity.ts) and the CMS (browser/save-refusals.js, sent as source: self-contained) alike.

/** The series of numbers each entry of a collection has once, in order: its field, and how a message names it. */
export const numberSeries = {
  news: { field: 'number', none: 'ingen pressemelding', plural: 'pressemeldingene' },
  newsletters: { field: 'issue', none: 'ikke noe nyhetsbrev', plural: 'nyhetsbrevene' },
} as const;

/** The numbers from 1 to the highest of `numbers` that none of them is, as runs [from, to]: [[2, 2], [5, 6]]. */
export function numberGaps(numbers: Iterable<number>): [number, number][] {
  const taken = new Set([...numbers].filter((n) => Number.isInteger(n) && n > 0));
  const gaps: [number, number][] = [];
  const highest = Math.max(0, ...taken);
  for (let n = 1; n <= highest; n++) {
    if (taken.has(n)) continue;
    const last = gaps.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else gaps.push([n, n]);
  }
  return gaps;
}

/** A gap as a message names it: «nr. 5», or «nr. 5–6» for more than one. */
export function gapLabel([from, to]: readonly [number, number]): string {
  return from === to ? `nr. ${from}` : `nr. ${from}–${to}`;
}
