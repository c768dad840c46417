/** `briefdeck check`: every diagnostic about an article (readers, lint, analysis) and each section's role, sorted by position. Pure. */
import type { Diagnostic } from './model.ts'
import { ingest } from './ingest/index.ts'
import { analyze } from './analyze/index.ts'
import { uniqueDiagnostics } from './analyze/lint.ts'
import { roleReport } from './ingest/roles.ts'

export function lintArticle(bytes: Uint8Array, path: string): Diagnostic[] {
  const article = ingest(bytes, path)
  const roles: Diagnostic[] = roleReport(article.sections).map(r => ({ line: r.line, column: 1, severity: 'info', rule: 'section-role', message: r.message }))
  return uniqueDiagnostics([...article.diagnostics, ...analyze(article).diagnostics, ...roles])
}
