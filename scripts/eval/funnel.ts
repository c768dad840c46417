/**
 * Where risks are lost: a count, per half, of each step between a sentence of the text and a risk on a matrix, so a
 * gap between the halves can be placed without reading the held-out half item by item (only these totals are
 * reported for it).
 *
 * Steps, inside the gold scope: the sentences of prose, labelled items, list items and quotations; those that weigh
 * a possible harm ({@link weighsRisk}); of those, the ones a naming rule names ({@link weighedCandidate} or
 * {@link proseRisk}, the rules for risks weighed outside a risks section); the risks found; the gold risks; and the
 * gold risks whose line holds a sentence that weighs a harm, and one that is named.
 */
import { proseRisk, weighedCandidate, weighsRisk } from '../analyze/risks.ts'
import type { Article, Findings } from '../model.ts'
import { allSentences } from '../text/tree.ts'
import type { Gold } from './score.ts'

export interface RiskFunnel {
  sentences: number
  weigh: number
  named: number
  found: number
  gold: number
  goldOnWeighingLine: number
  goldOnNamedLine: number
}

export const FUNNEL_STEPS: { key: keyof RiskFunnel; label: string }[] = [
  { key: 'sentences', label: 'sentences' },
  { key: 'weigh', label: 'weigh a possible harm' },
  { key: 'named', label: 'of those, named by a rule' },
  { key: 'found', label: 'risks found' },
  { key: 'gold', label: 'gold risks' },
  { key: 'goldOnWeighingLine', label: 'gold risks on a line that weighs a harm' },
  { key: 'goldOnNamedLine', label: 'gold risks on a line a rule names' },
]

/** The funnel of one article against its gold file. */
export function riskFunnel(article: Article, findings: Findings, gold: Gold): RiskFunnel {
  const inScope = (line: number, endLine = line) => !gold.scope || (line <= gold.scope.to && endLine >= gold.scope.from)
  const people = new Set(findings.actors.flatMap(a => [a.name, ...a.aliases]))
  const weighing = new Set<number>(), named = new Set<number>()
  let sentences = 0, weigh = 0, namedCount = 0
  for (const x of allSentences(article.sections)) {
    if (!inScope(x.span.line, x.span.endLine)) continue
    sentences++
    if (!weighsRisk(x.text)) continue
    weigh++
    for (let l = x.span.line; l <= x.span.endLine; l++) weighing.add(l)
    if (!(weighedCandidate(x.text, people) ?? proseRisk(x.text, people))) continue
    namedCount++
    for (let l = x.span.line; l <= x.span.endLine; l++) named.add(l)
  }
  const lines = gold.risks.map(r => Number(r.line))
  return {
    sentences, weigh, named: namedCount,
    found: findings.risks.filter(r => inScope(r.span.line, r.span.endLine)).length,
    gold: gold.risks.length,
    goldOnWeighingLine: lines.filter(l => weighing.has(l)).length,
    goldOnNamedLine: lines.filter(l => named.has(l)).length,
  }
}

export function addFunnels(xs: RiskFunnel[]): RiskFunnel {
  const total: RiskFunnel = { sentences: 0, weigh: 0, named: 0, found: 0, gold: 0, goldOnWeighingLine: 0, goldOnNamedLine: 0 }
  for (const x of xs) for (const { key } of FUNNEL_STEPS) total[key] += x[key]
  return total
}
