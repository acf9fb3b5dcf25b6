// A refusal before a save can list many problems, a line each (save-refusals.js). The check's messages for one kind
// end in the same advice: three archive-voice lines gave the same ~60 words three times, and at 375 px the notice
// scrolled within itself (fresh eyes). Sent as its source to the CMS page (start-script.ts): it uses nothing outside
// itself.

/**
 * `lines` with each sentence left out that an earlier line has said already, and «(Se over.)» in its place. A sentence
 * ends in «.», «!» or «?» before a space and a capital letter or «; the first sentence of a line (what is wrong there)
 * is always kept.
 */
export function withoutRepeatedAdvice(lines: readonly string[]): string[] {
  const said = new Set<string>();
  return lines.map((line) => {
    const [first = '', ...rest] = line.split(/(?<=[.!?])\s+(?=[\p{Lu}«])/u);
    const kept = rest.filter((sentence) => !said.has(sentence));
    for (const sentence of rest) said.add(sentence);
    return kept.length === rest.length ? line : [first, ...kept, '(Se over.)'].join(' ');
  });
}
