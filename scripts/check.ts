/** `briefdeck check`: every diagnostic about an article (readers, lint, analysis), sorted by position. Pure. */
import type { Diagnostic } from './model.ts'
import { ingest } from './ingest/index.ts'
import { analyze } from './analyze/index.ts'
import { uniqueDiagnostics } from './analyze/lint.ts'

export function lintArticle(bytes: Uint8Array, path: string): Diagnostic[] {
  const article = ingest(bytes, path)
  return uniqueDiagnostics([...article.diagnostics, ...analyze(article).diagnostics])
}
