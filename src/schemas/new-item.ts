// The switch between an archive entry and one the secretariat writes now. The archive's news, press releases,
// newsletter issues, case stories, events and films were written for Kompetansebanken from the programme's documents (2007–2010):
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
export const newEvent: NewItemWords = { label: 'Nytt arrangement fra sekretariatet', noun: 'et arrangement', definite: 'arrangementet', pronoun: 'det' };
export const newFilm: NewItemWords = { label: 'Ny film fra sekretariatet', noun: 'en film', definite: 'filmen', pronoun: 'den' };

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

/**
 * What an archive entry without sources is told: add one, or switch the entry to new. The reason is a sentence of its
 * own: after «Kilder»: a second colon read as two labels (fresh eyes).
 */
export function archiveSourcesMessage({ label, definite, pronoun }: NewItemWords): string {
  const reason = definite.charAt(0).toUpperCase() + definite.slice(1);
  return (
    `oppgi minst én kilde (dokument og side). ${reason} er skrevet for arkivet ut fra programmets dokumenter. ` +
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

/** The switch's words in a collection's form (news and press releases share theirs). */
export function newItemWords(collection: string): NewItemWords {
  return wordsByCollection[collection] ?? newNews;
}

const wordsByCollection: Record<string, NewItemWords> = { newsletters: newIssue, stories: newStory, events: newEvent, films: newFilm };

/** The switch's label in a collection's form, for messages that tell the editor to switch it on. */
export function newItemLabel(collection: string): string {
  return newItemWords(collection).label;
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

/**
 * Hints written for one state of the switch that the CMS page shows instead while the switch is in the other
 * (cms/browser/switched-hints.js), by field name: with the switch on (`whenNew`) the sources and a fact's programme document are
 * not asked for, and a quote's speaker is not found in the final report; off (`whenArchive`), a fact's source in
 * words is not used. The schemas' own hints are the other state's, shown as they are.
 */
export function switchedHints({ noun, label }: NewItemWords) {
  return {
    whenNew: {
      sources: `Trengs ikke for ${noun} som skrives nå («${label}» er på). Fylles ut bare for ${noun} fra arkivet: minst én kilde (dokument og side).`,
      source: `Brukes ikke i et nytt eksempel: la stå tomt, og skriv kilden i «${ownSourceLabel}».`,
      attribution: 'Navn og rolle, for eksempel «Kari Nordmann, enhetsleder», uten strek foran',
    },
    whenArchive: {
      sourceText: `Brukes bare i et nytt eksempel: la stå tomt. Et eksempel fra arkivet viser til dokumentet og siden i «${archiveSourceLabel}».`,
    },
  } satisfies Record<'whenNew' | 'whenArchive', Record<string, string>>;
}

/** A fact with the two ways of citing it (`factSourceFields`). */
export interface FactSource {
  source?: z.output<typeof sourceRef> | undefined;
  sourceText?: string | undefined;
}

/** A story's fields that cite a source one of the two ways, and what each is called in a message; a list's items each. */
export const storyFactFields = [
  { field: 'keyFigures', what: 'tallet', list: true },
  { field: 'quotes', what: 'sitatet', list: true },
  { field: 'series', what: 'tallene i serien', list: false },
  { field: 'sameTheme', what: 'listen', list: false },
] as const;

/** What is said of a fact cited the wrong way, or not at all, by the check and by the CMS before a save. */
export const factSourceMessages = {
  /** A new story's fact with a programme document. */
  programmeSourceInNew: (what: string) =>
    `et nytt eksempel viser ikke til programmets dokumenter: tøm «${archiveSourceLabel}» (fjern dokumentet og sidetallet) og skriv i «${ownSourceLabel}» hvor ${what} kommer fra`,
  /** A new story's fact without its source in words. */
  ownSourceMissing: (what: string) => `skriv hvor ${what} kommer fra, slik at en journalist kan sjekke det. ${ownSourceExamples}`,
  /** An archive story's fact without its document. */
  programmeSourceMissing: (what: string) =>
    `oppgi dokumentet og siden ${what} står på: eksempelet er skrevet for arkivet ut fra programmets dokumenter. ` +
    `Er det skrevet nå og bygger ikke på dem, slå på «${newStory.label}» og skriv kilden i «${ownSourceLabel}»`,
  /** An archive story's fact with a source in words. */
  ownSourceInArchive: () =>
    `brukes bare i et nytt eksempel: et eksempel fra arkivet viser til dokumentet og siden i «${archiveSourceLabel}». ` +
    `Er eksempelet skrevet nå, slå på «${newStory.label}»`,
};

/** A way a fact can cite its source wrongly: a key of factSourceMessages. */
export type FactSourceFault = keyof typeof factSourceMessages;

/**
 * How a fact cites its source wrongly, in the order to say it: `programme` whether it names a programme document,
 * `own` whether it has a source in words. Import-free: the CMS page runs this same decision before a save.
 */
export function factSourceFaults(isNew: boolean, programme: boolean, own: boolean): FactSourceFault[] {
  if (isNew) return programme ? ['programmeSourceInNew'] : own ? [] : ['ownSourceMissing'];
  const faults: FactSourceFault[] = [];
  if (!programme) faults.push('programmeSourceMissing');
  if (own) faults.push('ownSourceInArchive');
  return faults;
}

/** The field each fault is fixed in (the CMS page marks that field of the item at a refused save). */
export const faultFields = {
  programmeSourceInNew: 'source',
  ownSourceMissing: 'sourceText',
  programmeSourceMissing: 'source',
  ownSourceInArchive: 'sourceText',
} as const satisfies Record<FactSourceFault, 'source' | 'sourceText'>;

/** What is wrong with how one fact cites its source, if anything: the field to fix and what to write. */
export function factSourceProblems(isNew: boolean, fact: FactSource, what: string): { field: 'source' | 'sourceText'; message: string }[] {
  // A new story's source in words counts once it has text; in an archive story the field is wrong even empty.
  const own = isNew ? Boolean(fact.sourceText?.trim()) : fact.sourceText !== undefined;
  return factSourceFaults(isNew, fact.source !== undefined, own).map((fault) => ({ field: faultFields[fault], message: factSourceMessages[fault](what) }));
}

/**
 * Each fact of a story cites its source the way the story's kind asks: an archive story's by document and page, a new
 * story's in words. The other way is refused with what to write instead, so neither kind claims the other's sources.
 */
export function requireFactSources(story: { newItem: boolean } & Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const { field, what, list } of storyFactFields) {
    const value = story[field] as FactSource | FactSource[] | undefined;
    const facts: [PropertyKey[], FactSource][] = list
      ? ((value ?? []) as FactSource[]).map((fact, i) => [[field, i], fact])
      : value === undefined
        ? []
        : [[[field], value as FactSource]];
    for (const [path, fact] of facts)
      for (const problem of factSourceProblems(story.newItem, fact, what))
        ctx.addIssue({ code: 'custom', path: [...path, problem.field], message: problem.message });
  }
}
