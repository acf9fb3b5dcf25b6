// js-yaml's reasons are English («the stream contains non-printable
// characters»); an editor gets what is wrong in Norwegian and what to do, with
// the line. The reasons are those js-yaml's loader throws for what editors and
// pasted text do most (node_modules/js-yaml/lib/loader.js).
interface YamlError {
  name: 'YAMLException';
  reason: string;
  mark: { line: number };
}

// Duck-typed: Astro's frontmatter parser may use its own copy of js-yaml.
export function isYamlError(error: unknown): error is YamlError {
  return (error as YamlError | null)?.name === 'YAMLException';
}

const reasons: [RegExp, string][] = [
  [/non-printable characters/, 'det står et usynlig kontrolltegn her, som ofte følger med tekst limt inn fra Word eller PDF; slett tegnet og skriv teksten eller mellomrommet på nytt'],
  [/tab characters must not be used/, 'innrykket er laget med tabulator; bruk mellomrom'],
  [/duplicated mapping key/, 'det samme feltet står to ganger; ta bort det ene'],
  [/within a (double|single) quoted scalar/, 'et anførselstegn (") er ikke lukket; avslutt teksten med det samme tegnet som den begynte med'],
  [/within a flow collection|missed comma between flow collection entries/, 'en liste i [ ] mangler komma eller ] til slutt'],
  [/bad indentation|can not read a block mapping entry|incomplete explicit mapping pair|end of the stream or a document separator/, 'innrykket eller et kolon stemmer ikke; hvert felt står på egen linje som «navn: verdi», og underfelt har like mange mellomrom foran'],
];

/** What is wrong, in Norwegian, for the message «… kan ikke leses: …». */
export function yamlReason(error: unknown): string {
  const reason = isYamlError(error) ? error.reason : '';
  return reasons.find(([pattern]) => pattern.test(reason))?.[1] ?? 'teksten følger ikke reglene for YAML; sjekk innrykk, kolon og anførselstegn';
}

/** The characters js-yaml refuses as non-printable (its PATTERN_NON_PRINTABLE, without the lone surrogates). */
const nonPrintable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/**
 * The line (1-based, in the whole file `text`) a YAML error stands on; the
 * YAML starts `offset` lines into the file. js-yaml reports a non-printable
 * character at the start of the document, so that one is looked up.
 */
export function yamlErrorLine(error: unknown, text: string, offset: number): number | undefined {
  if (!isYamlError(error)) return undefined;
  if (/non-printable/.test(error.reason)) {
    const index = text.search(nonPrintable);
    if (index !== -1) return text.slice(0, index).split('\n').length;
  }
  return error.mark.line + offset;
}

/**
 * A value written without quotes with a colon and a space inside it («title: Sluttrapporten: Nytt samarbeidsklima»),
 * which YAML reads as a field inside the field: js-yaml says «bad indentation», and the editor was told of
 * indentation and colons in general, at the line after. The line (1-based, in the whole file: the YAML starts `offset`
 * lines into it) and what to write, for the first such value in `yamlText`.
 */
export function colonInValue(yamlText: string, offset: number): { line: number; message: string } | undefined {
  const lines = yamlText.split(/\r?\n/);
  const index = lines.findIndex((line) => plainValueWithColon.test(line));
  if (index === -1) return undefined;
  const [, field, value] = plainValueWithColon.exec(lines[index]!)!;
  const quoted = value!.includes('"') ? `'${value!.replaceAll("'", "''")}'` : `"${value}"`;
  return {
    line: index + 1 + offset,
    message: `verdien «${value}» har et kolon med mellomrom etter, som leses som starten på et nytt felt; sett hele verdien i anførselstegn: ${field!.trim()} ${quoted}`,
  };
}

/**
 * Why a file's YAML cannot be read, and on which line: a value with «: » inside it by itself (colonInValue), else
 * js-yaml's reason in Norwegian. `text` is the whole file, `yamlText` its YAML, starting `offset` lines into it (1 in a
 * YAML file, 2 in MDX, after «---»). For entries (load.ts) and settings files (settings.ts) alike.
 */
export function unreadableYaml(error: unknown, text: string, yamlText: string, offset: number): { line: number | undefined; reason: string } {
  const colon = isYamlError(error) && /bad indentation/.test(error.reason) ? colonInValue(yamlText, offset - 1) : undefined;
  return colon ? { line: colon.line, reason: colon.message } : { line: yamlErrorLine(error, text, offset), reason: yamlReason(error) };
}

/** «navn: verdi: mer» or «- verdi: mer», the value in no quotes and no block («|», «>»); a colon before a space or the end. */
const plainValueWithColon = /^(\s*(?:-\s+)?[A-Za-z][\w-]*:[ \t]+)([^\s"'|>#&*!%@`{[][^#]*?:(?:[ \t].*)?)$/;
