/**
 * The recipe, in one place: bytes → ingest → analyze → plan → render → slides.md.
 * Every stage is pure; this module does no I/O either (the CLI reads and writes files).
 */
import type { Article, Deck, Findings } from './model.ts'
import { overrideRoles } from './ingest/roles.ts'
import { ingest, ingestAsync } from './ingest/index.ts'
import { analyze } from './analyze/index.ts'
import { plan, type PlanOptions } from './plan/deck.ts'
import { renderDeck } from './render/slidev.ts'
import type { Sidecar } from './sidecar.ts'

/** Everything one generation produces, for the CLI, the tests and the benchmark. */
export interface Generation {
  article: Article
  findings: Findings
  deck: Deck
  /** The Slidev Markdown. */
  markdown: string
}

export interface GenerateOptions extends PlanOptions {
  /** The validated sidecar, if any. */
  sidecar?: Sidecar
  /** Largest input in bytes (default: ingest's DEFAULT_MAX_BYTES, 50 MB). */
  maxBytes?: number
  /** Progress lines while a long PDF is read. */
  onProgress?: (message: string) => void
}

const ingestOptions = (o: GenerateOptions) => ({ ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}), ...(o.onProgress ? { onProgress: o.onProgress } : {}) })

export function generate(bytes: Uint8Array, path: string, options: GenerateOptions = {}): Generation {
  return fromArticle(ingest(bytes, path, ingestOptions(options)), options)
}

/** {@link generate} for every format, Word files included (their reader is asynchronous). */
export async function generateAsync(bytes: Uint8Array, path: string, options: GenerateOptions = {}): Promise<Generation> {
  return fromArticle(await ingestAsync(bytes, path, ingestOptions(options)), options)
}

function fromArticle(read: Article, options: GenerateOptions): Generation {
  // the sidecar's section roles win over the scored rule, before analysis picks the risk and scenario sections
  const article = { ...read, sections: overrideRoles(read.sections, options.sidecar?.sections) }
  const findings = analyze(article)
  const deck = plan(article, findings, options.sidecar ?? {}, options)
  const markdown = renderDeck(deck)
  return { article, findings, deck, markdown }
}
