// Reading a source document's text from content/sources/<id>.txt at build time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRoot } from '../schemas/collections.ts';
import type { SourceDocumentId } from '../schemas/source-documents.ts';

export function sourceFile(doc: SourceDocumentId): string {
  return join(contentRoot, 'sources', `${doc}.txt`);
}

/** The extracted text of a document. Throws (failing the build) when the file is missing. */
export function readSourceText(doc: SourceDocumentId): Promise<string> {
  return readFile(sourceFile(doc), 'utf8');
}
