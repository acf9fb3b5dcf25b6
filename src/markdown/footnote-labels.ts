// The words around footnotes, in the page's written standard: remark-rehype
// writes them once for every page (English by default: «Footnotes», «Back to
// reference 1»), so a nynorsk page said «Fotnoter» and «Tilbake til henvisning 1»
// in bokmål. Nynorsk as Nynorskordboka has it (dictionary-nn: «fotnote» →
// «fotnotar», «tilvising»).

export const footnoteLabels = {
  nb: { heading: 'Fotnoter', back: 'Tilbake til henvisning' },
  nn: { heading: 'Fotnotar', back: 'Tilbake til tilvising' },
} as const;

export type FootnoteLanguage = keyof typeof footnoteLabels;

/** The name of a «↩» link: «Tilbake til henvisning 1», «… 1-2» for the second reference to note 1. */
export function footnoteBackLabel(language: FootnoteLanguage, referenceIndex: number, rereferenceIndex: number): string {
  return `${footnoteLabels[language].back} ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`;
}
