// A quote is shown in «» with «– » before who said it (QuoteFigure.astro, the quote bank, the e-mail): a quote typed
// with its own quotation marks, or a name with its own dash, was shown «‘Det nytter å jobbe med heltid.’» and
// «– – Ola Nordmann» (fresh eyes, the secretariat in the CMS). Reported with what to write instead, by the check and by
// the CMS before a save (text-fields.ts).

/** Quotation marks a quote may be typed in: Norwegian, English, German and straight ones. */
const opening = /^\s*[«"“”„'‘’]/u;
const closing = /[»"“”'’]\s*$/u;
/** A dash or a hyphen typed before a name, as in print («– Ola Nordmann»). */
const leadingDash = /^\s*[–—-]\s*/u;

/**
 * What is wrong with `value`, the text field at `path` in an entry's frontmatter, if it is a quote's («quotes», 0,
 * «text» or «attribution»: schemas/common.ts, quote); undefined when nothing is, or it is no quote's field.
 */
export function quoteMarksProblem(path: readonly (string | number)[], value: string): string | undefined {
  if (path.at(-3) !== 'quotes') return undefined;
  const key = path.at(-1);
  if (key === 'text' && opening.test(value) && closing.test(value))
    return 'sitatet står i anførselstegn: ta dem bort, siden setter «» rundt sitatet selv';
  if (key === 'attribution' && leadingDash.test(value))
    return 'navnet begynner med en strek: ta den bort, siden setter «–» foran navnet selv';
  return undefined;
}

