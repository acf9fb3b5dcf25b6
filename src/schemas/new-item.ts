// The switch between an archive entry and one the secretariat writes now. The archive's news, press releases,
// newsletter issues and case stories were written for Kompetansebanken from the programme's documents (2007–2010):
// each cites them, and its outputs say so (lib/archive-note.ts). An entry the secretariat writes now is neither:
// `newItem` on, it needs no programme source and nothing about it claims one. Off (and left out, as in the
// archive's files), the entry is from the archive and needs a source.
import { z } from 'zod';
import { sourceRef } from './common.ts';
import { requiredWhenPrefix } from './meta.ts';

/** The switch's label, and what the entry is called in its help and messages. */
export interface NewItemWords {
  label: string;
  /** «en sak», «et eksempel». */
  noun: string;
  /** «saken», «eksempelet». */
  definite: string;
  /** The pronoun for the entry: «den», «det». */
  pronoun: 'den' | 'det';
}

export const newNews: NewItemWords = { label: 'Ny sak fra sekretariatet', noun: 'en sak', definite: 'saken', pronoun: 'den' };
export const newIssue: NewItemWords = { label: 'Ny utgave fra sekretariatet', noun: 'en utgave', definite: 'utgaven', pronoun: 'den' };
export const newStory: NewItemWords = { label: 'Nytt eksempel fra sekretariatet', noun: 'et eksempel', definite: 'eksempelet', pronoun: 'det' };

/** The switch: off (left out) for an archive entry; on by default for an entry made in the CMS. */
export function newItem({ label, noun, definite, pronoun }: NewItemWords) {
  return z
    .boolean()
    .default(false)
    .meta({
      label,
      // Written in the CMS, an entry is the secretariat's own; the archive's files were written by hand.
      cmsDefault: true,
      hint:
        `Slå på for ${noun} som skrives nå og ikke bygger på programmets dokumenter: da trengs ingen kilde, og siden sier ikke at ${pronoun} er ` +
        `skrevet ut fra dem. Av: ${definite} er skrevet for arkivet ut fra programmets dokumenter og må ha minst én kilde.`,
    });
}

/** The sources of an entry that may be new: required for an archive entry (`requireArchiveSources`), not for a new one. */
export function itemSources({ noun }: NewItemWords) {
  return z
    .array(sourceRef)
    .default([])
    .meta({ label: 'Kilder', itemLabel: 'Kilde', hint: `${requiredWhenPrefix}for ${noun} fra arkivet: minst én kilde (dokument og side).` });
}

/** What an archive entry without sources is told: add one, or switch the entry to new. */
export function archiveSourcesMessage({ label, definite, pronoun }: NewItemWords): string {
  return (
    `oppgi minst én kilde (dokument og side): ${definite} er skrevet for arkivet ut fra programmets dokumenter. ` +
    `Er ${pronoun} skrevet nå og bygger ikke på dem, slå på «${label}»`
  );
}

/** An archive entry without sources: what to add, or what to switch on if the entry is new. */
export function requireArchiveSources(words: NewItemWords) {
  return (data: { newItem: boolean; sources: unknown[] }, ctx: z.RefinementCtx) => {
    if (data.newItem || data.sources.length > 0) return;
    ctx.addIssue({ code: 'custom', path: ['sources'], message: archiveSourcesMessage(words) });
  };
}

/** The switch's label in a collection's form, for messages that tell the editor to switch it on. */
export function newItemLabel(collection: string): string {
  return collection === 'newsletters' ? newIssue.label : collection === 'stories' ? newStory.label : newNews.label;
}

/**
 * Where one fact of a case story comes from (a key figure, a quote, a series, a list of municipalities): in an archive
 * story the programme's document and page (`source`, checked against that page by content-check/facts.ts); in a new
 * story the secretariat's own words for its source (`sourceText`: «Gloppen kommunes årsmelding 2024, s. 12»,
 * «Intervju med enhetsleder Kari Nordmann, 3. mars 2025»), so a journalist can still check it. `requireFactSources`
 * demands the one that fits.
 */
export function factSourceFields(what: string) {
  return {
    /** The programme's document and page; an archive story's facts only. */
    source: sourceRef.optional().meta({
      label: archiveSourceLabel,
      hint: `${requiredWhenPrefix}for et eksempel fra arkivet: dokumentet og siden ${what} står på.`,
    }),
    /** Where the fact comes from, in words; a new story's facts only. */
    sourceText: z
      .string()
      .optional()
      .meta({
        label: ownSourceLabel,
        hint: `${requiredWhenPrefix}for et nytt eksempel: hvor ${what} kommer fra, slik at en journalist kan sjekke det. ${ownSourceExamples}.`,
      }),
  };
}

const archiveSourceLabel = 'Kilde i programmets dokumenter';
const ownSourceLabel = 'Kilde (nytt eksempel)';
const ownSourceExamples = 'For eksempel «Gloppen kommunes årsmelding 2024, s. 12» eller «Intervju med enhetsleder Kari Nordmann, 3. mars 2025»';

/** A fact with the two ways of citing it (`factSourceFields`). */
export interface FactSource {
  source?: z.output<typeof sourceRef> | undefined;
  sourceText?: string | undefined;
}

/** The facts of a story that cite a source, with where they are in the entry and what they are called in a message. */
interface StoryFacts {
  newItem: boolean;
  keyFigures: FactSource[];
  quotes: FactSource[];
  series?: FactSource | undefined;
  sameTheme?: FactSource | undefined;
}

/**
 * Each fact of a story cites its source the way the story's kind asks: an archive story's by document and page, a new
 * story's in words. The other way is refused with what to write instead, so neither kind claims the other's sources.
 */
export function requireFactSources(story: StoryFacts, ctx: z.RefinementCtx): void {
  const facts: [PropertyKey[], FactSource | undefined, string][] = [
    ...story.keyFigures.map((f, i): [PropertyKey[], FactSource, string] => [['keyFigures', i], f, 'tallet']),
    ...story.quotes.map((q, i): [PropertyKey[], FactSource, string] => [['quotes', i], q, 'sitatet']),
    [['series'], story.series, 'tallene i serien'],
    [['sameTheme'], story.sameTheme, 'listen'],
  ];
  const { label } = newStory;
  for (const [path, fact, what] of facts) {
    if (fact === undefined) continue;
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [...path, field], message });
    if (story.newItem) {
      if (fact.source !== undefined)
        issue(
          'source',
          `et nytt eksempel viser ikke til programmets dokumenter: ta bort «${archiveSourceLabel}» og skriv i «${ownSourceLabel}» hvor ${what} kommer fra`,
        );
      else if (!fact.sourceText?.trim())
        issue('sourceText', `skriv hvor ${what} kommer fra, slik at en journalist kan sjekke det. ${ownSourceExamples}`);
    } else {
      if (fact.source === undefined)
        issue(
          'source',
          `oppgi dokumentet og siden ${what} står på: eksempelet er skrevet for arkivet ut fra programmets dokumenter. ` +
            `Er det skrevet nå og bygger ikke på dem, slå på «${label}» og skriv kilden i «${ownSourceLabel}»`,
        );
      if (fact.sourceText !== undefined)
        issue(
          'sourceText',
          `brukes bare i et nytt eksempel: et eksempel fra arkivet viser til dokumentet og siden i «${archiveSourceLabel}». ` +
            `Er eksempelet skrevet nå, slå på «${label}»`,
        );
    }
  }
}
