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
import { checkBrand, type ThemeName } from './brand.ts'

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
  /** The built-in look (`--theme`); beats the sidecar's `theme`. */
  theme?: ThemeName
}

/**
 * The look: the theme (option, else sidecar, else light) and the sidecar's brand, its colours checked for WCAG AA
 * contrast on that theme's background. A colour that fails is darkened (lightened on dark) and reported as a warning.
 */
export function applyLook(deck: Deck, sidecar: Sidecar, theme?: ThemeName): Deck {
  const chosen = theme ?? (sidecar.theme as ThemeName | undefined)
  if (!chosen && !sidecar.brand) return deck
  const meta = { ...deck.meta, ...(chosen ? { theme: chosen } : {}) }
  const diagnostics = [...deck.diagnostics]
  if (sidecar.brand) {
    const { warnings, ...brand } = checkBrand(sidecar.brand, chosen ?? 'light')
    meta.brand = brand
    for (const message of warnings) diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'brand', message })
  }
  return { ...deck, meta, diagnostics }
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
  const deck = applyLook(plan(article, findings, options.sidecar ?? {}, options), options.sidecar ?? {}, options.theme)
  const markdown = renderDeck(deck)
  return { article, findings, deck, markdown }
}
