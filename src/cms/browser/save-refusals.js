// A save refused before it is made (Decap's preSave; an error thrown stops the save, and Decap shows its message),
// for what Decap's own checks let through and the content check would refuse after the save.
// A group that may be left out but is used (a story's «Bilde» chosen) needs some of its fields: Decap marks them
// optional so that an entry without the group saves, and saved the group with its alt text emptied; the content
// check then held the whole site back (fresh eyes). Refused before the save, naming the fields.
const filled = (value) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '') && value?.size !== 0;
// Each such field is marked as Decap marks its own (the refusal only in the box above the form left the secretariat
// looking for the field; fresh eyes), or the group, when it is closed; a mark goes once its field is changed
// (fixed-fields.js), or at the next save (Decap's own check).
const markMissingInGroup = (group, groupLabel, missingFields) => {
  const store = decapStore();
  const groupElement = document.getElementById(fieldIdIn(document, group) ?? '');
  if (!store || !groupElement) return;
  const ids = missingFields.map(([name]) => fieldIdIn(groupElement, name));
  const said = `Må fylles ut når du bruker «${groupLabel}».`;
  if (ids.every(Boolean)) ids.forEach((id) => markFieldError(store, id, said));
  else markFieldError(store, groupElement.id, `${missingFields.map(([, label]) => `«${label}»`).join(', ')}: ${said[0].toLowerCase()}${said.slice(1)}`);
  const first = ids.find(Boolean) ?? groupElement.id;
  setTimeout(() => document.getElementById(first)?.scrollIntoView({ block: 'center' }), 100);
};
const refuseIncompleteGroups = (entry) => {
  for (const [group, groupLabel, needed] of groupNeeds[entry.get('collection')] ?? []) {
    const value = entry.getIn(['data', group]);
    if (typeof value?.get !== 'function' || ![...value.values()].some(filled)) continue;
    const missingFields = needed.filter(([name]) => !filled(value.get(name)));
    if (missingFields.length === 0) continue;
    markMissingInGroup(group, groupLabel, missingFields);
    const missing = missingFields.map(([, label]) => `«${label}»`);
    const fields = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} og ${missing.at(-1)}`;
    throw refusalAt(`${fields} må fylles ut når du bruker «${groupLabel}»; fyll ut, eller fjern det som står i «${groupLabel}».`, `${group} → ${missingFields[0][0]}`);
  }
};
// Each fact of a story needs its source the way the story's kind asks (an archive story's by document, a new one's
// in words): refused with the check's words (start-script.ts newItemRules), naming the item and marking its field.
// (An archive entry without sources is the check's own rule, refused by refuseWhatTheCheckRefuses in its words.)
const refuseSourcesForKind = (entry) => {
  const rules = newItemRules[entry.get('collection')];
  if (!rules) return;
  const faults = factFaults(entry, rules);
  if (faults.length === 0) return;
  // Marked at the field as Decap marks its own field errors (a toast alone left the secretariat looking for which
  // figure on a long form, fresh eyes), and the form brought to the first.
  markFacts(faults);
  const { rule, index, fault, field } = faults[0];
  const path = `${rule.field}${rule.list ? ` (nr. ${index + 1})` : ''}${field ? ` → ${field}` : ''}`;
  throw refusalAt(`${rule.list ? `«${rule.label}» nr. ${index + 1}` : `«${rule.label}»`}: ${rule.messages[fault]}.`, path);
};
// Before a save (Decap's preSave: an error thrown stops the save, Decap shows its message, and the form keeps what is
// typed): first the refusals that say more than the check would (which group to empty, the next free number, a fact's
// field marked), then, all in one refusal, the check's own rules for the entry (refuseWhatTheCheckRefuses) and what
// needs the other entries or the dev server. What is returned is written: the data as saved (saved-text.js).
// Decap's own check of the fields runs first, and refuses without asking this: what it finds is named together with
// what these find (field-refusal.js), or a news item was refused for its date, and at the next save for its title.
/** A refusal of the field at `field` (its path, as the check names it: «sources (nr. 2) → page»), said in `message`. */
const refusalAt = (message, field) => Object.assign(new Error(message), { field });
/**
 * What the CMS page's own checks refuse in `entry`: a line each ({ text, field: the path of the field it names, if
 * any, first: the first line said of it }; [] when nothing), and the data as it would be saved. `refused`: the paths
 * of the fields Decap's own check refused at this save («title», «sources (nr. 2) → page»); what is said of them is
 * left to Decap's messages (the check would say the same of a date that does not exist, in other words).
 */
const refusalsBeforeSave = async (entry, refused = new Set()) => {
  const saved = cleaned(entry.get('data'), undefined, entry.get('newRecord') ? undefined : loadedData(entry));
  const messageOf = (error) => (error instanceof Error ? error.message : String(error));
  // A line each, with its field: the check's own lines each name theirs (`fields`), another refusal's first line its one.
  const linesOf = (error) =>
    messageOf(error)
      .split('\n')
      .map((text, index) => {
        const field = error?.fields?.[index] ?? error?.field;
        return { text, field, first: error?.fields ? field !== undefined : index === 0 };
      });
  try {
    refuseIncompleteGroups(entry);
    refuseChangedKeptValues(entry, refused);
    refuseSourcesForKind(entry);
    await refuseTakenIssue(entry, refused);
    await refuseMissingOrTakenPressReleaseNumber(entry, refused);
  } catch (error) {
    return { saved, lines: linesOf(error) };
  }
  // All that the check's rules refuse, at once: one refusal at a time, an entry was refused three times in a row,
  // each time for something that had been there from the start (fresh eyes). A line each (refusal-notice.js).
  // (The text's check names its images' problems too: asked only when the images pass, so they are named once.)
  const imagesThenText = async () => {
    if (refused.has('body')) return;
    await refuseBrokenImages(entry);
    await refuseTextTheCheckRefuses(entry, saved);
  };
  const refusals = [];
  const checks = [
    () => refuseWhatTheCheckRefuses(entry, saved, refused),
    () => refuseSameTitle(entry, refused),
    () => refuseDraftOthersShow(entry),
    () => refuseDateOthersShowEarlier(entry, refused),
    () => refuseUnshownChoices(entry, refused),
    imagesThenText,
  ];
  for (const refuse of checks) await refuse().catch((error) => refusals.push(...linesOf(error)));
  // Advice several lines share is given once (refusal-lines.ts).
  const texts = window.kompetansebankenWithoutRepeatedAdvice(refusals.map(({ text }) => text));
  return { saved, lines: refusals.map((line, index) => ({ ...line, text: texts[index] })) };
};
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const { saved, lines } = await refusalsBeforeSave(entry);
    ownRefusal = lines;
    if (lines.length > 0) throw new Error(lines.map(({ text }) => text).join('\n'));
    return saved;
  },
});
// Any rule of the entry's schema that Decap does not know (a rule between fields, a date the calendar lacks, a list
// with too few items once one was removed, an archive film's year after 2010) let the CMS save a file that the check
// then refused, and that held the whole site back, on every backend: the dev server's check, the build and the
// publish job. Refused before the save with the check's own schema and words (/admin/innholdsregler.js, built from
// src/content-check/entry-check.ts), run here on the data as it will be written, each field named by its label.
// (A field Decap refused is left out, by its place in the form, `refused`: Decap's message says it.)
const refuseWhatTheCheckRefuses = async (entry, saved, refused) => {
  const check = window.kompetansebankenEntryCheck;
  if (!check) return console.warn('Innholdsreglene (/admin/innholdsregler.js) er ikke lastet: lagringen sjekkes bare etterpå.');
  const problems = (await check.entryProblems(entry.get('collection'), saved.toJS(), entry.get('slug'))).filter(({ field }) => !refused.has(field));
  if (problems.length > 0)
    throw Object.assign(new Error(check.refusalMessage(problems, window.kompetansebankenCms.bodyLinks.field)), { fields: problems.map(({ field }) => field) });
};
// A saved newsletter's number names its file and address (nr-7-…), and stories name the ten points by their numbers:
// a change was saved (fresh eyes made «Nr. 7» 6, and point 1 a second 2), and the site then had two issues 6, an
// address that said another number, or a point missing. Refused before the save, saying why and what it was.
const refuseChangedKeptValues = (entry, refused) => {
  if (entry.get('newRecord')) return;
  const before = loadedData(entry);
  for (const [name, label, reason] of keptFields[entry.get('collection')] ?? []) {
    const was = before?.get(name);
    if (was === undefined || was === null || entry.getIn(['data', name]) === was || refused.has(name)) continue;
    throw refusalAt(`«${label}» kan ikke endres når innlegget er lagret: ${reason}. Sett det tilbake til ${was}.`, name);
  }
};
// Press releases are numbered, each number once and in order: a missing or taken number, or one past the next free
// one, is refused before the save with the next free one, as a newsletter's taken number is
// (the content check would otherwise name the older release, and the site
// would show its report until it is fixed).
const refuseMissingOrTakenPressReleaseNumber = async (entry, refused) => {
  if (entry.get('collection') !== 'news' || entry.getIn(['data', 'kind']) !== 'pressemelding' || refused.has('number')) return;
  const number = entry.getIn(['data', 'number']);
  const counted = await numberTakersForSave(entry, 'number');
  const releases = counted ?? [];
  const next = nextFree(releases);
  if (number === undefined || number === null || number === '')
    throw refusalAt(`En pressemelding må ha et nummer i feltet «Nummer». Bruk ${next}, som er neste ledige.`, 'number');
  const taken = releases.find(([, other]) => other.number === number);
  if (taken) throw refusalAt(`Nummer ${number} er allerede brukt av pressemeldingen ${inQuotes(taken[1].name)}. Bruk ${next}, som er neste ledige.`, 'number');
  if (counted) refuseNumberGap(entry, number, releases, 'news');
};
// A number that leaves a gap in a numbered series was saved without a word (fresh eyes: a press release's nr. 5 saved
// again as nr. 6, and there was no nr. 5; a newsletter «Nummer» typed «1 000» after nr. 7). The series' rule is the
// content check's (lib/number-gaps.ts): refused here when the save opens a gap, a number past the next free one or a
// number moved away from its place, saying which numbers would be missing and the one to use. (An entry that leaves
// the series, a press release made a news item, is saved: the others must move down one by one, and the check names
// the gap until they have.)
const refuseNumberGap = (entry, number, takers, collection) => {
  const { field, none } = numberSeries[collection];
  if (typeof number !== 'number') return;
  const others = takers.map(([, taker]) => taker.number);
  const was = entry.get('newRecord') ? undefined : loadedData(entry)?.get(field);
  const gapsWith = (numbers) => window.kompetansebankenNumberGaps(numbers).map(window.kompetansebankenGapLabel);
  const missingIn = (numbers) => window.kompetansebankenNumberGaps(numbers).reduce((sum, [from, to]) => sum + to - from + 1, 0);
  const kept = typeof was === 'number' ? [...others, was] : others;
  // A save that leaves no more numbers missing than before is let through: with a gap made elsewhere (a press release
  // deleted from the middle), the check's «gi denne nr. 8, og dem etter den 1 lavere hver» moves the gap one entry
  // at a time to the end, where it closes (fresh eyes: each step was refused as opening a gap).
  if (missingIn([...others, number]) <= missingIn(kept)) return;
  const before = gapsWith(kept);
  const opened = window.kompetansebankenNumberGaps([...others, number]).filter((gap) => !before.includes(window.kompetansebankenGapLabel(gap)));
  if (opened.length === 0) return;
  const missing = opened.map(window.kompetansebankenGapLabel).join(' og ');
  const them = opened.length === 1 && opened[0][0] === opened[0][1] ? 'det nummeret' : 'de numrene';
  const next = nextFree(takers);
  if (number > Math.max(0, ...others) + 1)
    throw refusalAt(`Nummer ${number} hopper over ${missing}, som ${none} har. Bruk ${next}, som er neste ledige, så numrene følger hverandre.`, field);
  throw refusalAt(`Med nummer ${number} mangler ${missing}, for ${none} har ${them} da. Bruk ${opened[0][0]}, så numrene følger hverandre.`, field);
};
// A new newsletter's file is named after its number (nr-7-…) and keeps that
// name, and its address, when the number is corrected after the save: a
// number another issue has, or one past the next free one, is refused before the file is made.
const refuseTakenIssue = async (entry, refused) => {
  if (entry.get('collection') !== 'newsletters' || !entry.get('newRecord') || refused.has('issue')) return;
  const issue = entry.getIn(['data', 'issue']);
  const counted = await numberTakersForSave(entry, 'issue');
  const listed = counted ?? [];
  const taken = listed.find(([, other]) => other.number === issue);
  if (taken) throw refusalAt(`Nummer ${issue} er allerede brukt av nyhetsbrevet ${inQuotes(taken[1].name)}. Bruk ${nextFree(listed)}, som er neste ledige: filen og adressen får navn etter nummeret.`, 'issue');
  // The issues are numbered 1, 2, 3 … in order, as the press releases are.
  if (counted) refuseNumberGap(entry, issue, listed, 'newsletters');
};
/**
 * The site's list of entries (entry-links.js), waited for before a save for up to 10 s: `npm run dev` reads every file
 * for it, and on a busy machine that took longer than the editor should wait at «Publiserer …». After that, the
 * entries Decap has loaded are compared, and the check covers the rest.
 */
const knownForSave = () => (known ? undefined : Promise.race([loading ?? loadKnown(), new Promise((resolve) => setTimeout(resolve, 10_000))]));
/**
 * The other entries' numbers in `field` (numberTakers), once the site's list is in (knownForSave). Undefined when
 * neither has come: no number is then said to skip others.
 */
const numberTakersForSave = async (entry, field) => {
  const collection = entry.get('collection');
  await knownForSave();
  const own = entry.get('slug') ? `${collection}/${entry.get('slug')}` : undefined;
  return numberTakers(collection, field, own);
};
// Two entries of a collection with one title cannot be told apart in lists, the search and the pick-lists. The
// content check named it only after the save, and on the published site only in the publish job, which then held
// the whole site back. Refused before the save, against every entry known (the site's list of entries and those
// Decap has loaded, less those deleted here), with the rule's own words (lib/same-title.ts).
const refuseSameTitle = async (entry, refused) => {
  const collection = entry.get('collection');
  const title = entry.getIn(['data', 'title']);
  if (!sameTitleRefusals[collection] || typeof title !== 'string' || titleKey(title) === '' || refused.has('title')) return;
  await knownForSave();
  const own = entry.get('slug') ? `${collection}/${entry.get('slug')}` : undefined;
  const same = Object.entries(knownEntries()).find(
    ([key, other]) => key !== own && key.startsWith(`${collection}/`) && other.titleKey === titleKey(title),
  );
  if (!same) return;
  // The other entry by what it is, its title, its language if nynorsk and its date, as the secretariat knows it
  // (sameTitleHolder, lib/same-title.ts): named by its listed title («2007-10-17 – Tittel») and file name, it read as a
  // file; as «en annen oppføring (nyhet eller pressemelding)», it could not be found (fresh eyes).
  const [, other] = same;
  // «Tittel» is marked as a group's missing fields are (markMissingInGroup): the refusal only in the box above the form
  // left it unmarked, though every other refusal marks its field (fresh eyes). Decap's own check clears it at the next save.
  const store = decapStore();
  const id = fieldIdIn(document, 'title');
  if (store && id) {
    markFieldError(store, id, 'Tittelen er allerede brukt av en annen oppføring: gi denne en egen tittel.');
    // Once the refusal is shown (Decap shows it after this throws): on a phone it stands first in the form's flow,
    // right above «Tittel», and the form is brought to its top, both in sight (scrolled into view, its top was under the
    // toolbar); wider, it stays at the top of the pane, and «Tittel» is brought into view.
    const bring = (tries) => {
      if (!shown && tries > 0) return void setTimeout(() => bring(tries - 1), 50);
      // Once more, a moment later: the form was scrolled again as the refusal was drawn (at 375 px by 44 px, the notice's
      // top under the toolbar).
      if (tries >= 0) return void setTimeout(() => bring(-1), 200);
      // Not once a link of the refusal has taken the form to a field (it was taken back, away from the field).
      if (refusalLinkUsed) return;
      if (shown && getComputedStyle(notice).position === 'static') notice.parentElement?.scrollTo({ top: 0 });
      else document.getElementById(id)?.scrollIntoView({ block: 'center' });
    };
    setTimeout(() => bring(20), 50);
  }
  // This entry's title is the one to change: «gi en av dem» invited editing a published archive entry (fresh eyes).
  const holder = other.titleHolder ?? `en annen oppføring, ${inQuotes(other.name)}`;
  throw refusalAt(fill(sameTitleRefusals[collection], { title: inQuotes(title.trim()), other: holder }), 'title');
};
// «Utkast» switched on in an entry a newsletter's items or another entry's text show: saved, and then the check
// held the whole site back, its notice blaming «andre filer» (fresh eyes); a delete is refused for the same reason.
// Refused before the save, naming each entry that shows it and is not a draft itself (entry-links.js).
const refuseDraftOthersShow = async (entry) => {
  if (entry.getIn(['data', 'draft']) !== true || entry.get('newRecord') || !known) return;
  const key = `${entry.get('collection')}/${entry.get('slug')}`;
  const showing = linkingTo(key).filter(([, other]) => !other.draft);
  if (showing.length === 0) return;
  const entries = showing.map(([from, other, field]) => fill(linkedEntryTexts.entry, { kind: kindOf(from), title: inQuotes(other.name), field })).join('\n');
  throw refusalAt(fill(linkedEntryTexts.draft, { title: inQuotes(entry.getIn(['data', 'title']) ?? key), entries }), 'draft');
};
// A date in the future on an entry a newsletter's items (or another entry's pick-list) show: saved, and then the check
// held the whole site back, reported on the newsletter, not on the entry edited (fresh eyes: a listed news item dated
// «1. januar 2027»). The site leaves such an entry out of the newsletter until its date, so the check refuses it
// (content-check/integrity.ts unpublishedTarget). Refused before the save as «Utkast» is, at «Dato», naming each entry
// that shows it and the latest date it may have (entry-links.ts shownBefore, the check's rule). A link in a text
// counts too, as it does for the check (content-check/site-addresses.ts: a link to a page dated ahead).
const readDate = (value) => window.kompetansebankenPartialDateOf(typeof value === 'string' ? (window.kompetansebankenIsoFromTyped(value, window.kompetansebankenCms.monthNames) ?? value) : value);
const refuseDateOthersShowEarlier = async (entry, refused) => {
  const collection = entry.get('collection');
  if (entry.get('newRecord') || entry.getIn(['data', 'draft']) === true || occasionCollections.includes(collection) || refused.has('date')) return;
  const date = readDate(entry.getIn(['data', 'date']));
  if (!date || date.date <= new Date()) return;
  await knownForSave();
  const showing = linkingTo(`${collection}/${entry.get('slug')}`);
  const later = window.kompetansebankenShownBefore(date, showing.map(([, other]) => other), new Date(), readDate);
  if (!later) return;
  const formatted = (shown) => window.kompetansebankenFormatDate(shown);
  const entries = later.before
    .map((index) => {
      const [from, other, field] = showing[index];
      const own = readDate(other.date);
      return own
        ? fill(linkedEntryTexts.laterEntry, { kind: kindOf(from), title: inQuotes(other.name), date: formatted(own), field })
        : fill(linkedEntryTexts.entry, { kind: kindOf(from), title: inQuotes(other.name), field });
    })
    .join('\n');
  const latestDay = formatted({ date: later.latest, precision: 'day' });
  const latest = later.today ? fill(linkedEntryTexts.today, { date: latestDay }) : latestDay;
  const title = inQuotes(entry.getIn(['data', 'title']) ?? entry.get('slug'));
  throw refusalAt(fill(linkedEntryTexts.later, { title, date: formatted(date), entries, latest }), 'date');
};
// The same rule from the other side: a newsletter (or any entry with pick-lists of entries) that chooses a draft, or an
// entry dated after it and after today, was saved, and the check then refused it (integrity.ts unpublishedTarget).
// Refused before the save at each such choice, naming the entry chosen by its title. A draft may choose what it likes.
/** The entries `data` (an entry of `collection`) chooses in its pick-lists: { to: key, path: as the check names the field }. */
const choicesIn = (collection, data) => {
  const placesAt = (value, path, at = []) => {
    if (value === undefined || value === null) return [];
    if (path.length === 0) return [{ value, at }];
    const [step, ...rest] = path;
    if (step !== '*') return placesAt(value[step], rest, [...at, step]);
    return Array.isArray(value) ? value.flatMap((item, index) => placesAt(item, rest, [...at, index])) : [];
  };
  const named = (at) => at.map((part) => (typeof part === 'number' ? `(nr. ${part + 1})` : part)).join(' → ').replaceAll(' → (nr.', ' (nr.');
  return (referenceFields[collection] ?? []).flatMap(({ path, collection: target }) =>
    placesAt(data, path).flatMap(({ value, at }) => {
      if (target) return [{ to: `${target}/${value}`, path: named(at) }];
      return value?.collection && value?.id ? [{ to: `${value.collection}/${value.id}`, path: named([...at, 'id']) }] : [];
    }),
  );
};
const refuseUnshownChoices = async (entry, refused) => {
  const collection = entry.get('collection');
  const data = entry.get('data')?.toJS() ?? {};
  if (data.draft === true) return;
  const chosen = choicesIn(collection, data).filter(({ path }) => !refused.has(path));
  if (chosen.length === 0) return;
  await knownForSave();
  const entries = knownEntries();
  const own = [{ date: occasionCollections.includes(collection) ? undefined : data.date }];
  const refusals = chosen.flatMap(({ to, path }) => {
    const other = entries[to];
    if (!other) return [];
    const values = { kind: kindOf(to), title: inQuotes(other.name) };
    if (other.draft) return [{ path, text: fill(linkedEntryTexts.chosenDraft, values) }];
    const date = readDate(other.date);
    if (!window.kompetansebankenShownBefore(date, own, new Date(), readDate)) return [];
    return [{ path, text: fill(linkedEntryTexts.chosenLater, { ...values, date: window.kompetansebankenFormatDate(date) }) }];
  });
  if (refusals.length > 0) throw Object.assign(new Error(refusals.map(({ text }) => text).join('\n')), { fields: refusals.map(({ path }) => path) });
};
/** What `astro dev`'s check says at `path` of the entry's unsaved text (`asked`: its body and more); undefined if it cannot answer. */
const askDevCheck = (path, entry, asked) =>
  fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ collection: entry.get('collection'), slug: entry.get('slug'), ...asked }),
  })
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
// An image in the text that the page cannot show (no alt text, a file that is not there or cannot be published, a
// site address the site lacks) was saved, and then every page of the dev site, and the publish job, stopped at the
// check: one person's save held back everyone's changes (fresh eyes). Refused before the save with the check's own
// rules (content-check/mdx.ts bodyImageProblems), which `astro dev` answers for the text as it would be saved; named
// by the image as written, as the form shows no line numbers. The form keeps what is typed. On the published site
// (no dev server) the publish job checks it.
const refuseBrokenImages = async (entry) => {
  const body = entry.getIn(['data', 'body']);
  if (!checkAfterSave || typeof body !== 'string' || !/!\[|<img\b/i.test(body)) return;
  const answer = await askDevCheck(bodyImagesPath, entry, { body: bodyAsSaved(body) });
  const problems = answer?.problems ?? [];
  if (problems.length === 0) return;
  const field = window.kompetansebankenCms.bodyLinks.field;
  const said = problems.map(({ image, message }) => {
    const text = message.includes(image) ? message : `bildet ${image}: ${message}`;
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  });
  // Images, not problems: one image can have two (no alt text, no file).
  const images = answer.images ?? problems.length;
  throw refusalAt(`${images === 1 ? 'Et bilde' : `${images} bilder`} i «${field}» kan ikke vises på siden. ${said.join(' ')}`, 'body');
};
// Anything else the check says of the text held the whole site back once saved: «<5 prosent» or «{navn}» (MDX reads
// them as code), Word's «•» bullets, a link to a page the site lacks (fresh eyes). Refused before the save with the
// check's own words (content-check/mdx.ts checkBodies), which `astro dev` answers for the text as it would be saved;
// each named by its line's start, as the form shows no line numbers. On the published site the publish job checks it.
const quotedLine = (lines, line) => {
  const text = (lines[(line ?? 0) - 1] ?? '').trim();
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
};
const refuseTextTheCheckRefuses = async (entry, saved) => {
  const body = entry.getIn(['data', 'body']);
  if (!checkAfterSave || typeof body !== 'string' || body.trim() === '') return;
  const text = bodyAsSaved(body);
  const data = typeof saved?.toJS === 'function' ? saved.delete('body').toJS() : undefined;
  const answer = await askDevCheck(bodyCheckPath, entry, { body: text, data });
  const problems = answer?.problems ?? [];
  if (problems.length === 0) return;
  const lines = text.split('\n');
  const said = problems.map(({ line, message }) => {
    const where = line === undefined ? '' : `Linjen som begynner ${inQuotes(quotedLine(lines, line))}: `;
    return `${where}${message[0].toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
  });
  const field = window.kompetansebankenCms.bodyLinks.field;
  // Each line is the text's: each a link to it in the refusal (refusal-notice.js).
  const error = refusalAt(`${problems.length === 1 ? 'Dette' : 'Disse'} i «${field}» ville stoppet nettstedet, og er ikke lagret:\n${said.join('\n')}`, 'body');
  throw Object.assign(error, { fields: ['body', ...said.map(() => 'body')] });
};
