// The secretariat's round trip: Chromium drives the real Decap CMS against
// `astro dev` and its file API, on a copy of the content kept in git (.cms-test/),
// first put in canonical form with `npm run check -- --fix`. For every
// collection an existing entry is opened, one field changed and saved: the
// file changes by one line and the check still passes. New entries are made,
// an image is uploaded, and a bad entry is refused with a Norwegian message.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import axe from 'axe-core';
import sharp from 'sharp';
import { expect, test, type Browser, type BrowserContext, type Dialog, type Page } from '@playwright/test';
import { lightroomXmp as lightroom, phoneExif as phone } from '../src/cms/image-metadata.fixtures.ts';
import { backupKey, decapBackupStore } from '../src/cms/published-backup.ts';
import { idFromTitle } from '../src/lib/entry-id.ts';
import { escapeRegExp } from '../src/lib/escape-regexp.ts';
import { formatDate, formatDateRange } from '../src/lib/dates.ts';
import { entryUrl } from '../src/lib/routes.ts';
import { collectionDefinitions, type CollectionName } from '../src/schemas/collections.ts';

const run = promisify(execFile);
const port = Number(process.env.CMS_TEST_PORT ?? Number(process.env.TEST_PORT ?? 4329) + 100);
const origin = `http://127.0.0.1:${port}`;
/** A dev-server page's HTML, '' while it answers with an error. */
const devPage = (path: string) => fetch(`${origin}${path}`).then((r) => (r.ok ? r.text() : ''));
/** How long the dev server may take to show a saved file: in CI it has taken over 30 s after the tests before. */
const rerendered = { timeout: 90_000 };
const work = '.cms-test';
const content = `${work}/content`;
const env = { ...process.env, KOMPETANSEBANKEN_CONTENT: `./${content}`, KOMPETANSEBANKEN_CACHE: `./${work}/astro-cache` };
const git = (...args: string[]) => run('git', ['-C', work, ...args]).then((r) => r.stdout);
const check = (...args: string[]) =>
  run(process.execPath, ['scripts/check-content.ts', ...args], { env }).then(
    (r) => ({ code: 0, output: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: `${e.stdout}${e.stderr}` }),
  );

let server: ChildProcess | undefined;
let serverOutput = '';
/** One page for all tests: the CMS (5 MB) loads and logs in once (the login is kept in the context's storage). */
let context: BrowserContext;
let page: Page;

// Serial: each test builds on the content the ones before saved. Not retried: a retry of the whole group (tried)
// failed «Publiser og lag nytt» every time, though its first run passes.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(240_000);
  await rm(work, { recursive: true, force: true });
  await mkdir(work);
  await cp('content', content, { recursive: true });
  // What the lead runs once on main after merging; the CMS's saves then stay one-line diffs.
  const fixed = await check('--fix');
  expect(fixed.output, fixed.output).toContain('Innholdet er i orden');
  expect((await check('--fix')).output, 'a second --fix changes nothing').not.toContain('Skrev ');
  // The build cache (the content check's answers) lives in the copy too, as node_modules/.astro is ignored in the repository.
  await writeFile(join(work, '.gitignore'), 'astro-cache/\n');
  await git('init', '-q');
  await git('add', '-A');
  await git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'canonical content');
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { env, detached: false });
  server.stdout?.on('data', (d: Buffer) => (serverOutput += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (serverOutput += d.toString()));
  await expect.poll(() => fetch(`${origin}/admin/config.yml`).then((r) => r.ok, () => false), { timeout: 180_000, intervals: [1000] }).toBe(true);
  context = await browser.newContext();
  await context.addInitScript(recordToolbarWords);
  page = await context.newPage();
  await visit('/admin/');
  await page.getByRole('button', { name: 'Logg inn' }).click({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: 'Gode eksempler' }).first()).toBeVisible({ timeout: 60_000 });
  expect(await englishInInterface(), 'the collections in Norwegian').toEqual([]);
});

test.afterAll(async () => {
  // Gone before a retry's server takes the port (Astro would move to the next one).
  const exited = server && server.exitCode === null ? new Promise((resolve) => server!.once('exit', resolve)) : undefined;
  server?.kill();
  await exited;
});

/** A dialog listener that dismisses each dialog and writes it into `dialogs` as «type: message». */
function recordDialogs(dialogs: string[]) {
  return (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  };
}

/** Leaves the form unsaved: Decap's question whether to leave its unsaved changes is answered OK. */
async function leaveWithoutSaving() {
  const leave = (dialog: Dialog) => void dialog.accept().catch(() => undefined);
  page.on('dialog', leave);
  await page.goto('about:blank');
  page.off('dialog', leave);
}

/** A fresh load per entry: Decap keeps the editor's state when only the address's #-part changes. The login is remembered. */
async function openCms(hash: string) {
  // The dev server may reload the page the last test left (a file it removed): that aborted this navigation once
  // (net::ERR_ABORTED) and, in CI, left it hanging until the test's timeout. It is tried again, each time for a
  // while only, and then the CMS opens in a new tab of the same browser (logged in), which takes over the test's
  // dialog listeners (Playwright's client keeps them as an event emitter's, untyped).
  const leftPage = async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await page.goto('about:blank', { timeout: 10_000 }).then(() => true, () => false)) return true;
    }
    return false;
  };
  if (!(await leftPage())) {
    const stuck = page;
    page = await context.newPage();
    for (const listener of (stuck as unknown as { listeners(event: 'dialog'): ((dialog: Dialog) => void)[] }).listeners('dialog')) page.on('dialog', listener);
    void stuck.close({ runBeforeUnload: false }).catch(() => undefined);
  }
  await visit(`/admin/#/${hash}`);
}

/**
 * Opens a dev-server address in the test's tab. A reload the dev server has started on the page before (after a file
 * changed) can interrupt the navigation («interrupted by another navigation to …», net::ERR_ABORTED: full runs, in CI
 * on an event's page): it is tried again once that reload is over.
 */
async function visit(path: string) {
  for (let attempt = 0; ; attempt++) {
    const failed = await page.goto(`${origin}${path}`).then(() => undefined, (error: Error) => error);
    if (!failed) return;
    if (attempt === 2 || !/interrupted by another navigation|ERR_ABORTED/.test(failed.message)) throw failed;
    await page.waitForLoadState('load').catch(() => undefined);
  }
}

async function publish() {
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
}

/** Saved: the toolbar says «Publisert» (or, once the check has found errors, «Lagret, ikke publisert») and «Endringer lagret» again. */
async function saved() {
  await expect(page.getByRole('button', { name: /^(Publisert|Lagret, ikke publisert)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Endringer lagret')).toBeVisible();
}

/**
 * Records in `window.toolbarWords` each word the editor's status button (Decap's «Publisert») shows when a frame is
 * drawn, that is each word a person could see, from the page's load on. status.js corrects Decap's word before the
 * frame is drawn, so a word React wrote and status.js replaced at once is not recorded. Runs in the page.
 */
function recordToolbarWords() {
  const seen: string[] = [];
  Object.assign(window, { toolbarWords: seen });
  const sample = () => {
    for (const button of document.querySelectorAll('[class*="-PublishedToolbarButton"]')) {
      const word = button.textContent?.trim();
      if (word && seen.at(-1) !== word) seen.push(word);
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}
/** The words recordToolbarWords has seen since the page loaded, in order. */
const toolbarWords = () => page.evaluate(() => (window as unknown as { toolbarWords: string[] }).toolbarWords);

/**
 * Leaves out this page's rules before a save (/admin/innholdsregler.js), as when that script did not load: the CMS
 * then saves, and the check reports after the save. For the tests of that report, with a problem those rules refuse.
 */
const withoutRulesBeforeSave = () => page.evaluate(() => Object.assign(window, { kompetansebankenEntryCheck: undefined }) && undefined);

const commit = (message: string) => git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qam', message);

/** The first entry of a collection whose title (or name) fits on one line. */
async function entryWithShortTitle(collection: CollectionName): Promise<{ file: string; slug: string }> {
  const { folder, format } = collectionDefinitions[collection];
  for (const name of (await readdir(join(content, folder))).sort()) {
    if (!name.endsWith(`.${format}`)) continue;
    const text = await readFile(join(content, folder, name), 'utf8');
    if (/^(title|name): [^"'\n]{1,60}\n[a-zA-Z]/m.test(text)) return { file: `content/${folder}/${name}`, slug: name.replace(/\.\w+$/, '') };
  }
  throw new Error(`no entry with a short title in ${collection}`);
}

/** The field each collection's test changes: the title, or what is short there. */
const changed: Partial<Record<CollectionName, { label: string; value: string; line: string }>> = {
  municipalities: { label: 'Navn', value: 'Endret kommune', line: 'name: Endret kommune' },
  // (A saved newsletter keeps its number: save-refusals.js.)
  newsletters: { label: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)', value: '2008-11', line: 'date: 2008-11' },
};

async function firstEntry(collection: CollectionName): Promise<{ file: string; slug: string }> {
  const { folder, format } = collectionDefinitions[collection];
  const name = (await readdir(join(content, folder))).filter((n) => n.endsWith(`.${format}`)).sort()[0]!;
  return { file: `content/${folder}/${name}`, slug: name.replace(/\.\w+$/, '') };
}

for (const collection of Object.keys(collectionDefinitions) as CollectionName[]) {
  test(`${collection}: an existing entry opens, and changing one field is a one-line change`, async () => {
    const change = changed[collection] ?? { label: 'Tittel', value: `Endret i CMS-et ${collection}`, line: `title: Endret i CMS-et ${collection}` };
    const { file, slug } = change.label === 'Tittel' || change.label === 'Navn' ? await entryWithShortTitle(collection) : await firstEntry(collection);
    await openCms(`collections/${collection}/entries/${slug}`);
    const input = page.getByLabel(change.label, { exact: true });
    await expect(input).toHaveValue(/\S/, { timeout: 30_000 });
    await input.fill(change.value);
    await publish();
    await saved();
    await expect.poll(() => git('diff', '--numstat')).toBe(`1\t1\t${file}\n`);
    expect(await git('diff', '-U0')).toContain(`\n+${change.line}\n`);
    await commit(`edit ${collection}`);
  });
}


/** A field by its label; optional fields' labels end in «(valgfritt)». */
const field = (label: string, scope: Page | ReturnType<Page['locator']> = page) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\(valgfritt\\))?$`));
/**
 * A field's own error (in the red list above the field), not the refusal above the form, which names the field and
 * says the same (field-refusal.js).
 */
const fieldError = (text: string, options?: { exact?: boolean }) => page.locator('[class*="ControlErrorsList"]').getByText(text, options);
/** The Markdown text (Decap's editor has no label of its own). */
const body = () => page.getByLabel('Feltet Markdown-tekst').getByRole('textbox');

/**
 * Words of Decap's and its libraries' English that must not reach the editor
 * (texts, screen-reader labels and announcements); src/cms/locale.ts says them in Norwegian.
 */
const english =
  /\b(Add|Remove|Failed|Select|Insert|Copy|Choose|Delete|Save|Loading|Search|options?|selected|focused|press|Published|Draft|Entries|Upload|Cancel|Close|Error|Expand|Collapse|string|object|list|markdown|relation|Toggle|Required|Unsaved|Changes|Preview|Publish|draggable|Media|items?)\b/;

/** Every English phrase in the CMS's interface as it is now (what the editor reads, and what a screen reader says). */
async function englishInInterface(): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = (walker.currentNode as Text).data.trim();
      if (text && !walker.currentNode.parentElement?.closest('script, style, textarea') && pattern.test(text)) found.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && pattern.test(value)) found.add(`${name}=${value}`);
      }
    return [...found];
  }, english.source);
}

/** Chooses an option in one of Decap's pick-lists (react-select), by typing and taking the first match. */
async function choose(label: string, text: string, scope: Page | ReturnType<Page['locator']> = page) {
  // Closed groups hold fields of the same name, out of sight.
  await field(label, scope).filter({ visible: true }).first().fill(text);
  await page.getByRole('option', { name: new RegExp(text, 'i') }).first().click();
}

/**
 * The refusal of an upload, said in the media library (not a browser alert, which stopped the page until answered:
 * fresh eyes), closed once read; it fails if an alert comes instead.
 */
async function uploadRefusal() {
  const alerts: string[] = [];
  const onDialog = (dialog: Dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  try {
    const said = page.getByRole('dialog').getByRole('alert').filter({ hasText: /^Ikke lastet opp:/ });
    await expect(said).toBeVisible();
    const text = (await said.locator('li').innerText()).trim();
    // Whole, not cut off within a box of its own (at 375 px its advice was cut mid-sentence).
    expect(await said.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    // Named apart from the library's own «Lukk» (its ✕), which closed the whole library for a keyboard user.
    await said.getByRole('button', { name: 'Lukk meldingen', exact: true }).click();
    await expect(said).toHaveCount(0);
    await expect(page.getByRole('dialog').first()).toBeVisible();
    expect(alerts, 'no alert to answer').toEqual([]);
    return text;
  } finally {
    page.off('dialog', onDialog);
  }
}

/** Adds one source (S002, a page) to the entry's «Kilder». */
async function addSource(pageNumber: string) {
  await page.getByRole('button', { name: 'Legg til: kilde' }).click();
  const sources = page.getByLabel('Feltet liste').filter({ hasText: 'Kilder' }).last();
  await choose('Dokument', 'S002', sources);
  await field('Side i PDF-en', sources).filter({ visible: true }).last().fill(pageNumber);
}

test("a story's ten points are a pick-list by number: the chosen show by number and title, and a new one is saved as a number", async () => {
  const file = 'content/stories/flora-helges-bilverkstad.mdx';
  expect(await readFile(`${work}/${file}`, 'utf8')).toContain('sickLeavePoints:\n  - 9\n');
  await openCms('collections/stories/entries/flora-helges-bilverkstad');
  await expect(page.getByText('9 Tilrettelegging og fleksibilitet')).toBeVisible({ timeout: 30_000 });
  await choose('Punkter mot sykefravær', 'Dialogmøter');
  await publish();
  await saved();
  await expect.poll(() => git('diff', '--numstat')).toBe(`1\t0\t${file}\n`);
  expect(await readFile(`${work}/${file}`, 'utf8')).toContain('sickLeavePoints:\n  - 9\n  - 6\n');
  await commit('add a point to a story');
});

test('a new news item is made in the CMS, under a file name from its title', async () => {
  await openCms('collections/news/new');
  // As pasted from Word or typed in a hurry: spaces around the title and the date, a soft hyphen and a tab inside.
  await field('Tittel').fill('Ny sak\u000Bfra\tsekre\u00ADtariatet\u200E\u00A0 ');
  await field('Ingress').fill('Sekretariatet skriver en ny sak rett i redigeringsverktøyet. ');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill(' 2010-03-15 ');
  await addSource('24');
  expect(await englishInInterface(), 'a new entry with a list item, in Norwegian').toEqual([]);
  // A pick-list with the focus: what react-select says to a screen reader was English («… is focused ,type to refine
  // list, press Down to open the menu»: fresh eyes).
  await field('Nyhet eller pressemelding').filter({ visible: true }).first().focus();
  await expect(page.getByText(/^Skriv for å snevre inn listen\.|^Pil ned åpner listen\.$/)).toHaveCount(1);
  expect(await englishInInterface(), 'a pick-list with the focus, in Norwegian').toEqual([]);
  await body().fill('Det viktigste først.\n');
  await publish();
  await saved();
  await expect.poll(() => git('status', '--porcelain')).toBe('?? content/news/ny-sak-fra-sekretariatet.mdx\n');
  // Saved without them (Decap saved them, in quotes).
  const text = await readFile(`${content}/news/ny-sak-fra-sekretariatet.mdx`, 'utf8');
  expect(text).toMatch(/^title: Ny sak fra sekretariatet$/m);
  expect(text).toMatch(/^summary: Sekretariatet skriver en ny sak rett i redigeringsverktøyet\.$/m);
  expect(text).toMatch(/^date: 2010-03-15$/m);
  await git('add', '-A');
  await commit('new news item');
});

test('a new entry with a very long title gets a file name of at most 60 characters, cut at a word as `npm run new` cuts it', async () => {
  // Decap named the file after the whole title (up to 150 characters, longestTitle in src/schemas/common.ts).
  const title = 'Hvordan Bydel Nordre Aker og tre andre bydeler i Oslo fikk ned sykefraværet i barnehagene og skolene gjennom systematisk arbeid over fire år';
  await newNewsItem(title, 'Sekretariatet skriver en sak med en svært lang tittel i redigeringsverktøyet.', '2010-03-16', 'Tekst.\n');
  await publish();
  await saved();
  const id = 'hvordan-bydel-nordre-aker-og-tre-andre-bydeler-i-oslo-fikk';
  expect(idFromTitle(title)).toBe(id);
  await expect.poll(() => git('status', '--porcelain')).toBe(`?? content/news/${id}.mdx\n`);
  // The title itself is kept whole.
  expect(await readFile(`${content}/news/${id}.mdx`, 'utf8')).toMatch(/^title: Hvordan Bydel[^]*over\n? +fire år\n/m);
  await git('add', '-A');
  await commit('new news item with a long title');
});

test('a title with «_» or «~» gives the file name `npm run new` gives, one the check accepts', async () => {
  // Decap kept them («…-prosjekt-_ny.mdx»): the check refused the name, and the CMS cannot rename a file.
  const title = 'Kvalitet 2.0 i Kárášjohka ~ {prosjekt}_ny';
  await newNewsItem(title, 'Sekretariatet skriver en sak med tegn fra Word i tittelen.', '2010-03-17', 'Tekst.\n');
  await publish();
  await saved();
  const id = 'kvalitet-2-0-i-karasjohka-prosjekt-ny';
  expect(idFromTitle(title)).toBe(id);
  await expect.poll(() => git('status', '--porcelain')).toBe(`?? content/news/${id}.mdx\n`);
  await git('add', '-A');
  await commit('new news item with _ and ~ in its title');
});

// Named «nr-8-nyhetsbrev-mars-2010-…» by its whole title, a CMS issue's address differed from every other's and from
// what `npm run new` makes (fresh eyes): its number and its date's month, in Norwegian, as lib/newsletter-id.ts names it.
test('a new newsletter is named nr-N-month-year by its number and date, and keeps its name when the date is changed', async () => {
  // The next free number: one past it is refused (the issues follow each other).
  const issues = await Promise.all(
    (await readdir(join(content, 'newsletters'))).map(async (name) => Number(/^issue: (\d+)$/m.exec(await readFile(join(content, 'newsletters', name), 'utf8'))?.[1] ?? 0)),
  );
  const issue = Math.max(...issues) + 1;
  await openCms('collections/newsletters/new');
  await field('Tittel').fill('Nyhetsbrev mars 2010: Hovedsaken');
  await field('Nummer').fill(String(issue));
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  await expect(page.getByText(/får måneden og året herfra første gang utgaven lagres \(for eksempel nr-8-august-2026\), og beholder dem/)).toBeVisible();
  await field('Forhåndstekst i e-posten').fill('Nytt fra programmet i mars.');
  await field('Ingress').fill('Nyhetsbrevet for mars, skrevet i redigeringsverktøyet.');
  // A newsletter item is picked from the entries of its kind.
  await page.getByRole('button', { name: /Legg til: sak i denne utgaven/i }).click();
  await page.getByRole('menuitem', { name: 'Godt eksempel' }).click();
  // A story is found by its place, which its title may leave out (fresh eyes: «Gloppen» gave «Ingen treff»), also
  // typed with æøå where its id has none.
  for (const [place, title] of [
    ['Gloppen', 'Barnehagen og foreldre til fremmedspråklige barn'],
    ['Hægebostad', 'Nesten halvert sykefravær med plan, ledere og oppfølging'],
  ] as const) {
    await field('Godt eksempel').filter({ visible: true }).first().fill(place);
    await expect(page.getByRole('option', { name: title }), place).toBeVisible();
  }
  await choose('Godt eksempel', 'Solrommet');
  await addSource('11');
  await body().fill('## Leder\n\nHei.\n');
  // Without a date there is no name to give the file: the save is refused, and nothing is written.
  await publish();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  expect(await git('status', '--porcelain')).toBe('');
  // A day's date names the issue by its month.
  await date.fill('2010-03-17');
  await publish();
  await saved();
  const file = `${content}/newsletters/nr-${issue}-mars-2010.mdx`;
  await expect.poll(() => git('status', '--porcelain')).toBe(`?? content/newsletters/nr-${issue}-mars-2010.mdx\n`);
  expect(await readFile(file, 'utf8')).toContain('items:\n  - collection: stories\n    id: sola-solrommet');
  // A date corrected after the save keeps the file and its address (Decap renames no file, and links to it stand).
  await date.fill('2010-04');
  await publish();
  await saved();
  await expect.poll(() => readFile(file, 'utf8')).toMatch(/^date: 2010-04$/m);
  expect(await git('status', '--porcelain')).toBe(`?? content/newsletters/nr-${issue}-mars-2010.mdx\n`);
  await git('add', '-A');
  await commit('new newsletter');
});

test('an existing case story gets an image: its group opens on a click on the label, and the file lands in the media folder', async () => {
  const { file, slug } = await entryWithShortTitle('stories');
  expect(await readFile(join(work, file), 'utf8')).not.toMatch(/^image:/m);
  await openCms(`collections/stories/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  // What an editor clicks first: the group's name, not the small arrow beside it.
  await page.getByText('Bilde (valgfritt)', { exact: true }).click();
  // Images only from the site's own files: no address of another site.
  await expect(page.getByRole('button', { name: 'Sett inn fra adresse' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Velg et bilde' }).click();
  // (A refusal is said in the library, not an alert to answer: uploadRefusal below.)
  // An iPhone's HEIC photo is refused as it is chosen, saying what to do (Decap hid it without a word).
  await page.locator('input[type=file]').setInputFiles({ name: 'IMG_1234.HEIC', mimeType: 'image/heic', buffer: photoPng });
  expect(await uploadRefusal()).toMatch(/^«IMG_1234\.HEIC» kan ikke brukes: nettstedet viser bare bilder i JPG, PNG og WebP\. Lagre bildet som JPG/);
  // A PDF is no image: no advice about iPhone camera settings.
  await page.locator('input[type=file]').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  expect(await uploadRefusal()).toBe('«rapport.pdf» er ikke et bilde. Her kan du bare laste opp bilder i JPG, PNG eller WebP.');
  await page.locator('input[type=file]').setInputFiles({ name: 'klasserom.png', mimeType: 'image/png', buffer: photoPng });
  await expect(page.getByText('klasserom.png')).toBeVisible();
  // The library lists images only: entries are not files there that could be deleted (it listed the stories' .mdx).
  await expect(page.getByText(/\.(mdx|yaml)$/)).toHaveCount(0);
  // A second file of the same name: asked in Norwegian, saying what replacing does (Decap asks in English).
  const question = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
  await page.locator('input[type=file]').setInputFiles({ name: 'klasserom.png', mimeType: 'image/png', buffer: photoPng });
  expect(await question).toMatch(/^Det finnes allerede en fil som heter klasserom\.png, og andre oppføringer kan bruke den\./);
  expect(await englishInInterface(), 'the media library in Norwegian').toEqual([]);
  await page.getByRole('button', { name: 'Velg markert' }).click();
  await field('Alt-tekst (hva bildet viser)').fill('Elever i klasserommet');
  await field('Kreditering («Foto: Navn / Virksomhet»)').fill('Foto: Ola Nordmann / Kommunen');
  // A pick-list open: its screen-reader guidance and buttons are Norwegian too.
  await field('Kommuner').filter({ visible: true }).first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await englishInInterface(), 'the editor and its pick-lists in Norwegian').toEqual([]);
  await page.keyboard.press('Escape');
  await publish();
  await saved();
  await expect.poll(() => git('status', '--porcelain', '-uall')).toBe(` M ${file}\n?? content/media/klasserom.png\n`);
  expect(await git('diff', '-U0')).toContain('\n+image:\n+  src: ../media/klasserom.png\n+  alt: Elever i klasserommet\n');
  await git('add', '-A');
  await commit('image on an existing story');
  // The bar of a group opens it too.
  await page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Periode (valgfritt)', { exact: true }) }).getByText('Periode', { exact: true }).click();
  await expect(field('Fra år')).toBeVisible();
});

test('a closed source says its document and page, and only the document when it has no page', async () => {
  await openCms('collections/stories/entries/innherred-samkommune-trepartssamarbeid');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vis Kilder' }).click();
  // What Decap shows on a closed item's bar.
  const summaries = await page.locator('[class*="NestedObjectLabel"]').allTextContents();
  expect(summaries).toContain('S004');
  expect(summaries.filter((text) => /^S002, s\. \d+$/.test(text)).length).toBeGreaterThan(0);
  expect(summaries.filter((text) => /s\.\s*$/.test(text))).toEqual([]);
  // The page of a source (open above) is not «(valgfritt)»: the final report needs one, and its help says so.
  await expect(page.getByText('Må fylles ut for S002, side 1–68.', { exact: false }).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Side i PDF-en', { exact: true }).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Side i PDF-en (valgfritt)')).toHaveCount(0);
});

test("every button in a story's editor has a name of its own, and a story emptied of sources is not saved", async () => {
  const { file, slug } = await entryWithShortTitle('stories');
  await openCms(`collections/stories/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vis Kilder' }).click();
  // Buttons as a screen reader lists them: «- button "Vis Bilde"», an unnamed one as «- button».
  const buttons = (await page.locator('body').ariaSnapshot()).split('\n').filter((line) => /^\s*- (button|switch)\b/.test(line));
  expect(buttons.length).toBeGreaterThan(20);
  expect(buttons.filter((line) => !/^\s*- (button|switch) "[^"]+"/.test(line)), 'buttons without a name').toEqual([]);
  expect(buttons.filter((line) => /"(Vis|Skjul)"/.test(line)), 'buttons named only «Vis» or «Skjul»').toEqual([]);
  expect(buttons.join('\n')).toMatch(/"Vis Bilde"/);
  expect(buttons.join('\n')).toMatch(/"(Vis|Skjul) kilde 1"[\s\S]*"Flytt kilde 1"[\s\S]*"Fjern kilde 1"/);
  // A pick-list says where to create what it lacks.
  await expect(page.getByText('Opprett det først under «Kommuner»').first()).toBeVisible();
  // Every source removed from this archive story: the save is refused, in Norwegian, saying what to add or switch on,
  // and the file is unchanged.
  while ((await page.getByRole('button', { name: /^Fjern kilde \d+$/ }).count()) > 0) await page.getByRole('button', { name: /^Fjern kilde \d+$/ }).first().click();
  await publish();
  const refusal = 'Kunne ikke lagre: «Kilder»: oppgi minst én kilde (dokument og side). Eksempelet er skrevet for arkivet ut fra programmets dokumenter. Er det skrevet nå og bygger ikke på dem, slå på «Nytt eksempel fra sekretariatet».';
  await expect(page.getByText(refusal)).toBeVisible();
  // Tried again at once, twice: the message stands once, not stacked three times for 8 seconds (fresh eyes).
  await publish();
  await publish();
  await expect(page.getByText(refusal)).toHaveCount(1, { timeout: 3000 });
  expect(await git('status', '--porcelain', '--', file)).toBe('');
});

/**
 * A new story from Gloppen with an image uploaded as `file` (`image`'s bytes), saved. Should Decap ask whether to
 * replace a file of that name, the answer is yes.
 */
async function newStoryWithImage(title: string, summary: string, file: string, image: Buffer, alt: string) {
  await openCms('collections/stories/new');
  await field('Tittel').fill(title);
  await field('Ingress').fill(summary);
  await choose('Kommuner', 'Gloppen');
  await choose('Sektorer', 'Barnehage');
  await choose('Temaer', 'Foreldre');
  await choose('Nivå i kvalitetstrakten', 'System');
  await addSource('24');
  // The image group is closed and optional until opened.
  const group = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Bilde (valgfritt)', { exact: true }) });
  await group.getByRole('button', { name: 'Vis' }).click();
  await group.getByRole('button', { name: 'Velg et bilde' }).click();
  const yes = (dialog: Dialog) => void dialog.accept().catch(() => undefined);
  page.on('dialog', yes);
  await page.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'image/png', buffer: image });
  await page.getByRole('button', { name: 'Velg markert' }).click();
  page.off('dialog', yes);
  await field('Alt-tekst (hva bildet viser)').fill(alt);
  await field('Kreditering («Foto: Navn / Virksomhet»)').fill('Foto: Ola Nordmann / Gloppen kommune');
  await body().fill('## Bakgrunn og behov\n\nTekst.\n');
  await publish();
  await saved();
}

test('a new case story with an uploaded image, and optional groups left out', async () => {
  // Sami letters are spelled out in the file name, as `npm run new` spells ids: ŋ → ng.
  await newStoryWithImage('Bedre rutiner i Gloppen og Porsáŋgu', 'Gloppen laget nye rutiner for samarbeidet med foreldrene i barnehagen.', 'barnehage.png', photoPng, 'Barn og voksne i barnehagen');
  await expect.poll(() => git('status', '--porcelain', '-uall')).toBe('?? content/media/barnehage.png\n?? content/stories/bedre-rutiner-i-gloppen-og-porsanggu.mdx\n');
  const text = await readFile(`${content}/stories/bedre-rutiner-i-gloppen-og-porsanggu.mdx`, 'utf8');
  expect(text).toContain('municipalities:\n  - gloppen\n');
  expect(text).toContain('image:\n  src: ../media/barnehage.png\n');
  expect(text).not.toMatch(/^(series|sameTheme|period):/m);
  await git('add', '-A');
  await commit('new story');
});

// Fresh eyes of the secretariat: a story written now had to cite a 2007–2010 document (sources, and document and page for each
// figure and quote), and its page then said its figures came from that document.
test('a new story from the secretariat is saved with its figure\'s and quote\'s own sources, refused without them, and its page claims no programme document', async () => {
  test.setTimeout(240_000); // room for `rerendered`
  const title = 'Nye foreldremøter i barnehagene i Gloppen';
  const slug = idFromTitle(title);
  await openCms('collections/stories/new');
  await field('Tittel').fill(title);
  // New in the CMS is the secretariat's own: the switch starts on.
  await expect(page.getByRole('switch', { name: /^Nytt eksempel fra sekretariatet/ }).or(page.getByLabel(/^Nytt eksempel fra sekretariatet/)).first()).toBeChecked();
  await field('Ingress').fill('Barnehagene i Gloppen prøver en ny form for foreldremøter, med færre punkter og mer samtale.');
  await choose('Kommuner', 'Gloppen');
  await choose('Sektorer', 'Barnehage');
  await choose('Temaer', 'Foreldre');
  await choose('Nivå i kvalitetstrakten', 'System');
  await page.getByRole('button', { name: 'Legg til: nøkkeltall' }).click();
  const figures = page.getByLabel('Feltet liste').filter({ hasText: 'Nøkkeltall' }).last();
  await field('Tallet', figures).fill('12 %');
  await field('Hva tallet viser', figures).fill('færre saker på dagsordenen');
  await page.getByRole('button', { name: 'Legg til: sitat' }).click();
  const quotes = page.getByLabel('Feltet liste').filter({ hasText: 'Sitater' }).last();
  // Typed in its own quotation marks and with a dash before the name, as in print: saved without them (fresh eyes:
  // refused, a round after the figure's refusal below).
  await field('Sitat', quotes).fill('«Foreldrene snakker mer med hverandre nå.»');
  await field('Hvem sa det', quotes).fill('– Styreren i barnehagen');
  await field('Kilde (nytt eksempel)', quotes).fill('Intervju med styreren, 3. mars 2025');
  await body().fill('## Bakgrunn og behov\n\nTekst.\n');
  // The figure has no source: refused before the save, at the item, with what to write.
  await publish();
  await expect(page.getByText('Kunne ikke lagre: «Nøkkeltall» nr. 1: skriv hvor tallet kommer fra, slik at en journalist kan sjekke det.')).toBeVisible();
  expect(await git('status', '--porcelain', '--', `content/stories/${slug}.mdx`)).toBe('');
  // Fresh eyes: only the toast said so, and on a long form the figure was not to be found. Its field is marked as
  // Decap marks its own errors, with the words there, and has the focus; the mark goes once the source is written.
  const ownSource = field('Kilde (nytt eksempel)', figures);
  await expect(ownSource).toHaveAttribute('aria-invalid', 'true');
  await expect(figures.getByText('Skriv hvor tallet kommer fra, slik at en journalist kan sjekke det.', { exact: false })).toBeVisible();
  await expect(ownSource).toBeFocused();
  await expect(field('Kilde (nytt eksempel)', quotes)).not.toHaveAttribute('aria-invalid', 'true');
  // The refusal, all in its heading, links to the field, as a line does (it had no link).
  const factRefusal = page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre: «Nøkkeltall» nr\. 1: skriv hvor/ });
  await field('Tittel').focus();
  await factRefusal.getByRole('link', { name: 'Nøkkeltall', exact: true }).click();
  await expect(ownSource).toBeFocused();
  // Fresh eyes: a programme document chosen by habit is refused; cleared as the CMS says (the document with
  // Backspace, the page emptied), the group was saved as «source: {}», which the check refused with no way out.
  await figures.getByRole('button', { name: 'Vis Kilde i programmets dokumenter' }).click();
  await choose('Dokument', 'S002', figures);
  await field('Side i PDF-en', figures).filter({ visible: true }).last().fill('42');
  await field('Kilde (nytt eksempel)', figures).fill('Gloppen kommunes årsmelding 2024, s. 12');
  await expect(ownSource).not.toHaveAttribute('aria-invalid', 'true');
  await expect(figures.getByText('Skriv hvor tallet kommer fra', { exact: false })).toHaveCount(0);
  await expect(factRefusal.locator('p').first()).toHaveText(/ \(rettet\)$/);
  await publish();
  await expect(page.getByText(/^Kunne ikke lagre: «Nøkkeltall» nr\. 1: et nytt eksempel viser ikke til programmets dokumenter/)).toBeVisible();
  expect(await git('status', '--porcelain', '--', `content/stories/${slug}.mdx`)).toBe('');
  // Now the programme's document is marked, where it is to be emptied.
  const programmeMark = figures.getByText(/^Et nytt eksempel viser ikke til programmets dokumenter/);
  await expect(programmeMark).toBeVisible();
  await expect(field('Side i PDF-en', figures).filter({ visible: true }).last()).toHaveAttribute('aria-invalid', 'true');
  await field('Dokument', figures).filter({ visible: true }).last().focus();
  await page.keyboard.press('Backspace');
  await field('Side i PDF-en', figures).filter({ visible: true }).last().fill('');
  await expect(programmeMark).toHaveCount(0);
  await publish();
  await saved();
  const file = `${content}/stories/${slug}.mdx`;
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('newItem: true');
  const text = await readFile(file, 'utf8');
  expect(text).toContain('    sourceText: Gloppen kommunes årsmelding 2024, s. 12\n');
  expect(text).toMatch(/^\s+(?:- )?text: Foreldrene snakker mer med hverandre nå\.$/m);
  expect(text).toMatch(/^\s+(?:- )?attribution: Styreren i barnehagen$/m);
  expect(text).not.toMatch(/^sources:|\n\s+source:/m);
  expect((await check()).output).toContain('Innholdet er i orden');
  // Its page shows each source where an archive story shows its document and page, and claims no programme document.
  const storyPage = () => devPage(entryUrl('stories', slug));
  await expect.poll(storyPage, rerendered).toContain('Kilde: Gloppen kommunes årsmelding 2024, s. 12');
  const html = await storyPage();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  expect(main).toContain('(Intervju med styreren, 3. mars 2025)');
  expect(main).toContain('>Nøkkeltall</h2>');
  // («(Kvalitetskommuneprogrammet 2007–2010)» is an archive story's; the press contact's «(programmets adresse i 2007–2010)» is not a claim.)
  for (const claim of ['Tall fra kildene', 'id="kilder"', 'href="/kilder/', 'programmets dokumenter', 'dokumentene under «Kilder»', 'PDF', 'Kvalitetskommuneprogrammet 2007–2010)'])
    expect(main, claim).not.toContain(claim);
  // In the quote bank too, with its own source.
  const bank = await fetch(`${origin}/presse/sitater/`).then((r) => r.text());
  expect(bank).toContain('(Intervju med styreren, 3. mars 2025)');
  await git('add', '-A');
  await commit('new story from the secretariat');
});

// Fresh eyes: with «Nytt eksempel fra sekretariatet» on, the hints of «Kilder» and a quote's «Hvem sa det» still spoke
// of the programme's documents and the final report.
test("a story's hints say what holds with «Nytt eksempel fra sekretariatet» on, and the archive's once it is off", async () => {
  await openCms('collections/stories/new');
  await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Legg til: sitat' }).click();
  const quotes = page.getByLabel('Feltet liste').filter({ hasText: 'Sitater' }).last();
  const toggle = page.getByRole('switch', { name: /^Nytt eksempel fra sekretariatet/ }).or(page.getByLabel(/^Nytt eksempel fra sekretariatet/)).first();
  const sourcesNotNeeded = page.getByText('Trengs ikke for et eksempel som skrives nå («Nytt eksempel fra sekretariatet» er på).', { exact: false });
  const newWords = async () => {
    await expect(quotes.getByText('Navn og rolle, for eksempel «Kari Nordmann, enhetsleder», uten strek foran', { exact: true })).toBeVisible();
    await expect(quotes.getByText('Brukes ikke i et nytt eksempel: la stå tomt, og skriv kilden i «Kilde (nytt eksempel)».', { exact: true })).toBeVisible();
    await expect(quotes.getByText(/^Må fylles ut for et nytt eksempel: hvor sitatet kommer fra/)).toBeVisible();
    await expect(sourcesNotNeeded).toBeVisible();
    await expect(page.getByText('gjengitt i sluttrapporten', { exact: false })).toHaveCount(0);
  };
  try {
    await expect(toggle).toBeChecked();
    await newWords();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(quotes.getByText(/^Navn og rolle slik kilden gir dem, uten strek foran\. Er det noens ord gjengitt i sluttrapporten/)).toBeVisible();
    await expect(quotes.getByText(/^Må fylles ut for et eksempel fra arkivet: dokumentet og siden sitatet står på\.$/)).toBeVisible();
    await expect(quotes.getByText(/^Brukes bare i et nytt eksempel: la stå tomt\. Et eksempel fra arkivet viser til dokumentet og siden i «Kilde i programmets dokumenter»\.$/)).toBeVisible();
    await expect(page.getByText(/^Må fylles ut for et eksempel fra arkivet: minst én kilde \(dokument og side\)\.$/)).toBeVisible();
    await expect(sourcesNotNeeded).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toBeChecked();
    await newWords();
  } finally {
    await leaveWithoutSaving();
  }
});

// Fresh eyes: a photo uploaded in a new, never-saved story under a name another image had already («IMG_5012.jpg»
// from two phones) replaced that image without a word, and the other story showed the new photo.
test('a new entry\'s image under a name another image has is saved beside it, not over it', async () => {
  const before = await readFile(`${content}/media/barnehage.png`);
  const other = await sharp({ create: { width: 1440, height: 960, channels: 3, background: '#3355aa' } }).png().toBuffer();
  // Were Decap to ask «erstatte?», an editor saying yes still keeps the other story's image (the entry is new).
  await newStoryWithImage('Ny turnus i Gloppen', 'Gloppen prøvde en ny turnus i hjemmetjenesten med faste team og færre vakter.', 'barnehage.png', other, 'Ansatte i hjemmetjenesten');
  await expect.poll(() => git('status', '--porcelain', '-uall')).toBe('?? content/media/barnehage-2.png\n?? content/stories/ny-turnus-i-gloppen.mdx\n');
  expect((await readFile(`${content}/media/barnehage.png`)).equals(before), 'the first story\'s image unchanged').toBe(true);
  expect(await readFile(`${content}/stories/ny-turnus-i-gloppen.mdx`, 'utf8')).toContain('image:\n  src: ../media/barnehage-2.png\n');
  // Kept, as the story before it is: deleting a story and then its image left the dev server's pages a 500
  // «ImageNotFound» now and then (open work, README).
  await git('add', '-A');
  await commit('a second story with an image of the same name');
});

// Fresh eyes: a story's image with its alt text emptied was saved (the group's fields are optional in Decap so that a
// story without an image saves), and the content check then held the whole site back.
test('a used image group without its alt text is not saved, and the CMS says which fields it needs', async () => {
  const file = 'content/stories/bedre-rutiner-i-gloppen-og-porsanggu.mdx';
  await openCms('collections/stories/entries/bedre-rutiner-i-gloppen-og-porsanggu');
  await expect(field('Tittel')).toHaveValue(/Gloppen/, { timeout: 30_000 });
  const image = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Bilde (valgfritt)', { exact: true }) });
  if (await image.getByRole('button', { name: 'Vis' }).isVisible()) await image.getByRole('button', { name: 'Vis' }).click();
  await field('Alt-tekst (hva bildet viser)').fill('');
  await publish();
  await expect(page.getByText('Kunne ikke lagre: «Alt-tekst (hva bildet viser)» må fylles ut når du bruker «Bilde»')).toBeVisible();
  // Marked at the field too, not only in the box above the form (fresh eyes).
  await expect(image.locator('[class*="ControlErrorsList"] li')).toHaveText(['Må fylles ut når du bruker «Bilde».']);
  expect(await git('status', '--porcelain', '--', file)).toBe('');
  // A filled credit in the wrong form is told what to write, and its hint («Må fylles ut når du bruker «Bilde».») is
  // not painted as a second error: in Decap's red it told a filled field it was empty (fresh eyes).
  await field('Alt-tekst (hva bildet viser)').fill('Barn i barnehagen i Gloppen');
  const credit = image.getByLabel('Feltet tekst').filter({ has: page.getByText('Kreditering («Foto: Navn / Virksomhet»)', { exact: true }) });
  await field('Kreditering («Foto: Navn / Virksomhet»)').fill('Kari Nordmann');
  await publish();
  await expect(credit.locator('[class*="ControlErrorsList"] li')).toHaveText(['Skriv «Foto: Navn / Virksomhet».']);
  const colour = (selector: string) => credit.locator(selector).first().evaluate((element) => getComputedStyle(element).color);
  const hint = credit.locator('[class*="-ControlHint"]');
  await expect(hint).toHaveText(/^Må fylles ut når du bruker «Bilde»\./);
  expect(await colour('[class*="-ControlHint"]')).not.toBe(await colour('[class*="ControlErrorsList"] li'));
  expect(await git('status', '--porcelain', '--', file)).toBe('');
});

// Fresh eyes: «Fjern bilde» took away the image file only; its alt text and credit stayed, and the save was refused,
// «Bildefil» må fylles ut, in the box above the form only.
test('«Fjern bilde» takes the image away with its alt text and credit, saying what they were, and the story is saved without it', async () => {
  const file = 'content/stories/ny-turnus-i-gloppen.mdx';
  await openCms('collections/stories/entries/ny-turnus-i-gloppen');
  await expect(field('Tittel')).toHaveValue(/Gloppen/, { timeout: 30_000 });
  const image = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Bilde (valgfritt)', { exact: true }) });
  if (await image.getByRole('button', { name: 'Vis' }).isVisible()) await image.getByRole('button', { name: 'Vis' }).click();
  const alt = field('Alt-tekst (hva bildet viser)');
  const credit = field('Kreditering («Foto: Navn / Virksomhet»)');
  await image.getByRole('button', { name: 'Fjern bilde' }).click();
  await expect(alt).toHaveValue('');
  await expect(credit).toHaveValue('');
  const said = page.getByRole('status').filter({ hasText: 'Bildet er fjernet fra «Bilde»' });
  await expect(said).toContainText('«Alt-tekst (hva bildet viser)»: «Ansatte i hjemmetjenesten»');
  await expect(said).toContainText('«Kreditering («Foto: Navn / Virksomhet»)»: «Foto: Ola Nordmann / Gloppen kommune»');
  await page.screenshot({ path: 'test-results/cms-removed-image-1280.png' });
  // «Behold teksten» puts it back (for another image); saved so, the field to fill in is marked.
  await said.getByRole('button', { name: 'Behold teksten' }).click();
  await expect(alt).toHaveValue('Ansatte i hjemmetjenesten');
  await publish();
  await expect(page.getByText('Kunne ikke lagre: «Bildefil» må fylles ut når du bruker «Bilde»')).toBeVisible();
  await expect(image.locator('[class*="ControlErrorsList"] li')).toHaveText(['Må fylles ut når du bruker «Bilde».']);
  expect(await git('status', '--porcelain', '--', file)).toBe('');
  // The image chosen again, and removed: the story is saved without it.
  await image.getByRole('button', { name: 'Velg et bilde' }).click();
  await page.getByRole('button', { name: 'barnehage-2.png', exact: true }).click();
  await page.getByRole('button', { name: 'Velg markert' }).click();
  // On a phone the notice stands right above «Bilde», in sight with «Velg et bilde», where the focus goes (fresh eyes:
  // the form jumped to the notice at its top, away from the field).
  await page.setViewportSize({ width: 375, height: 740 });
  try {
    await image.getByRole('button', { name: 'Fjern bilde' }).scrollIntoViewIfNeeded();
    await image.getByRole('button', { name: 'Fjern bilde' }).click();
    await expect(credit).toHaveValue('');
    await expect(said).toBeVisible();
    await page.waitForTimeout(300);
    const [notice, group] = [(await said.boundingBox())!, (await image.boundingBox())!];
    expect(group.y - (notice.y + notice.height), 'from the notice to «Bilde»').toBeGreaterThanOrEqual(0);
    expect(group.y - (notice.y + notice.height), 'from the notice to «Bilde»').toBeLessThan(40);
    const toolbar = (await page.locator('[class*="-ToolbarContainer "]').first().boundingBox())!;
    expect(notice.y, 'the notice under the toolbar').toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);
    // Whole, not just below the screen's bottom edge (fresh eyes at 375 × 812).
    await expect(image.getByRole('button', { name: 'Velg et bilde' })).toBeInViewport({ ratio: 1 });
    await expect(image.getByRole('button', { name: 'Velg et bilde' })).toBeFocused();
    await page.screenshot({ path: 'test-results/cms-removed-image-375.png' });
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await publish();
  await saved();
  await expect.poll(() => readFile(`${work}/${file}`, 'utf8'), { timeout: 30_000 }).not.toMatch(/^image:|Ansatte i hjemmetjenesten/m);
  await git('add', '-A');
  await commit('a story\'s image removed');
});

// Fresh eyes: an image in a text («Kopier stien» gives ../media/…) showed as an empty 300 × 150 gap in the preview,
// and a case story's «Bilde» not at all; the site shows both. The preview now shows the image itself, with its alt
// text and credit, read from the repository, so the secretariat can check that it stands and how it is cropped.
test("the preview shows a case story's image with its alt text and credit, and an image in a text", async () => {
  /** The preview's images: alt text and the size drawn from the file (0 × 0 while not loaded; an empty SVG is 300 × 150). */
  const images = (selector: string) =>
    page.frameLocator('#preview-pane').locator(selector).evaluateAll((found) => found.map((img) => {
      const image = img as HTMLImageElement;
      return { alt: image.alt, naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight, svg: image.currentSrc.startsWith('data:image/svg') };
    }));
  const photo = { alt: 'Barn og voksne i barnehagen', naturalWidth: 1440, naturalHeight: 960, svg: false };
  await openCms('collections/stories/entries/bedre-rutiner-i-gloppen-og-porsanggu');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await expect.poll(() => images('figure.story-image img'), { timeout: 30_000 }).toEqual([photo]);
  await expect(page.frameLocator('#preview-pane').locator('figure.story-image figcaption')).toHaveText('Foto: Ola Nordmann / Gloppen kommune');
  await page.screenshot({ path: 'test-results/cms-preview-story-image-1280.png' });
  // A news item's text, with the path «Kopier stien» gives (not saved).
  const { slug } = await entryWithShortTitle('news');
  await openCms(`collections/news/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await body().fill('Tallene:\n\n![Skjermbilde av statistikk](../media/barnehage.png)\n');
  await expect.poll(() => images('.prose img'), { timeout: 30_000 }).toEqual([{ ...photo, alt: 'Skjermbilde av statistikk' }]);
  await page.screenshot({ path: 'test-results/cms-preview-text-image-1280.png' });
});

/** A new news item with its fields filled in, not yet published. */
async function newNewsItem(title: string, summary: string, date: string, text: string) {
  await openCms('collections/news/new');
  await field('Tittel').fill(title);
  await field('Ingress').fill(summary);
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill(date);
  await addSource('24');
  await body().fill(text);
}

test('«Bilder og filer» in the menu: every uploaded image and no entry, a copied path an entry can use, the size limit, and use by keyboard', async () => {
  await openCms('collections/news');
  // Which entries show which image: asked for as the library opens (a delete before it has come is refused as unchecked).
  const entriesKnown = page.waitForResponse((r) => r.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 });
  await page.getByRole('button', { name: 'Bilder og filer' }).click();
  // The images uploaded from story fields above, in the one media folder.
  await expect(page.getByText('barnehage.png')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('klasserom.png')).toBeVisible();
  await expect(page.getByText(/\.(mdx|yaml)$/)).toHaveCount(0);
  // «Kopier stien» gives what an entry writes (it gave content/media/…, which the check refused).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  // A file is chosen by keyboard too: Enter on it (it did nothing).
  await page.getByRole('button', { name: 'barnehage.png', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Kopier stien' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('../media/barnehage.png');
  // An image an entry shows is not deleted (its page failed after the delete). Said once, in the library, where the
  // editor is, with a link to each entry (it stood above the page, behind the library; and an alert said it first).
  await entriesKnown;
  const dialogs: string[] = [];
  const answer = recordDialogs(dialogs);
  page.on('dialog', answer);
  await page.getByRole('button', { name: 'Slett markert' }).click();
  const notDeleted = page.getByRole('dialog').getByRole('alert').filter({ hasText: 'Ikke slettet: disse oppføringene viser bildet «barnehage.png»' });
  await expect(notDeleted).toBeVisible();
  await expect(notDeleted.getByRole('link', { name: 'Godt eksempel «Bedre rutiner i Gloppen og Porsáŋgu»' })).toBeVisible();
  await expect(notDeleted).toContainText('Åpne hver av dem, ta bort bildet eller velg et annet, og lagre.');
  await page.waitForTimeout(1000);
  page.off('dialog', answer);
  expect(dialogs, 'no alert to answer as well').toEqual([]);
  await expect(page.getByRole('button', { name: 'barnehage.png', exact: true })).toBeVisible();
  expect(await git('status', '--porcelain', '-uall')).toBe('');
  // The file chooser offers the images the site shows (Decap asked for any file).
  await expect(page.locator('.nc-fileUploadButton input[type=file]')).toHaveAttribute('accept', '.jpg,.jpeg,.png,.webp');
  // Enter on «Last opp» opens the file chooser (it did nothing); the new file is chosen, and deleted by keyboard.
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.nc-fileUploadButton').focus();
  await page.keyboard.press('Enter');
  // Its name as an entry's id is made («Tastatur (1).PNG» was «tastatur-1-.png»).
  await (await chooser).setFiles({ name: 'Tastatur på Hægebostad (1).PNG', mimeType: 'image/png', buffer: photoPng });
  const file = page.getByRole('button', { name: 'tastatur-pa-haegebostad-1.png', exact: true });
  await expect(file).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slett markert' })).toBeEnabled();
  await expect.poll(() => git('status', '--porcelain', '-uall')).toBe('?? content/media/tastatur-pa-haegebostad-1.png\n');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Slett markert' }).focus();
  await page.keyboard.press('Enter');
  await expect(file).toHaveCount(0);
  // The media library's own «Lukk» (the notice about the image in use has one too).
  await page.locator('button[class*="CloseButton"]').click();
  expect(await git('status', '--porcelain', '-uall')).toBe('');
  // The notice went with the library: it stayed on the page, and was still there in the entry opened next (fresh eyes).
  await expect(page.getByText('Ikke slettet')).toHaveCount(0);
  await page.locator('a[href*="/collections/news/entries/"]').first().click();
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await expect(page.getByText('Ikke slettet')).toHaveCount(0);
});

// A phone's photo (12 MP: 4032 × 3024, 3–5 MB; taken standing, so stored lying with rotation tag 6, and with
// where it was taken) was refused, and the secretariat told to resize it in Paint. Now the CMS page makes it
// smaller before the upload and says so in the library; the file saved has no position in it.
test("a phone's photo is made smaller before its upload, standing as taken and without its GPS position; a large PNG stays PNG", async () => {
  test.setTimeout(180_000);
  const width = 4032;
  const height = 3024;
  // Noise, as a photo has: it weighs as a photo does (≈4 MB as JPEG at quality 92).
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i % 3 === 0 ? (i / 3) % width : i % 251) ^ (Math.random() * 64);
  // A red square in the stored top left corner: turned a quarter clockwise (tag 6), the photo has it top right.
  for (let y = 0; y < 400; y++) for (let x = 0; x < 400; x++) pixels.set([255, 0, 0], (y * width + x) * 3);
  const photo = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'Apple', Model: 'iPhone 13' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 3036/100', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 1200/100' },
      },
    })
    .toBuffer();
  const original = await sharp(photo).metadata();
  expect(original).toMatchObject({ width, height, orientation: 6 });
  expect(photo.length).toBeGreaterThan(3_000_000);
  // The position is in the photo: the GPS block's pointer (tag 0x8825) in its EXIF.
  expect(original.exif?.includes(Buffer.from([0x88, 0x25])) || original.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

  await openCms('collections/news');
  await page.getByRole('button', { name: 'Bilder og filer' }).click();
  await expect(page.getByRole('button', { name: 'Last opp' })).toBeVisible({ timeout: 30_000 });
  const dialogs: string[] = [];
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  // By keyboard, as a file is chosen there: Enter on «Last opp».
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.nc-fileUploadButton').focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'IMG_4032.JPG', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('button', { name: 'img-4032.jpg', exact: true })).toBeVisible({ timeout: 60_000 });
  const said = page.getByRole('dialog').getByRole('status');
  await expect(said).toContainText('Bildet «IMG_4032.JPG» var 3024 × 4032 piksler og er gjort mindre (1875 × 2500) før opplastingen, som «img-4032.jpg».');
  await expect(said).toContainText('hvor bildet ble tatt, er ikke med');
  const saved = join(content, 'media', 'img-4032.jpg');
  await expect.poll(() => readFile(saved).then(() => true, () => false)).toBe(true);
  const file = await readFile(saved);
  const metadata = await sharp(file).metadata();
  // Standing, as taken, at the size the site wants; a JPEG with no EXIF at all (no position, no rotation tag to misread).
  expect({ width: metadata.width, height: metadata.height, format: metadata.format }).toEqual({ width: 1875, height: 2500, format: 'jpeg' });
  expect(metadata.exif).toBeUndefined();
  expect(metadata.orientation ?? 1).toBe(1);
  expect(file.length).toBeLessThan(5 * 1024 * 1024);
  const red = async (left: number) => {
    // (stats() reads the whole input, so the corner is cut out first.)
    const { channels } = await sharp(await sharp(file).extract({ left, top: 20, width: 100, height: 100 }).png().toBuffer()).stats();
    return channels[0]!.mean > 200 && channels[1]!.mean < 60 && channels[2]!.mean < 60;
  };
  expect({ topRight: await red(1875 - 150), topLeft: await red(50) }, 'turned as the phone shows it').toEqual({ topRight: true, topLeft: false });
  // A photo of the right size (cropped on the phone) that says where it was taken: uploaded at its size, without it.
  const cropped = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .resize(1600)
    .jpeg({ quality: 90 })
    .withMetadata({ exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 3036/100', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 1200/100' } } })
    .toBuffer();
  await page.locator('input[type=file]').setInputFiles({ name: 'Beskaaret.jpg', mimeType: 'image/jpeg', buffer: cropped });
  await expect(page.getByRole('button', { name: 'beskaaret.jpg', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(said).toHaveText(/^Bildet «Beskaaret\.jpg» er lastet opp som «beskaaret\.jpg» uten opplysningene som var lagret i bildefilen \(EXIF\), som hvor og når bildet ble tatt/);
  await expect
    .poll(() => readFile(join(content, 'media', 'beskaaret.jpg')).then((jpeg) => sharp(jpeg).metadata().then(({ width, height, exif }) => ({ width, height, exif })), () => undefined))
    .toEqual({ width: 1600, height: 1200, exif: undefined });
  // A screenshot or a diagram (flat colours, text) stays PNG, sharp and with its transparency.
  const diagram = await sharp({ create: { width: 3200, height: 1800, channels: 4, background: { r: 20, g: 90, b: 160, alpha: 0.5 } } }).png().toBuffer();
  await page.locator('input[type=file]').setInputFiles({ name: 'Skjermbilde.png', mimeType: 'image/png', buffer: diagram });
  await expect(page.getByRole('button', { name: 'skjermbilde.png', exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(said).toContainText('Bildet «Skjermbilde.png» var 3200 × 1800 piksler og er gjort mindre (2500 × 1406) før opplastingen, som «skjermbilde.png».');
  await expect.poll(() => readFile(join(content, 'media', 'skjermbilde.png')).then((png) => sharp(png).metadata().then(({ width, height, format, hasAlpha }) => ({ width, height, format, hasAlpha })), () => undefined)).toEqual({ width: 2500, height: 1406, format: 'png', hasAlpha: true });
  page.off('dialog', onDialog);
  expect(dialogs, 'no alert to answer').toEqual([]);
  // What the content check says of the files: nothing.
  const checked = await check();
  expect(checked.output, checked.output).toContain('Innholdet er i orden');
  await page.locator('button[class*="CloseButton"]').click();
  await expect(said).toHaveCount(0);
  await rm(saved);
  await rm(join(content, 'media', 'skjermbilde.png'));
  await rm(join(content, 'media', 'beskaaret.jpg'));
  expect(await git('status', '--porcelain', '-uall')).toBe('');
});

// Fresh eyes: a WebP and a PNG with the phone's EXIF (GPS, «Apple iPhone 15»), and a JPEG whose position is only in
// XMP (as Lightroom exports it), were saved as they were into the repository, which is public. Every image with
// metadata is now uploaded as a new file without any (EXIF, XMP, IPTC), whatever its size; a PNG stays PNG, and a
// photo stored lying with a rotation tag stays standing.
test('no image reaches the repository with its EXIF or XMP: WebP, PNG and an XMP-only JPEG, standing as taken', async () => {
  test.setTimeout(180_000);
  // 1200 × 800 stored, a red square in its stored top left corner: with rotation tag 6 it is shown 800 × 1200,
  // the square top right.
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3, 0x70);
  for (let y = 0; y < 200; y++) for (let x = 0; x < 200; x++) pixels.set([255, 0, 0], (y * width + x) * 3);
  const stored = () => sharp(pixels, { raw: { width, height, channels: 3 } });
  const files = [
    { name: 'Telefon.webp', saved: 'telefon.jpg', type: 'image/webp', buffer: await stored().webp({ quality: 90 }).withExif(phone).toBuffer(), kinds: 'EXIF', turned: false },
    { name: 'Skjerm.png', saved: 'skjerm.png', type: 'image/png', buffer: await stored().png().withExif(phone).toBuffer(), kinds: 'EXIF', turned: false },
    { name: 'Lightroom.jpg', saved: 'lightroom.jpg', type: 'image/jpeg', buffer: await stored().jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).withXmp(lightroom).toBuffer(), kinds: 'EXIF og XMP', turned: true },
  ];
  // What the test sends has it all: EXIF with the phone and GPS, or the XMP position.
  for (const { buffer, turned } of files) {
    const metadata = await sharp(buffer).metadata();
    expect(Boolean(metadata.exif || metadata.xmp)).toBe(true);
    if (turned) expect(metadata.xmp?.toString()).toContain('exif:GPSLatitude');
  }

  await openCms('collections/news');
  await page.getByRole('button', { name: 'Bilder og filer' }).click();
  await expect(page.getByRole('button', { name: 'Last opp' })).toBeVisible({ timeout: 30_000 });
  const said = page.getByRole('dialog').getByRole('status');
  for (const { name, saved, type, buffer, kinds, turned } of files) {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: type, buffer });
    await expect(page.getByRole('button', { name: saved, exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(said).toContainText(`Bildet «${name}» er lastet opp som «${saved}» uten opplysningene som var lagret i bildefilen (${kinds}), som hvor og når bildet ble tatt og med hvilket kamera.`);
    const path = join(content, 'media', saved);
    await expect.poll(() => readFile(path).then(() => true, () => false)).toBe(true);
    const file = await readFile(path);
    const metadata = await sharp(file).metadata();
    expect({ exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc, orientation: metadata.orientation ?? 1 }, name).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, orientation: 1 });
    expect(metadata.format, name).toBe(saved.endsWith('.png') ? 'png' : 'jpeg');
    expect({ width: metadata.width, height: metadata.height }, name).toEqual(turned ? { width: height, height: width } : { width, height });
    const red = async (left: number) => {
      const { channels } = await sharp(await sharp(file).extract({ left, top: 20, width: 100, height: 100 }).png().toBuffer()).stats();
      return channels[0]!.mean > 200 && channels[1]!.mean < 60 && channels[2]!.mean < 60;
    };
    const shownWidth = metadata.width!;
    expect({ topLeft: await red(20), topRight: await red(shownWidth - 120) }, `${name} as shown`).toEqual(turned ? { topLeft: false, topRight: true } : { topLeft: true, topRight: false });
    // A PNG stays lossless: the same pixels.
    if (saved.endsWith('.png')) expect((await sharp(file).removeAlpha().raw().toBuffer()).equals(pixels), 'PNG pixels unchanged').toBe(true);
  }
  await page.locator('button[class*="CloseButton"]').click();
  for (const { saved } of files) await rm(join(content, 'media', saved));
  expect(await git('status', '--porcelain', '-uall')).toBe('');
});

test('an image too small for the page, or a file that is no image under an image\'s name, is refused at upload, in Norwegian', async () => {
  await openCms('collections/news');
  await page.getByRole('button', { name: 'Bilder og filer' }).click();
  await expect(page.getByRole('button', { name: 'Last opp' })).toBeVisible({ timeout: 30_000 });
  const upload = async (name: string, buffer: Buffer) => {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: name.endsWith('.png') ? 'image/png' : 'image/jpeg', buffer });
    return uploadRefusal();
  };
  const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#888' } });
  // A file too heavy that the browser cannot read (so not made smaller): refused, saying what to do.
  expect(await upload('skadet.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6_000_000)]))).toMatch(
    /^«skadet\.jpg» er for stor til å lastes opp \(over 5 MB\), og verktøyet kunne ikke gjøre den mindre\. Gjør bildet mindre, helst 1440–2500 piksler bredt/,
  );
  // Turned by its rotation tag, a 640 × 470 photo is 470 px wide: too narrow, said as it is shown.
  expect(await upload('staende.jpg', await blank(640, 470).jpeg().withMetadata({ orientation: 6 }).toBuffer())).toMatch(/^Bildet «staende\.jpg» er 470 × 640 piksler, smalere enn 480 piksler/);
  // A thumbnail saved from an e-mail: it went on the page, small and blurred.
  expect(await upload('miniatyr.png', await blank(40, 40).png().toBuffer())).toMatch(
    /^Bildet «miniatyr\.png» er 40 × 40 piksler, smalere enn 480 piksler, og blir lite eller uskarpt på siden; bruk et større bilde, helst 1440–2500 piksler bredt/,
  );
  // Named as a photo, but a PDF (or another format saved under a .jpg name): accepted, it stopped the build.
  expect(await upload('referat.jpg', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))).toBe(
    '«referat.jpg» er ikke et bilde. Her kan du bare laste opp bilder i JPG, PNG eller WebP.',
  );
  // A picture in a format the site cannot show, saved under a .jpg name: said to be one, with how to save it as JPG.
  expect(await upload('animasjon.jpg', await blank(800, 600).gif().toBuffer())).toMatch(/^«animasjon\.jpg» kan ikke brukes: nettstedet viser bare bilder i JPG, PNG og WebP\. Lagre bildet som JPG/);
  await expect(page.getByText(/skadet|staende|miniatyr|referat|animasjon/)).toHaveCount(0);
  expect(await git('status', '--porcelain', '-uall')).not.toMatch(/skadet|staende|miniatyr|referat/);
});

// Fresh eyes: after «Publiser og lag nytt» on a new entry the form still held the saved item, and the next
// save wrote the second item over the first one's file («Samling A» was lost). «Publiser og dupliser» did the same.
test('«Publiser og lag nytt» on a new entry saves it and gives an empty form, whose save is a second file; «Publiser og dupliser» is not offered', async () => {
  const summary = 'Ingressen er lang nok til at den går gjennom kontrollen av ingresser i nyhetene.';
  await newNewsItem('Samling A i Deatnu', summary, '2008-04-04', 'Første samling.\n');
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Publiser nå' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Publiser og dupliser' })).toBeHidden();
  await page.getByRole('menuitem', { name: 'Publiser og lag nytt' }).click();
  await expect.poll(() => readFile(`${content}/news/samling-a-i-deatnu.mdx`, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('title: Samling A i Deatnu');
  // An empty form for the next one, at the new entry's address.
  await expect(page).toHaveURL(/#\/collections\/news\/new$/, { timeout: 30_000 });
  await expect(field('Tittel')).toHaveValue('', { timeout: 60_000 });
  // Said what was saved (fresh eyes: after the fresh form, nothing said so), with a link to it.
  const said = page.getByRole('status').filter({ hasText: '«Samling A i Deatnu» er lagret.' });
  await expect(said).toBeVisible({ timeout: 30_000 });
  await expect(said.getByRole('link', { name: 'Åpne «Samling A i Deatnu»' })).toHaveAttribute('href', '#/collections/news/entries/samling-a-i-deatnu');
  await field('Tittel').fill('Samling B i Deatnu');
  await field('Ingress').fill(summary);
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2008-05-05');
  await addSource('24');
  await body().fill('Andre samling.\n');
  await publish();
  await saved();
  await expect.poll(() => readFile(`${content}/news/samling-b-i-deatnu.mdx`, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('title: Samling B i Deatnu');
  expect(await readFile(`${content}/news/samling-a-i-deatnu.mdx`, 'utf8')).toContain('title: Samling A i Deatnu');
  // From a new entry straight to another's address (a bookmark, a typed address): that entry, not the new form
  // (fresh eyes: an empty form with «Slett innlegg» and «Publisert»).
  await openCms('collections/news/new');
  await field('Tittel').fill('Ikke lagret');
  // One question for the step (Decap's router asked, then the browser again as the page loaded afresh, and the
  // reload hung on the second): «Avbryt» keeps the text and puts the address back; «OK» opens the other entry.
  const questions: string[] = [];
  const answer = (yes: boolean) => (dialog: Dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void (yes ? dialog.accept() : dialog.dismiss()).catch(() => undefined);
  };
  const goToA = () => page.evaluate(() => (location.hash = '#/collections/news/entries/samling-a-i-deatnu'));
  const stay = answer(false);
  page.on('dialog', stay);
  await goToA();
  await expect(page).toHaveURL(/#\/collections\/news\/new$/);
  await expect(field('Tittel')).toHaveValue('Ikke lagret');
  page.off('dialog', stay);
  const leave = answer(true);
  page.on('dialog', leave);
  await goToA();
  await expect(field('Tittel')).toHaveValue('Samling A i Deatnu', { timeout: 60_000 });
  page.off('dialog', leave);
  const leaveQuestion = 'confirm: Endringene dine er ikke lagret. Denne nettleseren tar vare på dem: når du åpner innlegget igjen, kan du hente dem tilbake. Vil du gå likevel?';
  expect(questions).toEqual([leaveQuestion, leaveQuestion]);
  await git('add', '-A');
  await commit('two news items in a row');
});

// Fresh eyes: a new story's refused save left by typing another new entry's address (a bookmark) left the story's
// messages on the news form's fields in the same places («Kommuner» må fylles ut. on «Nyhet eller pressemelding»,
// empty instead of «Nyhet»), and the valid news item was refused for them.
test("a new entry left for another collection's new entry by its address takes none of its messages there", async () => {
  await openCms('collections/stories/new');
  await field('Tittel').fill('Forlatt eksempel');
  await publish();
  const errors = page.locator('[class*="ControlErrorsList"] li');
  await expect(errors.filter({ hasText: '«Kommuner» må fylles ut.' })).toBeVisible();
  const dialogs: string[] = [];
  const leave = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept().catch(() => undefined);
  };
  page.on('dialog', leave);
  await page.evaluate(() => (location.hash = '#/collections/news/new'));
  await expect(field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)')).toBeVisible({ timeout: 60_000 });
  page.off('dialog', leave);
  expect(dialogs).toHaveLength(1);
  // The news form as «Ny» draws it: its own default, no message.
  const kind = page.getByLabel('Feltet valg').filter({ has: page.getByText('Nyhet eller pressemelding (valgfritt)', { exact: true }) });
  await expect(kind.locator('[class*="singleValue"]')).toHaveText('Nyhet');
  await expect(errors).toHaveCount(0);
  await field('Tittel').fill('Nyhet etter et forlatt eksempel');
  await field('Ingress').fill('Denne nyheten ble skrevet etter at et nytt eksempel ble forlatt uten å lagres.');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2009-03-03');
  await addSource('24');
  await body().fill('Tekst.\n');
  await publish();
  await saved();
  await expect(errors).toHaveCount(0);
  await expect.poll(() => readFile(`${content}/news/nyhet-etter-et-forlatt-eksempel.mdx`, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('kind: nyhet');
  await git('add', '-A');
  await commit('news item after a story left');
});

test('a bad entry is refused in Norwegian, and what only the checker sees shows in the terminal', async () => {
  // What only the checker sees: a Word bullet typed before the ingress (a too-short ingress is refused at the field now).
  const summary = '• Punktet kom med fra Word foran ingressen';
  // A year of two digits cannot be told: refused at the field, with the form to write.
  await newNewsItem('Feil dato', summary, '17.10.07', 'Tekst.\n');
  await publish();
  // At the field (the refusal above the form says the same sentence, its link apart).
  await expect(fieldError('«Dato» må ha året med fire sifre: skriv for eksempel 17.10.2007, ikke 17.10.07.', { exact: true })).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  // Each wrong date says what is wrong with it: fresh eyes got one sentence for «31.4.2010», «3.12.26» and «i går».
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  for (const [typed, said] of [
    ['31.4.2010', '«Dato» er en dag som ikke finnes: april 2010 har 30 dager. Nå står det «31.4.2010».'],
    ['i går', '«Dato» må være en dato som 2010-06-15 eller 15.6.2010, en måned som 2010-06 eller juni 2010, eller et år som 2010. Nå står det «i går».'],
  ] as const) {
    await date.fill(typed);
    await publish();
    await expect(fieldError(said, { exact: true })).toBeVisible();
    expect(await git('status', '--porcelain')).toBe('');
  }
  // A date typed the Norwegian way is written as the field takes it once the field is left (fresh eyes typed
  // «2.12.2026» and «2. desember 2026», and were refused).
  for (const [typed, written] of [['17. oktober 2007', '2007-10-17'], ['mai 2010', '2010-05'], ['17.10.2007', '2007-10-17']] as const) {
    await date.selectText();
    await date.press('Backspace');
    await date.pressSequentially(typed);
    await date.press('Tab');
    await expect(date).toHaveValue(written);
  }
  // The date right, the ingress still with its bullet: refused before the save with the check's words (fresh eyes had
  // it saved, and then the whole site held back).
  await publish();
  await expect(page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre: «Ingress»: teksten begynner med et punkttegn fra Word \(«•»\)/ })).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  // With the rules before a save left out, the CMS saves, and the dev server's check says what is wrong.
  await withoutRulesBeforeSave();
  await publish();
  await saved();
  await expect.poll(() => serverOutput, { timeout: 60_000 }).toMatch(/news\/feil-dato\.mdx:3\s+felt «Ingress» \(summary\): teksten begynner med et punkttegn fra Word/);
  expect(serverOutput).not.toMatch(/Stack trace|    at |does not match collection schema/);
  // The CMS says so after the save, in Norwegian: the field by its label (not the line in the file), what is wrong.
  const notice = page.getByRole('alert').filter({ hasText: 'Lagret, men innholdet har feil' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText(/Feltet «Ingress»: /);
  await expect(notice).not.toContainText(/Linje \d/);
  // The publish menu opens over the notice and takes a mouse click (it opened behind it).
  await field('Tittel').fill('Feil dato, ny tittel');
  await publish();
  await saved();
  // Lost from the page (as when Decap draws the editor anew after a new entry's save), it is put back; «Lukk» hides it.
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => document.getElementById('innholdskontroll')?.remove());
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Lukk' }).click();
  await field('Tittel').fill('Feil dato, enda en tittel');
  await expect(notice).toBeHidden();
  // The site in the dev server shows the report instead of its pages: Norwegian, no English error, no stack trace.
  await visit('/nyheter/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Innholdet har (én|\d+) feil$/);
  await expect(page.getByRole('main')).toContainText('feil-dato.mdx, linje 3');
  await expect(page.getByRole('main')).toContainText('Feltet Ingress: ');
  await expect(page.locator('body')).not.toContainText(/Error|Stack|at \//);
  await page.getByRole('link', { name: 'åpne i redigeringsverktøyet' }).first().click();
  await expect(page).toHaveURL(/\/admin\/#\/collections\/news\/entries\/feil-dato$/);
  await expect(field('Ingress')).toHaveValue(summary, { timeout: 60_000 });
  // Opened again, the entry says what is wrong, as after its save (it showed nothing, and «Publisert»).
  const opened = page.getByRole('alert').filter({ hasText: 'Denne oppføringen har feil' });
  await expect(opened).toContainText(/Feltet «Ingress»: /, { timeout: 30_000 });
  // It is this entry's: back in the list, it is gone (fresh eyes: it stood above the next entry opened).
  await page.evaluate(() => (location.hash = '#/collections/news'));
  await expect(page.getByRole('link', { name: /Ny nyhet|Nyhet eller pressemelding/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(opened).toBeHidden();
  // Astro's data store holds the file as written while the check reports it, and for a while after it is fixed
  // or deleted (CI: /nyheter/ then crashed with a TypeError's English stack trace). The page itself, asked for as
  // a script would (the report replaces only what a browser asks for), leaves the entry out instead. An ingress too
  // short for the schema, as a file from git or an editor may bring it (the CMS refuses it at the field).
  const file = join(content, 'news', 'feil-dato.mdx');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: .*$/m, 'summary: For kort'));
  await expect.poll(() => serverOutput, { timeout: 60_000 }).toMatch(/news\/feil-dato\.mdx:3\s+felt «Ingress» \(summary\): er for kort/);
  // The data store takes the edited file in after the check has reported it (twice under a full run's load the
  // page still listed «Feil dato, ny tittel» at once): asked again until it leaves the entry out; never a crash.
  const behindReport = async () => {
    const response = await fetch(`${origin}/nyheter/`, { headers: { accept: '*/*' } });
    const text = await response.text();
    expect(response.status, text.slice(0, 2000)).toBe(200);
    expect(text).not.toMatch(/TypeError/);
    return /Feil dato/.test(text) ? 'the entry is still listed' : 'left out';
  };
  await expect.poll(behindReport, { timeout: 60_000 }).toBe('left out');
  await rm(`${content}/news/feil-dato.mdx`);
  // Fixed (here: removed), the pages are back.
  // Once failed under a full run's load (still 500 after 60 s; not reproduced): the server's last words say why next time.
  const status = () => fetch(`${origin}/nyheter/`, { headers: { accept: 'text/html' } }).then((r) => r.status);
  await expect.poll(status, { timeout: 60_000 }).toBe(200).catch((error: unknown) => {
    throw new Error(`${String(error)}\nThe dev server said last:\n${serverOutput.slice(-3000)}`);
  });
});

// Fresh eyes wrote a news item in nynorsk and left «Språk» at «Bokmål»: it was published as bokmål (read aloud and
// hyphenated as bokmål).
test('a text in nynorsk with «Språk» left at «Bokmål» is refused before the save, and saved once «Nynorsk» is chosen', async () => {
  await newNewsItem('Nye kommunar er med', 'Dei tilsette i kommunane vert med frå hausten.', '2010-09', 'Det er ikkje berre leiarane som skal vere med.\n');
  // The page spells out letters for Decap's file names (file-names.js): the rules see the text as written.
  expect(await page.evaluate(() => ['Frå'.toLocaleLowerCase('nb'), 'Frå Porsáŋgu'.toLocaleLowerCase()])).toEqual(['frå', 'fra porsánggu']);
  await publish();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Kunne ikke lagre: «Språk» er «Bokmål», men teksten er skrevet på nynorsk («dei», «tilsette» og «kommunane»); velg «Nynorsk», så leses siden opp og orddeles riktig.' }),
  ).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  await choose('Språk', 'Nynorsk');
  await publish();
  await saved();
  await expect.poll(() => git('status', '--porcelain')).toBe('?? content/news/nye-kommunar-er-med.mdx\n');
  expect(await readFile(`${content}/news/nye-kommunar-er-med.mdx`, 'utf8')).toMatch(/^lang: nn$/m);
  await git('add', '-A');
  await commit('new news item in nynorsk');
});

test("an existing entry's «Språk» shows its language, bokmål where the file leaves `lang` out, and a nynorsk entry stays nynorsk", async () => {
  // The secretariat's finding: «Språk» was empty in every entry without `lang` (most files), which the site reads as bokmål.
  const chosen = (label: string) => field(label).locator('xpath=ancestor::div[contains(@class, "container")][1]');
  await openCms('collections/news/entries/avtale-om-kvalitetskommuneprogrammet');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  expect(await readFile(`${content}/news/avtale-om-kvalitetskommuneprogrammet.mdx`, 'utf8')).not.toMatch(/^lang:/m);
  await expect(chosen('Språk')).toHaveText('Bokmål');
  await openCms('collections/news/entries/49-nye-kommunar');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await expect(chosen('Språk')).toHaveText('Nynorsk');
  // A municipality without `kind` is a «kommune» on the site (not Alta: the save test before renames the first one).
  await openCms('collections/municipalities/entries/verdal');
  await expect(field('Navn')).toHaveValue('Verdal', { timeout: 30_000 });
  await expect(chosen('Kommune, bydel eller samkommune')).toHaveText('Kommune');
  expect(await git('status', '--porcelain')).toBe('');
});

/**
 * The news item in `file` as a refusal of its title names it: what it is, its title, its language if nynorsk and its
 * date («nyheten «…» (nynorsk, 17.10.2007)»), not the collection's «nyhet eller pressemelding».
 */
async function newsItemNamed(file: string) {
  const text = await readFile(join(work, file), 'utf8');
  const [, date] = /^date: (\d{4}-\d\d-\d\d)$/m.exec(text)!;
  // The date as the site writes it («17. oktober 2007»).
  const about = [/^lang: nn$/m.test(text) ? 'nynorsk' : '', formatDate({ date: new Date(`${date}T00:00:00Z`), precision: 'day' })].filter(Boolean).join(', ');
  return `${/^kind: pressemelding$/m.test(text) ? 'pressemeldingen' : 'nyheten'} «${/^title: (.*)$/m.exec(text)![1]}» (${about})`;
}

test('a news item with the title another has is refused before the save, naming that entry and what to write instead', async () => {
  const { file, slug } = await entryWithShortTitle('news');
  const title = /^title: (.*)$/m.exec(await readFile(join(work, file), 'utf8'))![1]!;
  const other = await newsItemNamed(file);
  // As a reader tells titles apart: in lower case and with a full stop, it is the same title.
  await newNewsItem(`${title.toLocaleLowerCase('nb')}.`, 'Sekretariatet skriver en sak med en tittel som en annen sak har fra før.', '2010-03-15', 'Tekst.\n');
  // A refusal is no error of the page: each had logged an uncaught one, «undefined» (Decap's rejected save).
  const pageErrors: string[] = [];
  const recordError = (error: Error) => pageErrors.push(error.message);
  page.on('pageerror', recordError);
  await publish();
  // Named as the secretariat knows it, by what it is, its title, language and date: it was «2010-03 – …» (its listed
  // title) and its file name, then «en annen oppføring: Nyhet eller pressemelding «…»», which named no news item. This
  // entry's title is the one to change: «gi en av dem …» invited editing a published archive entry (fresh eyes).
  await expect(page.getByText(new RegExp(`^Kunne ikke lagre: Tittelen «${escapeRegExp(title.toLocaleLowerCase('nb'))}\\.» er allerede brukt av ${escapeRegExp(other)}\\. Endre tittelen her, så den sier hva som skiller dem \\(f\\.eks\\. kommune, år eller tema\\): nyheter og pressemeldinger med samme tittel kan ikke skilles fra hverandre`))).toBeVisible();
  await expect(page.getByRole('alert').getByText(/en av dem|nyhet eller pressemelding/i)).toHaveCount(0);
  await expect(page.getByText(new RegExp(`${escapeRegExp(slug)}|fil:|\\d{4}-\\d\\d(-\\d\\d)? – `))).toHaveCount(0);
  expect(await git('status', '--porcelain')).toBe('');
  // «Tittel» is marked, as other refusals mark their field (fresh eyes: only the box above the form said it).
  const titleErrors = page.locator('[class*="-ControlContainer"]').filter({ has: field('Tittel') }).locator('[class*="ControlErrorsList"] li');
  await expect(titleErrors).toHaveText(['Tittelen er allerede brukt av en annen oppføring: gi denne en egen tittel.']);
  // The one line is the refusal's heading; the word in it that names the field is a link to it, as a line's label is
  // (it had none).
  await field('Ingress').focus();
  await page.getByRole('alert').getByRole('link', { name: 'Tittelen', exact: true }).click();
  await expect(field('Tittel')).toBeFocused();
  // On a phone the refusal is compact, with «Tittel» in sight below it (fresh eyes: all in bold, the other entry's title
  // repeated word for word, it took more than half of the screen).
  await page.setViewportSize({ width: 375, height: 740 });
  try {
    await field('Tittel').fill(title);
    await publish();
    const refusal = page.getByRole('alert').filter({ hasText: `Kunne ikke lagre: Tittelen «${title}» er allerede brukt av ${other}. Endre tittelen her` });
    await expect(refusal).toBeVisible();
    // Under half the screen, whichever entry has the title (a nynorsk one's description is a line longer: 352 px, as
    // when this test runs alone).
    expect((await refusal.boundingBox())!.height, 'the refusal\'s height').toBeLessThan(740 * 0.5);
    await expect(refusal.getByRole('button', { name: 'Lukk' })).toBeInViewport();
    await expect(field('Tittel')).toBeInViewport();
    await expect(titleErrors).toHaveCount(1);
    // Its top not under the toolbar.
    const toolbar = await page.locator('[class*="-ToolbarContainer "]').first().boundingBox();
    await expect.poll(async () => (await refusal.boundingBox())!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height - 1);
    await page.screenshot({ path: 'test-results/cms-same-title-375.png' });
    // The mark is the page's own (a rule Decap does not know): it goes once the title is no longer the one refused, not
    // at the next save only (a screen reader said «ugyldig» after the fix), and the refusal says it is fixed.
    await field('Tittel').fill(`${title} i Askim`);
    await expect(titleErrors).toHaveCount(0);
    await expect(field('Tittel')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(refusal.locator('p').first()).toHaveText(/ \(rettet\)$/);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // Nor is a refusal by Decap's own field checks (a date left empty): it too logged «undefined» (fresh eyes).
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  const dated = await date.inputValue();
  await date.fill('');
  await publish();
  await expect(page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes/ })).toBeVisible();
  // At the field, the label in «» as in every other message, and what to do (Decap's nb_no: «… er påkrevd.»).
  await expect(fieldError('«Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)» må fylles ut.', { exact: true })).toBeVisible();
  await date.fill(dated);
  await page.waitForTimeout(500);
  page.off('pageerror', recordError);
  expect(pageErrors).toEqual([]);
  // With a title of its own it is saved, and the check finds nothing to say of the title.
  await field('Tittel').fill(`${title} – oppfølging i 2010`);
  await publish();
  await saved();
  await expect.poll(() => git('status', '--porcelain'), { timeout: 30_000 }).toMatch(/\?\? content\/news\/\S+/);
  const added = /\?\? (content\/news\/\S+)/.exec(await git('status', '--porcelain'))![1]!;
  expect((await check()).output).not.toMatch(/tittelen «/);
  await rm(join(work, added));
});

// Fresh eyes: a news item dated a day that does not exist, with the title another news item has, was refused for its
// date, and at the next «Publiser nå» for its title: Decap's own check of the fields refuses before the page's own
// checks are asked (field-refusal.js).
test('a news item with a day that does not exist and the title another has is refused once, for both, each named above the form', async () => {
  const { file } = await entryWithShortTitle('news');
  const title = /^title: (.*)$/m.exec(await readFile(join(work, file), 'utf8'))![1]!;
  await newNewsItem(title, 'Sekretariatet skriver en sak med en dato som ikke finnes og en tittel som er brukt.', '31.02.2010', 'Tekst.\n');
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
  // In the form's order (the title's line came after every field's), each line's field a link to it.
  await expect(refusal.locator('li')).toHaveText([
    `«Tittel»: Tittelen «${title}» er allerede brukt av ${await newsItemNamed(file)}. Endre tittelen her, så den sier hva som skiller dem (f.eks. kommune, år eller tema): nyheter og pressemeldinger med samme tittel kan ikke skilles fra hverandre i lister, søket og nedtrekkslistene i redigeringsverktøyet.`,
    '«Dato» er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».',
  ]);
  await refusal.getByRole('link', { name: 'Tittel', exact: true }).click();
  await expect(field('Tittel')).toBeFocused();
  // Both fields marked at the same save.
  await expect(fieldError('«Dato» er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».')).toBeVisible();
  await expect(fieldError('Tittelen er allerede brukt av en annen oppføring: gi denne en egen tittel.')).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  await page.screenshot({ path: 'test-results/cms-date-and-title-1280.png' });
});

// Fresh eyes: «![](../media/skjermbilde.png)» and an image whose file did not exist were saved («Innlegg lagret»), and
// then every page of the dev site, and the publish job, stopped at the check: one save held back everyone's changes.
test('an image in the text without alt text, or whose file is not there, is refused before the save, naming the image and what to do', async () => {
  await mkdir(`${content}/media`, { recursive: true });
  await writeFile(`${content}/media/bilde-i-teksten.png`, await sharp({ create: { width: 900, height: 500, channels: 3, background: '#37a' } }).png().toBuffer());
  const withoutAlt = 'Før bildet.\n\n![](../media/bilde-i-teksten.png)\n';
  await newNewsItem('Bilde i teksten fra sekretariatet', 'Sekretariatet setter inn et bilde i teksten og får beskjed før lagringen.', '2010-03-14', withoutAlt);
  await publish();
  await expect(
    page.getByText(/^Kunne ikke lagre: Et bilde i «Tekst \(Markdown\)» kan ikke vises på siden\. Bildet mangler alt-tekst: !\[\]\(\.\.\/media\/bilde-i-teksten\.png\); skriv en kort beskrivelse av bildet mellom hakeparentesene: !\[Beskrivelse\]\(\.\.\/media\/bilde-i-teksten\.png\)\./),
  ).toBeVisible({ timeout: 30_000 });
  expect(await page.getByText(/^Kunne ikke lagre:/).first().textContent()).not.toMatch(/Linje \d/);
  // The refusal stands until it is read: not a toast that closed after 8 s (over «Publiser»), but the alert above
  // the form, read out at once, until the next save or «Lukk» (fresh eyes).
  const refusal = page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre: Et bilde/ });
  await page.waitForTimeout(10_000);
  await expect(refusal).toBeVisible();
  await expect(page.locator('.Toastify__toast')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/cms-image-refused.png', fullPage: true });
  await page.getByText(/^Kunne ikke lagre:/).first().screenshot({ path: 'test-results/cms-image-refused-toast.png' });
  expect(await git('status', '--porcelain', '--', 'content/news')).toBe('');
  // Nothing typed is lost.
  await expect.poll(bodyLines).toBe('Før bildet.\n![](../media/bilde-i-teksten.png)');
  // Two images, one without alt text and one without its file and alt text: two images, not three (fresh eyes).
  await body().fill('![](../media/bilde-i-teksten.png)\n\n![](../media/mangler.png)\n');
  await publish();
  await expect(page.getByText(/^Kunne ikke lagre: 2 bilder i «Tekst \(Markdown\)» kan ikke vises på siden\./)).toBeVisible({ timeout: 30_000 });
  // The refusal before is gone with the next save: one refusal stands.
  await expect(refusal).toHaveCount(0);
  await expect(page.getByText(/^Kunne ikke lagre:/)).toHaveCount(1);
  await page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre: 2 bilder/ }).getByRole('button', { name: 'Lukk' }).click();
  await expect(page.getByText(/^Kunne ikke lagre:/)).toHaveCount(0);
  await body().fill('![Kart over Ålesund](../media/kart-over-alesund.png)\n');
  await publish();
  await expect(
    page.getByText(/^Kunne ikke lagre: Et bilde i «Tekst \(Markdown\)» kan ikke vises på siden\. Bildet !\[Kart over Ålesund\]\(\.\.\/media\/kart-over-alesund\.png\): bildefilen «\.\.\/media\/kart-over-alesund\.png» finnes ikke.*last opp bildet under «Bilder og filer», trykk «Kopier stien»/),
  ).toBeVisible({ timeout: 30_000 });
  expect(await git('status', '--porcelain', '--', 'content/news')).toBe('');
  // With its alt text and an uploaded file, it is saved, and the check has nothing to say of it.
  await body().fill('![Skjermbilde av søket](../media/bilde-i-teksten.png)\n');
  await publish();
  await saved();
  const file = 'content/news/bilde-i-teksten-fra-sekretariatet.mdx';
  await expect.poll(() => git('status', '--porcelain')).toContain(`?? ${file}`);
  expect((await check()).output).not.toContain('bilde-i-teksten');
  await rm(join(work, file));
  await rm(`${content}/media/bilde-i-teksten.png`);
});

test('the press contact is saved through the CMS as a one-line change, with its guidance shown as a hint', async () => {
  await openCms('collections/settings/entries/pressContact');
  const role = field('Rolle eller tittel');
  await expect(role).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Pressekontakten vises i presserommet/)).toBeVisible();
  await role.fill('Kommunikasjonsrådgiver i KS');
  await publish();
  await saved();
  await expect.poll(() => git('diff', '--numstat')).toBe('1\t1\tcontent/settings/pressekontakt.yaml\n');
  expect(await git('diff', '-U0')).toContain('\n-role: ""\n+role: Kommunikasjonsrådgiver i KS\n');
  await commit('press contact');
});

/** A 1×1 PNG. */
/** A photo as wide as the page shows one (the CMS refuses an image narrower than 480 px at upload). */
const photoPng = await sharp({ create: { width: 1440, height: 960, channels: 3, background: '#7a8a6b' } }).png().toBuffer();

test('every problem in the text is refused before the save, each by the start of its line, and the text stays in the form', async () => {
  // «3. plass» starts a numbered list, and a Word bullet no list: saved, each held the whole site back until it was
  // fixed (fresh eyes). All are named at once.
  const text = 'Første linje.\n\n• Punkt fra Word.\n\n3. plass gikk til Askim.\n';
  await newNewsItem('Feil i teksten', 'Ingressen er lang nok til at den går gjennom kontrollen av ingresser.', '2007-10-17', text);
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre: Disse i «Tekst \(Markdown\)» ville stoppet nettstedet/ });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal).toContainText(/Linjen som begynner «• Punkt fra Word\.»: Linjen begynner med et punkttegn fra Word/);
  await expect(refusal).toContainText(/Linjen som begynner «3\. plass gikk til Askim\.»: Linjen begynner med «3\. plass gikk til …»/);
  expect(await git('status', '--porcelain', '--', 'content/news')).toBe('');
  await expect.poll(bodyLines).toContain('3. plass gikk til Askim.');
  // Fixed as the messages say, it saves, and the check has nothing to say. A curly brace and «<5», which MDX reads as
  // code, are saved as the text typed (they were refused in words about MDX and backslashes; fresh eyes), and «<br>» as
  // the line break it means.
  await body().fill('Første linje.<br>Andre linje.\n\n- Punkt fra Word.\n\nTredjeplassen gikk til Askim, a { b og (<5 %).\n');
  await publish();
  await saved();
  await expect(page.getByRole('alert').filter({ hasText: 'Lagret, men innholdet har feil' })).toHaveCount(0);
  const written = await readFile(`${content}/news/feil-i-teksten.mdx`, 'utf8');
  expect(written).toContain('Tredjeplassen gikk til Askim, a \\{ b og (\\<5 %).');
  // The editor shows the text as typed after the save too, not the file's backslashes («a \\{ b og (\\<5 %)»).
  await expect.poll(bodyLines).toContain('Tredjeplassen gikk til Askim, a { b og (<5 %).');
  // So does the entry opened again, and left as shown it has no change to save.
  await page.reload();
  await expect.poll(bodyLines).toContain('Tredjeplassen gikk til Askim, a { b og (<5 %).');
  await body().click();
  await expect(page.getByText('Endringer lagret')).toBeVisible();
  // Changed and saved again, the signs get one backslash each, as at the first save.
  await body().fill('Første linje.\\\nAndre linje.\n\n- Punkt fra Word.\n\nTredjeplassen gikk til Askim, a { b og (<5 %).\n\nSlutt.\n');
  await publish();
  await saved();
  await expect.poll(() => readFile(`${content}/news/feil-i-teksten.mdx`, 'utf8')).toContain('Tredjeplassen gikk til Askim, a \\{ b og (\\<5 %).\n\nSlutt.\n');
  expect(written).toContain('Første linje.\\\nAndre linje.');
  expect((await check()).output).not.toContain('feil-i-teksten');
  const shown = await fetch(`${origin}${entryUrl('news', 'feil-i-teksten')}`).then((r) => r.text());
  expect(shown).toContain('Tredjeplassen gikk til Askim, a { b og (&lt;5 %).');
  expect(shown).toMatch(/Første linje\.<br\s*\/?>\s*Andre linje\./);
  await rm(`${content}/news/feil-i-teksten.mdx`);
});

// Fresh eyes: an archive item was refused three times in a row, each time for one more thing that had been there from
// the start (a word in the ingress, then another, then the text), in one run-on paragraph whose «Lukk» was out of sight.
test('everything the rules refuse is named in one refusal, a line each, with «Lukk» in sight on a phone', async () => {
  await page.setViewportSize({ width: 375, height: 700 });
  try {
    await newNewsItem('Alt på én gang', '• I dag forteller vi om oss og våre kommuner i programmet.', '2008-03-03', '3. plass gikk til Askim.\n\nVi spør også dere om nettverket.\n');
    // An item from the archive (a new one is the secretariat's own voice).
    const newItem = page.getByRole('switch', { name: /^Ny sak fra sekretariatet/ }).or(page.getByLabel(/^Ny sak fra sekretariatet/)).first();
    await newItem.click();
    await expect(newItem).not.toBeChecked();
    await publish();
    const refusal = page.getByRole('alert').filter({ hasText: /^Kunne ikke lagre:/ });
    await expect(refusal).toBeVisible({ timeout: 30_000 });
    const items = await refusal.getByRole('listitem').allTextContents();
    expect(items.some((item) => /^«Ingress»: teksten begynner med et punkttegn fra Word/.test(item)), items.join('\n')).toBe(true);
    expect(items.some((item) => /^«Ingress»: «I dag» forteller som om/.test(item)), items.join('\n')).toBe(true);
    expect(items.some((item) => /^«Ingress»: «vi», «oss» og «våre» skriver som om/.test(item)), items.join('\n')).toBe(true);
    // Each line of the text's check begins with the text's name, as its own mark says it, a link to it (the lines went nowhere).
    expect(items.some((item) => /^«Tekst»: Linjen som begynner «3\. plass gikk til Askim\.»: /.test(item)), items.join('\n')).toBe(true);
    expect(items.some((item) => /^«Tekst»: Linjen som begynner «Vi spør også dere om nettverket\.»: «Vi» skriver som om/.test(item)), items.join('\n')).toBe(true);
    // The advice these lines share stands once, the later lines pointing to it (the same ~60 words came three times).
    expect(items.join('\n').match(/Er det noens egne ord/g), items.join('\n')).toHaveLength(1);
    expect(items.filter((item) => item.endsWith('(Se over.)')).length, items.join('\n')).toBeGreaterThanOrEqual(2);
    await expect(refusal.getByRole('button', { name: 'Lukk' })).toBeInViewport();
    await page.screenshot({ path: 'test-results/cms-all-refusals-375.png' });
    // The fields it names are not under it once scrolled to (the secretariat's finding: the notice covered the top of
    // the form until «Lukk»).
    const summary = field('Ingress');
    await summary.scrollIntoViewIfNeeded();
    const [box, place] = [await refusal.boundingBox(), await summary.boundingBox()];
    const covered = box && place && box.y < place.y + place.height && place.y < box.y + box.height;
    expect(covered, `the notice ${JSON.stringify(box)} over «Ingress» ${JSON.stringify(place)}`).toBeFalsy();
    await refusal.getByRole('listitem').filter({ hasText: 'Linjen som begynner «3. plass gikk til Askim.»' }).getByRole('link', { name: 'Tekst', exact: true }).click();
    await expect(body()).toBeFocused();
    await expect(body()).toBeInViewport();
    expect(await git('status', '--porcelain', '--', 'content/news')).toBe('');
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('an image uploaded in «Bilder og filer» is taken in a newsletter and shown on its page and in its e-mail; /media/… is refused, saying what to write', async () => {
  // Fresh eyes: «../media/…» was refused in a newsletter, and the advice (an address with / in front) saved a 404.
  const image = 'skjermbilde-sok.png';
  await mkdir(`${content}/media`, { recursive: true });
  await writeFile(`${content}/media/${image}`, await sharp({ create: { width: 900, height: 500, channels: 3, background: '#3a7' } }).png().toBuffer());
  const slug = 'nr-7-juni-2010';
  const file = `content/newsletters/${slug}.mdx`;
  try {
    await openCms(`collections/newsletters/entries/${slug}`);
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    // The hint says how (Decap shows it under the field).
    await expect(page.getByText('Bilde: last det opp i «Bilder og filer», trykk «Kopier stien»')).toBeVisible();
    await body().fill(`Innledning.\n\n![Skjermbilde av søket](../media/${image})\n`);
    await publish();
    await saved();
    await expect.poll(() => readFile(`${work}/${file}`, 'utf8'), { timeout: 30_000 }).toContain(`](../media/${image})`);
    const checked = await check();
    expect(checked.output).not.toContain(image);
    expect(checked.code).toBe(0);
    // On the page and in the e-mail the image is there (in `astro dev` at the dev server's image address).
    const shown = async (address: string) => {
      await visit(address);
      const img = page.getByRole('img', { name: 'Skjermbilde av søket' });
      const src = String(await img.getAttribute('src'));
      expect(src).not.toContain('/media/');
      const url = new URL(src, origin);
      const response = await page.request.get(`${origin}${url.pathname}${url.search}`);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/(png|jpeg|webp)/);
    };
    await shown(entryUrl('newsletters', slug));
    await shown(`${entryUrl('newsletters', slug)}epost.html`);

    // An address the site does not have is refused before the save, with what to write instead (it was saved, and
    // then held the whole site back until fixed).
    await openCms(`collections/newsletters/entries/${slug}`);
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    const saved7 = await readFile(`${work}/${file}`, 'utf8');
    await body().fill(`Innledning.\n\n![Skjermbilde av søket](/media/${image})\n`);
    await publish();
    await expect(page.getByText(/^Kunne ikke lagre: /)).toContainText(
      `Bildet ![Skjermbilde av søket](/media/${image}): bildet «/media/${image}» finnes ikke på nettstedet og blir et brutt bilde på siden og i e-posten; bildet er lastet opp i «Bilder og filer», og da skrives det ../media/${image}`,
      { timeout: 30_000 },
    );
    expect(await readFile(`${work}/${file}`, 'utf8')).toBe(saved7);
  } finally {
    await git('checkout', '--', file);
    await rm(`${content}/media/${image}`);
  }
});

/** Pastes as Word does: its HTML and its plain text on the clipboard, then Ctrl+V in `target`. */
async function pasteFromWord(target: ReturnType<Page['locator']>, html: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await target.click();
  await page.evaluate(
    (clipboard) =>
      navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([clipboard.html], { type: 'text/html' }), 'text/plain': new Blob([clipboard.text], { type: 'text/plain' }) }),
      ]),
    { html, text },
  );
  await page.keyboard.press('Control+V');
}

/** What Word 365 puts on the clipboard (abridged): paragraphs, <o:p>, its list paragraphs, a table; and its plain text. */
const wordClipboard = {
  html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
<body lang=NO-BOK><!--StartFragment--><p class=MsoNormal>Sykefraværet i <b>Hægebostad</b> falt fra 8,2&nbsp;% til 5,1&nbsp;%.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Rådmannen sa: «Vi har lært mye» – og “det var verdt det”…<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Dialogmøter tidlig<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Tett oppfølging &lt;2 uker, {hver uke}<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <tr><td width=302 valign=top><p class=MsoNormal><b>År<o:p></o:p></b></p></td><td width=302 valign=top><p class=MsoNormal><b>Fravær<o:p></o:p></b></p></td></tr>
 <tr><td width=302 valign=top><p class=MsoNormal>2010<o:p></o:p></p></td><td width=302 valign=top><p class=MsoNormal>8,2&nbsp;%<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal>2010. Det året ble KS med.<o:p></o:p></p><!--EndFragment--></body></html>`,
  text: 'Sykefraværet i Hægebostad falt fra 8,2\u00A0% til 5,1\u00A0%.\r\n\u00A0\r\nRådmannen sa: «Vi har lært mye» – og “det var verdt det”…\r\n·\tDialogmøter tidlig\r\n·\tTett oppfølging <2 uker, {hver uke}\r\n\r\nÅr\tFravær\r\n2010\t8,2\u00A0%\r\n\r\n2010. Det året ble KS med.\r\n',
};

test('text pasted from Word is saved as the Markdown the page needs: paragraphs, a list, a table; fields as one clean line', async () => {
  await openCms('collections/news/new');
  // Word's plain text went in as it was: paragraphs one line apart ran together, «·⇥» was no list, and MDX stopped at < and {.
  await pasteFromWord(
    field('Tittel'),
    '<p class=MsoNormal>•<span style="mso-tab-count:1">&nbsp; </span>Sykefra\u00ADværs\u00ADarbeid fra «Word»\u200B&nbsp;– i sekre\u00ADtariatet<o:p></o:p></p>',
    '•\tSykefra\u00ADværs\u00ADarbeid fra «Word»\u200B\u00A0– i sekre\u00ADtariatet\r\n',
  );
  // Word's English quotation marks became Norwegian ones (the secretariat's finding: they stayed as pasted).
  await pasteFromWord(
    field('Ingress'),
    '<p class=MsoNormal>Sekretariatet limer inn fra “Word”.</p><p class=MsoNormal>Det går ‘bra’.</p>',
    'Sekretariatet limer inn fra “Word”.\r\nDet går ‘bra’.\u2028\t \r\n',
  );
  await expect(field('Ingress')).toHaveValue('Sekretariatet limer inn fra «Word». Det går «bra».');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2010-03-17');
  await addSource('24');
  await pasteFromWord(body(), wordClipboard.html, wordClipboard.text);
  await publish();
  await saved();
  const file = `${content}/news/sykefravaersarbeid-fra-word-i-sekretariatet.mdx`;
  await expect.poll(() => git('status', '--porcelain')).toBe('?? content/news/sykefravaersarbeid-fra-word-i-sekretariatet.mdx\n');
  const written = await readFile(file, 'utf8');
  expect(written).toMatch(/^title: Sykefraværsarbeid fra «Word» – i sekretariatet$/m);
  expect(written).toMatch(/^summary: Sekretariatet limer inn fra «Word»\. Det går «bra»\.$/m);
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(
    [
      'Sykefraværet i **Hægebostad** falt fra 8,2\u00A0% til 5,1\u00A0%.',
      '',
      // Word's “…” as «…» in the text too, as in the fields (fresh eyes: they stayed in the text).
      'Rådmannen sa: «Vi har lært mye» – og «det var verdt det»…',
      '',
      '- Dialogmøter tidlig',
      '- Tett oppfølging \\<2 uker, \\{hver uke\\}',
      '',
      '| År | Fravær |',
      '| --- | --- |',
      '| 2010 | 8,2\u00A0% |',
      '',
      '2010\\. Det året ble KS med.',
    ].join('\n'),
  );
  // The check has nothing to say about it.
  const result = await check();
  expect(result.output).not.toContain('sykefravaersarbeid-fra-word');
  await git('add', '-A');
  await commit('pasted from Word');
});

/** A newsletter's text as Word 365 copies it: an address on lines of its own (Shift+Enter), a footnote, an image, underscores. */
const wordNewsletter = {
  html: `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=NO-BOK><!--StartFragment--><p class=MsoNormal>Fraværet falt i <b>Hægebostad</b>.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a><o:p></o:p></p>
<p class=MsoNormal>Kvalitetskommuneprogrammet<br>
Postboks 1378 Vika<br>
0114 Oslo<o:p></o:p></p>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Bilde_x0020_1" style='width:200pt;height:100pt'><v:imagedata src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"/></v:shape><![endif]--><![if !vml]><img width=267 height=133 src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Bilde_x0020_1"><![endif]><o:p></o:p></p>
<p class=MsoNormal>Filen heter rapport_2010_endelig.pdf, og _dette_ var skrevet med understrek.<o:p></o:p></p>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a> Sluttrapporten, s. 24.<o:p></o:p></p></div>
</div><!--EndFragment--></body></html>`,
  text: 'Fraværet falt i Hægebostad.[1]\r\nKvalitetskommuneprogrammet\u000BPostboks 1378 Vika\u000B0114 Oslo\r\n\r\nFilen heter rapport_2010_endelig.pdf, og _dette_ var skrevet med understrek.\r\n\r\n[1] Sluttrapporten, s. 24.\r\n',
  markdown: [
    'Fraværet falt i **Hægebostad**.[^1]',
    '',
    'Kvalitetskommuneprogrammet\\',
    'Postboks 1378 Vika\\',
    '0114 Oslo',
    '',
    'Filen heter rapport_2010_endelig.pdf, og \\_dette\\_ var skrevet med understrek.',
    '',
    '[^1]: Sluttrapporten, s. 24.',
  ].join('\n'),
};

/** The body's text as the editor shows it, its lines without the empty ones. */
const bodyLines = () => body().evaluate((editor) => (editor as HTMLElement).innerText.replace(/\uFEFF/g, '').replace(/\n{2,}/g, '\n').trim());

/** Drops Word's HTML and plain text on the body's first line, as a drag from Word does. */
async function dropFromWord(html: string, text: string) {
  // Where the text is on the screen: Slate places the drop by its point.
  await body().scrollIntoViewIfNeeded();
  await body().evaluate(
    (editor, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const target = editor.querySelector('[data-slate-string], [data-slate-zero-width]') ?? editor;
      const box = target.getBoundingClientRect();
      const point = { clientX: box.left + 1, clientY: box.top + box.height / 2 };
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, ...point, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

// The tester pasted a newsletter from Word: the address (Shift+Enter) ran together on one line, the image
// was gone without a word, «_dette_» became italics, the footnote a link to the CMS page, and a drag from Word gave Word's plain text.
test('a newsletter from Word keeps its line breaks, footnote and underscores, says in Norwegian that its image was left out, and a drag from Word is the same as a paste', async () => {
  await newNewsItem('Nyhetsbrev limt inn fra Word', 'Sekretariatet limer inn et nyhetsbrev fra Word med adresse og fotnote.', '2010-05-17', '');
  await pasteFromWord(body(), wordNewsletter.html, wordNewsletter.text);
  await expect.poll(bodyLines).toBe(wordNewsletter.markdown.replace(/\n+/g, '\n'));
  const notice = page.getByRole('status').filter({ hasText: 'bildet i den kom ikke med' });
  await expect(notice).toContainText('Teksten er satt inn, men bildet i den kom ikke med.');
  await expect(notice).toContainText('Last opp bildet under «Bilder og filer» i menyen, trykk «Kopier stien»');
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose p').nth(1)).toHaveText('Kvalitetskommuneprogrammet\nPostboks 1378 Vika\n0114 Oslo', { useInnerText: true });
  await expect(preview.locator('.prose p br')).toHaveCount(2);
  await expect(preview.locator('.prose em')).toHaveCount(0);
  await expect(preview.locator('.footnotes li')).toHaveText(['Sluttrapporten, s. 24.']);
  expect(await englishInInterface()).toEqual([]);
  await notice.getByRole('button', { name: 'Lukk' }).click();

  await publish();
  await saved();
  const file = `${content}/news/nyhetsbrev-limt-inn-fra-word.mdx`;
  await expect.poll(() => git('status', '--porcelain')).toBe('?? content/news/nyhetsbrev-limt-inn-fra-word.mdx\n');
  const written = await readFile(file, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(wordNewsletter.markdown);
  expect((await check()).output).not.toContain('nyhetsbrev-limt-inn-fra-word');

  // Dragged from Word into an empty text: the same Markdown, and the same notice.
  await openCms('collections/news/new');
  await expect(body()).toBeVisible({ timeout: 30_000 });
  await dropFromWord(wordNewsletter.html, wordNewsletter.text);
  await expect.poll(bodyLines).toBe(wordNewsletter.markdown.replace(/\n+/g, '\n'));
  await expect(page.getByRole('status').filter({ hasText: 'bildet i den kom ikke med' })).toBeVisible();
  await git('add', '-A');
  await commit('newsletter pasted from Word');
});

/** Word's clipboard for a bulleted and a numbered list of two items (abridged, as wordClipboard). */
const wordList = (items: string[], marker: (n: number) => string, font: string) => ({
  html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=NO-BOK><!--StartFragment-->${items
    .map(
      (item, i) =>
        `<p class=MsoListParagraphCx${i === 0 ? 'SpFirst' : 'SpLast'} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='${font}'><span style='mso-list:Ignore'>${marker(i + 1)}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->${item}<o:p></o:p></p>`,
    )
    .join('\n')}<!--EndFragment--></body></html>`,
  text: items.map((item, i) => `${marker(i + 1)}\t${item}\r\n`).join(''),
});
const wordBullets = wordList(['Dialogmøter tidlig', 'Tett oppfølging'], () => '·', 'font-family:Symbol');
const wordNumbers = wordList(['Kartlegge', 'Følge opp'], (n) => `${n}.`, '');

/** Pastes as Word does where the caret is (pasteFromWord clicks its target first, which moves the caret). */
async function pasteAtCaret({ html, text }: { html: string; text: string }) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate(
    (clipboard) =>
      navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([clipboard.html], { type: 'text/html' }), 'text/plain': new Blob([clipboard.text], { type: 'text/plain' }) }),
      ]),
    { html, text },
  );
  // Slate reads a caret moved by the keyboard a moment later (its selectionchange is throttled), and puts the paste there.
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+V');
}

// Fresh eyes: Enter made a line of its own in the editor, which the preview and the page joined to the line before
// (one line break in Markdown is a space), and Shift+Enter did the same; the text's toolbar was greyed out, always.
test('Enter in the text is a new paragraph and Shift+Enter a line break, on the page as in the editor, and the text has no toolbar of dead buttons', async () => {
  await newNewsItem('Avsnitt og linjeskift', 'Sekretariatet skriver avsnitt og linjeskift rett i tekstfeltet.', '2010-05-18', '');
  await expect(page.getByLabel('Feltet Markdown-tekst').locator('button:visible, [role="button"]:visible')).toHaveCount(0);
  await expect(page.getByText('Enter gir nytt avsnitt (i en liste nytt punkt; Enter på et tomt punkt avslutter listen, på et tomt underpunkt går det ett nivå opp), Shift+Enter linjeskift.')).toBeVisible();
  await body().click();
  await page.keyboard.type('Linje en');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Linje to');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Linje tre');
  await page.keyboard.press('Enter');
  // A list: Enter after an item starts the next («- » put in), Enter on the empty item ends the list.
  await page.keyboard.type('- Punkt en');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Punkt to');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Etter listen');
  // A quote: Enter after it is a paragraph outside it (fresh eyes: the next sentence went into the quote).
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Sitat her.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Etter sitatet.');
  // Enter pressed again after a paragraph, out of habit: the page shows one gap, and the file has one empty line.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('Etter tre Enter.');
  // Shift+Enter last in a paragraph, then Enter, and last in the text: a line break with no line after it, which the
  // page showed as «\» (markdown/dangling-breaks.ts); saved, and previewed, without it.
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Siste avsnitt.');
  await page.keyboard.press('Shift+Enter');
  // The editor's lines as typed (a line each, an empty one empty).
  const typedLines = () => body().evaluate((editor) => [...editor.children].map((line) => (line.textContent ?? '').replace(/\uFEFF/g, '')).join('\n'));
  await expect.poll(typedLines).toContain('Etter sitatet.\n\n\n\nEtter tre Enter.');
  await expect.poll(typedLines).toMatch(/Siste avsnitt\.\\\n?$/);
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose p')).toHaveText(['Linje en', 'Linje to\nLinje tre', 'Etter listen', 'Sitat her.', 'Etter sitatet.', 'Etter tre Enter.', 'Siste avsnitt.'], { useInnerText: true });
  await expect(preview.locator('.prose blockquote')).toHaveText('Sitat her.');
  await expect(preview.locator('.prose li')).toHaveText(['Punkt en', 'Punkt to']);
  await publish();
  await saved();
  const written = await readFile(`${content}/news/avsnitt-og-linjeskift.mdx`, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe('Linje en\n\nLinje to\\\nLinje tre\n\n- Punkt en\n- Punkt to\n\nEtter listen\n\n> Sitat her.\n\nEtter sitatet.\n\nEtter tre Enter.\n\nSiste avsnitt.');
  expect((await check()).output).not.toContain('avsnitt-og-linjeskift');
  await git('add', '-A');
  await commit('paragraphs and line breaks typed');
});

// Fresh eyes: «- Felles mål for nærvær», Enter, «Tettere oppfølging» became one item; «1.» lists likewise; and text
// typed after a table pasted from Word went into the table, a row of its own on the page and in the e-mail.
// Later fresh eyes: «- » typed out of habit after Enter had started the item saved «- - Tettere oppfølging», two bullets;
// and the hint's sub-item, «to mellomrom foran «-»» typed there, was saved «-   Kartlegging først», a flat item.
test('Enter after a list item starts the next item (a bullet typed there as well is the same item, two spaces before it a sub-item), Enter on an empty item ends the list, and text after a table is a paragraph', async () => {
  await newNewsItem('Lister og tabeller skrevet inn', 'Sekretariatet skriver lister og limer inn en tabell fra Word.', '2010-05-16', '');
  await body().click();
  for (const key of ['- Felles mål for nærvær', 'Enter', '  - Kartlegging først', 'Enter', 'Enter', '- Tettere oppfølging', 'Enter', 'Enter', '1. Kartlegge', 'Enter', 'Følge opp', 'Enter', 'Enter', 'Fraværet:'])
    await (key === 'Enter' ? page.keyboard.press(key) : page.keyboard.type(key));
  await pasteAtCaret({
    html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=NO-BOK><!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
 <tr><td valign=top><p class=MsoNormal><b>År<o:p></o:p></b></p></td><td valign=top><p class=MsoNormal><b>Fravær<o:p></o:p></b></p></td></tr>
 <tr><td valign=top><p class=MsoNormal>2010<o:p></o:p></p></td><td valign=top><p class=MsoNormal>8,2&nbsp;%<o:p></o:p></p></td></tr>
</table><!--EndFragment--></body></html>`,
    text: 'År\tFravær\r\n2010\t8,2\u00A0%\r\n',
  });
  await page.keyboard.type('Fraværet gikk ned etter tabellen.');
  // Later fresh eyes: a table typed row by row kept its first row only, and the text after it joined its last row.
  const typedTable = ['| Kvartal | Fravær |', '| --- | --- |', '| 1 | 8,0 |', '| 2 | 7,5 |'];
  for (const key of ['Enter', ...typedTable.flatMap((row) => [row, 'Enter']), 'Etter den andre tabellen.'])
    await (key === 'Enter' ? page.keyboard.press(key) : page.keyboard.type(key));
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose ul li')).toHaveText([/^Felles mål for nærvær\s*Kartlegging først\s*$/, 'Kartlegging først', 'Tettere oppfølging']);
  await expect(preview.locator('.prose ul ul li')).toHaveText(['Kartlegging først']);
  await expect(preview.locator('.prose ol li')).toHaveText(['Kartlegge', 'Følge opp']);
  await expect(preview.locator('.prose table')).toHaveCount(2);
  await expect(preview.locator('.prose table').first().locator('tr')).toHaveCount(2);
  await expect(preview.locator('.prose table').last().locator('tr')).toHaveCount(3);
  await expect(preview.locator('.prose p').last()).toHaveText('Etter den andre tabellen.');
  await page.screenshot({ path: 'test-results/cms-lists-and-table.png' });
  await publish();
  await saved();
  const written = await readFile(`${content}/news/lister-og-tabeller-skrevet-inn.mdx`, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(
    ['- Felles mål for nærvær', '  - Kartlegging først', '- Tettere oppfølging', '', '1. Kartlegge', '2. Følge opp', '', 'Fraværet:', '', '| År | Fravær |', '| --- | --- |', '| 2010 | 8,2\u00A0% |', '', 'Fraværet gikk ned etter tabellen.', '', ...typedTable, '', 'Etter den andre tabellen.'].join('\n'),
  );
  expect((await check()).output).not.toContain('lister-og-tabeller-skrevet-inn');
  await visit(entryUrl('news', 'lister-og-tabeller-skrevet-inn'));
  await expect(page.locator('.prose tr')).toHaveCount(5);
  await expect(page.locator('.prose p').filter({ hasText: 'Fraværet gikk ned etter tabellen.' })).toHaveCount(1);
  await expect(page.locator('.prose p').filter({ hasText: 'Etter den andre tabellen.' })).toHaveCount(1);
  await rm(`${content}/news/lister-og-tabeller-skrevet-inn.mdx`);
});

// Fresh eyes: the «| --- |» line under a table's first row had to be typed by hand, and the check named a table without it.
test("Enter after a table's first row puts in its separator line, a cell per column; Ctrl+Z takes it out again", async () => {
  await newNewsItem('Tabell skrevet inn', 'Sekretariatet skriver en tabell rad for rad i teksten.', '2010-05-17', '');
  await body().click();
  await page.keyboard.type('Fraværet:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('| Kommune | 2008 | 2009 |');
  await page.keyboard.press('Enter');
  await expect.poll(bodyLines).toBe('Fraværet:\n| Kommune | 2008 | 2009 |\n| --- | --- | --- |');
  // Undone as one step, the caret back at the row's end.
  await page.keyboard.press('Control+z');
  await expect.poll(bodyLines).toBe('Fraværet:\n| Kommune | 2008 | 2009 |');
  await page.keyboard.press('Enter');
  for (const row of ['| Sola | 8,1 | 6,4 |', '| Gloppen | 7,0 | 5,2 |']) {
    await page.keyboard.type(row);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.type('Etter tabellen.');
  await expect(page.frameLocator('#preview-pane').locator('.prose table tr')).toHaveCount(3);
  await publish();
  await saved();
  const file = `${content}/news/tabell-skrevet-inn.mdx`;
  const written = await readFile(file, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(
    ['Fraværet:', '', '| Kommune | 2008 | 2009 |', '| --- | --- | --- |', '| Sola | 8,1 | 6,4 |', '| Gloppen | 7,0 | 5,2 |', '', 'Etter tabellen.'].join('\n'),
  );
  expect((await check()).output).not.toContain('tabell-skrevet-inn');
  await rm(file);
});

// Fresh eyes: an e-mail signature pasted as plain text stood as three lines in the editor and as one run-together line on the page.
test('plain text pasted with single line breaks shows its lines on the page as in the editor', async () => {
  await newNewsItem('Signatur limt inn', 'Sekretariatet limer inn en signatur fra en e-post i ren tekst.', '2010-05-20', '');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await body().click();
  await page.evaluate(() =>
    navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob(['Kari Nordmann, kommunikasjonsrådgiver\r\nTelefon: +47 900 12 345\r\nE-post: kari.nordmann@ks.no\r\n'], { type: 'text/plain' }) }),
    ]),
  );
  await page.keyboard.press('Control+V');
  const lines = ['Kari Nordmann, kommunikasjonsrådgiver', 'Telefon: +47 900 12 345', 'E-post: kari.nordmann@ks.no'];
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose p')).toHaveText([lines.join('\n')], { useInnerText: true });
  await publish();
  await saved();
  const written = await readFile(`${content}/news/signatur-limt-inn.mdx`, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(lines.join('\\\n'));
  await visit(entryUrl('news', 'signatur-limt-inn'));
  await expect(page.locator('.prose p').filter({ hasText: 'Kari Nordmann' })).toHaveText(lines.join('\n'), { useInnerText: true });
  await rm(`${content}/news/signatur-limt-inn.mdx`);
});

// Fresh eyes: a Word list pasted right after a typed line went into that line («Første linje- Dialogmøter tidlig»).
test('a Word list pasted after a typed line, on an empty line or between paragraphs stays a list of its own', async () => {
  await newNewsItem('Lister limt inn fra Word', 'Sekretariatet limer inn lister fra Word midt i teksten.', '2010-05-19', '');
  await body().click();
  await page.keyboard.type('Første linje');
  await pasteAtCaret(wordBullets);
  await expect.poll(bodyLines).toBe('Første linje\n- Dialogmøter tidlig\n- Tett oppfølging');
  // On the empty line under the list, then between two paragraphs (at the end of the first).
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andre avsnitt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tredje avsnitt');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await pasteAtCaret(wordNumbers);
  const text = ['Første linje', '', '- Dialogmøter tidlig', '- Tett oppfølging', '', 'Andre avsnitt', '', '1. Kartlegge', '2. Følge opp', '', 'Tredje avsnitt'];
  await expect.poll(bodyLines).toBe(text.filter(Boolean).join('\n'));
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose > div > div > *')).toHaveText(['Første linje', /Dialogmøter tidlig\s*Tett oppfølging/, 'Andre avsnitt', /Kartlegge\s*Følge opp/, 'Tredje avsnitt']);
  await publish();
  await saved();
  const written = await readFile(`${content}/news/lister-limt-inn-fra-word.mdx`, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4).trimEnd()).toBe(text.join('\n'));
  expect((await check()).output).not.toContain('lister-limt-inn-fra-word');
  await git('add', '-A');
  await commit('lists pasted between typed lines');
});

// The tester typed «17. mai gikk toget …»: the preview numbered it as a list from 17, and the save was refused.
test('a year or a date typed at the start of a line shows as text in the preview, as on the page, and is saved so the check passes', async () => {
  await newNewsItem('Datoer først på linjen', 'Sekretariatet skriver datoer og årstall først på en linje i teksten.', '2010-05-17', '17. mai gikk toget forbi rådhuset.\n\n2010. Det året startet arbeidet.\n\n1. Kartlegge\n2. Følge opp\n');
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose p')).toHaveText(['17. mai gikk toget forbi rådhuset.', '2010. Det året startet arbeidet.'], { timeout: 30_000 });
  await expect(preview.locator('.prose ol')).toHaveCount(1);
  await expect(preview.locator('.prose ol li')).toHaveText(['Kartlegge', 'Følge opp']);
  await publish();
  await saved();
  const written = await readFile(`${content}/news/datoer-forst-pa-linjen.mdx`, 'utf8');
  expect(written.slice(written.lastIndexOf('---\n') + 4)).toBe('17\\. mai gikk toget forbi rådhuset.\n\n2010\\. Det året startet arbeidet.\n\n1. Kartlegge\n2. Følge opp\n');
  // The editor shows the lines as typed, without the backslashes the save put in.
  await expect.poll(bodyLines).toBe('17. mai gikk toget forbi rådhuset.\n2010. Det året startet arbeidet.\n1. Kartlegge\n2. Følge opp');
  expect((await check()).output).not.toContain('datoer-forst-pa-linjen');
  await git('add', '-A');
  await commit('dates at the start of a line');
});

// The tester saw «Loading configuration...» as /admin/ opened, and «Endringer lagret» on a new, empty entry.
test('underscores inside a word show as typed in the preview, as on the page, and those at a word\'s edge still make italics', async () => {
  await newNewsItem(
    'Understreker i ord',
    'Sekretariatet skriver filnavn og koder med understreker inne i ordene.',
    '2010-05-17',
    'Skriv fil_navn_her, Kárášjohka_rapport_2010, dobbel__under__strek og `kode_med_strek`. Men _dette_ er kursiv.\n',
  );
  const preview = page.frameLocator('#preview-pane');
  // The page (MDX, CommonMark) shows the first three as typed; Decap's preview made italics and bold inside the words.
  await expect(preview.locator('.prose p')).toHaveText('Skriv fil_navn_her, Kárášjohka_rapport_2010, dobbel__under__strek og kode_med_strek. Men dette er kursiv.', { timeout: 30_000 });
  await expect(preview.locator('.prose em')).toHaveText(['dette']);
  await expect(preview.locator('.prose strong')).toHaveCount(0);
  await expect(preview.locator('.prose code')).toHaveText('kode_med_strek');
  await page.screenshot({ path: 'test-results/cms-preview-underscores-1280.png' });
});

test('/admin/ is Norwegian from its first text, and a new entry says it is not saved yet until it is', async () => {
  // A browser of its own: /admin/ as it opens, before the login.
  const fresh = await page.context().browser()!.newPage();
  try {
    const seen = new Set<string>();
    await fresh.exposeFunction('kompetansebankenSeen', (text: string) => void seen.add(text));
    await fresh.addInitScript(() => {
      new MutationObserver(() => {
        const text = document.body?.innerText.trim();
        if (text) (window as unknown as { kompetansebankenSeen: (text: string) => void }).kompetansebankenSeen(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await fresh.goto(`${origin}/admin/#/collections/news`);
    await fresh.getByRole('button', { name: 'Logg inn' }).click({ timeout: 60_000 });
    await expect(fresh.getByRole('link', { name: 'Gode eksempler' }).first()).toBeVisible({ timeout: 60_000 });
    expect([...seen].some((text) => /^Laster/.test(text)), [...seen].join(' | ')).toBe(true);
    expect([...seen].filter((text) => english.test(text))).toEqual([]);
  } finally {
    await fresh.close();
  }
  await openCms('collections/news/new');
  await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Ikke lagret ennå')).toBeVisible();
  await expect(page.getByText('Endringer lagret')).toHaveCount(0);
  await field('Tittel').fill('Ikke lagret');
  await expect(page.getByText('Ulagrede endringer')).toBeVisible();
  await expect(page.getByText('Ikke lagret ennå')).toHaveCount(0);
});

// The tester's findings: the preview showed «[^1]» as written (the site shows footnotes), and a new source, closed, read «No doc».
// An MDX comment, as the check says to write one, showed as «{/<em> … </em>/}».
test('the preview shows footnotes as the site does and no comments, and a list item not filled in says so in Norwegian', async () => {
  await openCms('collections/news/new');
  await body().fill('{/* Intern merknad */}\n\nFraværet falt.[^kilde] Det holdt seg lavt.[^2]\n\n[^2]: Målt i 2010.\n[^kilde]: Sluttrapporten, s. 24.\n');
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.locator('.prose p').first()).toHaveText('Fraværet falt.1 Det holdt seg lavt.2', { timeout: 30_000 });
  await expect(preview.locator('.prose sup')).toHaveText(['1', '2']);
  await expect(preview.getByRole('heading', { name: 'Fotnoter', level: 2 })).toBeVisible();
  await expect(preview.locator('.footnotes li')).toHaveText(['Sluttrapporten, s. 24.', 'Målt i 2010.']);
  await expect(preview.locator('body')).not.toContainText('[^');
  await expect(preview.locator('body')).not.toContainText('Intern merknad');
  // A nynorsk entry's footnotes are headed in nynorsk, as its page heads them (src/markdown/footnote-labels.ts).
  await choose('Språk', 'Nynorsk');
  await expect(preview.getByRole('heading', { name: 'Fotnotar', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Legg til: kilde' }).click();
  await page.getByRole('button', { name: 'Skjul kilde 1' }).click();
  await expect(page.getByText('Ikke fylt ut ennå')).toBeVisible();
  await expect(page.getByText(/^No \w+$/)).toHaveCount(0);
});

// Fresh eyes, by keyboard: Tab into a filled field and typing added to its text («2026-02-152026-02-20»): Decap's
// control put the caret back where the last typing had left it, after the browser had selected the whole text.
test('Tab into a filled field selects its text, and what is typed then takes its place', async () => {
  await openCms('collections/news/new');
  // Into the title from the field after it, and into the date from the field before it.
  for (const [label, typed, retyped, away, back] of [
    ['Tittel', 'Gammel tittel', 'Ny tittel', 'Tab', 'Shift+Tab'],
    ['Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)', '2026-02-15', '2026-02-20', 'Shift+Tab', 'Tab'],
  ]) {
    await field(label!).click();
    await page.keyboard.type(typed!);
    await page.keyboard.press(away!);
    await page.keyboard.press(back!);
    await expect(field(label!)).toBeFocused();
    // Key by key as a person types: under a full run's load a digit typed at once was lost while the date field redrew.
    await page.keyboard.type(retyped!, { delay: 40 });
    await expect(field(label!)).toHaveValue(retyped!);
  }
});

test('a title of spaces or punctuation alone is refused in Norwegian, at the field', async () => {
  await openCms('collections/news/new');
  for (const typed of ['   ', '«?!»']) {
    await field('Tittel').fill(typed);
    // Scrolled away from the field, as after typing the text last (fresh eyes: nothing seemed to happen).
    await page.evaluate(() => document.querySelector('[class*="ControlPaneContainer"]')?.scrollTo(0, 100_000));
    await publish();
    const message = fieldError('Skriv en tittel med minst én bokstav eller ett tall');
    await expect(message).toBeInViewport();
    expect(await git('status', '--porcelain'), typed).toBe('');
  }
  expect(await englishInInterface()).toEqual([]);
});

// Fresh eyes: a title of spaces alone was refused with two messages run together («… ett tall. er tomt: …»), and an
// empty «Sted» of an event was named twice, by the list and by the item. One problem, said once.
test('one problem of a field is said once: a title of spaces by what to write, an empty place of an event by its item', async () => {
  await openCms('collections/news/new');
  await field('Tittel').fill('   ');
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
  await expect(refusal.locator('li').first()).toHaveText('«Tittel»: Skriv en tittel med minst én bokstav eller ett tall.');
  await expect(page.locator('[class*="ControlErrorsList"]').first().locator('li')).toHaveText(['Skriv en tittel med minst én bokstav eller ett tall.']);
  await leaveWithoutSaving();
  await openCms('collections/events/new');
  await field('Tittel').fill('Et arrangement med et tomt sted');
  await page.getByRole('button', { name: 'Legg til: sted' }).click();
  await publish();
  await expect(refusal.locator('li').first()).toBeVisible();
  const places = refusal.locator('li').filter({ hasText: /^«Steder/ });
  await expect(places).toHaveText([
    '«Steder (nr. 1) → Sted» må fylles ut. Ingenting er fylt ut i sted 1: fyll ut, eller fjern sted 1 med krysset øverst til høyre («Fjern sted 1»).',
  ]);
  expect(await git('status', '--porcelain')).toBe('');
  await leaveWithoutSaving();
});

// Fresh eyes: a field with two errors was read by a screen reader as one run-on sentence («… eller ett tall «Tittel» er
// 160 tegn …»: the pattern's message had no full stop), and an event's end before its first day was marked «Er 9.
// februar 2027, før «Dato» …» under «Sluttdato», a sentence without its subject.
test("each of a field's errors is a sentence of its own: read apart by a screen reader, and with the field's name where the message goes on from it", async () => {
  await openCms('collections/news/new');
  await field('Tittel').fill('!'.repeat(160));
  await publish();
  await expect(field('Tittel')).toHaveAccessibleDescription(
    'Skriv en tittel med minst én bokstav eller ett tall. «Tittel» er 160 tegn; en tittel kan ha høyst 150. Skriv en kortere tittel, og legg resten i ingressen.',
  );
  await leaveWithoutSaving();
  await openCms('collections/events/new');
  await field('Tittel').fill('Et arrangement som slutter før det begynner');
  await field('Ingress').fill('Sekretariatet inviterer kommunene til et møte om nærvær og arbeidsmiljø.');
  await choose('Type arrangement', 'Konferanse');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2027-02-10');
  await field('Sluttdato').fill('2027-02-09');
  await body().fill('Program kommer.\n');
  await publish();
  const said = '«Sluttdato» er 9. februar 2027, før «Dato» (10. februar 2027): skriv arrangementets siste dag, eller la feltet stå tomt om det varte én dag.';
  await expect(fieldError(said, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(field('Sluttdato')).toHaveAccessibleDescription(said);
  expect(await git('status', '--porcelain')).toBe('');
  await leaveWithoutSaving();
});

// Fresh eyes: «Publiser nå» refused for a field in the wrong form or a number below its least only turned the field
// red: the box above the form spoke only of empty fields, and on a phone, the field out of sight, nothing seemed to
// happen. Every kind of error Decap's check of the fields finds is named there: a required field left empty (Decap's
// PRESENCE), a pattern (PATTERN), our widgets' own (CUSTOM: a date that does not exist, a number out of range).
test('a save refused at its fields names each field above the form, whatever its error, each a link to the field, in sight on a phone', async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  try {
    await newNewsItem('«?!»', '', '31.02.2010', 'Tekst.\n');
    await page.getByLabel('Feltet liste').filter({ hasText: 'Kilder' }).last().getByLabel(/^Side i PDF-en/).filter({ visible: true }).last().fill('0');
    const hash = await page.evaluate(() => location.hash);
    await publish();
    const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
    await expect(refusal).toBeInViewport();
    await expect(refusal.locator('li')).toHaveText([
      '«Tittel»: Skriv en tittel med minst én bokstav eller ett tall.',
      '«Ingress» må fylles ut.',
      '«Dato» er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».',
      '«Kilder (nr. 1) → Side i PDF-en» må være minst 1.',
    ]);
    // Each marked field says so at the field to a screen reader (WCAG 3.3.1, 4.1.2): invalid, described by what is
    // wrong there (it was red for the eye only); a field not marked is not.
    await expect(field('Ingress')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('Ingress')).toHaveAccessibleDescription(/«Ingress» må fylles ut\./);
    await expect(field('Side i PDF-en').filter({ visible: true }).last()).toHaveAttribute('aria-invalid', 'true');
    await expect(body()).not.toHaveAttribute('aria-invalid', 'true');
    // Its top not under the toolbar.
    const toolbar = await page.locator('[class*="-ToolbarContainer "]').first().boundingBox();
    await expect.poll(async () => (await refusal.boundingBox())!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height - 1);
    await page.screenshot({ path: 'test-results/cms-field-refusal-375.png' });
    // Each field's name is a link to it: the form goes there, the field focused, and the editor's address stays.
    const pageNumber = field('Side i PDF-en').filter({ visible: true }).last();
    await refusal.getByRole('link', { name: 'Kilder (nr. 1) → Side i PDF-en' }).click();
    await expect(pageNumber).toBeFocused();
    await expect(pageNumber).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await git('status', '--porcelain')).toBe('');
    // What is fixed is no longer named; what is left still is, at the next save.
    await pageNumber.fill('24');
    await field('Ingress').fill('Sekretariatet skriver en sak med en tittel og en dato i feil form.');
    await publish();
    await expect(refusal.locator('li')).toHaveText([
      '«Tittel»: Skriv en tittel med minst én bokstav eller ett tall.',
      '«Dato» er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».',
    ]);
    // The fields fixed are no longer invalid, nor described by an error; those still wrong are.
    await expect(field('Ingress')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field('Ingress')).not.toHaveAccessibleDescription(/må fylles ut/);
    await expect(pageNumber).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field('Tittel')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('Tittel')).toHaveAccessibleDescription(/Skriv en tittel med minst én bokstav eller ett tall/);
    expect(await git('status', '--porcelain')).toBe('');
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  expect(await englishInInterface()).toEqual([]);
});

// Fresh eyes (a screen reader): Decap checks the fields again only at the next save, so a field fixed after a refused
// save stayed red and «ugyldig», with its error, and the refusal still named it, until the next save.
test('a field fixed after a refused save loses its mark at once, and its line in the refusal says so; a field still wrong stays marked', async () => {
  await newNewsItem('«?!»', '', '31.02.2010', 'Tekst.\n');
  const pageNumber = field('Side i PDF-en').filter({ visible: true }).last();
  await pageNumber.fill('0');
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
  const lines = refusal.locator('li');
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  await expect(lines).toHaveText([
    '«Tittel»: Skriv en tittel med minst én bokstav eller ett tall.',
    '«Ingress» må fylles ut.',
    '«Dato» er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».',
    '«Kilder (nr. 1) → Side i PDF-en» må være minst 1.',
  ]);
  // A field in a list kept its mark until the next save.
  await pageNumber.fill('24');
  await expect(pageNumber).not.toHaveAttribute('aria-invalid', 'true');
  await expect(fieldError('må være minst 1', { exact: false })).toHaveCount(0);
  await expect(lines.nth(3)).toHaveText('«Kilder (nr. 1) → Side i PDF-en» må være minst 1. (rettet)');
  await field('Ingress').fill('Sekretariatet skriver en sak med en tittel og en dato i feil form.');
  await expect(field('Ingress')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(field('Ingress')).not.toHaveAccessibleDescription(/må fylles ut/);
  await expect(fieldError('må fylles ut')).toHaveCount(0);
  // Its line stays where it was (the box does not shrink under the field being typed in), struck through.
  await expect(lines).toHaveCount(4);
  await expect(lines.nth(1)).toHaveText('«Ingress» må fylles ut. (rettet)');
  await expect(lines.nth(1)).toHaveCSS('text-decoration-line', 'line-through');
  // Read out when it came; not again at each field fixed.
  await expect(refusal).toHaveAttribute('aria-live', 'off');
  // Changed but still wrong: still marked, with what is wrong now.
  await field('Tittel').fill('«!»');
  await date.fill('30.02.2010');
  await expect(fieldError('Nå står det «30.02.2010».', { exact: false })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(field('Tittel')).toHaveAttribute('aria-invalid', 'true');
  await expect(lines.nth(0)).toHaveText('«Tittel»: Skriv en tittel med minst én bokstav eller ett tall.');
  await date.fill('2010-02-28');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(lines.nth(2)).toHaveText(/ \(rettet\)$/);
  await expect(field('Tittel')).toHaveAttribute('aria-invalid', 'true');
  // Made wrong again: marked again, and its line no longer said to be fixed.
  await field('Ingress').fill('');
  await expect(field('Ingress')).toHaveAttribute('aria-invalid', 'true');
  await expect(lines.nth(1)).toHaveText('«Ingress» må fylles ut.');
  await expect(lines.nth(1)).not.toHaveCSS('text-decoration-line', 'line-through');
  await page.screenshot({ path: 'test-results/cms-fixed-field-1280.png' });
  expect(await git('status', '--porcelain')).toBe('');
});

// Fresh eyes: a new news item with a title already used, a short ingress and sources with pages 0 and 999 (S002 has
// 68): the box named page 0 but not page 999 (both fields are «page», and Decap's refusal of the one left the page's own
// check of the other out), two empty sources alike («Dokument: må fylles ut.» twice), the title's line last, no link,
// its field unmarked, and at 1 280 px cut off («… søket og») in a box with its own scrollbar, over «Tittel».
test('a save refused at its fields names every problem at once, in the form\'s order, each list item by its number, each a link to its marked field', async () => {
  const { file } = await entryWithShortTitle('news');
  const title = /^title: (.*)$/m.exec(await readFile(join(work, file), 'utf8'))![1]!;
  await newNewsItem(title, 'kort', '2010-03', 'Tekst.\n');
  const sources = page.getByLabel('Feltet liste').filter({ hasText: 'Kilder' }).last();
  const pages = field('Side i PDF-en', sources).filter({ visible: true });
  await pages.first().fill('0');
  await page.getByRole('button', { name: 'Legg til: kilde' }).click();
  await field('Dokument', sources).filter({ visible: true }).last().fill('S002');
  await page.getByRole('option', { name: /S002/i }).first().click();
  await pages.last().fill('999');
  await page.getByRole('button', { name: 'Legg til: kilde' }).click();
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
  await expect(refusal.locator('li')).toHaveText([
    `«Tittel»: Tittelen «${title}» er allerede brukt av ${await newsItemNamed(file)}. Endre tittelen her, så den sier hva som skiller dem (f.eks. kommune, år eller tema): nyheter og pressemeldinger med samme tittel kan ikke skilles fra hverandre i lister, søket og nedtrekkslistene i redigeringsverktøyet.`,
    '«Ingress» er for kort: skriv minst 20 tegn (nå 4).',
    '«Kilder (nr. 1) → Side i PDF-en» må være minst 1.',
    '«Kilder (nr. 2) → Side i PDF-en»: S002 har bare 68 sider, men side 999 er oppgitt.',
    // An empty extra source: said to be removable, by its cross's name (it seemed to have to be filled in).
    '«Kilder (nr. 3) → Dokument» må fylles ut. Ingenting er fylt ut i kilde 3: fyll ut, eller fjern kilde 3 med krysset øverst til høyre («Fjern kilde 3»).',
  ]);
  await expect(sources.getByRole('button', { name: 'Fjern kilde 3', exact: true })).toBeVisible();
  // The hint under «Kilder» is not red for an error inside the list: only the error is (it read as the error).
  await expect(sources.locator(':scope > [class*="-ControlHint"]')).toHaveCSS('color', 'rgb(122, 130, 145)');
  // Whole, in the form's flow: not cut off in a box of its own, nor over the message at «Tittel».
  expect(await refusal.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
  const titleError = fieldError('Tittelen er allerede brukt av en annen oppføring: gi denne en egen tittel.');
  await expect(titleError).toBeVisible();
  const [box, message] = [(await refusal.boundingBox())!, (await titleError.boundingBox())!];
  expect(box.y + box.height, 'the refusal ends above the message at «Tittel»').toBeLessThanOrEqual(message.y);
  await page.screenshot({ path: 'test-results/cms-every-problem-1280.png' });
  // The page's own check's line is a link to its field, marked there as Decap marks its own.
  await expect(fieldError('S002 har bare 68 sider, men side 999 er oppgitt.')).toBeVisible();
  await refusal.getByRole('link', { name: 'Kilder (nr. 2) → Side i PDF-en' }).click();
  await expect(pages.nth(1)).toBeFocused();
  await expect(pages.nth(1)).toBeInViewport();
  await refusal.getByRole('link', { name: 'Tittel', exact: true }).click();
  await expect(field('Tittel')).toBeFocused();
  // The text editor's control has no id of its own (its label points at one no element has): its link did nothing.
  // Emptied for sure: Slate takes in the selection of fill's «select all» a moment later, and a delete before that
  // deleted nothing under load (CI), so the save was refused without the text's line.
  await expect(async () => {
    await body().fill('');
    expect(await bodyLines()).toBe('');
  }).toPass({ timeout: 20_000 });
  await field('Tittel').focus();
  await publish();
  await refusal.getByRole('link', { name: 'Tekst', exact: true }).click();
  await expect(body()).toBeFocused();
  await expect(body()).toHaveAttribute('aria-invalid', 'true');
  expect(await git('status', '--porcelain')).toBe('');
});

// Fresh eyes (a screen reader, the keyboard): when the page's own checks answered late (the dev server's check of the
// text, under load), the refusal was said again and brought into sight, taking the form away from the field just gone
// to by one of its links. Said again, it is read out and updated, and the form stays at the field.
test('a refusal said again when the text check answers late leaves the form and the focus at the field its link went to', async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/innholdskontroll/tekst/', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await newNewsItem('Teksten kontrolleres sent', '', '2010-03-16', '3. plass gikk til Askim.\n');
    const pageNumber = field('Side i PDF-en').filter({ visible: true }).last();
    await pageNumber.fill('0');
    await publish();
    const refusal = page.getByRole('alert').filter({ hasText: /^Noe i skjemaet mangler eller må rettes før det kan lagres:/ });
    await expect(refusal.locator('li')).toHaveText(['«Ingress» må fylles ut.', '«Kilder (nr. 1) → Side i PDF-en» må være minst 1.']);
    await refusal.getByRole('link', { name: 'Kilder (nr. 1) → Side i PDF-en' }).click();
    await expect(pageNumber).toBeFocused();
    await expect(pageNumber).toBeInViewport();
    const before = (await pageNumber.boundingBox())!.y;
    release();
    await expect(refusal).toContainText('Linjen som begynner «3. plass gikk til Askim.»', { timeout: 30_000 });
    await page.waitForTimeout(500);
    await expect(pageNumber).toBeFocused();
    await expect(pageNumber).toBeInViewport();
    expect(Math.abs((await pageNumber.boundingBox())!.y - before), 'the field kept its place').toBeLessThanOrEqual(1);
    expect(await git('status', '--porcelain')).toBe('');
  } finally {
    release();
    await page.unroute('**/api/innholdskontroll/tekst/');
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('text longer or shorter than its field allows is refused at the field, saying the limit and how many characters there are', async () => {
  // A title of 400 characters was refused by a toast that faded, and no field was marked: the message now stays at the
  // field (in its red list, as for a date in the wrong form) until the text is fixed, with the count as the check counts.
  // A field's label and its errors share the bar above the field.
  const errorsAt = (label: string) =>
    page.locator('[class*="-ControlTopbar "]').filter({ has: page.locator('label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).locator('[class*="ControlErrorsList"]');
  const messages = () => page.locator('[class*="ControlErrorsList"] li').allTextContents();
  await newNewsItem(`${'Samling i Deatnu '.repeat(24)}`.trim(), 'For kort ingress', '2008-04-04', 'Tekst.\n');
  await publish();
  await expect.poll(messages).toEqual(
    expect.arrayContaining([
      '«Tittel» er 407 tegn; en tittel kan ha høyst 150. Skriv en kortere tittel, og legg resten i ingressen.',
      '«Ingress» er for kort: skriv minst 20 tegn (nå 16).',
    ]),
  );
  // Each by its own field: the title's under the title's label, the ingress's under the ingress's.
  await expect(errorsAt('Tittel')).toContainText('høyst 150');
  await expect(errorsAt('Ingress')).toContainText('minst 20');
  // As worded, not in capitals (Decap's), which made a sentence hard to read (fresh eyes).
  expect(await errorsAt('Tittel').evaluate((list) => getComputedStyle(list).textTransform)).toBe('none');
  await page.screenshot({ path: 'test-results/cms-length-at-field.png' });
  // Spaces around the text are no characters (the save leaves them out); 401 characters of ingress are one too many.
  // Focused first: Decap's text field puts the cursor back where it was typed last when it is drawn again on focus.
  for (const [label, text] of [['Tittel', '  Samling i Deatnu  '], ['Ingress', 'a'.repeat(401)]] as const) {
    await field(label).focus();
    await field(label).fill(text);
    await expect(field(label)).toHaveValue(text);
  }
  await publish();
  await expect.poll(messages).toEqual(['«Ingress» er for lang: skriv høyst 400 tegn (nå 401).']);
  expect(await git('status', '--porcelain')).toBe('');
  // Fresh eyes: an ingress of 30 spaces was saved (the save left the field out) and held the whole site back.
  await field('Ingress').focus();
  await field('Ingress').fill(' '.repeat(30));
  await publish();
  await expect.poll(messages).toEqual(['«Ingress» er tomt: skriv teksten i feltet.']);
  expect(await git('status', '--porcelain')).toBe('');
  expect(await englishInInterface()).toEqual([]);
});

test('on a phone (375 px) a long label and its error stand one above the other, each as wide as it needs, above the field', async () => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    try {
      // A two-digit year is not written over when the field is left (typed-date.ts), so the field's error shows.
      await newNewsItem('Feil dato på telefon', 'Sekretariatet skriver en sak med en dato i feil form.', '17.10.07', 'Tekst.\n');
      await publish();
      const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
      // The field's own mark (the refusal above the form says the same sentence).
      const error = page.locator('[class*="ControlErrorsList"]').getByRole('listitem').filter({ hasText: '«Dato» må ha året med fire sifre' });
      await expect(error).toBeVisible();
      await date.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/cms-date-error-${width}.png` });
      const label = page.locator('label').filter({ hasText: /^Dato \(ÅÅÅÅ-MM-DD/ });
      const [errorBox, labelBox, fieldBox] = [(await error.boundingBox())!, (await label.boundingBox())!, (await date.boundingBox())!];
      // At 375 px the error was squeezed beside the label into a column of a word or two a line.
      const lineHeight = await error.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 1.2 * parseFloat(getComputedStyle(e).fontSize));
      const lines = errorBox.height / lineHeight;
      expect(lines < 1.5 || errorBox.width > 0.9 * fieldBox.width, `the error on one line or as wide as the field at ${width} px (${lines.toFixed(1)} lines, ${errorBox.width} px)`).toBe(true);
      // Each on its own, not over the other, and both above the field, within the form.
      const apart = errorBox.y + errorBox.height <= labelBox.y + 1 || labelBox.y + labelBox.height <= errorBox.y + 1 || errorBox.x >= labelBox.x + labelBox.width;
      expect(apart, `label and error apart at ${width} px`).toBe(true);
      expect(Math.max(errorBox.y + errorBox.height, labelBox.y + labelBox.height)).toBeLessThanOrEqual(fieldBox.y + 1);
      expect(errorBox.x + errorBox.width).toBeLessThanOrEqual(width);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }
});

test('a number is read as Norwegians write it, and what is not one is refused in Norwegian, not changed', async () => {
  // A press release's number (a saved newsletter keeps its own).
  const file = 'content/news/sluttrapport-juni-2010.mdx';
  await openCms('collections/news/entries/sluttrapport-juni-2010');
  const issue = field('Nummer');
  await expect(issue).toHaveValue(/\d/, { timeout: 30_000 });
  // Decap's own number field saved «nr. 41» as 1 and «41,5» as 415, without a word.
  for (const [typed, message] of [
    // A saved press release's example is its own number (it keeps it), not the next free one another release gets, nor
    // «8 eller 1 234»: no press release is 1 234.
    ['nr. 41', '«Nummer» må være et helt tall skrevet med sifre, for eksempel 4. Nå står det «nr. 41».'],
    ['41,5', '«Nummer» må være et helt tall, uten desimaler.'],
  ] as const) {
    await issue.fill(typed);
    await expect(issue).toHaveValue(typed);
    await publish();
    await expect(fieldError(message)).toBeVisible();
    expect(await git('status', '--porcelain'), typed).toBe('');
  }
  // Its own number with spaces around it is read as that number: the entry is as saved again (a number past the next
  // free one is refused: the press release test).
  await issue.fill(' 4 ');
  await expect(page.getByText('Endringer lagret')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publiser', exact: true })).toHaveCount(0);
  expect(await git('status', '--porcelain')).toBe('');
  await git('checkout', '--', file);
  // A saved newsletter's example is its own number too.
  await openCms('collections/newsletters/entries/nr-2-januar-2009');
  await expect(field('Nummer')).toHaveValue('2', { timeout: 30_000 });
  await field('Nummer').fill('to');
  await publish();
  await expect(fieldError('«Nummer» må være et helt tall skrevet med sifre, for eksempel 2. Nå står det «to».')).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  await leaveWithoutSaving();
});

/** The figure table «Kurs for deltakerkommunene» in the editor, loaded; the tests below restore its file. */
async function openCourses() {
  await openCms('collections/figures/entries/kursdeltakelse');
  await expect(field('Tittel')).toHaveValue('Kurs for deltakerkommunene', { timeout: 30_000 });
}

test('a refused number in a list item that is then removed no longer stops the save', async () => {
  // Decap kept the removed field's error and «Publiser nå» did nothing, without a word.
  await openCourses();
  // A full row offers no «Legg til: tall»: a second column first.
  await page.getByRole('button', { name: 'Legg til: kolonne' }).click();
  await page.getByRole('button', { name: 'Legg til: tall' }).first().click();
  const added = field('Kolonne 2');
  await added.fill('ca. 5');
  await publish();
  await expect(fieldError('Tallet under «Kolonne 2» i raden «Kurs i statistisk prosesskontroll (SPC), 2008» må være et tall skrevet med sifre, for eksempel 8,2 eller 1 234. Nå står det «ca. 5».')).toBeVisible();
  // The column taken away again, the figure is one too many, and says so by its cross.
  await page.getByRole('button', { name: 'Fjern kolonne 2' }).click();
  await expect(field('Tall 2 har ingen kolonne: fjern det')).toHaveValue('ca. 5');
  await page.getByRole('button', { name: 'Fjern tall 2' }).click();
  await field('Merknad').fill('Endret merknad.');
  await publish();
  await saved();
  await expect.poll(() => git('diff', '-U0')).toContain('\n+note: Endret merknad.\n');
  await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
});

// Fresh eyes: a field of a list item refused, then the item removed (a table's row, a story's key figure), and «Publiser
// nå» did nothing, without a word: Decap kept the removed field's error (one of our own widgets', which does not name
// the item) and refuses every save while one is left. And a figure's message named it «Tall», under its column's text.
test('a refused field whose list item is then removed no longer stops the save, and a figure is named by its column and row', async () => {
  await openCms('collections/figures/entries/sykefravaer-utvikling');
  await expect(field('Tittel')).toHaveValue('Utviklingen i sykefraværet', { timeout: 30_000 });
  await field('Q4 07–Q3 08').last().fill('abc');
  await publish();
  await expect(fieldError('Tallet under «Q4 07–Q3 08» i raden «Kommuner i programmet» må være et tall skrevet med sifre, for eksempel 8,2 eller 1 234. Nå står det «abc».')).toBeVisible();
  await field('Radnavn').last().fill('   ');
  await publish();
  await expect(fieldError('«Radnavn» er tomt: skriv teksten i feltet.')).toBeVisible();
  await page.getByRole('button', { name: 'Fjern rad 3' }).click();
  await publish();
  await saved();
  await expect.poll(() => git('diff', '-U0')).toContain('\n-  - label: Kommuner i programmet\n');
  await git('checkout', '--', 'content/figures/sykefravaer-utvikling.yaml');
  // A story's series names its figures so too; a key figure removed after its field was refused goes as the row did.
  await openCms('collections/stories/entries/gjesdal-kompetanseheving');
  await expect(field('Tittel')).toHaveValue('Systematisk kompetanseheving i omsorgstjenestene', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vis Tallserie, vist som et lite diagram' }).click();
  await field('Etter').last().fill('mange');
  await publish();
  await expect(fieldError('Tallet under «Etter» i raden «Assistenter» må være et tall skrevet med sifre', { exact: false })).toBeVisible();
  await field('Etter').last().fill('26');
  await page.getByRole('button', { name: 'Vis nøkkeltall 2' }).click();
  await field('Tallet').nth(1).fill('   ');
  await publish();
  await expect(fieldError('«Tallet» er tomt: skriv teksten i feltet.')).toBeVisible();
  await page.getByRole('button', { name: 'Fjern nøkkeltall 2' }).click();
  await publish();
  await saved();
  await expect.poll(() => git('diff', '-U0')).toContain('\n-  - value: "29"\n');
  await git('checkout', '--', 'content/stories/gjesdal-kompetanseheving.mdx');
});

test('a figure typed with «%» in a table of another unit is refused, saying the unit; in a table of percent it is taken', async () => {
  // Fresh eyes: «8,2 %» in a table of «antall» was saved as 8,2 without a word.
  await openCourses();
  // Each column and each figure of a row shows its text at once, under «Kolonne» and its column's text (fresh eyes: a
  // closed box each, labelled «Kolonner» and «Tall», opened one by one).
  await expect(field('Kolonne')).toHaveValue('Kommuner');
  const figure = field('Kommuner').first();
  await expect(figure).toHaveValue('32');
  await figure.fill('33 %');
  await publish();
  await expect(fieldError('Enheten er «antall» (feltet «Enhet»), så «%» hører ikke hjemme i tallet under «Kommuner» i raden «Kurs i statistisk prosesskontroll (SPC), 2008». Skriv 33, eller skriv «prosent» i «Enhet» om tallene er prosent.')).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  // The unit changed after the figure was typed counts.
  await field('Enhet').fill('prosent');
  await publish();
  await saved();
  await expect.poll(() => git('diff', '-U0')).toContain('\n+unit: prosent\n');
  expect(await git('diff', '-U0')).toContain('\n-      - 32\n+      - 33\n');
  await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
});

test("a figure table's preview shows the table as the site does: each figure in a cell of its own, a lost one said so", async () => {
  // The secretariat's finding: Decap's preview ran a row's figures together («9,89,89,9»).
  // Its title as the save test before leaves it in a full run (it edits the first entry of each collection).
  await openCms('collections/figures/entries/innsatskommuner-sykefravaer');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('row', { name: /^Ringerike/ }).getByRole('cell')).toHaveText(['9,6', '8,1', '9,8', '9,7', '9,5', '9,4']);
  await expect(preview.getByRole('row', { name: /^Lillehammer/ }).getByRole('cell').first()).toHaveText('tapt i kilden');
  await expect(preview.getByRole('columnheader').first()).toHaveText('4. kv. 2005 – 3. kv. 2006');
  await page.screenshot({ path: 'test-results/cms-preview-figure-table-1280.png' });
});

test("a municipality's and a film's previews show them as their pages do, not their bare values", async () => {
  // The secretariat's finding: «kommune», «nord-trondelag», «I» and a film's municipalities as file names.
  // (Verdal and Helges bilverkstad: not the first entries, whose titles an earlier test changes.)
  await openCms('collections/municipalities/entries/verdal');
  await expect(field('Navn')).toHaveValue('Verdal', { timeout: 30_000 });
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Verdal');
  await expect(preview.locator('dl.facts > div')).toHaveText(['TypeKommune', 'Fylke (2009)Nord-Trøndelag', 'PuljePulje I', 'Del avInnherred samkommune']);
  await page.screenshot({ path: 'test-results/cms-preview-municipality-1280.png' });
  await openCms('collections/films/entries/helges-bilverkstad');
  await expect(field('Tittel')).toHaveValue('Helges bilverkstad', { timeout: 30_000 });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('«Helges bilverkstad»');
  await expect(preview.getByText('Laget av Gunhild Asting, 2009.')).toBeVisible();
  await expect(preview.getByText('Filmen er fra Flora kommune.')).toBeVisible();
  // A new film's address as the link /filmer/ gives it.
  await openCms('collections/films/new');
  await field('Nettadresse til filmen').fill('https://www.youtube.com/watch?v=abc123', { timeout: 30_000 });
  await expect(preview.getByRole('link', { name: 'Se filmen hos YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc123');
  await page.screenshot({ path: 'test-results/cms-preview-film-1280.png' });
  await leaveWithoutSaving();
  expect(await git('status', '--porcelain')).toBe('');
});

// The secretariat's finding: a press release's preview showed its title and text only, not the number, date or
// contact it was about to publish (preview-news.js).
// The secretariat's finding: an event's preview showed its title and text, and no day, place or deadline to check.
test("an event's preview says its kind, its days with «Når», its places and its deadline, as its page does", async () => {
  await openCms('collections/events/new');
  await field('Tittel').fill('Nærværskonferanse i forhåndsvisningen', { timeout: 30_000 });
  const preview = page.frameLocator('#preview-pane');
  const facts = preview.locator('dl.event-facts');
  await expect(facts).toHaveText('Når(dato mangler)');
  await choose('Type arrangement', 'Konferanse');
  await expect(preview.getByText('Konferanse', { exact: true })).toBeVisible();
  // Typed the Norwegian way, as the field writes it when it is left.
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('14.1.2027');
  await field('Sluttdato').fill('2027-01-15');
  await field('Når (fritekst)').fill('kl. 10.00–15.30 begge dager');
  await field('Påmeldingsfrist').fill('2027-01-04');
  await expect(facts.locator('div')).toHaveText(['Når14.–15. januar 2027 · kl. 10.00–15.30 begge dager', 'Påmeldingsfrist4. januar 2027']);
  await expect(preview.locator('.event-facts dt').first()).toHaveCSS('font-weight', '600');
  await leaveWithoutSaving();
});

// The secretariat's finding: a case story's preview showed neither its figures nor its quotes.
test("a case story's preview shows its figures under «Tall fra kildene» and its quotes under «Sitater», each with its source, as its page does", async () => {
  await openCms('collections/stories/entries/haegebostad-sykefravaer');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const preview = page.frameLocator('#preview-pane');
  const figures = preview.locator('section.key-figures');
  await expect(figures.getByRole('heading')).toHaveText('Tall fra kildene');
  await expect(figures.locator('dl > div').first()).toHaveText('sykefravær i kommunennærmet seg 11 prosent2007. Kilde: Sluttrapporten, s. 42');
  const quotes = preview.locator('section.quotes');
  await expect(quotes.getByRole('heading')).toHaveText('Sitater');
  await expect(quotes.locator('blockquote').first()).toHaveText(/^«Vi har ikke funnet opp kruttet på nytt, .* koster kommunene»$/);
  await expect(quotes.locator('figcaption').first()).toHaveText('– Rådmannen i Hægebostad kommune (gjengitt i sluttrapporten, s. 42)');
});

test("a news item's and a press release's previews say what it is, its number and date, and a release its contact, as their pages do", async () => {
  // Fresh eyes: the preview lacked «Sitater fra de samme kildesidene», the quotes its page shows from the pages it cites.
  await openCms('collections/news/entries/sluttrapport-juni-2010');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const releaseQuotes = page.frameLocator('#preview-pane').locator('section.release-quotes');
  await expect(releaseQuotes.getByRole('heading')).toHaveText('Sitater fra de samme kildesidene', { timeout: 30_000 });
  const onPage = /class="release-quotes"[^]*?<\/section>/.exec(await devPage('/nyheter/sluttrapport-juni-2010/'))?.[0] ?? '';
  const pageQuotes = [...onPage.matchAll(/<blockquote[^>]*>\s*<p[^>]*>([^<]*)<\/p>/g)].map(([, words]) => words!.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').trim());
  expect(pageQuotes.length, 'quotes on the page').toBeGreaterThan(0);
  await expect(releaseQuotes.locator('blockquote')).toHaveText(pageQuotes);
  await expect(releaseQuotes.getByRole('link', { name: 'sitatbanken' })).toHaveAttribute('href', '/presse/sitater/');
  await expect(releaseQuotes.locator('figcaption').first()).toContainText('. Fra eksempelet ');
  await openCms('collections/news/entries/kvalitetskonferansen-2008-over-500-deltakere');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByText('Pressemelding nr. 1 · 2008', { exact: true })).toBeVisible();
  await expect(preview.getByText('Skrevet for Kompetansebanken – ikke en original pressemelding fra programmet', { exact: true })).toBeVisible();
  // Under an archive release, the press room only, as on its page.
  await expect(preview.getByText('Flere pressemeldinger, fakta og tall finner du i presserommet.', { exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Pressekontakt' })).toHaveCount(0);
  await openCms('collections/news/new');
  await field('Tittel').fill('Pressemelding i forhåndsvisningen', { timeout: 30_000 });
  await expect(preview.getByText('Nyhet · (dato mangler)', { exact: true })).toBeVisible();
  await choose('Nyhet eller pressemelding', 'Pressemelding');
  await expect(preview.getByText('Pressemelding nr. (mangler) · (dato mangler)', { exact: true })).toBeVisible();
  await field('Nummer').fill('5');
  // Typed the Norwegian way, as the field writes it when it is left.
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('17.3.2010');
  await expect(preview.getByText('Pressemelding nr. 5 · 17. mars 2010', { exact: true })).toBeVisible();
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2010-06');
  await expect(preview.getByText('Pressemelding nr. 5 · juni 2010', { exact: true })).toBeVisible();
  // The press contact setting gives no phone or e-mail: the programme's address, said to be so, as on the page.
  const contact = preview.locator('section.press-contact');
  await expect(contact.getByRole('heading')).toHaveText('Pressekontakt');
  await expect(contact.locator('address')).toContainText('Programmets adresse i 2007–2010:KS – KvalitetskommuneprogrammetPostboks 1378 Vika0114 Oslo');
  await expect(contact).toContainText('Ingen pressekontakt med telefon eller e-post er satt opp for Kompetansebanken.');
  // The release's own contact person in its place, as typed so far.
  const group = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Kontaktperson for pressemeldingen (valgfritt)', { exact: true }) });
  await group.getByRole('button', { name: 'Vis' }).click();
  await field('Navn', group).fill('Kari Nordmann');
  await expect(contact.locator('address')).toHaveText('Kari Nordmann(telefon eller e-post mangler)');
  await field('Telefon («22 00 00 00» eller «+47 22 00 00 00»)', group).fill('22 12 34 56');
  await expect(contact.getByRole('link', { name: '22 12 34 56' })).toHaveAttribute('href', 'tel:22123456');
  await expect(contact).not.toContainText('Postboks');
  await page.screenshot({ path: 'test-results/cms-preview-press-release-1280.png' });
  await leaveWithoutSaving();
  expect(await git('status', '--porcelain')).toBe('');
});

// The secretariat's finding: a story's series was not shown in its preview with its periods as the page names them
// («fire kvartaler til og med 3. kv. 2006» where each period is four quarters labelled by the last).
test("a case story's preview shows its series' table with each period named as on its page", async () => {
  await openCms('collections/stories/entries/fredrikstad-jordmor-og-trekantsamtaler');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const series = page.frameLocator('#preview-pane').locator('section.story-series');
  await expect(series.getByRole('heading')).toHaveText('Sykefraværet i Fredrikstad, egenmeldt og legemeldt, prosent (KS’ PAI-statistikk)');
  await expect(series.getByRole('columnheader')).toHaveText([
    'fire kvartaler til og med 3. kv. 2006',
    'fire kvartaler til og med 3. kv. 2007',
    'fire kvartaler til og med 3. kv. 2008',
    'fire kvartaler til og med 4. kv. 2008',
    'fire kvartaler til og med 2. kv. 2009',
    'fire kvartaler til og med 3. kv. 2009',
  ]);
  await expect(series.getByRole('row', { name: /^Fredrikstad/ }).getByRole('cell')).toHaveText(['11,8', '11,6', '11,8', '11,9', '11,9', '12,1']);
  await series.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cms-preview-story-series-1280.png' });
});

test('a figure with a point before three digits is asked about, and an emptied figure is saved as lost in the source', async () => {
  // Fresh eyes: «12.500» was saved as 12,5 without a word; and an emptied cell, labelled «Tall (valgfritt)», was refused as «er tomt».
  await openCourses();
  const figure = field('Kommuner').first();
  await figure.fill('12.500');
  await publish();
  await expect(fieldError('Tallet under «Kommuner» i raden «Kurs i statistisk prosesskontroll (SPC), 2008»: «12.500» kan leses både som 12500 og som 12,500. Skriv 12500 eller 12 500 for tusen og mer, eller 12,500 med komma for desimaler.')).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  await figure.fill('');
  await publish();
  await saved();
  await expect.poll(() => git('diff', '-U0')).toContain('\n-      - 32\n+      - null\n');
  await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
});

// Fresh eyes: a table's row was a closed box; opened, each figure was a box of its own labelled «Tall», one under the
// other (three filled a phone's screen), and «Legg til: tall» was offered on a row with a figure for every column.
test("a figure table's rows are open, each figure under its column's text, side by side on a phone, and a row offers no figure beyond the columns", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await openCms('collections/figures/entries/sykefravaer-utvikling');
    await expect(field('Tittel')).toHaveValue('Utviklingen i sykefraværet', { timeout: 30_000 });
    await expect(field('Radnavn')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Skjul rad 1' })).toBeVisible();
    const first = field('Q4 07–Q3 08');
    await expect(first).toHaveCount(3);
    await expect(first.first()).toHaveValue('9,8');
    await expect(field('Q4 08–Q3 09').last()).toHaveValue('10,2');
    await expect(page.getByRole('button', { name: 'Legg til: tall' })).toHaveCount(0);
    // A row's three figures on one line, within the screen.
    const boxes = await Promise.all(['Q4 07–Q3 08', 'Q3 08–Q2 09', 'Q4 08–Q3 09'].map((column) => field(column).first().boundingBox()));
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size, 'one line').toBe(1);
    expect(Math.max(...boxes.map((box) => box!.x + box!.width))).toBeLessThanOrEqual(375);
    await page.screenshot({ path: 'test-results/cms-figure-row-375.png' });
    // A column removed: the figure beyond the columns says so, with its cross; the save is refused, saying the row.
    await page.getByRole('button', { name: 'Fjern kolonne 3' }).click();
    await expect(field('Tall 3 har ingen kolonne: fjern det')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Fjern tall 3' }).first()).toBeVisible();
    await publish();
    await expect(page.getByText(/raden «Kommuner i programmet» har 3 tall, men det er 2 kolonner: fjern tall 3 med krysset ved det/).first()).toBeVisible();
    expect(await git('status', '--porcelain')).toBe('');
    // A column added: each row offers a figure for it.
    await page.getByRole('button', { name: 'Legg til: kolonne' }).click();
    await page.getByRole('button', { name: 'Legg til: kolonne' }).click();
    await expect(page.getByRole('button', { name: 'Legg til: tall' })).toHaveCount(3);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

// Fresh eyes at 375 px: in a table of six long column texts («Q4 07–Q3 08 (startkvartal fra tabell 4.6)»), the labels
// in capitals were cut mid-word («Q4 06–Q3 (REKONST») or ran past their box, and the boxes had different heights.
test("a wide figure table's column texts stand whole in their boxes on a phone, and a line's figures are level", async () => {
  try {
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await openCms('collections/figures/entries/innsatskommuner-sykefravaer');
      await expect(field('Q4 07–Q3 08 (startkvartal fra tabell 4.6)').first()).toHaveValue('11,9', { timeout: 30_000 });
      await expect(page.locator('[data-kb-figures]').first().locator('[data-kb-extra="false"]')).toHaveCount(6);
      const boxes = await page.evaluate(() =>
        [...document.querySelector('[data-kb-figures]')!.querySelectorAll('[data-kb-extra]')].map((item) => {
          const label = item.querySelector('label[for]')!;
          const { left, right } = label.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(label.firstChild!);
          const box = item.getBoundingClientRect();
          return {
            text: label.textContent,
            transform: getComputedStyle(label).textTransform,
            // The label and its text's every line within the figure's box.
            inside: [{ left, right }, ...text.getClientRects()].every((rect) => rect.left >= box.left - 1 && rect.right <= box.right + 1),
            input: Math.round(item.querySelector('input')!.getBoundingClientRect().bottom),
            line: Math.round(box.top),
          };
        }),
      );
      expect(boxes).toHaveLength(6);
      expect(boxes.filter((box) => box.transform !== 'none' || !box.inside), `at ${width} px`).toEqual([]);
      for (const box of boxes) expect(boxes.filter((other) => other.line === box.line).map((other) => other.input)).toEqual(boxes.filter((other) => other.line === box.line).map(() => box.input));
      expect(Math.max(...(await page.locator('[data-kb-figures] label[for]').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().right))))).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/cms-figure-wide-${width}.png` });
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('going straight from one entry to another by the address or Back opens the other entry, so a save goes to its file', async () => {
  await openCourses();
  await page.evaluate(() => (location.hash = '#/collections/figures/entries/konferansedeltakelse'));
  await expect(field('Tittel')).toHaveValue('Deltakere på programmets konferanser', { timeout: 30_000 });
  await page.goBack();
  await expect(field('Tittel')).toHaveValue('Kurs for deltakerkommunene', { timeout: 30_000 });
  await field('Tittel').fill('Kurs for deltakerkommunene 2008–2009');
  await publish();
  await saved();
  await expect.poll(() => git('status', '--porcelain')).toBe(' M content/figures/kursdeltakelse.yaml\n');
  await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
});

test('unsaved text is restored after a reload when the editor answers OK to «gjenopprette»', async () => {
  await openCourses();
  await field('Merknad').fill('Tekst som ikke må gå tapt.');
  // Decap keeps a copy in the browser a moment after the last keystroke.
  await page.waitForTimeout(3000);
  const questions: string[] = [];
  const answer = (dialog: import('@playwright/test').Dialog) => {
    questions.push(dialog.message());
    void (dialog.type() === 'alert' ? dialog.dismiss() : dialog.accept());
  };
  page.on('dialog', answer);
  try {
    await page.reload();
    await expect(field('Merknad')).toHaveValue('Tekst som ikke må gå tapt.', { timeout: 30_000 });
    await page.waitForTimeout(2000);
    await expect(field('Merknad')).toHaveValue('Tekst som ikke må gå tapt.');
    expect(questions.some((q) => /gjenopprette/i.test(q)), questions.join(' | ')).toBe(true);
    await publish();
    await saved();
    await expect.poll(() => git('diff', '-U0')).toContain('+note: Tekst som ikke må gå tapt.');
  } finally {
    page.off('dialog', answer);
    await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
  }
});

// Fresh eyes: Back to an entry with unsaved text, «gjenopprette» answered OK, gave the toast «Kunne ikke laste
// forhåndsvisning: Cannot read properties of undefined (reading 'get')»: the restore came
// before Decap had asked for the saved entry, which waits for the media library (here held back, as a slow server does).
test('Back to an entry with unsaved text, restored: the text is kept, and no English toast', async () => {
  const { file, slug } = await firstEntry('news');
  const answer = (dialog: Dialog) => void (dialog.type() === 'alert' ? dialog.dismiss() : dialog.accept());
  const slowMedia = async (route: import('@playwright/test').Route) => {
    if (route.request().postData()?.includes('"getMedia"')) await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue();
  };
  // Decap's file API (/api/v1/).
  const api = (url: URL) => url.pathname.startsWith('/api/v1');
  page.on('dialog', answer);
  await page.route(api, slowMedia);
  try {
    await openCms(`collections/news/entries/${slug}`);
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    await field('Tittel').fill('Tittel som ikke må gå tapt');
    await expect.poll(() => backedUpDraft(`news.${slug}`), { timeout: 30_000 }).toContain('Tittel som ikke må gå tapt');
    const other = (await readdir(join(content, 'news'))).filter((name) => name.endsWith('.mdx')).sort()[1]!.replace(/\.mdx$/, '');
    await page.evaluate((hash) => (location.hash = hash), `#/collections/news/entries/${other}`);
    await expect(page).toHaveURL(new RegExp(`entries/${other}$`));
    await expect(field('Tittel')).not.toHaveValue('Tittel som ikke må gå tapt', { timeout: 30_000 });
    // Once the media list has come (Decap then reads the entry), the toast had stood for seconds, since the form was drawn without the entry.
    const mediaListed = page.waitForResponse((response) => api(new URL(response.url())) && Boolean(response.request().postData()?.includes('"getMedia"')), { timeout: 60_000 });
    await page.goBack();
    await mediaListed;
    await expect(field('Tittel')).toHaveValue('Tittel som ikke må gå tapt', { timeout: 30_000 });
    await expect(page.locator('.Toastify__toast')).toHaveCount(0);
    expect(await englishInInterface()).toEqual([]);
  } finally {
    await page.unroute(api, slowMedia);
    // Left through Decap's own link, answered OK: Decap forgets the unsaved text, and the CMS page's own copy is
    // forgotten here (the test after the next shows it offered), so no later test opens the entry with the offer.
    await page.evaluate(() => (location.hash = '#/collections/news'));
    await expect.poll(() => backedUpDraft(`news.${slug}`), { timeout: 30_000 }).toBe('');
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kompetansebanken-ulagret:')).forEach((key) => localStorage.removeItem(key)));
    page.off('dialog', answer);
  }
  expect(await git('status', '--porcelain', '--', file)).toBe('');
});

// Fresh eyes: «OK» to «Vil du gå likevel?» (browser Back or the CMS's back arrow, a reflex on a phone)
// made Decap delete its copy of the unsaved text: the entry opened again offered nothing, and the text was lost.
test('unsaved text left by «OK» to «Vil du gå likevel?» is offered when the entry is opened again, to take back or discard, and not after a save', async () => {
  const questions: string[] = [];
  const answer = (dialog: Dialog) => {
    questions.push(dialog.message());
    void dialog.accept().catch(() => undefined);
  };
  const offer = page.getByRole('alert').filter({ hasText: /^Du gikk fra «Kurs for deltakerkommunene» i dag kl\. \d\d:\d\d uten å lagre\./ });
  const openFromList = async () => {
    await openCms('collections/figures');
    await expect(page.getByRole('link', { name: /Kurs for deltakerkommunene/ }).first()).toBeVisible({ timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#/collections/figures/entries/kursdeltakelse'));
    await expect(field('Tittel')).toHaveValue('Kurs for deltakerkommunene', { timeout: 30_000 });
  };
  page.on('dialog', answer);
  try {
    // Browser Back at once after typing (before Decap's own copy, 2 s after the last keystroke), answered OK.
    await openFromList();
    await field('Merknad').fill('Første tekst som ikke må gå tapt.');
    await page.goBack();
    await expect(page).toHaveURL(/#\/collections\/figures$/);
    expect(questions).toEqual(['Endringene dine er ikke lagret. Denne nettleseren tar vare på dem: når du åpner innlegget igjen, kan du hente dem tilbake. Vil du gå likevel?']);
    await page.evaluate(() => (location.hash = '#/collections/figures/entries/kursdeltakelse'));
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await expect(field('Merknad')).not.toHaveValue('Første tekst som ikke må gå tapt.');
    // Discarded: not offered again.
    await offer.getByRole('button', { name: 'Forkast den' }).click();
    await expect(offer).toHaveCount(0);
    await openFromList();
    await page.waitForTimeout(2000);
    await expect(offer).toHaveCount(0);
    // The CMS's own back arrow, answered OK: offered, taken back, and saved.
    await field('Merknad').fill('Tekst som ikke må gå tapt.');
    await page.getByRole('link', { name: /Skriver i samlingen/ }).click();
    await expect(page).toHaveURL(/#\/collections\/figures$/);
    await page.evaluate(() => (location.hash = '#/collections/figures/entries/kursdeltakelse'));
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await offer.getByRole('button', { name: 'Hent tilbake teksten' }).click();
    await expect(field('Merknad')).toHaveValue('Tekst som ikke må gå tapt.');
    await expect(offer).toHaveCount(0);
    await publish();
    await saved();
    await expect.poll(() => git('diff', '-U0')).toContain('+note: Tekst som ikke må gå tapt.');
    // Saved: nothing is offered when it is opened again, after a reload too.
    await openFromList();
    await page.waitForTimeout(2000);
    await expect(offer).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kompetansebanken-ulagret:')))).toEqual([]);
  } finally {
    page.off('dialog', answer);
    await git('checkout', '--', 'content/figures/kursdeltakelse.yaml');
  }
});

test('a new entry\'s text left by «OK» is offered in the next new form, and not once that entry is saved', async () => {
  const title = 'Ulagret nyhet som kom tilbake';
  const answer = (dialog: Dialog) => void dialog.accept().catch(() => undefined);
  const offer = page.getByRole('alert').filter({ hasText: `Du gikk fra «${title}»` });
  const openNew = async () => {
    await openCms('collections/news');
    await expect(page.getByRole('heading', { name: 'Nyheter og pressemeldinger' })).toBeVisible({ timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#/collections/news/new'));
    await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
  };
  page.on('dialog', answer);
  try {
    await openNew();
    await field('Tittel').fill(title);
    await field('Ingress').fill('Teksten ble skrevet i et nytt skjema og skal ikke gå tapt.');
    await page.goBack();
    await expect(page).toHaveURL(/#\/collections\/news$/);
    await page.evaluate(() => (location.hash = '#/collections/news/new'));
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await offer.getByRole('button', { name: 'Hent tilbake teksten' }).click();
    await expect(field('Tittel')).toHaveValue(title);
    await expect(field('Ingress')).toHaveValue('Teksten ble skrevet i et nytt skjema og skal ikke gå tapt.');
    await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2010-03-16');
    await addSource('24');
    await body().fill('Tekst.\n');
    await publish();
    await saved();
    await expect.poll(() => git('status', '--porcelain')).toBe('?? content/news/ulagret-nyhet-som-kom-tilbake.mdx\n');
    // Saved: the next new form offers nothing.
    await openNew();
    await page.waitForTimeout(2000);
    await expect(offer).toHaveCount(0);
  } finally {
    page.off('dialog', answer);
    await rm(join(content, 'news', 'ulagret-nyhet-som-kom-tilbake.mdx'), { force: true });
  }
  await expect.poll(() => git('status', '--porcelain')).toBe('');
});

// Fresh eyes: «Publiser og lag nytt», or «Publiser nå» and straight on to «Ny nyhet», and the new form asked
// «Vil du gjenopprette …?» with the text just published (Decap's copy of the form, written 2 s after the last keystroke,
// outlived the save): «OK» made a second entry of it.
test('the text just published is not offered to restore in the next new form, after «Publiser og lag nytt» or «Publiser nå» and «Ny»', async () => {
  const questions: string[] = [];
  const answer = (dialog: Dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.accept().catch(() => undefined);
  };
  const titles = ['Publisert og så et nytt skjema', 'Publisert og så tilbake til listen'];
  page.on('dialog', answer);
  try {
    for (const [index, title] of titles.entries()) {
      await newNewsItem(`${title} (utkast)`, 'Sekretariatet publiserer en nyhet og går rett videre til den neste.', '2010-03-18', 'Tekst.\n');
      // Decap's copy of the form as it was typed, and then the last change, as the secretariat types: the copy is older than the save.
      await expect.poll(() => backedUpDraft('news'), { timeout: 30_000 }).toContain(`${title} (utkast)`);
      await field('Tittel').fill(title);
      if (index === 0) {
        await page.getByRole('button', { name: 'Publiser', exact: true }).click();
        await page.getByRole('menuitem', { name: 'Publiser og lag nytt' }).click();
        await expect(page.getByRole('status').filter({ hasText: `«${title}» er lagret.` })).toBeVisible({ timeout: 60_000 });
      } else {
        await publish();
        await saved();
        await page.getByRole('link', { name: /Skriver i samlingen/ }).click();
        await page.getByRole('link', { name: 'Opprett innlegg av typen Nyhet eller pressemelding' }).click();
      }
      await expect(page).toHaveURL(/#\/collections\/news\/new$/, { timeout: 30_000 });
      await page.waitForTimeout(2000);
      await expect(field('Tittel')).toHaveValue('');
      expect(questions, title).toEqual([]);
      expect(await backedUpDraft('news')).toBe('');
      expect(await readFile(join(content, 'news', `${idFromTitle(title)}.mdx`), 'utf8')).toContain(`title: ${title}`);
    }
  } finally {
    page.off('dialog', answer);
    for (const title of titles) await rm(join(content, 'news', `${idFromTitle(title)}.mdx`), { force: true });
  }
  await expect.poll(() => git('status', '--porcelain')).toBe('');
});

/** Holds each save (the file API's persistEntry) `ms` before it goes on, as a slow connection does; undo with the returned function. */
async function slowSaves(ms: number): Promise<() => Promise<void>> {
  const slow = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    if (route.request().postDataJSON()?.action === 'persistEntry') await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  };
  await page.route('**/api/v1/', slow);
  return () => page.unroute('**/api/v1/', slow);
}

// Fresh eyes: «Publiser nå» on a new entry, the back arrow and «Ny» within a second, and what was typed in the new form
// was replaced by the entry just saved when its save ended (Decap's save's end fills whatever form is open).
test('a step away from a new entry while it saves waits for the save, saying «Lagrer …», and the next new form keeps what is typed', async () => {
  const questions: string[] = [];
  const record = recordDialogs(questions);
  const title = 'Lagret mens redaktøren gikk videre';
  const file = join(content, 'news', `${idFromTitle(title)}.mdx`);
  page.on('dialog', record);
  const fast = await slowSaves(3000);
  try {
    await newNewsItem(title, 'Sekretariatet publiserer og går straks videre til neste sak.', '2010-03-19', 'Tekst.\n');
    await publish();
    await page.getByRole('link', { name: /Skriver i samlingen/ }).click();
    await expect(page.getByRole('link', { name: /Skriver i samlingen/ })).toContainText('Lagrer … går så videre');
    await page.getByRole('link', { name: 'Opprett innlegg av typen Nyhet eller pressemelding' }).click({ timeout: 30_000 });
    await field('Tittel').fill('Neste sak');
    await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain(`title: ${title}`);
    await page.waitForTimeout(3000);
    await expect(page).toHaveURL(/#\/collections\/news\/new$/);
    await expect(field('Tittel')).toHaveValue('Neste sak');
    expect(questions).toEqual([]);
    page.off('dialog', record);
    await leaveWithoutSaving();
  } finally {
    page.off('dialog', record);
    await fast();
    await rm(file, { force: true });
  }
  await expect.poll(() => git('status', '--porcelain')).toBe('');
});

test('an entry left while its save is under way is left once it is saved, without asking about unsaved changes', async () => {
  const questions: string[] = [];
  const record = recordDialogs(questions);
  const { file, slug } = await entryWithShortTitle('news');
  page.on('dialog', record);
  const fast = await slowSaves(3000);
  try {
    await openCms(`collections/news/entries/${slug}`);
    await field('Tittel').fill('Endret og forlatt mens den lagres');
    await publish();
    await expect(page.getByRole('link', { name: /Skriver i samlingen/ })).toContainText('Lagrer …');
    await page.getByRole('link', { name: /Skriver i samlingen/ }).click();
    await expect(page).toHaveURL(/#\/collections\/news$/, { timeout: 30_000 });
    expect(await readFile(join(work, file), 'utf8')).toContain('title: Endret og forlatt mens den lagres');
    // The browser's Back during a save waits too.
    await openCms('collections/news');
    await page.evaluate((hash) => (location.hash = hash), `#/collections/news/entries/${slug}`);
    await field('Tittel').fill('Endret igjen og forlatt med Tilbake');
    await publish();
    await page.goBack();
    await expect(page.getByRole('link', { name: /Skriver i samlingen/ })).toContainText('Lagrer … går så videre');
    await expect(page).not.toHaveURL(new RegExp(`entries/${slug}$`), { timeout: 30_000 });
    expect(await readFile(join(work, file), 'utf8')).toContain('title: Endret igjen og forlatt med Tilbake');
    expect(questions).toEqual([]);
  } finally {
    page.off('dialog', record);
    await fast();
    await git('checkout', '--', file);
  }
});

// Fresh eyes (three times, a news item and an event): a new entry saved, then edited, left by the back arrow without
// «Vil du gå likevel?»; opened again, it offered only Decap's bare «gjenopprette», whose «Avbryt» lost the edit.
// Decap took its own step from …/new to the saved entry's address for leaving the form. Its toolbar had no
// «Forhåndsvis siden» either until the entry was opened again.
test('a new entry saved once or twice and then edited asks before the back arrow leaves, and offers its text when opened again', async () => {
  const leave = 'Endringene dine er ikke lagret. Denne nettleseren tar vare på dem: når du åpner innlegget igjen, kan du hente dem tilbake. Vil du gå likevel?';
  const questions: string[] = [];
  const answer = (dialog: Dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.accept().catch(() => undefined);
  };
  const files: string[] = [];
  page.on('dialog', answer);
  try {
    for (const saves of [1, 2]) {
      const title = `Ny sak lagret ${saves === 1 ? 'én gang' : 'to ganger'} og skrevet videre i`;
      const slug = idFromTitle(title);
      files.push(join(content, 'news', `${slug}.mdx`));
      await newNewsItem(title, 'Sekretariatet lagrer en ny sak og skriver videre i den etterpå.', '2010-03-17', 'Første avsnitt.\n');
      await publish();
      await saved();
      await expect(page).toHaveURL(new RegExp(`#/collections/news/entries/${slug}$`));
      // The entry's page on the site, a link away at once, as for an entry opened.
      await expect(page.getByRole('link', { name: 'Forhåndsvis siden' })).toHaveAttribute('href', entryUrl('news', slug));
      if (saves === 2) {
        await field('Ingress').fill('Sekretariatet lagrer en ny sak, retter ingressen og lagrer igjen.');
        await publish();
        await expect(page.getByText('Ulagrede endringer')).toHaveCount(0, { timeout: 30_000 });
        await saved();
      }
      await field('Tittel').fill(`${title} (endret)`);
      await body().fill('Første avsnitt.\n\nEt avsnitt skrevet etter lagringen.\n');
      await expect(page.getByText('Ulagrede endringer')).toBeVisible();
      questions.length = 0;
      await page.getByRole('link', { name: /Skriver i samlingen/ }).click();
      await expect(page).toHaveURL(/#\/collections\/news$/);
      expect(questions, `saved ${saves} time(s)`).toEqual([`confirm: ${leave}`]);
      // Opened again: the CMS's own offer, and no question of Decap's whose «Avbryt» loses the text.
      await page.evaluate((hash) => (location.hash = hash), `#/collections/news/entries/${slug}`);
      const offer = page.getByRole('alert').filter({ hasText: `Du gikk fra «${title} (endret)»` });
      await expect(offer).toBeVisible({ timeout: 30_000 });
      await offer.getByRole('button', { name: 'Hent tilbake teksten' }).click();
      await expect(field('Tittel')).toHaveValue(`${title} (endret)`);
      await expect.poll(bodyLines).toBe('Første avsnitt.\nEt avsnitt skrevet etter lagringen.');
      expect(questions).toEqual([`confirm: ${leave}`]);
      await publish();
      await saved();
      await expect.poll(() => readFile(files.at(-1)!, 'utf8')).toContain('Et avsnitt skrevet etter lagringen.');
    }
  } finally {
    page.off('dialog', answer);
    for (const file of files) await rm(file, { force: true });
  }
  await expect.poll(() => git('status', '--porcelain')).toBe('');
});

/**
 * The text of the draft Decap keeps in the browser for a new entry of `collection` (localForage's IndexedDB, key
 * «backup.<collection>»), which it offers to restore after a reload; '' while there is none.
 */
function backedUpDraft(collection: string): Promise<string> {
  return page.evaluate(
    ({ key, database, store }) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open(database);
        // Not created here if Decap has not made it yet: localForage would then find it without its store.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          try {
            const get = open.result.transaction(store).objectStore(store).get(key);
            get.onsuccess = () => resolve((get.result as { raw?: string } | undefined)?.raw ?? '');
            get.onerror = () => resolve('');
          } catch {
            resolve('');
          } finally {
            open.result.close();
          }
        };
      }),
    { key: backupKey(collection), ...decapBackupStore },
  );
}

test('the unsaved text of a new entry is restored after a reload, every time', async () => {
  // Five rounds of open, type, back up and reload: about 50 s alone, and past the 120 s of one test under a full run's load.
  test.setTimeout(240_000);
  const answer = (dialog: import('@playwright/test').Dialog) => void (dialog.type() === 'alert' ? dialog.dismiss() : dialog.accept());
  page.on('dialog', answer);
  try {
    // Its empty draft and the restore raced: about one try in three ended with an empty form.
    for (const attempt of [1, 2, 3, 4, 5]) {
      // From the second try, Decap first offers the last try's unsaved text (answered OK above) and puts it in the
      // form; the new text is typed after that, as a user would: typed before it, the restore replaced it.
      const offered = attempt > 1 ? page.waitForEvent('dialog', (dialog) => dialog.type() === 'confirm') : undefined;
      await openCms('collections/news/new');
      if (offered) {
        await offered;
        await expect(field('Tittel')).toHaveValue(`Ulagret nyhet ${attempt - 1}`, { timeout: 30_000 });
      }
      await field('Ingress').fill('Teksten skal ikke gå tapt.');
      // Reloaded once Decap has backed the text up (a fixed 3 s was sometimes too short under load: try 4 then
      // restored try 3's text, the backup Decap had). Under load Decap could also still be putting the restored
      // text in the form as the new title was typed, and kept the old one (twice in full runs): typed again then,
      // as the editor would who sees the old title in the field.
      await expect(async () => {
        if ((await field('Tittel').inputValue()) !== `Ulagret nyhet ${attempt}`) await field('Tittel').fill(`Ulagret nyhet ${attempt}`);
        expect(await backedUpDraft('news')).toContain(`Ulagret nyhet ${attempt}`);
      }).toPass({ timeout: 30_000, intervals: [2_000] });
      await page.reload();
      await expect(field('Tittel')).toHaveValue(`Ulagret nyhet ${attempt}`, { timeout: 30_000 });
      await page.waitForTimeout(1500);
      await expect(field('Tittel'), `try ${attempt}`).toHaveValue(`Ulagret nyhet ${attempt}`);
      await expect(field('Ingress')).toHaveValue('Teksten skal ikke gå tapt.');
    }
  } finally {
    page.off('dialog', answer);
  }
  expect(await git('status', '--porcelain')).toBe('');
});

test('a new newsletter shows the next free number at «Nummer», and one another issue has is refused before its file is named after it', async () => {
  await openCms('collections/newsletters');
  await page.getByRole('link', { name: /^Nr\. 7: / }).first().waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Opprett innlegg av typen Nyhetsbrev' }).click();
  // The secretariat had to look the number up in the list; the field says it, and a screen reader reads it with the field.
  const issues = await Promise.all(
    (await readdir(join(content, 'newsletters'))).map(async (name) => Number(/^issue: (\d+)$/m.exec(await readFile(join(content, 'newsletters', name), 'utf8'))?.[1] ?? 0)),
  );
  const next = `Neste ledige nummer er ${Math.max(...issues) + 1}.`;
  await expect(page.getByText(next, { exact: true })).toBeVisible();
  await expect(field('Nummer')).toHaveAccessibleDescription(next);
  await field('Tittel').fill('Nyhetsbrev juni 2010');
  await field('Nummer').fill('7');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2010-06');
  await field('Forhåndstekst i e-posten').fill('Nytt fra programmet i juni.');
  await field('Ingress').fill('Nyhetsbrevet for juni, skrevet i redigeringsverktøyet.');
  await addSource('11');
  await body().fill('## Leder\n\nHei.\n');
  await publish();
  await expect(page.getByRole('alert').getByText(/Nummer 7 er allerede brukt av nyhetsbrevet «[^»]+»\. Bruk \d+, som er neste ledige/)).toBeVisible();
  await expect(page.getByText(/allerede brukt av nyhetsbrevet «Nr\. /)).toHaveCount(0);
  expect(await git('status', '--porcelain')).toBe('');
  // Fresh eyes: «1 000» after the highest was taken, a gap in the issues' numbers; refused as a press release's is.
  await field('Nummer').fill('1 000');
  await publish();
  const free = Math.max(...issues) + 1;
  await expect(page.getByRole('alert').getByText(`Nummer 1000 hopper over nr. ${free}–999, som ikke noe nyhetsbrev har. Bruk ${free}, som er neste ledige, så numrene følger hverandre.`)).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
});

// Fresh eyes made «Nr. 7» 6 and point 1 a second 2, and both were saved: two issues 6 held the site back, an issue's
// address said another number than its page, and stories' links to point 1 were gone.
test('a saved newsletter keeps its number, and a point its number: a change is refused before the save, saying why and what it was', async () => {
  for (const [entry, typed, refusal] of [
    [
      'newsletters/entries/nr-7-juni-2010',
      '6',
      '«Nummer» kan ikke endres når innlegget er lagret: filen og adressen til utgaven har nummeret (skal utgaven ha et annet nummer, lag den på nytt med det, og slett denne). Sett det tilbake til 7.',
    ],
    ['sickLeavePoints/entries/forankring', '2', '«Nummer» kan ikke endres når innlegget er lagret: eksemplene viser til de ti punktene med nummeret. Sett det tilbake til 1.'],
  ] as const) {
    await openCms(`collections/${entry}`);
    await field('Nummer').fill(typed, { timeout: 60_000 });
    await publish();
    // In the refusal above the form (the field's own mark says it too).
    await expect(page.getByRole('alert').getByText(refusal, { exact: false })).toBeVisible();
    expect(await git('status', '--porcelain')).toBe('');
  }
});

test('a press release without a number, or with one another release has, is refused before the save, with the next free number', async () => {
  // Opened by its address, with no list loaded: the number was counted from the entries loaded (none), and a full
  // run once drew the field before the list came in and never showed the number.
  await openCms('collections/news/new');
  await field('Tittel').fill('Ny pressemelding fra sekretariatet');
  await field('Ingress').fill('Sekretariatet sender ut en pressemelding.');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2010-06-20');
  // A news item has no number: none is offered (fresh eyes typed the one offered, and the news item was saved with it).
  await expect(page.getByText(/^Neste ledige nummer er/)).toHaveCount(0);
  // A news item's «Nummer» is optional, as its hint says (it said nothing of it: fresh eyes).
  await expect(page.getByText('Nummer (valgfritt)', { exact: true })).toBeVisible();
  await choose('Nyhet eller pressemelding', 'Pressemelding');
  await expect(page.getByText('Neste ledige nummer er 5.', { exact: true })).toBeVisible();
  // Fresh eyes: the label said «Nummer (valgfritt)» of a number the save is refused without; its help says when it is needed.
  await expect(page.getByText('Må fylles ut for en pressemelding', { exact: false }).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Nummer', { exact: true }).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Nummer (valgfritt)')).toHaveCount(0);
  await addSource('24');
  await body().fill('Det viktigste først.\n');
  await publish();
  // (In the refusal above the form: the same words mark «Nummer» at the field.)
  await expect(page.getByRole('alert').getByText('En pressemelding må ha et nummer i feltet «Nummer». Bruk 5, som er neste ledige.')).toBeVisible();
  await field('Nummer').fill('4');
  await publish();
  // Named by its title, as the secretariat knows it (it was its listed title, date first: «2010-03 – …»).
  await expect(page.getByRole('alert').getByText(/Nummer 4 er allerede brukt av pressemeldingen «Sluttrapporten: .+»\. Bruk 5, som er neste ledige\./)).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  // A title with «» of its own is quoted as the site quotes, its own marks made single (it said «2010-03 – «Lavere …» …»).
  await field('Nummer').fill('3');
  await publish();
  await expect(page.getByRole('alert').getByText('Nummer 3 er allerede brukt av pressemeldingen «‘Lavere sykefravær? Klart vi kan!’ – fem regionale konferanser om sykefravær». Bruk 5, som er neste ledige.')).toBeVisible();
  // Fresh eyes: a number past the next free one left a gap in the series without a word.
  await field('Nummer').fill('7');
  await publish();
  await expect(page.getByRole('alert').getByText('Nummer 7 hopper over nr. 5–6, som ingen pressemelding har. Bruk 5, som er neste ledige, så numrene følger hverandre.')).toBeVisible();
  // At the field too, with its name (it read «7 hopper over …», the name left out as the refusal's link gives it).
  await expect(fieldError('Nummer 7 hopper over nr. 5–6, som ingen pressemelding har. Bruk 5, som er neste ledige, så numrene følger hverandre.', { exact: true })).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
  // Back to a news item with the number left in: refused before the save, saying what to do.
  await choose('Nyhet eller pressemelding', 'Nyhet');
  await expect(page.getByText('Nummer (valgfritt)', { exact: true })).toBeVisible();
  await publish();
  await expect(page.getByText('«Nummer»: bare pressemeldinger har nummer. Ta bort nummeret, eller velg «Pressemelding» under «Nyhet eller pressemelding».').first()).toBeVisible();
  expect(await git('status', '--porcelain')).toBe('');
});

// The gap rule lived only in the CMS, as a refusal of a number past the next free one: a press release changed into a
// news item left nr. 2 missing and no one was told. One rule now (lib/number-gaps.ts): the CMS refuses a save that
// opens a gap, and the check names a gap made otherwise at the release after it, with the missing number.
test('a press release moved from its number is refused, naming the gap; one made a news item is saved, the check names the gap at the release after it, and the releases after it move down one at a time', async () => {
  const file = 'content/news/kvalitetskonferansen-2009-over-800-deltakere.mdx';
  const after = 'content/news/sykefravaerskonferansene-2010-starter.mdx';
  try {
    await openCms('collections/news/entries/kvalitetskonferansen-2009-over-800-deltakere');
    await expect(field('Nummer')).toHaveValue('2', { timeout: 30_000 });
    await field('Nummer').fill('5');
    await publish();
    await expect(page.getByRole('alert').getByText('Med nummer 5 mangler nr. 2, for ingen pressemelding har det nummeret da. Bruk 2, så numrene følger hverandre.')).toBeVisible();
    expect(await git('status', '--porcelain')).toBe('');
    await field('Nummer').fill('');
    await choose('Nyhet eller pressemelding', 'Nyhet');
    await publish();
    await saved();
    await expect.poll(() => git('status', '--porcelain')).toBe(` M ${file}\n`);
    // Said after the save, at the release after the gap, with what to do.
    const notice = page.getByRole('alert').filter({ hasText: 'nr. 2 mangler: ingen pressemelding har det nummeret' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText('gi denne pressemeldingen nr. 2, og dem etter den 1 lavere hver');
    const report = await check();
    expect(report.code).not.toBe(0);
    expect(report.output).toContain('content/news/sykefravaerskonferansene-2010-starter.mdx');
    expect(report.output).toMatch(/felt «Nummer» \(number\): nr\. 2 mangler: ingen pressemelding har det nummeret, og pressemeldingene skal ha nummer 1, 2, 3 … uten hull\./);
    // What the notice says to do can be done, one release at a time: nr. 3 made nr. 2 moves the gap to nr. 3, leaving
    // no more numbers missing, and is saved (fresh eyes, after deleting a release from the middle: each step was
    // refused as opening a gap, and «Bruk 12, som er neste ledige» with nr. 8 free).
    await openCms(`collections/news/entries/${after.replace(/^content\/news\/|\.mdx$/g, '')}`);
    await expect(field('Nummer')).toHaveValue('3', { timeout: 30_000 });
    await field('Nummer').fill('4');
    await publish();
    await expect(page.getByRole('alert').getByText('Nummer 4 er allerede brukt av pressemeldingen', { exact: false })).toContainText('Bruk 2, som er neste ledige.');
    await field('Nummer').fill('2');
    await publish();
    await saved();
    await expect.poll(() => git('status', '--porcelain')).toContain(` M ${after}`);
  } finally {
    await git('checkout', '--', file, after);
  }
});

test('a choice cleared in an optional pick-list is left out of the file, not saved as «null»', async () => {
  await openCms('collections/municipalities/entries/gloppen');
  const county = field('Fylke');
  await expect(page.getByText('Sogn og Fjordane')).toBeVisible({ timeout: 30_000 });
  await county.focus();
  await page.keyboard.press('Backspace');
  await expect(page.getByText('Sogn og Fjordane')).toHaveCount(0);
  await publish();
  await saved();
  try {
    await expect.poll(() => git('diff', '-U0')).toContain('-county: sogn-og-fjordane');
    expect(await git('diff', '-U0')).not.toContain('null');
  } finally {
    await git('checkout', '--', 'content/municipalities/gloppen.yaml');
  }
});

test('an optional page number the check refuses is refused before the save, and emptied it is left out of the file', async () => {
  const { file, slug } = await entryWithShortTitle('stories');
  await openCms(`collections/stories/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vis Kilder' }).click();
  await page.getByRole('button', { name: 'Legg til: kilde' }).click();
  const sources = page.getByLabel('Feltet liste').filter({ hasText: 'Kilder' }).last();
  // The new source is the last (the story's own sources stand open above it).
  await field('Dokument', sources).filter({ visible: true }).last().fill('S000');
  await page.getByRole('option', { name: /S000/ }).first().click();
  const pageNumber = field('Side i PDF-en', sources).filter({ visible: true }).last();
  await pageNumber.fill('3');
  const before = await readFile(join(work, file), 'utf8');
  await publish();
  // The check's own rule, before the save (S000 has no pages): nothing is written.
  await expect(page.getByRole('alert').filter({ hasText: 'S000 har ikke sidetall' })).toBeVisible({ timeout: 30_000 });
  expect(await readFile(join(work, file), 'utf8')).toBe(before);
  try {
    // Decap saved the emptied field as «page: ""», which the check refused as «er tomt»: only removing the source helped.
    await pageNumber.fill('');
    await publish();
    await saved();
    await expect.poll(() => readFile(join(work, file), 'utf8')).toMatch(/- doc: S000\n/);
    const text = await readFile(join(work, file), 'utf8');
    expect(text).not.toContain('""');
    expect(text).toMatch(/- doc: S000\n(?! {4}page)/);
  } finally {
    await git('checkout', '--', file);
  }
});

test('after a save, the notice names the other files that hold the site back, each with a link to its entry, readable on a phone', async () => {
  // Four other entries broken on disk (as a news item deleted under a draft's link would): three named, then «og 1 til».
  const news = (await readdir(join(content, 'news'))).filter((name) => name.endsWith('.mdx')).sort().slice(0, 4);
  const broken = news.map((name) => `content/news/${name}`);
  for (const path of broken) {
    const text = await readFile(join(work, path), 'utf8');
    await writeFile(join(work, path), text.replace(/^summary: .*(\n[ \t]+.*)*$/m, 'summary: For kort'));
  }
  const { file, slug } = await entryWithShortTitle('municipalities');
  try {
    await expect.poll(() => fetch(`${origin}/nyheter/`, { headers: { accept: 'text/html' } }).then((r) => r.status), { timeout: 60_000 }).not.toBe(200);
    await page.setViewportSize({ width: 375, height: 740 });
    await openCms(`collections/municipalities/entries/${slug}`);
    await expect(field('Navn')).toHaveValue(/\S/, { timeout: 30_000 });
    // Opened while other files hold the site back: said, those files named with their entries to open, and the
    // toolbar not «Publisert» (it was, and the editor believed the change was live; fresh eyes).
    const opened = page.getByRole('alert').filter({ hasText: 'Andre filer i innholdet har 4 feil. Nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilene er rettet' });
    await expect(opened).toBeVisible({ timeout: 60_000 });
    await expect(opened.locator('a[href^="#/collections/news/entries/"]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Lagret, ikke publisert' })).toBeVisible();
    // Not even for a moment: it said «Publisert» until the check's report came (fresh eyes).
    expect(await toolbarWords()).not.toContain('Publisert');
    await field('Navn').fill('Kommune med nytt navn');
    await publish();
    await saved();
    const notice = page.getByRole('alert').filter({ hasText: 'Lagret, men andre filer i innholdet har 4 feil' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    // Each of the first three: a link to its entry in the CMS, and what is wrong there.
    const links = notice.locator('a[href^="#/collections/"]');
    await expect(links).toHaveCount(3);
    const addresses = news.map((name) => `#/collections/news/entries/${name.replace(/\.mdx$/, '')}`);
    const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(3);
    for (const href of hrefs) expect(addresses).toContain(href);
    for (const index of [0, 1, 2]) {
      // By its title, though the CMS has not listed the news (it named such an entry by its file; fresh eyes).
      await expect(links.nth(index)).toHaveText(/^«.+»$/);
      await expect(notice.getByRole('listitem').nth(index)).toContainText(/: Feltet «Ingress» er for kort: skriv minst/);
    }
    await expect(notice).toContainText('og 1 til');
    // Readable at 375 px: the notice and its first link within the screen's width, the link on screen.
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(links.first()).toBeInViewport();
    const scrollWidth = await notice.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(scrollWidth, 'the notice does not scroll sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/cms-others-375.png' });
    // The rest: a link to the site's preview, whose every page is the check's report of them all (the notice only named
    // it, and the toolbar's button for it was hidden at 375 px), next after the entries by keyboard.
    const all = notice.getByRole('link', { name: 'se alle feilene i forhåndsvisningen av nettstedet' });
    await expect(all).toHaveAttribute('href', '/');
    await links.nth(2).focus();
    await page.keyboard.press('Tab');
    await expect(all).toBeFocused();
    await expect(all).toBeInViewport();
    const report = await fetch(`${origin}/`, { headers: { accept: 'text/html' } }).then((r) => r.text());
    for (const path of broken) expect(report).toContain(path);
    // The toolbar's link to the entry's page on the site, on the phone's screen too.
    const pageLink = page.getByRole('link', { name: 'Forhåndsvis siden' });
    await expect(pageLink).toBeInViewport();
    await expect(pageLink).toHaveAttribute('href', entryUrl('municipalities', slug));
    // The link opens the other entry.
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(hrefs[0]!)}$`));
    await expect(field('Ingress')).toHaveValue('For kort', { timeout: 60_000 });
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
    await git('checkout', '--', file, ...broken);
  }
  // The site is back before the next test asks for its pages.
  await expect.poll(() => fetch(`${origin}/nyheter/`, { headers: { accept: 'text/html' } }).then((r) => r.status), { timeout: 60_000 }).toBe(200);
});

test("a dated collection's list is newest first, whether its date is a year, a month or a day, and a year alone is saved as it was", async () => {
  // Decap's sort kept YAML's numbers («date: 2010») and text («2010-06», «2010-02-25») apart, and the list was in file order.
  await openCms('collections/news');
  const listed = page.getByRole('link', { name: /^\d{4}(-\d{2}){0,2} – / });
  const files = (await readdir(join(content, 'news'))).filter((name) => name.endsWith('.mdx'));
  await expect(listed).toHaveCount(files.length, { timeout: 30_000 });
  const dates = (await listed.allTextContents()).map((text) => text.split(' – ')[0]!.trim());
  expect(new Set(dates.map((date) => date.length)), 'a year, a month and a day among them').toEqual(new Set([4, 7, 10]));
  // As the site reads a date: from its first day («2010» is 2010-01-01, after 2010-02-25 when newest come first).
  const day = (date: string) => `${date}-01-01`.slice(0, 10);
  expect(dates.map(day)).toEqual(dates.map(day).toSorted().reverse());
  await page.screenshot({ path: 'test-results/cms-news-by-date.png' });
  // An entry dated by its year alone, edited: one line changes, and the date stays the number it was.
  let yearOnly: string | undefined;
  for (const name of files.toSorted())
    if (/^date: \d{4}$/m.test(await readFile(join(content, 'news', name), 'utf8')) && !yearOnly) yearOnly = name;
  const file = `content/news/${yearOnly}`;
  const before = await readFile(join(work, file), 'utf8');
  await openCms(`collections/news/entries/${yearOnly!.replace(/\.mdx$/, '')}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await field('Tittel').fill('Endret tittel på en sak datert med årstall');
  await publish();
  await saved();
  try {
    await expect.poll(() => git('diff', '--numstat')).toBe(`1\t1\t${file}\n`);
    expect(await readFile(join(work, file), 'utf8')).toContain(before.match(/^date: \d{4}$/m)![0]);
    // Saved again from the same form (Decap's list then holds the entry as saved). Focused first: after a save, Decap's
    // text field puts the cursor back where it was typed last when it is drawn again on focus.
    await field('Tittel').focus();
    await field('Tittel').fill('Endret tittel på en sak datert med årstall, igjen');
    await expect(field('Tittel')).toHaveValue('Endret tittel på en sak datert med årstall, igjen');
    await publish();
    await saved();
    await expect.poll(() => readFile(join(work, file), 'utf8')).toContain('igjen');
    expect(await git('diff', '--numstat')).toBe(`1\t1\t${file}\n`);
  } finally {
    await git('checkout', '--', file);
  }
});

// Fresh eyes: archive news dated by a year alone with a «Kommuner» choice said «Ulagrede endringer» as they were opened.
test('an archive entry opened and left untouched has no unsaved changes', async () => {
  for (const slug of ['molde-innstilt-til-kvalitetsprisen', 'forste-pulje-tatt-opp', 'kvalitetskonferansen-2009-over-800-deltakere']) {
    await openCms(`collections/news/entries/${slug}`);
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    await expect(page.getByText('Endringer lagret')).toBeVisible();
    // Decap's pick-lists report their values once their options have come, after the form is drawn.
    await page.waitForTimeout(3000);
    await expect(page.getByText('Ulagrede endringer')).toHaveCount(0);
    await expect(page.getByText('Endringer lagret')).toBeVisible();
  }
  // Opened from the list, whose years the CMS page makes text to sort them (browser/date-sorting.js), likewise.
  await openCms('collections/news');
  await page.getByRole('link', { name: /Molde innstilt til Kvalitetsprisen/ }).click({ timeout: 30_000 });
  await expect(field('Tittel')).toHaveValue(/^Molde innstilt/, { timeout: 30_000 });
  await page.waitForTimeout(3000);
  await expect(page.getByText('Ulagrede endringer')).toHaveCount(0);
  expect(await git('status', '--porcelain')).toBe('');
});

// Fresh eyes: a newsletter's date changed to 2027-06 and saved, then typed back to 2010-06 in the same form, said
// «Endringer lagret» and «Publisert»; Back left without asking, and the file kept 2027-06. Decap compared the form with
// the entry as loaded before the save (browser/saved-entry.js).
// Fresh eyes: a new story said «Ulagrede endringer» before anything was typed, and asked «Vil du gå likevel?» as it was left.
test('a new entry with nothing typed has no unsaved changes, and is left without a question', async () => {
  for (const name of ['stories', 'news', 'newsletters', 'films', 'municipalities']) {
    await openCms(`collections/${name}/new`);
    await expect(page.getByText('Ikke lagret ennå')).toBeVisible({ timeout: 30_000 });
    // Decap's pick-lists report their values once their options have come, after the form is drawn.
    await page.waitForTimeout(3000);
    await expect(page.getByText('Ulagrede endringer'), name).toHaveCount(0);
    await expect(page.getByText('Ikke lagret ennå')).toBeVisible();
    if (name === 'stories') await page.screenshot({ path: 'test-results/cms-new-story-unchanged-1280.png' });
    const dialogs: string[] = [];
    const answer = recordDialogs(dialogs);
    page.on('dialog', answer);
    try {
      await page.locator('a[href$="/collections/' + name + '"]').first().click();
      await expect(page).toHaveURL(new RegExp(`#/collections/${name}$`));
      await page.waitForTimeout(500);
      expect(dialogs, name).toEqual([]);
    } finally {
      page.off('dialog', answer);
    }
  }
  expect(await git('status', '--porcelain')).toBe('');
});

test('an edit back to the value before a save is an unsaved change until it is saved: a date, a title and the text', async () => {
  const slug = 'nr-7-juni-2010';
  const file = `content/newsletters/${slug}.mdx`;
  const original = await readFile(join(work, file), 'utf8');
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  const unsaved = async () => {
    await expect(page.getByText('Ulagrede endringer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publiser', exact: true })).toBeEnabled();
  };
  /** Changed, saved, and changed back in the same form: unsaved until saved again, and then the file is as before. */
  // Saved: «Endringer lagret» (the toolbar says «Vises fra 1. juni 2027», not «Publisert», while the date is ahead).
  const savedHere = () => expect(page.getByText('Endringer lagret')).toBeVisible({ timeout: 30_000 });
  const backAgain = async (change: () => Promise<void>, back: () => Promise<void>, line: string) => {
    await change();
    await publish();
    await savedHere();
    await expect.poll(() => readFile(join(work, file), 'utf8')).not.toBe(original);
    await back();
    await unsaved();
    await publish();
    await savedHere();
    await expect.poll(() => readFile(join(work, file), 'utf8'), line).toBe(original);
  };
  try {
    await openCms(`collections/newsletters/entries/${slug}`);
    await expect(date).toHaveValue('2010-06', { timeout: 30_000 });
    // Focused first: after a save, Decap's text field puts the cursor back where it was typed last when drawn again.
    const typed = async (input: ReturnType<typeof field>, value: string) => {
      await input.focus();
      await input.fill(value);
      await expect(input).toHaveValue(value);
    };
    await backAgain(() => typed(date, '2027-06'), () => typed(date, '2010-06'), 'the date');
    const title = field('Tittel');
    const before = await title.inputValue();
    await backAgain(() => typed(title, `${before} – endret`), () => typed(title, before), 'the title');
    const added = ' Tillegg';
    // At the text's end: the browser's caret there first, then a moment for Slate, which reads a caret moved by the
    // keyboard later (its selectionchange is throttled; under a full run's load 300 ms was once too little, and
    // « Tillegg» went into the middle of the text).
    // Pressed again until it holds: Slate, drawing the click's change late under load, put the caret back at the click.
    const atEnd = async () => {
      await body().click();
      await expect(async () => {
        await page.keyboard.press('Control+End');
        await page.waitForTimeout(200);
        const end = await body().evaluate((editor) => {
          const selection = getSelection();
          if (!selection?.focusNode) return false;
          const rest = document.createRange();
          rest.selectNodeContents(editor);
          rest.setStart(selection.focusNode, selection.focusOffset);
          return rest.toString().replace(/\uFEFF/g, '').trim() === '';
        });
        expect(end).toBe(true);
      }).toPass({ timeout: 20_000 });
      await page.waitForTimeout(500);
    };
    await backAgain(
      async () => {
        await atEnd();
        await page.keyboard.type(added);
      },
      async () => {
        await atEnd();
        for (let i = 0; i < added.length; i++) await page.keyboard.press('Backspace');
      },
      'the text',
    );
    // Opened again, the form is the file.
    await openCms(`collections/newsletters/entries/${slug}`);
    await expect(date).toHaveValue('2010-06', { timeout: 30_000 });
    await expect(page.getByText('Endringer lagret')).toBeVisible();
  } finally {
    await git('checkout', '--', file);
  }
});

test('an entry other entries link to is not deleted: the CMS names them by their titles and says to change them first', async () => {
  // Decap deleted it without a word, and the site then showed errors in the others.
  const file = 'content/stories/sola-solrommet.mdx';
  // Deleting before the list of links has come is refused as «not checked» (safe); here the list is awaited.
  const linksListed = async () => {
    const response = await page.waitForResponse((r) => r.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 });
    await response.finished();
    // The page reads the list once its body has come.
    await page.waitForTimeout(500);
  };
  let listed = linksListed();
  await openCms('collections/stories/entries/sola-solrommet');
  await expect(field('Tittel')).toHaveValue(/Solrommet/, { timeout: 30_000 });
  await listed;
  const dialogs: string[] = [];
  const answer = recordDialogs(dialogs);
  page.on('dialog', answer);
  try {
    await page.getByRole('button', { name: 'Slett innlegg' }).click();
    // Refused outright, not asked: an OK given in a hurry would still break the other pages. Said once, at the top
    // of the form, each entry a link that opens it (fresh eyes: it was said twice, in an alert and then here).
    const notice = page.getByRole('alert').filter({ hasText: 'Ikke slettet: disse oppføringene lenker hit' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: 'Mal «Møte med mediene», i feltet «Eksempel»' })).toBeVisible();
    // (Its number is 99 after the edits above; the newsletter made above lists it too.)
    await expect(notice.getByRole('link', { name: 'Nyhetsbrev «Nyhetsbrev desember 2008: Over 500 på Kvalitetskonferansen», i feltet «Saker i denne utgaven»' }).first()).toBeVisible();
    await expect(notice).toContainText('Åpne hver av dem, fjern lenken eller velg en annen oppføring, og lagre.');
    await page.waitForTimeout(1000);
    expect(dialogs, 'no alert to answer as well').toEqual([]);
    expect(await git('status', '--porcelain', '--', file)).toBe('');
    // (Named twice: it lists the story among its items and links to it in its text.)
    await notice.getByRole('link', { name: /^Nyhetsbrev «Nyhetsbrev desember 2008.*«Saker i denne utgaven»/ }).click();
    await expect(field('Tittel')).toHaveValue(/^Nyhetsbrev desember 2008/, { timeout: 30_000 });

    // A municipality named by case stories, likewise.
    listed = linksListed();
    await openCms('collections/municipalities/entries/gloppen');
    await expect(field('Navn')).toHaveValue('Gloppen', { timeout: 30_000 });
    await listed;
    await page.getByRole('button', { name: 'Slett innlegg' }).click();
    await expect(notice.getByRole('link', { name: /^Godt eksempel «[^»]+», i feltet «Kommuner»$/ }).first()).toBeVisible();
    await page.waitForTimeout(1000);
    expect(dialogs).toEqual([]);
    expect(await git('status', '--porcelain', '--', 'content/municipalities/gloppen.yaml')).toBe('');
  } finally {
    page.off('dialog', answer);
  }

  // An entry nothing links to is deleted after Decap's own question, as before.
  const known = (await (await fetch(`${origin}/admin/oppforinger.json`)).json()) as Record<string, { links: { to: string }[] }>;
  const linked = new Set(Object.values(known).flatMap((entry) => entry.links.map((link) => link.to)));
  const loose = Object.keys(known).find((key) => key.startsWith('news/') && !linked.has(key))!;
  await openCms(`collections/news/entries/${loose.slice('news/'.length)}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const question = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
  await page.getByRole('button', { name: 'Slett innlegg' }).click();
  expect(await question).toBe('Er du sikker på at du vil slette dette publiserte innlegget?');
  await expect.poll(() => git('status', '--porcelain')).toBe(` D content/${loose}.mdx\n`);
  await git('checkout', '--', `content/${loose}.mdx`);
});

test('an entry another entry links to in its text is not deleted: the CMS names that entry and its text field', async () => {
  // Decap deleted it after its own question, and the broken link then held back the whole site, shown to whoever saved next.
  const file = 'content/news/molde-innstilt-til-kvalitetsprisen.mdx';
  const listed = page.waitForResponse((r) => r.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 }).then((r) => r.finished());
  await openCms('collections/news/entries/molde-innstilt-til-kvalitetsprisen');
  await expect(field('Tittel')).toHaveValue(/^Molde innstilt/, { timeout: 30_000 });
  await listed;
  await page.waitForTimeout(500);
  const dialogs: string[] = [];
  const answer = recordDialogs(dialogs);
  page.on('dialog', answer);
  try {
    await page.getByRole('button', { name: 'Slett innlegg' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Ikke slettet: disse oppføringene lenker hit' });
    // The news item on the conference links to it in its text («[…](/nyheter/molde-innstilt-til-kvalitetsprisen/)»).
    await expect(notice.getByRole('link', { name: /^Nyhet eller pressemelding «[^»\n]*Over 800 deltakere fra 121 kommuner på Kvalitetskonferansen 2009», i feltet «Tekst \(Markdown\)»$/ })).toBeVisible();
    await page.waitForTimeout(1000);
    expect(dialogs).toEqual([]);
    expect(await git('status', '--porcelain', '--', file)).toBe('');
  } finally {
    page.off('dialog', answer);
  }
});

test("a newsletter's closed items show the title of the entry, not its file name, and their buttons say so", async () => {
  await openCms('collections/newsletters/entries/nr-1-desember-2008');
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vis Saker i denne utgaven' }).click();
  const list = page.getByLabel('Feltet liste').filter({ hasText: 'Saker i denne utgaven' });
  const toggles = list.getByRole('button', { name: /^Skjul sak i denne utgaven \d+$/ });
  while ((await toggles.count()) > 0) await toggles.first().click();
  // Closed, each item's button opens it (it said «Skjul element 1», as if open).
  await expect(list.getByRole('button', { name: /^Vis sak i denne utgaven \d+$/ })).toHaveCount(5);
  // What Decap shows on a closed item's bar (it showed «sola-solrommet»).
  const items = page.locator('[class*="NestedObjectLabel"]').filter({ visible: true }).filter({ hasNotText: /^S\d{3}/ });
  await expect(items).toHaveText([
    '2008 – Over 500 deltakere på den første Kvalitetskonferansen',
    '2008 – Kvalitetskonferansen 2008',
    '«Solrommet» – enkle grep som holdt på medienes interesse',
    '2008-12 – Nettverkssamlingene flyttes ut til kommunene',
    'Trepartssamarbeid',
  ]);
  // A new item shows its title once an entry is chosen and the item closed.
  await page.getByRole('button', { name: /Legg til: sak i denne utgaven/i }).click();
  await page.getByRole('menuitem', { name: 'Godt eksempel' }).click();
  await choose('Godt eksempel', 'Solrommet');
  await toggles.first().click();
  await expect(items.last()).toHaveText('«Solrommet» – enkle grep som holdt på medienes interesse');
});

test('on a phone (375 px) the editor fits the screen: «Publiser» and «Slett innlegg» are on it, and the form takes its width', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    // Decap's editor was 800 px wide whatever the screen: «Publiser» was off it, to the right.
    for (const hash of ['collections/stories/entries/sola-solrommet', 'collections/news/new']) {
      await openCms(hash);
      await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(375);
      for (const name of hash.endsWith('/new') ? ['Publiser'] : ['Publisert', 'Slett innlegg']) {
        const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(375);
      }
      const title = (await field('Tittel').boundingBox())!;
      expect(title.x + title.width).toBeLessThanOrEqual(375);
      expect(title.width).toBeGreaterThan(300);
      // «Forhåndsvis siden» a target a finger can hit (WCAG 2.5.8: 24 px); it was a line of text, 16 px high.
      if (!hash.endsWith('/new')) {
        const preview = (await page.getByRole('link', { name: 'Forhåndsvis siden' }).boundingBox())!;
        expect(preview.height, 'Forhåndsvis siden').toBeGreaterThanOrEqual(24);
        expect(preview.x + preview.width).toBeLessThanOrEqual(375);
      }
    }
    // Its menu opens on the screen too.
    await openCms('collections/stories/entries/sola-solrommet');
    await page.getByRole('button', { name: 'Publisert', exact: true }).click();
    const item = (await page.getByRole('menuitem').first().boundingBox())!;
    expect(item.x).toBeGreaterThanOrEqual(0);
    expect(item.x + item.width).toBeLessThanOrEqual(375);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // A wide screen keeps Decap's layout: the form beside the preview.
  await openCms('collections/stories/entries/sola-solrommet');
  await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
  expect((await field('Tittel').boundingBox())!.width).toBeLessThan(700);
  await expect(page.locator('.SplitPane > .Pane2')).toBeVisible();
});

test('on a phone (375 px) a chosen entry keeps its title and its «Fjern» button on screen, a list\'s «Legg til» stays on the form, and the lists do not scroll sideways', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    /** How far a box runs past the right edge of the screen or of the form's pane (0 when it fits). */
    const pastEdge = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((element) => {
        const pane = element.closest('[class*="ControlPaneContainer"]')?.getBoundingClientRect();
        return Math.max(0, element.getBoundingClientRect().right - Math.min(window.innerWidth, pane?.right ?? Infinity));
      });
    // A tool's long title on one line ran out of the pick-list, cut off, with its × out of reach.
    await openCms('collections/stories/entries/sola-solrommet');
    const remove = page.getByRole('button', { name: 'Fjern Omdømmebygging og lokal synliggjøring' });
    // Measured where it is, not scrolled to: scrolling it into view would scroll the field's box sideways.
    await expect(remove).toBeAttached({ timeout: 30_000 });
    // Within the part of the field that shows the chosen entries (react-select's value container, which cuts off
    // what runs out of it), and the title not cut short with «…».
    const chip = page.locator('[class*="-multiValue"]').filter({ has: remove });
    const title = chip.getByText('Omdømmebygging og lokal synliggjøring', { exact: true });
    const pastShown = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((element) => element.getBoundingClientRect().right - element.closest('[class*="-control"] > div')!.getBoundingClientRect().right);
    expect.soft(await pastShown(remove), 'the × cut off').toBeLessThanOrEqual(0);
    expect.soft(await pastShown(title), 'the title cut off').toBeLessThanOrEqual(0);
    expect.soft(await title.evaluate((element) => element.scrollWidth - element.clientWidth), 'the title cut short').toBeLessThanOrEqual(0);
    const removeBox = (await remove.boundingBox())!;
    expect.soft(Math.min(removeBox.width, removeBox.height), 'the × a finger\'s target').toBeGreaterThanOrEqual(24);
    // A newsletter's «Legg til: sak i denne utgaven» ran off the form, which then scrolled sideways.
    await openCms('collections/newsletters/entries/nr-1-desember-2008');
    const add = page.getByRole('button', { name: 'Legg til: sak i denne utgaven' });
    await expect(add).toBeVisible({ timeout: 30_000 });
    expect.soft(await pastEdge(add), '«Legg til» past the edge').toBeLessThanOrEqual(0);
    const pane = page.locator('[class*="-PreviewPaneContainer-ControlPaneContainer"]');
    expect.soft(await pane.evaluate((element) => element.scrollWidth - element.clientWidth), 'the form scrolls sideways').toBeLessThanOrEqual(0);
    // The lists, a search and the media library fit the screen.
    for (const hash of ['collections/stories', 'collections/settings', 'search/barnehage']) {
      await openCms(hash);
      await expect(page.getByRole('link', { name: 'Gode eksempler' }).first()).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(375);
    }
    await page.getByRole('button', { name: 'Bilder og filer' }).first().click();
    await expect(page.getByRole('button', { name: 'Last opp' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the media library').toBeLessThanOrEqual(375);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("on a phone (375 px) a collection's entries are on the first screen, below the collections, and the workflow's columns are not cut", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    // The twelve collections, one a line, filled the first screen.
    await openCms('collections/stories');
    const first = page.locator('[class*="-ListCard"], [class*="-ListCardLink"]').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    expect((await first.boundingBox())!.y, 'the first entry on the first screen').toBeLessThan(800);
    for (const name of ['Gode eksempler', 'Innstillinger']) {
      const link = (await page.getByRole('link', { name, exact: true }).first().boundingBox())!;
      expect(link.x + link.width, name).toBeLessThanOrEqual(375);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // The editorial workflow (GitHub, GitLab), here with the dev server's file API, which has no drafts: none.
  const phone = await page.context().browser()!.newPage({ viewport: { width: 375, height: 800 } });
  try {
    await phone.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `publish_mode: editorial_workflow\n${await response.text()}` });
    });
    await phone.route('**/api/v1/', (route) => (route.request().postDataJSON()?.action === 'unpublishedEntries' ? route.fulfill({ json: [] }) : route.fallback()));
    await phone.goto(`${origin}/admin/#/workflow`);
    await phone.getByRole('button', { name: 'Logg inn' }).click({ timeout: 60_000 });
    await expect(phone.getByRole('heading', { level: 2 }).filter({ hasText: /^(Kladd|Gjennomgås|Klar)$/ })).toHaveCount(3, { timeout: 60_000 });
    // Each column's heading: its text against its room (inside its padding) and the screen. «Gjennomgås» ran
    // past its room, cut by the next column, with a phone's wider letters (here into its padding). Measured
    // at once, as Decap draws the board again when the drafts have come.
    const cut = () =>
      phone.evaluate(() => {
        const headings = [...document.querySelectorAll('h2')].filter((heading) => /^(Kladd|Gjennomgås|Klar)$/.test(heading.textContent ?? ''));
        const cut = headings.filter((heading) => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const box = heading.getBoundingClientRect();
          const room = box.right - parseFloat(getComputedStyle(heading).paddingRight);
          return range.getBoundingClientRect().right > room || box.right > window.innerWidth;
        });
        return { headings: headings.length, cut: cut.map((heading) => heading.textContent) };
      });
    await expect.poll(cut).toEqual({ headings: 3, cut: [] });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  } finally {
    await phone.close();
  }
});

/** axe's rules for a control's accessible name (WCAG 4.1.2, and a placeholder is no label: 3.3.2). */
const nameRules = ['label', 'aria-input-field-name', 'select-name', 'button-name', 'link-name', 'input-button-name', 'aria-toggle-field-name', 'aria-command-name'];

async function unnamedControls(): Promise<string[]> {
  // axe itself, not @axe-core/playwright, which wants a page of a context of its own (this one is the browser's).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (rules) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: rules, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }))),
    nameRules,
  );
  // axe takes a placeholder for a name; it is not one (it is gone once something is typed, WCAG 3.3.2).
  const placeholderOnly = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"], [role="searchbox"]')]
      .filter((control) => {
        if (control instanceof HTMLInputElement && ['hidden', 'file', 'submit', 'button', 'reset', 'image'].includes(control.type)) return false;
        if (control.closest('[aria-hidden="true"]') || control.getClientRects().length === 0) return false;
        const labelled = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim());
        const labels = 'labels' in control ? [...((control as HTMLInputElement).labels ?? [])] : [];
        return !control.getAttribute('aria-label')?.trim() && !labelled && !labels.some((label) => label.textContent?.trim()) && !control.closest('label')?.textContent?.trim();
      })
      .map((control) => `no label: ${control.outerHTML.slice(0, 160)}`),
  );
  return [...violations.flatMap((v) => v.nodes.map((html) => `${v.id}: ${html.slice(0, 160)}`)), ...placeholderOnly];
}

// Fresh eyes: the CMS's search needed exact letters («Hagebostad» found nothing), where the site's search folds them.
test('the search finds an entry whose title has æ, ø or å when the words are typed without them', async () => {
  await openCms('collections/news');
  const search = page.getByRole('textbox', { name: 'Søk i alle samlinger' });
  // The titles the search is spelled by: the site's list of entries, asked for when the search box has the focus.
  const listed = page.waitForResponse((response) => response.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 });
  await search.click();
  await listed;
  await search.fill('hagebostad fornoyd');
  await search.press('Enter');
  await expect(page.getByRole('link', { name: /Kommunestyret i Hægebostad fornøyd med sykefraværsprosjektet/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(search).toHaveValue('Hægebostad fornøyd');
});

// Fresh eyes: the search read titles only (a story naming its place only in its ingress or its municipalities was
// not found), and matched letters spread out in order («tromso» found long unrelated titles).
// Fresh eyes: a newsletter's story picker found «Nærværsarbeid …» for «naervaer» only after long ingresses that hold
// those letters apart, and nothing named «Kárášjohka» for «karasjohka»: typed without æ, ø, å or accents, a pick-list
// finds what the site's search finds, its title's hits first.
test("a newsletter's pick-list finds an entry typed without æ, ø, å or accents, and not by letters spread through it", async () => {
  // A news item named with Sami letters (none in the archive), removed again at the end.
  const file = join(content, 'news', 'samarbeid-i-karasjohka.mdx');
  const model = await readFile(join(content, 'news', 'avtale-om-kvalitetskommuneprogrammet.mdx'), 'utf8');
  await writeFile(file, model.replace(/^title: .*$/m, 'title: Samarbeid i Kárášjohka'));
  try {
    await openCms('collections/newsletters/new');
    const options = () => page.getByRole('option').allInnerTexts();
    const type = async (kind: string, typed: string) => {
      await field(kind).filter({ visible: true }).first().fill(typed);
      await expect.poll(async () => (await options()).length, { timeout: 30_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(800);
      return options();
    };
    await page.getByRole('button', { name: /Legg til: sak i denne utgaven/i }).click();
    await page.getByRole('menuitem', { name: 'Godt eksempel' }).click();
    for (const typed of ['naervaer', 'narvar']) {
      const found = await type('Godt eksempel', typed);
      expect(found[0], typed).toBe('Nærværsarbeid i ordinær drift, uten prosjekt');
      expect(found, typed).toEqual(expect.arrayContaining(['Nærvær som delmål i kvalitetsarbeidet', 'Kvalitetstid og nærvær med beboerne på sykehjemmet']));
      expect(found, typed).not.toContain('Ledelse i barnehagene');
    }
    expect((await type('Godt eksempel', 'en soknad'))[0]).toBe('To kommuner, én søknad – trepartssamarbeid i Innherred');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Legg til: sak i denne utgaven/i }).click();
    await page.getByRole('menuitem', { name: 'Nyhet eller pressemelding', exact: true }).click();
    // Only entries with the word (a test above may have left another news item named with it).
    const sami = await type('Nyhet eller pressemelding', 'karasjohka');
    expect(sami).toContain('Samarbeid i Kárášjohka');
    expect(sami.filter((title) => !title.includes('Kárášjohka'))).toEqual([]);
    expect(await git('status', '--porcelain', '--', 'content/newsletters')).toBe('');
    await leaveWithoutSaving();
  } finally {
    await rm(file, { force: true });
  }
});

test('the search finds a story by the place in its ingress or municipalities, and no entry by letters spread through it', async () => {
  // Searched in the collection open (Decap's first choice under the box).
  await openCms('collections/stories');
  const search = page.getByRole('textbox', { name: 'Søk i alle samlinger' });
  const listed = page.waitForResponse((response) => response.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 });
  await search.click();
  await listed;
  await search.fill('porsgrunn');
  await search.press('Enter');
  // «Porsgrunn» stands only in its ingress and its municipalities.
  await expect(page.getByRole('link', { name: /Språk, tekst og kommunikasjon i barnehagen/ }).first()).toBeVisible({ timeout: 30_000 });
  /** The files of the hits shown, each with whether it names Porsgrunn. */
  const hits = async () => {
    const hrefs = await page.locator('a[href*="/entries/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return Promise.all(
      hrefs.map(async (href) => {
        const [, collection, slug] = /collections\/([^/]+)\/entries\/(.+)$/.exec(href) ?? [];
        const { folder, format } = collectionDefinitions[collection as CollectionName];
        const text = await readFile(join(content, folder, `${slug}.${format}`), 'utf8');
        return `${folder}/${slug}: ${/porsgrunn/i.test(text)}`;
      }),
    );
  };
  await expect.poll(async () => (await hits()).filter((hit) => hit.endsWith('false')), { timeout: 10_000 }).toEqual([]);
  expect(await hits()).toContain('stories/porsgrunn-sprak-og-kommunikasjon: true');
  // A word no entry has: «Ingen innlegg» (Decap said «Laster innlegg …» for ever).
  await search.fill('tromsoporsgrunn');
  await search.press('Enter');
  await expect(page.getByText('Ingen innlegg')).toBeVisible({ timeout: 30_000 });
});

// Fresh eyes: «Tromsø» did not find an event held there (its «Steder»), «Gloppen» not a story naming it under «Andre
// kommuner med samme tema», and a word of a newsletter's text gave «Ingen innlegg».
test('the search finds an event by its places, a story by its other municipalities with the same theme, and an entry by a word of its text', async () => {
  /** Searched in the collection open (Decap's first choice under the box), as the editor searches. */
  const searchIn = async (collection: CollectionName, words: string) => {
    await openCms(`collections/${collection}`);
    const search = page.getByRole('textbox', { name: 'Søk i alle samlinger' });
    const listed = page.waitForResponse((response) => response.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 });
    await search.click();
    await listed;
    await search.fill(words);
    await search.press('Enter');
  };
  const hit = (title: string) => page.getByRole('link', { name: new RegExp(escapeRegExp(title)) }).first();
  const titleOf = async (file: string) => /^title: "?(.*?)"?$/m.exec(await readFile(join(content, file), 'utf8'))![1]!;
  // «Tromsø» stands only in the event's «Steder».
  await searchIn('events', 'Tromsø');
  await expect(hit('Sykefraværskonferansene 2010')).toBeVisible({ timeout: 30_000 });
  // «gloppen» stands only in the story's «Andre kommuner med samme tema».
  await searchIn('stories', 'Gloppen');
  await expect(hit(await titleOf('stories/songdalen-serviceerklaering-barnehage.mdx'))).toBeVisible({ timeout: 30_000 });
  // A word only this story's text has.
  await searchIn('stories', 'undersøkelsene');
  await expect(hit(await titleOf('stories/askim-oppfolging-av-resultater.mdx'))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Ingen innlegg')).toHaveCount(0);
});

test("every control of the CMS has a name of its own, not only a placeholder: the collection search, an entry's fields, the media library", async () => {
  await openCms('collections/news');
  const search = page.getByRole('textbox', { name: 'Søk i alle samlinger' });
  await expect(search).toBeVisible({ timeout: 30_000 });
  expect.soft(await unnamedControls(), 'a collection and its search').toEqual([]);
  // Typed into, the search offers where to search; its results are a page of their own.
  await search.fill('sykefravær');
  expect.soft(await unnamedControls(), 'the search with its choices').toEqual([]);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\//);
  expect.soft(await unnamedControls(), 'search results').toEqual([]);
  for (const hash of ['collections/stories/entries/sola-solrommet', 'collections/newsletters/new']) {
    await openCms(hash);
    await expect(field('Tittel')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('textbox', { name: 'Tekst (Markdown)', exact: true })).toBeVisible();
    expect.soft(await unnamedControls(), hash).toEqual([]);
  }
  await openCms('collections/news');
  await page.getByRole('button', { name: 'Bilder og filer' }).click();
  await expect(page.getByRole('textbox', { name: 'Søk i bilder og filer' })).toBeVisible({ timeout: 30_000 });
  expect.soft(await unnamedControls(), 'the media library').toEqual([]);
});

// README: a draft shows only in `npm run dev`, never on the site. Saved with «Utkast» on, the toolbar said «Publisert».
test('an entry saved with «Utkast» on says «Lagret som utkast», not «Publisert», and «Publisert» again once it is off', async () => {
  test.setTimeout(240_000); // room for `rerendered`
  const { file, slug } = await firstEntry('news');
  await openCms(`collections/news/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const draft = page.getByRole('switch', { name: /^Utkast/ }).or(page.getByLabel(/^Utkast/)).first();
  // By keyboard, as an editor without a mouse switches it.
  await draft.focus();
  await page.keyboard.press('Space');
  await publish();
  await expect(page.getByRole('button', { name: 'Lagret som utkast', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Endringer lagret')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toHaveCount(0);
  expect(await readFile(join(work, file), 'utf8')).toMatch(/^draft: true$/m);
  // The dev preview shows the draft, marked as one on its page, in the news list, on the front page and in the feed
  // (fresh eyes: it stood at the top of /nyheter/ like any published item).
  const marker = 'Utkast – vises ikke på nettstedet';
  const title = (await readFile(join(work, file), 'utf8')).match(/^title: (.*)$/m)![1]!.replace(/^["']|["']$/g, '');
  await expect.poll(() => devPage(entryUrl('news', slug)), rerendered).toContain(marker);
  for (const path of ['/nyheter/']) {
    await visit(path);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(item.getByText(marker, { exact: true }), path).toBeVisible();
  }
  expect(await devPage('/nyheter/rss.xml')).toContain(`${marker}: `);
  // Opened again later, it says the same.
  await openCms(`collections/news/entries/${slug}`);
  await expect(page.getByRole('button', { name: 'Lagret som utkast', exact: true })).toBeVisible({ timeout: 30_000 });
  await draft.focus();
  await page.keyboard.press('Space');
  await publish();
  await saved();
  await expect(page.getByRole('button', { name: 'Lagret som utkast', exact: true })).toHaveCount(0);
  await git('checkout', '--', file);
});

/** Opens the news item the December 2008 newsletter lists, once the CMS has the site's entries; gives its file. */
async function openListedNewsItem(): Promise<string> {
  const slug = 'kvalitetskonferansen-2008-over-500-deltakere';
  const listed = page.waitForResponse((r) => r.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 }).then((r) => r.finished());
  await openCms(`collections/news/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await listed;
  return `content/news/${slug}.mdx`;
}

// Fresh eyes: «Utkast» switched on in a news item a newsletter lists was saved, and then the check held the whole site
// back, blaming «andre filer». Refused before the save, as a delete is, naming the newsletter.
test('«Utkast» is refused in an entry a newsletter shows, naming the newsletter, and nothing is saved', async () => {
  const file = await openListedNewsItem();
  await page.waitForTimeout(500);
  const draft = page.getByRole('switch', { name: /^Utkast/ }).or(page.getByLabel(/^Utkast/)).first();
  await draft.focus();
  await page.keyboard.press('Space');
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /kan ikke lagres som utkast ennå, fordi disse viser den på nettstedet/ });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal).toContainText(/Nyhetsbrev «Nyhetsbrev desember 2008: Over 500 på Kvalitetskonferansen», i feltet «Saker i denne utgaven»/);
  await expect(refusal).toContainText('Ta den bort fra dem først, eller slå på «Utkast» i dem også.');
  await page.waitForTimeout(1000);
  expect(await git('status', '--porcelain', '--', file)).toBe('');
});

// Fresh eyes: a news item a newsletter lists, dated «1. januar 2027», was saved («Lagret, ikke publisert»), and only
// then the check failed, reported on the newsletter. Refused before the save, at «Dato», as «Utkast» is.
test('a date after today in an entry a newsletter shows is refused before the save, at «Dato», naming the newsletter and the latest date', async () => {
  const file = await openListedNewsItem();
  const date = field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)');
  await date.fill('1. januar 2027');
  await publish();
  const refusal = page.getByRole('alert').filter({ hasText: /kan ikke få datoen 1\. januar 2027: den vises ikke på nettstedet før da/ });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  // With the newsletter's date (a test above may have changed its month).
  await expect(refusal).toContainText(/Nyhetsbrev «Nyhetsbrev desember 2008: Over 500 på Kvalitetskonferansen» \(\p{L}+ 2008\), i feltet «Saker i denne utgaven»/u);
  const today = formatDate({ date: new Date(), precision: 'day' });
  await expect(refusal).toContainText(`Gi den en dato som ikke er senere enn i dag (${today}), eller ta den bort fra dem først.`);
  // At the field, which the refusal's line links to.
  await expect(page.locator('[class*="ControlErrorsList"]').getByText(/kan ikke få datoen 1\. januar 2027/)).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(1000);
  expect(await git('status', '--porcelain', '--', file)).toBe('');
  await leaveWithoutSaving();
});

// The same rule from the newsletter's side: choosing an entry the site does not show yet (dated after the newsletter
// and today) was saved, and the check then refused the newsletter. Refused before the save, at the choice.
test('an entry dated after today, chosen in a newsletter, is refused before the save at the choice, naming it and the date', async () => {
  const file = join(content, 'news', 'en-sak-som-kommer-i-2027.mdx');
  const model = await readFile(join(content, 'news', 'avtale-om-kvalitetskommuneprogrammet.mdx'), 'utf8');
  await writeFile(file, model.replace(/^title: .*$/m, 'title: En sak som kommer i 2027').replace(/^date: .*$/m, 'date: 2027-01-01'));
  try {
    const listed = page.waitForResponse((r) => r.url().endsWith('/admin/oppforinger.json'), { timeout: 60_000 }).then((r) => r.finished());
    await openCms('collections/newsletters/entries/nr-1-desember-2008');
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    await listed;
    await page.getByRole('button', { name: 'Vis Saker i denne utgaven' }).click();
    await page.getByRole('button', { name: /Legg til: sak i denne utgaven/i }).click();
    await page.getByRole('menuitem', { name: 'Nyhet eller pressemelding', exact: true }).click();
    await field('Nyhet eller pressemelding').filter({ visible: true }).last().fill('kommer i 2027');
    await page.getByRole('option', { name: 'En sak som kommer i 2027' }).click();
    await publish();
    const refusal = page.getByRole('alert').filter({ hasText: 'Nyhet eller pressemelding «En sak som kommer i 2027» har datoen 1. januar 2027 og vises ikke på nettstedet før da, så den ville mangle her.' });
    await expect(refusal).toBeVisible({ timeout: 30_000 });
    await expect(refusal).toContainText('Velg en annen, fjern valget, eller gi det du lagrer nå, en dato som ikke er tidligere enn 1. januar 2027.');
    await page.waitForTimeout(1000);
    expect(await git('status', '--porcelain', '--', 'content/newsletters')).toBe('');
    await leaveWithoutSaving();
  } finally {
    await rm(file, { force: true });
  }
});

// Fresh eyes on the CMS: a news item the secretariat writes now had to cite a 2007–2010 document, and its page then said it
// was written from the programme's documents. With «Ny sak fra sekretariatet» on it needs no source and says nothing of the kind.
test('a new item from the secretariat shows without sources and without the archive note', async () => {
  test.setTimeout(240_000); // room for `rerendered`
  const slug = 'ny-sak-fra-sekretariatet';
  const file = join(content, 'news', `${slug}.mdx`);
  const summary = 'Sekretariatet skriver denne saken nå, ikke ut fra programmets dokumenter.';
  await writeFile(file, `---\ntitle: En ny sak fra sekretariatet\nsummary: ${summary}\ndate: 2026-11-30\nnewItem: true\n---\nTekst.\n`);
  try {
    const text = () => devPage(entryUrl('news', slug));
    await expect.poll(text, rerendered).toContain('En ny sak fra sekretariatet');
    const html = await text();
    // The dev server inlines the site's stylesheet, which has the note's class: the page's own markup is what counts.
    const main = html.slice(html.indexOf('<main'));
    expect(main).not.toContain('archive-note');
    expect(html).not.toContain('programmets egne dokumenter');
    expect(html).toContain(`<meta name="description" content="${summary}">`);
    expect(html).not.toContain('id="kilder"');
    // The news list no longer says the whole archive was written from the programme's documents: this item was not.
    const list = await fetch(`${origin}/nyheter/`).then((r) => r.text());
    expect(list).toContain('En ny sak fra sekretariatet');
    expect(list).not.toContain('Nyhetsarkivet er skrevet for Kompetansebanken ut fra programmets egne dokumenter');
    expect(list).toContain('nye saker fra sekretariatet bygger ikke på dem');
  } finally {
    await rm(file, { force: true });
  }
});

test('a second news item whose file name another has is saved as …-1, and the notice blames that file, saying the whole site waits for the fix', async () => {
  // Two titles that differ only by a dash give one file name; the second's ingress starts with a Word bullet, which only
  // the check sees with the rules before a save left out.
  const title = 'Samling om nærvær i Vardø';
  const summary = 'Sekretariatet skriver to saker med nesten samme tittel, og den andre har feil i ingressen.';
  await newNewsItem(title, summary, '2009-02-02', 'Første.\n');
  await publish();
  await saved();
  await newNewsItem('Samling om nærvær – i Vardø', `• ${summary}`, '2009-02-03', 'Andre.\n');
  await withoutRulesBeforeSave();
  await publish();
  await expect.poll(() => readFile(`${content}/news/samling-om-naervaer-i-vardo-1.mdx`, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('title: Samling om nærvær – i Vardø');
  const notice = page.getByRole('alert').filter({ hasText: 'Lagret, men' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  // The error is in the file just written (…-1): it was counted as «Andre filer i innholdet har 2 feil».
  await expect(notice).toContainText(/Lagret, men innholdet har feil/);
  await expect(notice).toContainText(/Feltet «Ingress»: /);
  // Not only this entry waits: `npm run check` fails, and the publish job stops every change (fresh eyes).
  await expect(notice).toContainText(/Nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilene? er rettet/);
  await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lagret, ikke publisert', exact: true })).toBeVisible();
  // Until the check answered, the toolbar said it was checking, never «Publisert» (it did for a second or two; fresh eyes).
  expect(await toolbarWords()).toEqual(['Lagret, kontrolleres …', 'Lagret, ikke publisert']);
  await rm(`${content}/news/samling-om-naervaer-i-vardo.mdx`);
  await rm(`${content}/news/samling-om-naervaer-i-vardo-1.mdx`);
});

test('an HTML comment written in the text is saved as an MDX comment that passes the check, and neither the page nor its feeds show it', async () => {
  const note = 'intern merknad: ikke publiser tallene før styremøtet';
  await newNewsItem('Kommentar i teksten fra Vadsø', 'Sekretariatet skriver en sak med en merknad i teksten som ikke skal vises.', '2009-03-03', `Synlig tekst.\n\n<!-- ${note} -->\n`);
  await publish();
  await saved();
  const file = `${content}/news/kommentar-i-teksten-fra-vadso.mdx`;
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('Synlig tekst.');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(`{/* ${note} */}`);
  expect(text).not.toContain('<!--');
  const checked = await check();
  expect(checked.output, checked.output).toContain('Innholdet er i orden');
  // The dev server shows the new page within seconds (it stayed a 404 after the save before: dev-content-reload.ts).
  const shows = { '/nyheter/kommentar-i-teksten-fra-vadso/': 'Synlig tekst', '/nyheter/rss.xml': 'Kommentar i teksten fra Vadsø', '/nyheter/atom.xml': 'Kommentar i teksten fra Vadsø' };
  for (const [path, shown] of Object.entries(shows)) {
    const get = () => fetch(`${origin}${path}`, { headers: { accept: '*/*' } });
    await expect.poll(async () => (await get()).text(), { timeout: 30_000 }).toContain(shown);
    expect(await (await get()).text(), path).not.toContain('tallene før styremøtet');
  }
  await rm(file);
});

test('a press release dated in the future says after the save from which day the site shows it, not «Publisert»', async () => {
  const day = new Date(Date.now() + 2 * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const shownFrom = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  await openCms('collections/news');
  await page.getByRole('link', { name: /Sluttrapporten: Nytt samarbeidsklima/ }).first().waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Opprett innlegg av typen Nyhet eller pressemelding' }).click();
  await field('Tittel').fill('Pressemelding fram i tid fra sekretariatet');
  await field('Ingress').fill('Sekretariatet sender ut en pressemelding som skal ut om noen dager.');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill(iso);
  await choose('Nyhet eller pressemelding', 'Pressemelding');
  await field('Nummer').fill('5');
  await addSource('24');
  await body().fill('Det viktigste først.\n');
  await publish();
  const file = `${content}/news/pressemelding-fram-i-tid-fra-sekretariatet.mdx`;
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('number: 5');
  await expect(page.getByRole('status').filter({ hasText: `Vises på nettstedet fra ${shownFrom}` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Vises fra ${shownFrom}`, exact: true })).toBeVisible();
  await rm(file);
});

// The secretariat announcing a meeting: a new event could not be saved without a 2007–2010 programme document, and one
// dated ahead said «Vises fra …» and was left out of the site until the day it took place.
test('a new event from the secretariat is saved without sources, is shown at once, and heads the events list with both its days', async () => {
  test.setTimeout(240_000); // room for `rerendered`
  const start = new Date(Date.now() + 70 * 86_400_000);
  const end = new Date(start.getTime() + 86_400_000);
  const iso = (day: Date) => day.toISOString().slice(0, 10);
  const format = (day: Date) => new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  await openCms('collections/events/new');
  await field('Tittel').fill('Nærværskonferansen fra sekretariatet');
  await field('Ingress').fill('Sekretariatet inviterer kommunene til en konferanse om nærvær og arbeidsmiljø.');
  await choose('Type arrangement', 'Konferanse');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill(iso(start));
  await field('Sluttdato').fill(iso(end));
  // Fresh eyes: with «Når (fritekst)» filled in, the list and the page showed it alone, and no day.
  await field('Når (fritekst)').fill('kl. 10.00–15.30 begge dager');
  // Fresh eyes: the deadline had no field of its own, only «Når», where nothing said when it had passed.
  const deadline = new Date(start.getTime() - 10 * 86_400_000);
  await field('Påmeldingsfrist').fill(iso(deadline));
  await body().fill('Program og påmelding kommer.\n');
  await publish();
  const file = `${content}/events/naervaerskonferansen-fra-sekretariatet.mdx`;
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('newItem: true');
  await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toBeVisible({ timeout: 60_000 });
  // «Publisert» once the check has passed the save, not before.
  expect(await toolbarWords()).toEqual(['Lagret, kontrolleres …', 'Publisert']);
  await expect(page.getByRole('button', { name: /^Vises fra/ })).toHaveCount(0);
  await expect(page.getByText(/Vises på nettstedet fra/)).toHaveCount(0);
  expect(await readFile(file, 'utf8')).not.toContain('sources');
  expect(await readFile(file, 'utf8')).toContain(`registrationDeadline: ${iso(deadline)}`);
  const day = (date: Date) => ({ date, precision: 'day' as const });
  const when = `${formatDateRange(day(start), day(end))} · kl. 10.00–15.30 begge dager`;
  expect(when).toContain(format(end));
  // Its page claims no programme document.
  await expect.poll(() => devPage(entryUrl('events', 'naervaerskonferansen-fra-sekretariatet')), rerendered).toContain(when);
  expect(await devPage(entryUrl('events', 'naervaerskonferansen-fra-sekretariatet'))).not.toContain('id="kilder"');
  // The list: upcoming first, under their own heading, with both days; then the programme's, newest first.
  await visit('/arrangementer/');
  const upcoming = page.getByRole('region', { name: 'Kommende arrangementer' });
  await expect(upcoming.getByRole('heading', { name: 'Nærværskonferansen fra sekretariatet' })).toBeVisible();
  await expect(upcoming.getByText(`Konferanse · ${when} · Påmeldingsfrist: ${format(deadline)}`, { exact: true })).toBeVisible();
  // Retried: the dev server may reload the page once more after the save (a full run saw the page go mid-read).
  await expect(page.getByRole('region', { name: 'Tidligere arrangementer' }).getByRole('heading', { level: 3 }).first()).toHaveText('Sykefraværskonferansene 2010');
  // On a phone the event's page gives the deadline on screen, without sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await visit(entryUrl('events', 'naervaerskonferansen-fra-sekretariatet'));
    const row = page.locator('.event-facts > div').filter({ has: page.getByText('Påmeldingsfrist', { exact: true }) });
    await expect(row.locator('dd')).toHaveText(format(deadline));
    const box = (await row.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await rm(file);
});

// The newsletter's page no longer links the HTML code for the mailing tool (readers saw it): the secretariat finds it here.
test('the newsletters\' list says where an issue\'s HTML code for the mailing tool is', async () => {
  await openCms('collections/newsletters');
  await expect(page.getByText(/HTML-koden til e-postverktøyet ligger på nettstedet/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/\/nyhetsbrev\/nr-7-juni-2010\/epost-kode\.txt/)).toBeVisible();
});

test('a new film from the secretariat is saved without sources and listed apart from the programme\'s films', async () => {
  await openCms('collections/films/new');
  await field('Tittel').fill('Nærvær i praksis fra sekretariatet');
  await field('Laget av').fill('Sekretariatet');
  await choose('Kommuner', 'Gloppen');
  // An address without https is refused at the field, before the save, saying what to write.
  await field('Nettadresse til filmen').fill('http://www.youtube.com/watch?v=abc123');
  await publish();
  await expect(fieldError('Skriv en hel nettadresse som begynner med «https://»: kopier den fra adressefeltet i nettleseren')).toBeVisible();
  // Nothing saved among the films (earlier tests may leave other folders changed).
  expect(await git('status', '--porcelain', '--', 'content/films')).toBe('');
  const address = field('Nettadresse til filmen');
  await address.selectText();
  await address.press('Backspace');
  await address.fill('https://www.youtube.com/watch?v=abc123');
  await publish();
  const file = `${content}/films/naervaer-i-praksis-fra-sekretariatet.yaml`;
  await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('newItem: true');
  await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toBeVisible({ timeout: 60_000 });
  expect(await readFile(file, 'utf8')).not.toContain('sources');
  await visit('/filmer/');
  const newFilms = page.getByRole('region', { name: 'Nye filmer fra sekretariatet' });
  await expect(newFilms.getByRole('heading', { name: '«Nærvær i praksis fra sekretariatet»' })).toBeVisible({ timeout: 30_000 });
  await expect(newFilms.getByText('Filmen er fra Gloppen kommune.')).toBeVisible();
  // Under «Programmets filmer, 2007–2010» (h2) its makers are h3 and their films h4; they had been h2 and h3 beside it.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Programmets filmer, 2007–2010' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 3, name: 'Gunhild Asting', exact: true })).toBeVisible();
  await expect(main.getByRole('heading', { level: 4, name: '«Foreldreskolen»' })).toBeVisible();
  await expect(newFilms.getByRole('heading', { level: 3, name: '«Nærvær i praksis fra sekretariatet»' })).toBeVisible();
  // Fresh eyes: the form had no field for where the film is. A link, not a player.
  await expect(newFilms.getByRole('link', { name: 'Se filmen hos YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc123');
  await expect(newFilms.locator('iframe, video')).toHaveCount(0);
  await rm(file);
});

// Fresh eyes: the secretariat wrote «Kontaktperson: …» in a press release's text, and under it the page said that no
// press contact with phone or e-mail was set up.
test("a press release's own contact person is saved from its group and shown under it instead of the postal address", async () => {
  await openCms('collections/news/new');
  await field('Tittel').fill('Pressemelding med egen kontaktperson');
  await field('Ingress').fill('Sekretariatet sender ut en pressemelding med egen kontaktperson.');
  await field('Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)').fill('2026-11-30');
  await choose('Nyhet eller pressemelding', 'Pressemelding');
  await field('Nummer').fill('5');
  const group = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Kontaktperson for pressemeldingen (valgfritt)', { exact: true }) });
  await group.getByRole('button', { name: 'Vis' }).click();
  await field('Navn', group).fill('Kari Nordmann');
  await field('Telefon («22 00 00 00» eller «+47 22 00 00 00»)', group).fill('22 12 34 56');
  await field('E-post', group).fill('kari.nordmann@ks.no');
  await body().fill('Det viktigste først.\n');
  await publish();
  const file = `${content}/news/pressemelding-med-egen-kontaktperson.mdx`;
  try {
    await expect.poll(() => readFile(file, 'utf8').catch(() => ''), { timeout: 30_000 }).toContain('contact:\n  name: Kari Nordmann\n');
    await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toBeVisible({ timeout: 60_000 });
    await visit(entryUrl('news', 'pressemelding-med-egen-kontaktperson'));
    const contact = page.getByRole('region', { name: 'Pressekontakt' });
    await expect(contact.getByRole('link', { name: '22 12 34 56' })).toHaveAttribute('href', 'tel:22123456');
    await expect(contact.getByRole('link', { name: 'kari.nordmann@ks.no' })).toHaveAttribute('href', 'mailto:kari.nordmann@ks.no');
    await expect(contact).not.toContainText('Ingen pressekontakt');
    await expect(contact).not.toContainText('Postboks');
  } finally {
    await rm(file, { force: true });
  }
});

// Fresh eyes: a contact's phone «123» and e-mail «ola@ks» were saved (the schema's rules were refines, which the
// CMS did not know), and the check then held every page and the publish job back. The phone and the e-mail are
// checked at the field now; any other rule of the schema before the save, with the check's words.
test("a press release's contact with a phone or e-mail the check refuses, or that breaks a rule between fields, is not saved", async () => {
  const { folder } = collectionDefinitions.news;
  const names = (await readdir(join(content, folder))).sort();
  const name = (await Promise.all(names.map(async (n) => ((await readFile(join(content, folder, n), 'utf8')).includes('\nkind: pressemelding\n') ? n : '')))).find(Boolean)!;
  const file = `content/${folder}/${name}`;
  const before = await readFile(join(work, file), 'utf8');
  await openCms(`collections/news/entries/${name.replace(/\.mdx$/, '')}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  const group = page.getByLabel('Feltet gruppe').filter({ has: page.getByText('Kontaktperson for pressemeldingen (valgfritt)', { exact: true }) });
  await group.getByRole('button', { name: 'Vis' }).click();
  const phone = field('Telefon («22 00 00 00» eller «+47 22 00 00 00»)', group);
  const email = field('E-post', group);
  await field('Navn', group).fill('Ola Nordmann');
  await phone.fill('123');
  await email.fill('ola@ks');
  await publish();
  // At the fields, as typed, with what to write.
  await expect(group.getByText('Skriv hele telefonnummeret, minst åtte sifre, med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00»')).toBeVisible();
  await expect(group.getByText('Skriv en hel e-postadresse, for eksempel «presse@virksomhet.no»')).toBeVisible();
  expect(await readFile(join(work, file), 'utf8')).toBe(before);
  // Fields Decap takes, and a rule between fields it does not know: an archive release has no contact person.
  for (const [input, text] of [[phone, '22 12 34 56'], [email, 'ola@ks.no']] as const) {
    // Emptied first, as the film address is: fill() alone added to what the field had.
    await input.selectText();
    await input.press('Backspace');
    await input.fill(text);
  }
  await publish();
  // Refused by Decap's check of the fields («Noe i skjemaet mangler …», the sentence on its own) or, where the save got
  // past it, by ours («Kunne ikke lagre: «Kontaktperson …»: en …»): which one comes first depends on timing.
  const refusal =
    /[Ee]n pressemelding fra arkivet har ingen kontaktperson \(den ble ikke sendt ut av KS\): fjern kontaktpersonen, eller slå på «Ny sak fra sekretariatet» hvis pressemeldingen er ny fra sekretariatet\./;
  await expect(page.getByRole('alert').filter({ hasText: refusal }).first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: refusal }).first()).toContainText('Kontaktperson for pressemeldingen');
  // Nothing written, what was typed still in the form, and the site not held back.
  expect(await readFile(join(work, file), 'utf8')).toBe(before);
  await expect(phone).toHaveValue('22 12 34 56');
  await expect(email).toHaveValue('ola@ks.no');
  const checked = await check();
  expect(checked.output, checked.output).toContain('Innholdet er i orden');
});

test('on the published site (no check after the save), a save promises nothing: the site is updated once the publish job has checked and built it', async () => {
  // The hosted CMS's script is this one with `checkAfterSave` off (src/pages/admin/cms-start.js.ts).
  await page.route(`${origin}/admin/cms-start.js`, async (route) => {
    const response = await route.fetch();
    const script = (await response.text()).replace('"checkAfterSave":true', '"checkAfterSave":false');
    expect(script).toContain('"checkAfterSave":false');
    await route.fulfill({ response, body: script });
  });
  try {
    const { file, slug } = await firstEntry('news');
    await openCms(`collections/news/entries/${slug}`);
    await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
    await field('Tittel').fill('Endret på det publiserte nettstedet');
    await publish();
    const notice = page.getByRole('status').filter({ hasText: 'Lagret. Nettstedet oppdateres når publiseringsjobben har kontrollert og bygget innholdet.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText('nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilen er rettet');
    await expect(page.getByRole('button', { name: 'Lagret', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publisert', exact: true })).toHaveCount(0);
    expect(await readFile(join(work, file), 'utf8')).toContain('title: Endret på det publiserte nettstedet');
    await git('checkout', '--', file);
  } finally {
    await page.unroute(`${origin}/admin/cms-start.js`);
  }
});

// Fresh eyes reported ArrowDown after Enter choosing «Publiser og lag nytt»: Enter puts the focus on the first
// choice, and ArrowDown moves it to the next, as a menu button does (WAI-ARIA); this keeps the first half so.
test('by keyboard, Enter on «Publiser» puts the focus on «Publiser nå», the first choice, and Enter there saves only', async () => {
  const { file, slug } = await firstEntry('news');
  await openCms(`collections/news/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(/\S/, { timeout: 30_000 });
  await field('Tittel').fill('Endret med tastaturet');
  await page.getByRole('button', { name: 'Publiser', exact: true }).focus();
  await page.keyboard.press('Enter');
  const now = page.getByRole('menuitem', { name: 'Publiser nå' });
  await expect(now).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Publiser og lag nytt' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(now).toBeFocused();
  await page.keyboard.press('Enter');
  await saved();
  await expect(page).toHaveURL(new RegExp(`entries/${slug}$`));
  expect(await readFile(join(work, file), 'utf8')).toContain('title: Endret med tastaturet');
  await git('checkout', '--', file);
});

// Fresh eyes: «Dupliser» in the toolbar's «Publisert» menu opened a new entry with every field empty (the editor was
// loaded afresh, as for an address typed, and Decap's copy was lost).
test('«Dupliser» opens a new entry with the fields of the one duplicated', async () => {
  const { file, slug } = await firstEntry('news');
  const title = (await readFile(join(work, file), 'utf8')).match(/^title: (.*)$/m)![1]!.replace(/^["']|["']$/g, '');
  await openCms(`collections/news/entries/${slug}`);
  await expect(field('Tittel')).toHaveValue(title, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Publisert', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Dupliser', exact: true }).click();
  await expect(page).toHaveURL(/#\/collections\/news\/new$/);
  await expect(field('Tittel')).toHaveValue(title, { timeout: 30_000 });
  await expect(field('Ingress')).not.toHaveValue('');
  await leaveWithoutSaving();
  // Nothing saved: the entry as it was, and no new file (tests before may have left their own changes).
  expect(await git('status', '--porcelain', '--', file)).toBe('');
  expect(await git('ls-files', '--others', '--exclude-standard')).toBe('');
});

test('after the edits, the content passes the check, canonical form included', async () => {
  const result = await check();
  expect(result.output).toContain('Innholdet er i orden');
  expect(result.code).toBe(0);
});
