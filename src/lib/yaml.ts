// Reading content YAML, for the content check and for the settings the site
// reads itself (lib/contact.ts).
import yaml from 'js-yaml';

/**
 * YAML without its timestamp type, so dates stay as written: js-yaml would turn
 * 2010-02-30 into 2 March without a word, and the date schema checks the text.
 */
export function readYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}
