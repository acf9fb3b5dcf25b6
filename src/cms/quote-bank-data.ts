// Where the CMS page reads the quote bank, for a press release's preview (browser/preview.js): the site's own list,
// made by src/pages/admin/sitater.json.ts as the release's page makes it.
export const quoteBankDataPath = '/admin/sitater.json';
