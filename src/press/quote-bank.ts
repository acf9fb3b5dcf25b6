// The press room's quote bank: every quote in the stories' frontmatter with
// who said or wrote it, its source page and the story it is from, grouped by
// the stories' themes. The content check holds each quote against its page.
import type { Quote, SourceRef } from '../schemas/common.ts';
import type { Story } from '../schemas/story.ts';
import { themes, type Theme } from '../schemas/vocabulary.ts';

export const quoteBankPath = '/presse/sitater/';

/** A story's quote (text trimmed), with the story it is from and that story's themes. */
export interface BankQuote extends Quote {
  story: { id: string; title: string };
  themes: Theme[];
}

interface StoryWithQuotes {
  id: string;
  data: Pick<Story, 'title' | 'themes' | 'quotes'>;
}

/** All quotes, story by story in the order given, each quote in its story's order. */
export function quoteBank(stories: readonly StoryWithQuotes[]): BankQuote[] {
  return stories.flatMap(({ id, data }) =>
    data.quotes.map(({ text, attribution, source }) => ({
      text: text.trim(),
      attribution,
      source,
      story: { id, title: data.title },
      themes: data.themes,
    })),
  );
}

export interface ThemeGroup {
  theme: Theme;
  label: string;
  quotes: BankQuote[];
}

/** The quotes under each theme that has any, in the vocabulary's order; a quote stands under each of its story's themes. */
export function quotesByTheme(quotes: readonly BankQuote[]): ThemeGroup[] {
  return (Object.entries(themes) as [Theme, string][])
    .map(([theme, label]) => ({ theme, label, quotes: quotes.filter((q) => q.themes.includes(theme)) }))
    .filter((group) => group.quotes.length > 0);
}

/**
 * The quotes printed on a page that `sources` cites (the same document, and the
 * same page or, for documents without pages, none): what a press release shows.
 */
export function quotesFromPages(quotes: readonly BankQuote[], sources: readonly SourceRef[]): BankQuote[] {
  return quotes.filter(({ source }) => sources.some((ref) => ref.doc === source.doc && ref.page === source.page));
}
