// The content check's answer in `npm run dev` (the dev server answers reportPath) after a save and for an entry
// opened, in the notice above the form (notices.js); on the published site, what the publish job does after a save.
/** The dev server's content check report ({ problems }), or undefined where there is none. */
const fetchReport = () => fetch(reportPath, { cache: 'no-store' }).then((response) => (response.ok ? response.json() : undefined));
/** The report's problems with the entry at `address` (#/collections/…/entries/…). */
const problemsAt = (report, address) => report?.problems.filter((problem) => problem.cmsLink?.endsWith(address)) ?? [];
const errors = (count) => (count === 1 ? 'én feil' : `${count} feil`);
// One error anywhere fails `npm run check`, which the publish job runs first: no change reaches the site, not
// even other people's, until it is fixed (the notice said only this entry was held back; fresh eyes).
const heldBack = (count) => `Nettstedet blir ikke oppdatert – heller ikke med andre endringer – før ${count === 1 ? 'feilen' : 'feilene'} er rettet`;
// A problem in the text: its line in the text field, not in the file (which starts with the other fields).
const problemText = ({ line, textLine, field, message }) =>
  textLine !== undefined
    ? `Linje ${textLine} i feltet «${field}»: ${message}`
    : // A field is named by its label; the line in the file means nothing in the form.
      field === undefined
      ? `${line === undefined ? '' : `Linje ${line}: `}${message}`
      : `Feltet ${window.kompetansebankenFieldSaying(`«${field}»`, message)}`;
// Other files' problems are named, each with its entry to open: the notice said only «andre filer … har én feil»,
// and which file it was stood only in the site's preview, whose link is hidden on a phone (fresh eyes).
const othersShown = 3;
/** An entry's title (a municipality's name) as the CMS has listed it, else as its file says it (the report's), else its file. */
const entryName = ({ file, title: filed, cmsLink }) => {
  const [, collection, slug] = /#\/collections\/([^/]+)\/entries\/([^/?]+)$/.exec(cmsLink ?? '') ?? [];
  const data = collection && decapStore()?.getState().entries.getIn(['entities', `${collection}.${slug}`, 'data']);
  const title = data?.get('title') ?? data?.get('name') ?? filed;
  return typeof title === 'string' && title.trim() ? inQuotes(title.trim()) : file;
};
/** The other files' problems as entries to open (at most `othersShown`, then «og N til»). */
const otherItems = (others) => {
  const items = others.slice(0, othersShown).map((problem) => ({
    text: entryName(problem),
    // The entry's address in this CMS (the report's link is /admin/#/collections/…).
    href: problem.cmsLink?.slice(problem.cmsLink.indexOf('#')),
    detail: problemText(problem),
  }));
  // The rest: the site's preview (this dev server) shows the report of them all, a link away at any width (it had
  // only named the preview, whose button Decap's toolbar hid at 375 px and which did nothing here).
  if (others.length > othersShown)
    items.push({ before: `og ${others.length - othersShown} til: `, text: 'se alle feilene i forhåndsvisningen av nettstedet', href: '/' });
  return items;
};
const showProblems = (problems, others, heading, more = []) => {
  if (problems.length === 0 && others.length === 0) return hideNotice();
  const items = window.kompetansebankenWithoutRepeatedAdvice(problems.map(problemText));
  if (problems.length > 0 && others.length > 0) items.push(`Dessuten ${errors(others.length)} i andre filer:`);
  items.push(...otherItems(others));
  setContentCheck('errors');
  items.push(...more);
  showNotice(
    heading ??
    (problems.length > 0
      ? `Lagret, men innholdet har feil. ${heldBack(problems.length + others.length)}:`
      : `Lagret, men andre filer i innholdet har ${errors(others.length)}. ${heldBack(others.length)}:`),
    items,
    true,
  );
};
/** Once Decap has finished the save under way: its draft then names the file written (slug; a new entry's can end in «-1»). */
const whenSaved = () =>
  new Promise((resolve) => {
    const store = decapStore();
    const done = () => !store?.getState().entryDraft.getIn(['entry', 'isPersisting']);
    if (done()) return resolve();
    const unsubscribe = store.subscribe(() => done() && (unsubscribe(), resolve()));
    setTimeout(() => (unsubscribe(), resolve()), 10_000);
  });
/** The address of the entry the draft holds (#/collections/…/entries/its-file-name), or '' before its first save. */
const draftAddress = () => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  return entry?.get('slug') ? `#/collections/${entry.get('collection')}/entries/${entry.get('slug')}` : '';
};
// What the site does with a saved entry dated in the future: shows it from its date.
const fromNotice = (entry) => {
  const from = shownFrom(entry);
  return from ? `Lagret. Vises på nettstedet fra ${from}.` : '';
};
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    if (!checkAfterSave) return;
    setContentCheck('checking');
    // Said at once: «Endringer lagret» in the toolbar is not the check's answer.
    showNotice('Lagret. Innholdskontrollen går gjennom innholdet …', [], false);
    // Not awaited: the save is done; the check takes a few seconds. Matched by the file written, as Decap's
    // draft names it once the save is done (a new entry has no path here, and its address could still be
    // the new form's when the report came: «Andre filer …» of the file just saved, fresh eyes).
    whenSaved()
      .then(() => Promise.all([draftAddress(), fetchReport()]))
      .then(([address, report]) => {
        if (!report) return (setContentCheck('unknown'), hideNotice());
        const mine = address ? problemsAt(report, address) : [];
        if (report.problems.length > 0) return showProblems(mine, report.problems.filter((problem) => !mine.includes(problem)));
        setContentCheck('clean');
        const from = fromNotice(entry);
        return from ? showNotice(from, [], false) : hideNotice();
      })
      .catch(() => (setContentCheck('unknown'), hideNotice()));
  },
});
// On the published site (no dev server, no check here): the publish job checks and builds the content after
// the change, and the site may not take it (Decap's «Publisert» promised it did). Said without a promise.
CMS.registerEventListener({
  name: 'postPublish',
  handler: ({ entry }) => {
    if (checkAfterSave) return;
    const from = shownFrom(entry);
    showNotice(
      from
        ? `Lagret. Nettstedet viser oppføringen fra ${from}, når publiseringsjobben har kontrollert og bygget innholdet.`
        : 'Lagret. Nettstedet oppdateres når publiseringsjobben har kontrollert og bygget innholdet.',
      ['Har innholdet feil, stopper kontrollen publiseringen: nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilen er rettet. Feilen står i loggen til publiseringsjobben.'],
      false,
    );
  },
});
// An entry opened with problems says so above its form, as after its save (fresh eyes: reopened later, or from
// the site's report page, the form showed nothing wrong and the toolbar «Publisert»). So does an entry opened while
// other files hold the site back: it said «Publisert», and the editor believed the change was live (fresh eyes).
// Those files are named, each with its entry to open, as after a save.
const showOpenedEntryProblems = () => {
  const address = location.hash;
  if (!checkAfterSave || !entryOf(location.href)) return;
  // A save's own answer is under way (postSave above): it sets the toolbar.
  if (shown) return;
  setContentCheck('checking');
  fetchReport()
    .then((report) => {
      if (location.hash !== address || shown) return;
      if (!report) return setContentCheck('unknown');
      const mine = problemsAt(report, address);
      const others = report.problems.filter((problem) => !mine.includes(problem));
      const count = mine.length + others.length;
      if (mine.length > 0) showProblems(mine, others, `Denne oppføringen har feil. ${heldBack(count)}:`);
      else if (others.length > 0) showProblems([], others, `Andre filer i innholdet har ${errors(others.length)}. ${heldBack(others.length)}:`);
      else setContentCheck('clean');
    })
    .catch(() => location.hash === address && !shown && setContentCheck('unknown'));
};
