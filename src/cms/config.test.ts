// The CMS configuration comes from the zod schemas: every field of every
// collection is there, with a Norwegian label, the right kind of input, and
// the body kept as Markdown text.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import { parseYaml } from '../content-check/format.ts';
import { contentRoot } from '../schemas/collections.ts';
import { pressContactFile } from '../schemas/press-contact.ts';
import { longestTitle, titleTooLong } from '../schemas/common.ts';
import { cmsConfig, collectionFields, keptFields, mediaFolder, pressContactHint, searchTextFields, type EntryCollection } from './config.ts';
import { groupNeeds, imageGroups, requiredInGroupPrefix, unknownPatternMessage, type DecapField } from './fields.ts';
import { imageSizeAdvice, maxImageBytes } from './media.ts';
import { missingEntryHint } from './references.ts';
import { jsonSchemaOf, type JsonSchema } from '../schemas/meta.ts';

const image = () => z.string();
const config = cmsConfig();
const entryCollections = config.collections.filter((c): c is EntryCollection => 'folder' in c);
const collection = (name: CollectionName) => entryCollections.find((c) => c.name === name)!;
const field = (fields: DecapField[] | undefined, name: string) => fields?.find((f) => f.name === name);

/** Every property in a JSON Schema, nested ones included, by its path. */
function schemaProperties(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nested = property.type === 'array' ? (property.items ?? {}) : property;
    return [[path, property] as [string, JsonSchema], ...schemaProperties(nested, `${path}.`)];
  });
}
function fieldPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    // A list of types keeps the type in typeKey and each type's fields beside it.
    const typed = f.types ? [{ name: f.typeKey!, label: '', widget: 'select' }, ...(f.types[0]?.fields ?? [])] : [];
    return [`${prefix}${f.name}`, ...fieldPaths([...(f.fields ?? []), ...typed], `${prefix}${f.name}.`)];
  });
}
const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Every field, nested ones and list types' too. */
const allFields = (fields: DecapField[]): DecapField[] =>
  fields.flatMap((f) => [f, ...allFields([...(f.fields ?? []), ...(f.field ? [f.field] : []), ...(f.types ?? [])])]);

describe('cmsConfig', () => {
  it('has every collection, in its folder under content/, with the Norwegian interface', () => {
    expect(config.locale).toBe('nb_no');
    expect(entryCollections.map((c) => c.name).sort()).toEqual(Object.keys(collectionDefinitions).sort());
    for (const c of entryCollections) expect(c.folder).toBe(`content/${collectionDefinitions[c.name as CollectionName].folder}`);
  });

  for (const name of Object.keys(collectionDefinitions) as CollectionName[]) {
    it(`maps every field of ${name}, nested ones too, with the Norwegian label its schema carries`, () => {
      const properties = schemaProperties(jsonSchemaOf(collectionDefinitions[name].schema(image)));
      const fields = collection(name).fields.filter((f) => f.name !== 'body');
      expect(fieldPaths(fields).sort()).toEqual(properties.map(([path]) => path).sort());
      for (const [path, property] of properties) expect(property.label, `${name}: ${path}`).toMatch(/^[A-ZÆØÅ]/);
      // The CMS shows the schema's label (a newsletter item's id is labelled by the kind of entry chosen).
      for (const f of allFields(fields).filter((f) => f.name !== 'id' && f.name !== 'collection'))
        expect(f.label, `${name}: ${f.name}`).not.toBe(f.name);
    });
  }

  it('says above the newsletters\' list where an issue\'s HTML code for the mailing tool is (its page does not link it for readers)', () => {
    const description = collection('newsletters').description;
    expect(description).toContain('HTML-koden til e-postverktøyet');
    expect(description).toContain('/nyhetsbrev/nr-7-juni-2010/epost-kode.txt');
    expect(collection('news').description).toBeUndefined();
  });

  it('starts a news item, an issue or a story made in the CMS as the secretariat\'s own (a file without the switch is from the archive)', () => {
    for (const name of ['news', 'newsletters', 'stories'] as const) {
      const collection = entryCollections.find((c) => c.name === name);
      expect(collection?.fields.find((f) => f.name === 'newItem')?.default, name).toBe(true);
    }
  });

  it('has the press contact as a settings file whose every field may be left empty, with Norwegian labels', () => {
    const settings = config.collections.find((c) => c.name === 'settings');
    expect(settings && 'files' in settings ? settings.files : []).toEqual([
      expect.objectContaining({ name: 'pressContact', file: 'content/settings/pressekontakt.yaml', format: 'yaml' }),
    ]);
    const fields = settings && 'files' in settings ? (settings.files[0]?.fields ?? []) : [];
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ['role', false],
      ['name', false],
      ['phone', false],
      ['email', false],
    ]);
    expect(fields.map((f) => f.label)).toEqual(['Rolle eller tittel', 'Navn', 'Telefon («22 00 00 00» eller «+47 22 00 00 00»)', 'E-post']);
  });

  it('keeps the press contact file as the CMS writes it, so a save changes only what the editor changed', async () => {
    const settings = config.collections.find((c) => c.name === 'settings');
    const fields = settings && 'files' in settings ? (settings.files[0]?.fields ?? []) : [];
    // What Decap writes on save: its yaml format, fields in order, no comments (a files collection keeps none).
    const text = await readFile(join(contentRoot, pressContactFile), 'utf8');
    expect(yamlFormatter.toFile(parseYaml(text), fields.map((f) => f.name), {})).toBe(text);
    // The guidance the file's comment gave is the first field's hint.
    expect(fields[0]).toMatchObject({ name: 'role', hint: pressContactHint });
  });

  it('checks a phone number and an e-mail address at the field, in the press contact setting and a press release alike', () => {
    const settings = config.collections.find((c) => c.name === 'settings');
    const setting = settings && 'files' in settings ? (settings.files[0]?.fields ?? []) : [];
    const release = field(collection('news').fields, 'contact')?.fields;
    for (const fields of [setting, release]) {
      const [phone, phoneSaid] = field(fields, 'phone')?.pattern ?? ['', ''];
      const [email, emailSaid] = field(fields, 'email')?.pattern ?? ['', ''];
      // Decap tests the pattern as typed; an emptied field is allowed (the CMS saves '' for it).
      const fits = (pattern: string) => (text: string) => new RegExp(pattern).test(text);
      expect(['22 00 00 00', '+47 22 00 00 00', '22000000', ' 22 00 00 00 ', ''].filter(fits(phone))).toHaveLength(5);
      expect(['123', '22-00-00-00', 'tlf. 22 00 00 00', '22 00 00 00 eller 23 00 00 00 x'].filter(fits(phone))).toEqual([]);
      expect(phoneSaid).toBe('Skriv hele telefonnummeret, minst åtte sifre, med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00».');
      expect(['presse@ks.no', 'kari.nordmann@virksomhet.no', ''].filter(fits(email))).toHaveLength(3);
      expect(['ola@ks', 'ola', 'ola@ks.no ola@ks.no', '@ks.no'].filter(fits(email))).toEqual([]);
      expect(emailSaid).toBe('Skriv en hel e-postadresse, for eksempel «presse@virksomhet.no».');
    }
  });

  it('says at every field with a pattern what to write, not only that the text is wrong', () => {
    const settings = config.collections.find((c) => c.name === 'settings');
    const setting = settings && 'files' in settings ? (settings.files[0]?.fields ?? []) : [];
    const patterned = [...entryCollections.flatMap((c) => allFields(c.fields)), ...allFields(setting)].filter((f) => f.pattern);
    expect(patterned.length).toBeGreaterThan(10);
    for (const f of patterned) expect(f.pattern?.[1], `${f.name}: ${f.pattern?.[0]}`).not.toBe(unknownPatternMessage);
  });

  it('names one item of every list in the singular («1 kilde», «Legg til: kilde»)', () => {
    const lists = entryCollections.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'list');
    expect(lists.length).toBeGreaterThan(5);
    for (const list of lists) expect(list.label_singular, list.name).toBeDefined();
    expect(field(collection('stories').fields, 'sources')?.label_singular).toBe('Kilde');
    expect(field(collection('newsletters').fields, 'items')?.label_singular).toBe('Sak i denne utgaven');
  });

  it('keeps the body as Markdown text, so tables and task lists survive a save', () => {
    for (const c of entryCollections.filter((c) => collectionDefinitions[c.name as CollectionName].format === 'mdx'))
      expect(field(c.fields, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    expect(field(collection('municipalities').fields, 'body')).toBeUndefined();
  });

  it('tells in the body’s hint how to put an uploaded image in the text, as the page and the e-mail can show it', () => {
    const hint = String(field(collection('newsletters').fields, 'body')?.hint);
    expect(hint).toContain('«Bilder og filer», trykk «Kopier stien»');
    expect(hint).toContain('![hva bildet viser](../media/bilde.png)');
  });

  // Fresh eyes: Tab in a list, as in Word, left the text for the next field, and nothing said how to make a sub-point.
  it('tells in the body’s hint how to write a sub-point, as Markdown reads one', () => {
    const hint = String(field(collection('stories').fields, 'body')?.hint);
    expect(hint).toContain('Underpunkt: to mellomrom foran «-»');
    const list = unified().use(remarkParse).parse('- punkt\n  - underpunkt\n') as { children: { children: { children: { type: string }[] }[] }[] };
    expect(list.children[0]?.children[0]?.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
  });

  it('chooses inputs from the schema: choices with labels, numbers, dates, images, required fields', () => {
    const stories = collection('stories').fields;
    expect(field(stories, 'sectors')).toMatchObject({ widget: 'select', multiple: true, required: true });
    expect(field(stories, 'sectors')?.options).toContainEqual({ label: 'Pleie og omsorg', value: 'pleie-og-omsorg' });
    expect(field(stories, 'summary')).toMatchObject({ widget: 'text', required: true });
    expect(field(stories, 'projectName')).toMatchObject({ widget: 'string', required: false });
    expect(field(field(stories, 'image')?.fields, 'src')).toMatchObject({ widget: 'image' });
    expect(field(field(stories, 'image')?.fields, 'credit')?.pattern?.[1]).toContain('Foto: Navn / Virksomhet');
    expect(field(field(stories, 'sources')?.fields, 'page')).toMatchObject({ widget: 'norwegianNumber', value_type: 'int', min: 1, required: false });
    // A date is read by the field itself (text-length-widget.js, schemas/typed-date.ts), which says what is wrong with
    // it: Decap's pattern gave one sentence for every wrong date.
    expect(field(collection('news').fields, 'date')).toMatchObject({ widget: 'string', typed_dates: true });
    expect(field(collection('news').fields, 'date')?.pattern).toBeUndefined();
    expect(field(collection('news').fields, 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(collection('sickLeavePoints').create).toBe(false);
    // Nor can one of them be deleted: every story naming it would be wrong.
    expect(collection('sickLeavePoints').delete).toBe(false);
    expect(collection('stories').delete).toBe(true);
  });

  // The secretariat's finding: an existing entry's «Språk» was empty, as most files leave `lang` out (read as bokmål).
  it('shows a choice an entry leaves out as the site reads it: «Språk» as bokmål, a municipality as a «kommune»', () => {
    for (const name of ['news', 'stories', 'pages'] as const) expect(field(collection(name).fields, 'lang'), name).toMatchObject({ widget: 'select', missing_as: 'nb' });
    expect(field(collection('municipalities').fields, 'kind')).toMatchObject({ widget: 'select', missing_as: 'kommune' });
    // Not a new entry's default: a story file without the switch is from the archive.
    expect(field(collection('stories').fields, 'newItem')?.missing_as).toBeUndefined();
    expect(field(collection('stories').fields, 'sectors')?.missing_as).toBeUndefined();
  });

  // Fresh eyes: a new story said «Ulagrede endringer» before anything was typed, and asked «Vil du gå likevel?» as it
  // was left: Decap's select writes an empty list into a required pick-list of several as the form opens.
  it('starts a new entry with the empty list Decap writes into a required pick-list of several, so nothing has changed', () => {
    const pickLists = entryCollections.flatMap((c) => c.fields.filter((f) => f.widget === 'select' && f.multiple && f.required).map((f) => [c.name, f] as const));
    expect(pickLists.map(([name, f]) => `${name}.${f.name}`)).toEqual(expect.arrayContaining(['stories.sectors', 'stories.themes', 'stories.levels']));
    for (const [name, f] of pickLists) expect(f.default, `${name}.${f.name}`).toEqual([]);
    // Not one that may be left empty: a file without it is as it was.
    expect(entryCollections.flatMap((c) => c.fields.filter((f) => f.widget === 'select' && f.multiple && !f.required && f.default !== undefined))).toEqual([]);
  });

  // Fresh eyes saved «Nr. 7» as 6 and point 1 as a second 2: a newsletter's number names its file and address, and
  // stories name the points by theirs. The CMS refuses a change of these in a saved entry (save-refusals.js).
  it('keeps a saved newsletter\'s number and a point\'s number, each with why', () => {
    expect(keptFields('newsletters')).toEqual([['issue', 'Nummer', expect.stringContaining('filen og adressen')]]);
    expect(keptFields('sickLeavePoints')).toEqual([['number', 'Nummer', expect.stringContaining('eksemplene viser til')]]);
    // A press release's number may be corrected: its file and address are named by its title.
    expect(keptFields('news')).toEqual([]);
  });

  // The tester's finding: a year field gave «for eksempel 8 eller 1 234»; the number field gives a year field a year.
  it('marks every year field as a year, so the number field asks for a year', () => {
    const numbers = (fields: DecapField[] = []): DecapField[] =>
      fields.flatMap((f) => [...(f.widget === 'norwegianNumber' ? [f] : []), ...numbers([...(f.fields ?? []), ...(f.field ? [f.field] : [])])]);
    const all = entryCollections.flatMap((c) => numbers(c.fields));
    const years = all.filter((f) => /(^|\s)år(\s|$)/i.test(f.label));
    expect(years.map((f) => f.label).sort()).toEqual(['Fra år', 'Til år', 'År']);
    for (const f of years) expect(f, f.label).toMatchObject({ value_type: 'int', year: true });
    expect(all.filter((f) => f.year && !years.includes(f))).toEqual([]);
  });

  // Fresh eyes: «8,2 %» in a table of «antall» was saved as 8,2. A figure is in its entry's unit, and the number
  // field takes a «%» only there (number-widget.js); every other number has no unit.
  it('marks the figures of a table and of a story series, and only those, as in the entry\'s unit', () => {
    const numbers = (fields: DecapField[] = [], path = ''): [string, DecapField][] =>
      fields.flatMap((f) => [
        ...(f.widget === 'norwegianNumber' ? ([[`${path}${f.name}`, f]] as [string, DecapField][]) : []),
        ...numbers([...(f.fields ?? []), ...(f.field ? [f.field] : [])], `${path}${f.name}.`),
      ]);
    const inUnit = entryCollections.flatMap((c) => numbers(c.fields, `${c.name}.`)).filter(([, f]) => f.in_unit).map(([path]) => path);
    expect(inUnit.sort()).toEqual(['figures.rows.values.values', 'stories.series.rows.values.values']);
    // A figure the source lost is null: emptied, the field saves null (fresh eyes: «er tomt» for «Tall (valgfritt)»).
    const nullable = entryCollections.flatMap((c) => numbers(c.fields, `${c.name}.`)).filter(([, f]) => f.nullable).map(([path]) => path);
    expect(nullable.sort()).toEqual(inUnit.sort());
  });

  it('makes every reference to another entry a pick-list of the entries there are', () => {
    const stories = collection('stories').fields;
    expect(field(stories, 'municipalities')).toMatchObject({
      widget: 'relation', collection: 'municipalities', value_field: '{{slug}}', search_fields: ['name'], multiple: true, required: true,
    });
    expect(field(field(stories, 'sameTheme')?.fields, 'municipalities')).toMatchObject({ widget: 'relation', collection: 'municipalities', multiple: true });
    expect(field(stories, 'tools')).toMatchObject({ widget: 'relation', collection: 'tools', display_fields: ['title'] });
    expect(field(collection('templates').fields, 'exampleStory')).toMatchObject({ widget: 'relation', collection: 'stories', multiple: false });
    // A story is found by its municipality too (fresh eyes: «Gloppen» found nothing in a newsletter's story picker).
    expect(field(collection('templates').fields, 'exampleStory')?.search_fields).toEqual(['title', 'municipalities.*', 'summary']);
    expect(field(collection('municipalities').fields, 'partOf')).toMatchObject({ widget: 'relation', collection: 'municipalities', multiple: false, required: false });
    expect(field(collection('tools').fields, 'related')).toMatchObject({ widget: 'relation', collection: 'tools', multiple: true });
    expect(field(collection('films').fields, 'municipalities')).toMatchObject({ widget: 'relation', collection: 'municipalities', multiple: true });
    // A news item or press release names the municipalities it is about (listed on their pages); none is required.
    expect(field(collection('news').fields, 'municipalities')).toMatchObject({
      widget: 'relation', collection: 'municipalities', multiple: true, required: false, label: 'Kommuner',
    });
    // The ten points are named by their number, not their file name: the pick-list saves the number.
    expect(field(stories, 'sickLeavePoints')).toMatchObject({
      widget: 'relation', collection: 'sickLeavePoints', value_field: 'number', display_fields: ['number', 'title'], multiple: true, required: false,
      label: 'Punkter mot sykefravær',
    });
    const items = field(collection('newsletters').fields, 'items');
    expect(items).toMatchObject({ widget: 'list', typeKey: 'collection' });
    expect(items?.types?.find((t) => t.name === 'stories')?.fields).toEqual([expect.objectContaining({ name: 'id', widget: 'relation', collection: 'stories' })]);
    // No id is left to be typed: any field with the id pattern would be one.
    for (const c of entryCollections)
      for (const f of allFields(c.fields)) expect(f.pattern?.[0], `${c.name}: ${f.name}`).not.toBe(idPattern);
  });

  it('uploads every image into the one media folder, and writes the path an entry resolves to it', () => {
    // Beside the entries, Decap's media library listed the entries too, and could delete them.
    expect(config.media_folder).toBe(`content/${mediaFolder}`);
    for (const c of entryCollections) {
      const entryFolder = join(contentRoot, c.folder.replace(/^content\//, ''));
      expect(join(entryFolder, c.media_folder), c.name).toBe(join(contentRoot, mediaFolder));
      expect(join(entryFolder, c.public_folder), c.name).toBe(join(contentRoot, mediaFolder));
      expect(c.public_folder, `${c.name}: Astro resolves it like an import`).toMatch(/^\.\.?\//);
    }
    // The menu's library copies paths in the same form.
    expect(config.public_folder).toBe(entryCollections[0]!.public_folder);
  });

  it('offers no image from another site, and says what size an image should be', () => {
    const images = entryCollections.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image).toMatchObject({ choose_url: false });
      expect(image.hint).toContain(imageSizeAdvice);
    }
    expect(maxImageBytes).toBeLessThan(24_000_000);
  });

  it('lets the CMS refuse a list with fewer items than its schema needs (a municipality without sources)', () => {
    expect(field(collection('municipalities').fields, 'sources')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(field(collection('figures').fields, 'columns')).toMatchObject({ min: 1 });
    // Every list with a least number in its schema, nested ones too.
    for (const name of Object.keys(collectionDefinitions) as CollectionName[]) {
      const fields = allFields(collection(name).fields);
      for (const [path, property] of schemaProperties(jsonSchemaOf(collectionDefinitions[name].schema(image))))
        if ((property.minItems ?? 0) > 0)
          expect(fields.find((f) => f.name === path.split('.').at(-1) && f.min === property.minItems), `${name}: ${path}`).toBeDefined();
    }
  });

  it('tells the editor of a pick-list where to create what is missing, save for the fixed ten points', () => {
    const stories = collection('stories').fields;
    expect(field(stories, 'municipalities')?.hint).toContain(missingEntryHint('municipalities'));
    expect(missingEntryHint('municipalities')).toContain('«Kommuner»');
    expect(field(stories, 'tools')?.hint).toContain('«Verktøy');
    expect(field(stories, 'sickLeavePoints')?.hint ?? '').not.toContain('Opprett');
  });

  it("says in the help of an optional group's needed fields that they are needed once the group is used", () => {
    const group = field(collection('stories').fields, 'image');
    expect(field(group?.fields, 'alt')?.hint).toMatch(new RegExp(`^${requiredInGroupPrefix}Bilde»`));
    expect(field(group?.fields, 'alt')?.label).not.toMatch(/valgfri/i);
  });

  it('leaves optional groups out until the editor fills them in', () => {
    const stories = collection('stories').fields;
    for (const name of ['image', 'series', 'sameTheme', 'period']) {
      const group = field(stories, name);
      expect(group, name).toMatchObject({ widget: 'object', required: false, collapsed: true });
      for (const inner of group?.fields ?? []) expect(inner.required, `${name}.${inner.name}`).toBe(false);
    }
    // A group every entry has keeps its required fields.
    expect(field(field(stories, 'sources')?.fields, 'doc')?.required).toBe(true);
  });

  it('summarises list items by their content, and names new files as the site does', () => {
    const stories = collection('stories').fields;
    // Decap's search of all collections reads the fields a summary names: a story's ingress and municipalities
    // too, named with a filter that shows nothing, so the list shows the title as before.
    // So are (fresh eyes) an event's places, a story's other municipalities with the same theme (a group's field, by
    // its path), a newsletter's preheader and the text.
    expect(collection('stories').summary).toBe(
      "{{title}}{{summary | ternary('', '')}}{{municipalities | ternary('', '')}}{{sameTheme.municipalities | ternary('', '')}}{{body | ternary('', '')}}",
    );
    expect(collection('municipalities').summary).toBe('{{name}}');
    expect(searchTextFields('stories')).toEqual(['title', 'summary', 'municipalities', 'sameTheme.municipalities', 'body']);
    expect(searchTextFields('newsletters')).toEqual(['title', 'issue', 'summary', 'preheader', 'body']);
    expect(searchTextFields('events')).toEqual(['title', 'date', 'summary', 'places', 'body']);
    // What Decap's search reads is what the CMS page's hit filter reads (browser/search.js, searchFields).
    for (const entry of cmsConfig().collections as EntryCollection[])
      for (const named of [...(entry.summary ?? '').matchAll(/\{\{\s*([\w.]+)/g)].map(([, name]) => name!)) expect(searchTextFields(entry.name as never), `${entry.name}: ${named}`).toContain(named);
    expect(field(stories, 'sources')?.summary).toBe("{{fields.doc}}{{fields.page | ternary(', s. ', '')}}{{fields.page}}");
    expect(field(stories, 'keyFigures')?.summary).toBe('{{fields.value}} – {{fields.label}}');
    expect(field(stories, 'quotes')?.summary).toBe('{{fields.attribution}} – {{fields.text}}');
    expect(collection('newsletters')).toMatchObject({ slug: 'nr-{{issue}}-{{date}}', summary: "Nr. {{issue}}: {{title}}{{summary | ternary('', '')}}{{preheader | ternary('', '')}}{{body | ternary('', '')}}", format: 'yaml-frontmatter' });
    expect(collection('municipalities')).toMatchObject({ slug: '{{name}}', format: 'yaml' });
    // A newsletter's item by the entry's key; the CMS page shows the entry's title there (browser/newsletter-items.js).
    const items = field(collection('newsletters').fields, 'items');
    expect(items?.summary).toBe('{{fields.collection}}/{{fields.id}}');
    for (const type of items?.types ?? []) expect(type.summary).toBe('{{fields.collection}}/{{fields.id}}');
  });
});

describe('length limits and date order from the schemas', () => {
  it('gives every text field with a length limit its limits, as the schema has them, for the CMS to check at the field', () => {
    let checked = 0;
    for (const name of Object.keys(collectionDefinitions) as CollectionName[]) {
      const schema = jsonSchemaOf(collectionDefinitions[name].schema(image));
      for (const [path, property] of schemaProperties(schema)) {
        if (property.type !== 'string' || (property.maxLength === undefined && (property.minLength ?? 0) <= 1)) continue;
        const shown = path.split('.').reduce<DecapField | undefined>((found, step, index) => {
          const fields = index === 0 ? collection(name).fields : (found?.fields ?? found?.field?.fields);
          return field(fields, step) ?? (found?.field?.name === step ? found.field : undefined);
        }, undefined);
        expect(shown, `${name}.${path}`).toMatchObject({
          ...(property.maxLength !== undefined && { max_length: property.maxLength }),
          ...((property.minLength ?? 0) > 1 && { min_length: property.minLength }),
        });
        checked++;
      }
    }
    // Titles, ingresses, a newsletter's preheader, a story's contact person …
    expect(checked).toBeGreaterThan(10);
  });

  it("says of a long title what the check says (its own words), and of a long ingress the check's usual words", () => {
    expect(field(collection('news').fields, 'title')).toMatchObject({ max_length: longestTitle, too_long: titleTooLong });
    expect(field(collection('news').fields, 'summary')).not.toHaveProperty('too_long');
  });

  it("lists a dated collection's entries newest first, and links each entry to its page on the site", () => {
    for (const name of ['news', 'events', 'newsletters'] as const)
      expect(collection(name)).toMatchObject({ sortable_fields: [{ field: 'date', default_sort: 'desc' }, { field: 'title' }] });
    expect(collection('stories')).not.toHaveProperty('sortable_fields');
    expect(collection('news').preview_path).toBe('/nyheter/{{slug}}/');
    expect(config.site_url).toBe('/');
  });
});

// Fresh eyes: a story's «Bilde» with its alt text emptied was saved (Decap marks a group's fields optional so that an
// entry without the group saves), and the content check then held the whole site back.
describe('what a group that may be left out needs once it is used', () => {
  it('names the image\'s alt text and credit, not its optional parts, for stories', () => {
    const image = groupNeeds(collectionFields('stories')).find(([name]) => name === 'image');
    expect(image).toEqual(['image', 'Bilde', [['src', 'Bildefil'], ['alt', 'Alt-tekst (hva bildet viser)'], ['credit', 'Kreditering («Foto: Navn / Virksomhet»)']]]);
  });
});

// Fresh eyes: «Fjern bilde» in a story's «Bilde» took away the file only, and the save was refused for the alt text
// and credit left behind; the CMS page takes them away with the image (removed-image.js).
describe('the groups that may be left out around an image', () => {
  it("names a story's «Bilde», its image field and the text that goes with the image", () => {
    expect(imageGroups(collectionFields('stories'))).toEqual([
      ['image', 'Bilde', 'src', [['alt', 'Alt-tekst (hva bildet viser)'], ['credit', 'Kreditering («Foto: Navn / Virksomhet»)']]],
    ]);
    // A group without an image (a press release's contact person) is not one.
    expect(imageGroups(collectionFields('news')).map(([group]) => group)).not.toContain('contact');
  });
});

// Fresh eyes: each column of a figure table was a closed box labelled «Kolonner», each number one labelled «Tall»,
// opened one by one to read or change a figure.
describe('lists of single values', () => {
  const figures = collectionFields('figures');
  it('show each value open, under the label of one item, and a closed one says its value', () => {
    expect(field(figures, 'columns')).toMatchObject({ widget: 'list', collapsed: false, summary: '{{fields.columns}}', label_singular: 'Kolonne' });
    expect(field(figures, 'columns')?.field?.label).toBe('Kolonne');
    const values = field(field(figures, 'rows')?.fields, 'values');
    expect(values).toMatchObject({ widget: 'list', collapsed: false, summary: '{{fields.values}}', label: 'Tall', label_singular: 'Tall' });
    expect(values?.field?.label).toBe('Tall');
  });
  // Fresh eyes: a table's row was still a closed box, its figures out of sight until it was opened.
  it("draw a figure table's rows, and a story series', open", () => {
    expect(field(figures, 'rows')).toMatchObject({ widget: 'list', collapsed: false, label_singular: 'Rad' });
    expect(field(field(collectionFields('stories'), 'series')?.fields, 'rows')).toMatchObject({ widget: 'list', collapsed: false });
  });
  it('do so in every collection', () => {
    for (const name of Object.keys(collectionDefinitions) as CollectionName[])
      for (const list of allFields(collectionFields(name)).filter((f) => f.widget === 'list' && f.field))
        expect(list, `${name}: ${list.name}`).toMatchObject({ collapsed: false, summary: `{{fields.${list.name}}}` });
  });
});

// Fresh eyes, as the secretariat: fields for what the secretariat publishes now, and a label that said «valgfritt»
// of a number a press release is refused without.
describe('the fields the secretariat fills in for a press release, a film and an event', () => {
  const news = collection('news').fields;

  it("says a press release's number is required (no «(valgfritt)» by it), and a news item's not", () => {
    const hint = field(news, 'number')?.hint ?? '';
    // The CMS leaves out «(valgfritt)» by a field whose help begins so (src/schemas/meta.ts: requiredWhenPrefix).
    expect(hint).toMatch(/^Må fylles ut for en pressemelding/);
    expect(hint).toContain('La feltet stå tomt for en nyhet');
  });

  it("gives a press release an optional contact person: name, role, phone and e-mail, the name needed once it is used", () => {
    const contact = field(news, 'contact');
    expect(contact).toMatchObject({ label: 'Kontaktperson for pressemeldingen', widget: 'object', required: false, collapsed: true });
    expect(contact?.hint).toContain('i stedet for den faste pressekontakten');
    expect(contact?.fields?.map((f) => [f.name, f.label])).toEqual([
      ['name', 'Navn'],
      ['role', 'Rolle eller tittel'],
      ['phone', 'Telefon («22 00 00 00» eller «+47 22 00 00 00»)'],
      ['email', 'E-post'],
    ]);
    expect(groupNeeds(news)).toContainEqual(['contact', 'Kontaktperson for pressemeldingen', [['name', 'Navn']]]);
    // The press contact setting's guidance says a release with its own contact shows that one instead.
    expect(pressContactHint).toContain('som ikke har sin egen «Kontaktperson for pressemeldingen»');
  });

  it("gives a film an optional address, saying it must begin with «https://» and is shown as a link", () => {
    const video = field(collection('films').fields, 'video');
    expect(video).toMatchObject({ label: 'Nettadresse til filmen', widget: 'string', required: false });
    expect(video?.hint).toContain('«https://»');
    expect(video?.hint).toContain('«Se filmen hos …», ikke selve filmen');
    // Checked at the field, before the save, with the check's own pattern.
    const [pattern, message] = video?.pattern ?? ['', ''];
    expect(message).toBe('Skriv en hel nettadresse som begynner med «https://»: kopier den fra adressefeltet i nettleseren.');
    const fits = (address: string) => new RegExp(pattern).test(address);
    expect(['https://www.youtube.com/watch?v=abc123', 'https://vimeo.com/123456', 'https://www.ks.no/film?id=1'].filter(fits)).toHaveLength(3);
    expect(['http://www.youtube.com/watch?v=abc123', 'www.youtube.com/watch?v=abc123', 'https://youtube', 'https://www.youtube.com/watch?v=a b'].filter(fits)).toEqual([]);
  });

  it("says of an event's «Når (fritekst)» that it shows beside the dates, not instead of them", () => {
    expect(field(collection('events').fields, 'when')?.hint).toMatch(/^Vises etter datoene, som alltid vises/);
  });
});
