/** Where risks are lost (scripts/eval/funnel.ts): each step from a sentence to a risk on a matrix, counted in the gold scope. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { addFunnels, riskFunnel } from '../../scripts/eval/funnel.ts'
import type { Gold } from '../../scripts/eval/score.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const text = [
  'The agency adopted new rules for levee inspection in 2019.',
  '',
  'Continued drought could trigger litigation among the basin states.',
  '',
  'Local officials are concerned about the pace of repairs, which remains slow.',
  '',
  'The program has been popular with landowners.',
].join('\n')
const article = ingest(new TextEncoder().encode(text), 'memo.txt')
const findings = analyze(article)
const gold = (risks: Gold['risks'], scope?: Gold['scope']): Gold => ({
  article: 'memo.txt', language: 'en', ...(scope ? { scope } : {}), actors: [], not_actors: [], risks, risk_sections: [], events: [], bottom_line: [], figures: [],
} as unknown as Gold)

describe('the risk funnel', () => {
  // (of the two sentences that weigh a harm, the outside-a-risks-section rules name the concern, not the hedged litigation)
  it('counts the sentences, the two that weigh a harm, and the one of them a rule names', () => {
    const f = riskFunnel(article, findings, gold([]))
    expect(f).toMatchObject({ sentences: 4, weigh: 2, named: 1 })
  })
  it('places each gold risk on the line of the sentence that weighs it, named or not, and none on a line of history', () => {
    const f = riskFunnel(article, findings, gold([
      { name: 'litigation among the basin states', line: 3, quote: 'could trigger litigation among the basin states' },
      { name: 'slow repairs', line: 5, quote: 'concerned about the pace of repairs' },
      { name: 'new rules', line: 1, quote: 'adopted new rules' },
    ]))
    expect(f).toMatchObject({ gold: 3, goldOnWeighingLine: 2, goldOnNamedLine: 1 })
  })
  it('counts only what lies inside the gold scope', () => {
    const f = riskFunnel(article, findings, gold([], { from: 1, to: 1 }))
    expect(f.sentences).toBe(1)
    expect(f.weigh).toBe(0)
  })
  it('adds articles step by step', () => {
    const f = riskFunnel(article, findings, gold([]))
    expect(addFunnels([f, f])).toEqual(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v * 2])))
  })
})
