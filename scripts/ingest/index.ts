/**
 * Ingest: bytes → Article. PDF and Word files (by extension or signature) go to their readers (pdf.ts, docx.ts);
 * other bytes are decoded (encoding.ts) and the reader picked by extension — and by content, so a `.txt` that is
 * really a saved web page is read as HTML. Returns the typed structure. Pure but for the PDF reader, which runs
 * poppler in a child process on a temporary copy: the caller reads the file.
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
import { ingestPdf } from './pdf.ts'
import { ingestDocx, ingestDocxAsync } from './docx.ts'
import { assignRoles } from './roles.ts'

export { IngestError, MissingToolError } from './errors.ts'
export { decodeArticle } from './encoding.ts'

import { DEFAULT_MAX_BYTES } from '../limits.ts'

export { DEFAULT_MAX_BYTES }

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** Largest input in bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number
  /** Called with a progress line while a long PDF is read (one per 50 pages). */
  onProgress?: (message: string) => void
}

const RE_HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i

/** The reader for a path and its decoded text. */
export function detectFormat(path: string, text: string): Article['format'] {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'md' || ext === 'markdown') return 'md'
  if (ext === 'html' || ext === 'htm' || RE_HTML_START.test(text.slice(0, 4096))) return 'html'
  return 'txt'
}

/** The binary format of the bytes, by extension or signature: PDF (`%PDF-`) or Word (a ZIP named .docx). */
export function binaryFormat(bytes: Uint8Array, path: string): 'pdf' | 'docx' | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (ext === 'pdf' || /^\s*%PDF-/.test(head)) return 'pdf'
  if (ext === 'docx' || (head.startsWith('PK\x03\x04') && head.includes('word/'))) return 'docx'
  return undefined
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/**
 * Reads an article of any supported format.
 * @throws IngestError for unusable input: too large, binary, invalid UTF-8, empty.
 */
export function ingest(bytes: Uint8Array, path: string, options: IngestOptions = {}): Article {
  return withRoles(read(bytes, path, options))
}

/** Every section gets its role (roles.ts), whatever reader built it. */
const withRoles = (article: Article): Article => ({ ...article, sections: assignRoles(article.sections) })

function read(bytes: Uint8Array, path: string, options: IngestOptions): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) {
    throw new IngestError(`${path}: the article is ${mb(bytes.length)} (${bytes.length} bytes), over the ${mb(maxBytes)} limit; split it, or raise the limit (briefdeck generate --max-bytes <bytes>; the maxBytes option of ingest())`)
  }
  const binary = binaryFormat(bytes, path)
  if (binary === 'pdf') return ingestPdf(bytes, path, options.onProgress ? { onProgress: options.onProgress } : {})
  if (binary === 'docx') return ingestDocx(bytes, path)
  const text = decodeArticle(bytes, path)
  switch (detectFormat(path, text)) {
    case 'md': return ingestMarkdown(text, path)
    case 'html': return ingestHtml(text, path)
    case 'txt': return ingestText(text, path)
    case 'pdf': case 'docx': throw new IngestError(`${path}: ${detectFormat(path, text)} is read from its bytes, not its text`)
  }
}

/**
 * Reads an article of any supported format, Word files included (mammoth, which reads them, only has a promise API).
 * Every other format is read by {@link ingest}; this adds nothing for them.
 * @throws IngestError as {@link ingest} does.
 */
export async function ingestAsync(bytes: Uint8Array, path: string, options: IngestOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (binaryFormat(bytes, path) === 'docx' && bytes.length <= maxBytes) return withRoles(await ingestDocxAsync(bytes, path))
  return ingest(bytes, path, options)
}
