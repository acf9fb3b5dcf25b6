// People without a Norwegian keyboard write «sykefravaer» or «omdomme». We
// index words with æ, ø and å under their usual ASCII spellings too
// (æ→ae, ø→o and oe, å→a and aa), so those searches work. The reverse is not
// done: a search for «a» should not match every «å».

const spellings: [RegExp, string][][] = [
  [[/æ/g, 'ae'], [/ø/g, 'o'], [/å/g, 'a']],
  [[/æ/g, 'ae'], [/ø/g, 'oe'], [/å/g, 'aa']],
];

export function asciiSpellings(word: string): string[] {
  if (!/[æøå]/.test(word)) return [];
  return [...new Set(spellings.map((rules) => rules.reduce((w, [from, to]) => w.replace(from, to), word)))];
}
