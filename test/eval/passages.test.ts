/** The passages outside the corpus (test/fixtures/real/) are a reported benchmark: every component, both halves. */
import { describe, expect, it } from 'vitest'
import { PASSAGE_COMPONENTS, PASSAGE_HALVES, passagesMarkdown, passagesReport } from '../../scripts/eval/passages.ts'
import { ROOT } from '../../scripts/eval/run.ts'

const rows = passagesReport(ROOT)

describe('the passages report', () => {
  it('scores actors, relations, risks, timeline, figures and bottom line on both the tune and the measure half', () => {
    expect(PASSAGE_COMPONENTS).toEqual(['actors', 'relations', 'risks', 'timeline', 'figures', 'bottom line'])
    for (const component of PASSAGE_COMPONENTS) for (const half of PASSAGE_HALVES) {
      const row = rows.filter(r => r.component === component && r.half === half)
      expect(row, `${component} ${half}`).toHaveLength(1)
      expect(row[0]!.passages, `${component} ${half}`).toBeGreaterThan(0)
      expect(row[0]!.counts.tp + row[0]!.counts.fn, `${component} ${half} has labels`).toBeGreaterThan(0)
    }
  })
  it('places every labelled risk quote and timeline clause on a line of its passage', () => {
    expect(rows.map(r => r.notes).join('\n')).not.toMatch(/on no line/)
  })
  it('is a section of EVAL.md with a row per component and half', () => {
    const md = passagesMarkdown(rows)
    expect(md).toMatch(/^## Passages outside the corpus\n/)
    expect(md).toContain('| component | half | passages | P | R | notes |')
    expect(md.split('\n').filter(l => /^\| (actors|relations|risks|timeline|figures|bottom line) \| (tune|measure) \|/.test(l))).toHaveLength(12)
  })
})
