/** `briefdeck check`: every diagnostic about an article (readers, lint, analysis) and each section's role, sorted by position. Pure. */
import { type Article, type Diagnostic, formatSpan } from './model.ts'
import { ingest, ingestAsync } from './ingest/index.ts'
import { analyze } from './analyze/index.ts'
import { uniqueDiagnostics } from './analyze/lint.ts'
import { roleReport } from './ingest/roles.ts'

export function lintArticle(bytes: Uint8Array, path: string): Diagnostic[] {
  return lintOf(ingest(bytes, path))
}

/** {@link lintArticle} for every format, Word files included; PDF and Word diagnostics also carry their anchor. */
export async function lintArticleAsync(bytes: Uint8Array, path: string): Promise<(Diagnostic & { anchor?: string })[]> {
  const article = await ingestAsync(bytes, path)
  const ds = lintOf(article)
  if (article.format !== 'pdf' && article.format !== 'docx') return ds
  const anchors = article.lineAnchors ?? []
  return ds.map(d => { const a = anchors[d.line - 1]; return a ? { ...d, anchor: formatSpan({ line: d.line, endLine: d.line, ...a }) } : d })
}

function lintOf(article: Article): Diagnostic[] {
  const roles: Diagnostic[] = roleReport(article.sections).map(r => ({ line: r.line, column: 1, severity: 'info', rule: 'section-role', message: r.message }))
  return uniqueDiagnostics([...article.diagnostics, ...analyze(article).diagnostics, ...roles])
}
