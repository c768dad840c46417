/** `briefdeck check`: every diagnostic about an article (readers, lint, analysis), sorted by position. Pure. */
import type { Diagnostic } from './model.ts'
import { ingest } from './ingest/index.ts'
import { analyze } from './analyze/index.ts'

export function lintArticle(bytes: Uint8Array, path: string): Diagnostic[] {
  const article = ingest(bytes, path)
  const findings = analyze(article)
  const seen = new Set<string>()
  return [...article.diagnostics, ...findings.diagnostics]
    .filter(d => { const k = `${d.rule}:${d.line}:${d.column}`; return !seen.has(k) && seen.add(k) })
    .sort((a, b) => a.line - b.line || a.column - b.column)
}
