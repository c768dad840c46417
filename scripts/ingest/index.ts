/**
 * Ingest: bytes → Article. Decodes the bytes (encoding.ts), picks the reader by extension — and by
 * content, so a `.txt` that is really a saved web page is read as HTML — and returns the typed
 * structure. Pure: the caller reads the file.
 *
 * Limits: input larger than {@link DEFAULT_MAX_BYTES} (50 MB) is refused with an IngestError; raise it
 * with the `maxBytes` option. Every regex on the hot path is linear, so a single 1 MB line is fine.
 */
import type { Article } from '../model.ts'
import { decodeArticle } from './encoding.ts'
import { IngestError } from './errors.ts'
import { ingestHtml } from './html.ts'
import { ingestMarkdown } from './markdown.ts'
import { ingestText } from './text.ts'
import { assignRoles } from './roles.ts'

export { IngestError } from './errors.ts'
export { decodeArticle } from './encoding.ts'

import { DEFAULT_MAX_BYTES } from '../limits.ts'

export { DEFAULT_MAX_BYTES }

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** Largest input in bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number
}

const RE_HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i

/** The reader for a path and its decoded text. */
export function detectFormat(path: string, text: string): Article['format'] {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'md' || ext === 'markdown') return 'md'
  if (ext === 'html' || ext === 'htm' || RE_HTML_START.test(text.slice(0, 4096))) return 'html'
  return 'txt'
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/**
 * Reads an article of any supported format.
 * @throws IngestError for unusable input: too large, binary, invalid UTF-8, empty.
 */
export function ingest(bytes: Uint8Array, path: string, options: IngestOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) {
    throw new IngestError(`${path}: the article is ${mb(bytes.length)} (${bytes.length} bytes), over the ${mb(maxBytes)} limit; split it, or raise the limit (briefdeck generate --max-bytes <bytes>; the maxBytes option of ingest())`)
  }
  const text = decodeArticle(bytes, path)
  const article = read(text, path)
  return { ...article, sections: assignRoles(article.sections) }
}

function read(text: string, path: string): Article {
  switch (detectFormat(path, text)) {
    case 'md': return ingestMarkdown(text, path)
    case 'html': return ingestHtml(text, path)
    case 'txt': return ingestText(text, path)
    case 'pdf': case 'docx': throw new IngestError(`${path}: ${detectFormat(path, text)} is not read here; this file is read as text only`)
  }
}
