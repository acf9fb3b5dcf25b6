// Text put into HTML or XML (SVG) as written: the five characters that could
// end an element's text or a quoted attribute become entities.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe in element content and in a single- or double-quoted attribute, in HTML and in XML. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
