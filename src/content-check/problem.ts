// A problem found in the content, worded for an editor: which file, which
// field, and what is expected.

export interface Problem {
  /** Path relative to the repository root, e.g. content/stories/gloppen.mdx. */
  file: string;
  /** The frontmatter field, e.g. «keyFigures (nr. 2) → value». */
  field?: string;
  /** The same field by the labels its schema gives it, as the CMS shows it: «Nøkkeltall (nr. 2) → Tallet». */
  label?: string;
  /** Line in the file, where known. */
  line?: number;
  /** For a problem in the body: the line in the text field as the CMS shows it (the file's line less the frontmatter's). */
  textLine?: number;
  message: string;
}

/** A problem in a body: the line (in the file) and the message, in Norwegian. */
export interface BodyProblem {
  line: number | undefined;
  message: string;
}

/** A zod issue path as an editor reads it: list positions count from 1. */
export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path
    .map((part) => (typeof part === 'number' ? `(nr. ${part + 1})` : String(part)))
    .join(' → ')
    .replaceAll(' → (nr.', ' (nr.');
}

/** The start of a text quoted in a message: at most `max` characters, with «…» where it was cut. */
export function textStart(text: string, max = 50): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

export function formatProblem({ file, field, label, line, message }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  if (field === undefined) return `${where}\n    ${message}`;
  // The label the CMS shows first, as the editor knows the field; the key in the file after it, for developers.
  return `${where}\n    felt «${label ?? field}»${label === undefined ? '' : ` (${field})`}: ${message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const heading =
    problems.length === 1 ? 'Fant 1 feil i innholdet:' : `Fant ${problems.length} feil i innholdet:`;
  return [heading, '', ...problems.map(formatProblem)].join('\n');
}
