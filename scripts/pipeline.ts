/**
 * The recipe, in one place: bytes → ingest → analyze → plan → render → slides.md.
 * Every stage is pure; this module does no I/O either (the CLI reads and writes files).
 */
import type { Article, Deck, Findings } from './model.ts'
import { overrideRoles } from './ingest/roles.ts'
import { ingest } from './ingest/index.ts'
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
}

export function generate(bytes: Uint8Array, path: string, options: GenerateOptions = {}): Generation {
  const read = ingest(bytes, path, options.maxBytes ? { maxBytes: options.maxBytes } : {})
  // the sidecar's section roles win over the scored rule, before analysis picks the risk and scenario sections
  const article = { ...read, sections: overrideRoles(read.sections, options.sidecar?.sections) }
  const findings = analyze(article)
  const deck = plan(article, findings, options.sidecar ?? {}, options)
  const markdown = renderDeck(deck)
  return { article, findings, deck, markdown }
}
