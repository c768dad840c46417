/**
 * Ingest: bytes → Article. Decodes the bytes, picks the reader by extension, and returns the typed
 * structure. Pure: the caller reads the file.
 */
import type { Article } from '../model.ts'
import { ingestText } from './text.ts'

/** Input the reader could not use at all (not content problems, which are diagnostics). */
export class IngestError extends Error {
  constructor(message: string, readonly line = 1, readonly column = 1) { super(message) }
}

/** Decodes article bytes to LF-normalised text (UTF-8, BOM stripped). */
export function decode(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

/** Reads an article of any supported format. */
export function ingest(bytes: Uint8Array, path: string): Article {
  const text = decode(bytes)
  if (!text.trim()) throw new IngestError('the article is empty')
  return ingestText(text, path)
}
