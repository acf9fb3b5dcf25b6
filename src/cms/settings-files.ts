// The CMS's collection of settings files (content/settings/), and the schema of each file by its name there: the
// CMS's fields are made from it (config.ts), and a save is checked by it (content-check/entry-check.ts).
import { pressContactSchema } from '../schemas/press-contact.ts';

export const settingsCollection = 'settings';
export const settingsFiles = { pressContact: pressContactSchema } as const;
