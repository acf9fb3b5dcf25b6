// The press room's quote bank: every quote in the stories' frontmatter with
// who said or wrote it, its source page and the story it is from, grouped by
// theme: the quote's own themes where it has them (the foreword's thanks to Mandal,
// in a story on sick leave, stood first under «Sykefravær»), else its story's.
// The content check holds each quote against its page.
import type { Story } from '../schemas/story.ts';
import { themes, type Language, type Theme } from '../schemas/vocabulary.ts';

export const quoteBankPath = '/presse/sitater/';

/**
 * A story's quote (text trimmed), with the story it is from, its themes (its own, or else its story's) and its
 * language (its own, or else its story's): a nynorsk quote or story title is marked lang="nn" wherever it is shown.
 */
export interface BankQuote extends Omit<Story['quotes'][number], 'themes' | 'lang'> {
  story: { id: string; title: string; lang: Language };
  lang: Language;
  themes: Theme[];
}

interface StoryWithQuotes {
  id: string;
  data: Pick<Story, 'title' | 'themes' | 'quotes'> & { lang?: Language };
}

/** All quotes, story by story in the order given, each quote in its story's order. */
export function quoteBank(stories: readonly StoryWithQuotes[]): BankQuote[] {
  return stories.flatMap(({ id, data }) =>
    data.quotes.map(({ text, attribution, source, sourceText, themes: own, lang }) => ({
      text: text.trim(),
      attribution,
      source,
      sourceText,
      story: { id, title: data.title, lang: data.lang ?? 'nb' },
      themes: own ?? data.themes,
      lang: lang ?? data.lang ?? 'nb',
    })),
  );
}

/** The group of quotes about the programme as a whole (a quote with an empty list of themes). */
export const programmeGroup = { theme: 'programmet', label: 'Om programmet' } as const;

export interface ThemeGroup {
  theme: Theme | typeof programmeGroup.theme;
  label: string;
  quotes: BankQuote[];
}

/**
 * The quotes under each theme that has any, in the vocabulary's order, a quote under each of its themes; last
 * those about the programme as a whole.
 */
export function quotesByTheme(quotes: readonly BankQuote[]): ThemeGroup[] {
  return [
    ...(Object.entries(themes) as [Theme, string][]).map(([theme, label]) => ({ theme, label, quotes: quotes.filter((q) => q.themes.includes(theme)) })),
    { ...programmeGroup, quotes: quotes.filter((q) => q.themes.length === 0) },
  ].filter((group) => group.quotes.length > 0);
}

// What a press release shows of them: lib/release-quotes.ts (its CMS preview uses it too).
export { quotesFromPages } from '../lib/release-quotes.ts';
