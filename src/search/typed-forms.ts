// Nynorsk words the search page reads as bokmål. A nynorsk word is searched as the bokmål word the site uses more
// (sjukefråvær → sykefravær), so the bokmål pages are found. The pages with
// the word as the visitor typed it come first all the same: «sjukefråvær»
// ranked the one page that says «sjukefråværet» last of 79, below every page
// that has only «sykefravær».

/**
 * `results` with those on more of the typed forms' pages first (`typedResults`: per typed form, the results of
 * searching it as typed, by page id), each of those as found for the typed form, so its excerpt marks the
 * word as typed; the others in their order.
 */
export function typedFormFirst<R extends { id: string }>(results: readonly R[], typedResults: readonly ReadonlyMap<string, R>[]): R[] {
  return results
    .map((result, at) => {
      const found = typedResults.map((typed) => typed.get(result.id)).filter((typed) => typed !== undefined);
      return { result: found[0] ?? result, at, forms: found.length };
    })
    .sort((a, b) => b.forms - a.forms || a.at - b.at)
    .map(({ result }) => result);
}

/**
 * The words searched, with each nynorsk word as typed in place of the bokmål
 * words read for it (`forms`: typed «sjukefråværsoppfølging», read «sykefravær oppfølging»),
 * so the page says both and calls neither a misspelling.
 */
export function withTypedForms(words: readonly string[], forms: readonly { typed: string; read: string }[]): string[] {
  let shown = [...words];
  for (const { typed, read } of forms) {
    const parts = read.split(' ');
    const at = shown.findIndex((_, i) => parts.every((part, j) => shown[i + j] === part));
    if (at >= 0) shown = [...shown.slice(0, at), typed, ...shown.slice(at + parts.length)];
  }
  return shown;
}
