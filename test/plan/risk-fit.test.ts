import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RiskMatrixRisk } from '../../scripts/model.ts'
import { MAX_RISKS } from '../../scripts/analyze/risks.ts'
import { generateText } from '../helpers/generate.ts'
import { chartHeight, legendHeight, MATRIX_ROOM, matrixDensity, matrixTitle, splitForMatrix } from '../../scripts/plan/risk-fit.ts'

const risk = (i: number, name: string, likelihood = 3, impact = 3): RiskMatrixRisk => ({
  id: `r${i}`, name, likelihood, impact, estimated: true, basis: 'likelihood "may" → Possible; impact no severity word → Moderate', anchor: `L${40 + i}·s${i + 1}`,
})
/** Sixty characters (risks.ts drops longer names), six words: the longest name the analysis hands over. */
const LONGEST = 'Sustained breakdown of interbank payment settlement networks'

describe('risk matrix fit', () => {
  it('counts the lines a name wraps to at its real width, not a line per twenty characters', () => {
    // 27 and 28 characters: the same count of characters, but the wider letters wrap the second name once more
    const narrow = [risk(0, 'little tilt in fiscal limits')]
    const wide = [risk(0, 'MOWING WHEAT MEADOWS MAXIMUM')]
    expect(legendHeight(wide, 'normal')).toBeGreaterThan(legendHeight(narrow, 'normal'))
  })

  it('takes a smaller look for three risks whose names wrap to three lines at full size', () => {
    const risks = [risk(0, 'Access to computational resources'), risk(1, 'Large scale', 4), risk(2, 'Covered High-Risk Actors Act', 5)]
    expect(legendHeight(risks, 'normal')).toBeGreaterThan(MATRIX_ROOM)
    expect(matrixDensity(risks)).toBe('compact')
  })

  it('keeps the full-size look for three short names', () => {
    expect(matrixDensity([risk(0, 'Retaliation'), risk(1, 'Stagnation', 2), risk(2, 'Backlash', 4)])).toBe('normal')
  })

  it('makes a cell holding several risks, and so its row, taller with each row of chips', () => {
    const two = [0, 1].map(i => risk(i, `Risk ${i}`))
    const six = [0, 1, 2, 3, 4, 5].map(i => risk(i, `Risk ${i}`))
    expect(chartHeight(six, 'dense')).toBeGreaterThan(chartHeight(two, 'dense'))
  })

  it('fits the longest name a single matrix can be handed', () => {
    expect(matrixDensity([risk(0, LONGEST)])).toBeDefined()
  })

  it('puts six of the longest names, all in one cell, over two matrices that each fit', () => {
    const six = Array.from({ length: MAX_RISKS }, (_, i) => risk(i, LONGEST))
    expect(matrixDensity(six)).toBeUndefined()
    const parts = splitForMatrix(six)
    expect(parts.map(p => p.length)).toEqual([3, 3])
    for (const p of parts) expect(matrixDensity(p)).toBeDefined()
  })

  it('keeps a list that fits one matrix whole', () => {
    const risks = [risk(0, 'Retaliation'), risk(1, 'Stagnation'), risk(2, 'Backlash')]
    expect(splitForMatrix(risks)).toEqual([risks])
  })

  it('splits any list the analysis can hand over (up to six risks, names up to sixty characters) into matrices that fit, in order', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{1,11}$/)
    const name = fc.array(word, { minLength: 1, maxLength: 6 }).map(ws => ws.join(' ').slice(0, 60).trim()).filter(n => n.length >= 3)
    const one = fc.record({ name, likelihood: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }) })
    fc.assert(fc.property(fc.array(one, { minLength: 1, maxLength: MAX_RISKS }), (list) => {
      const risks = list.map((r, i) => risk(i, r.name, r.likelihood, r.impact))
      const parts = splitForMatrix(risks)
      expect(parts.flat()).toEqual(risks)
      for (const p of parts) expect(matrixDensity(p)).toBeDefined()
    }), { seed: 20261202, numRuns: 300 })
  })
})

describe('risk matrix slides', () => {
  /** A risks section of six sub-sections, each headed by a long risk name (55–59 characters), all placed alike. */
  const LONG_NAMES = ['Prolonged disruption of undersea telecommunications cables', 'Widespread shortages of semiconductor lithography equipment', 'Escalating sovereign default contagion across borrowers', 'Persistent congestion at transshipment container terminals', 'Accelerating depletion of strategic petroleum stockpiles', 'Unchecked spread of counterfeit pharmaceutical imports']
  const article = (names: string[]) => `# Global Supply Shocks\n\n## Overview\n\nThe world economy depends on a few chokepoints. Analysts track them closely every year.\n\n## Risks\n\nSeveral risks stand out for the years ahead.\n\n${names.map(n => `### ${n}\n\nThis could cause severe economic losses for many countries.\n`).join('\n')}`
  const matrices = (md: string) => generateText(md, 'article.md').deck.slides.filter(s => s.layout === 'matrix')

  it('puts six long risk names over two matrix slides, three each in the order of the text, marked 1 of 2 and 2 of 2', () => {
    const slides = matrices(article(LONG_NAMES))
    expect(slides.map(s => s.part)).toEqual([{ index: 1, of: 2 }, { index: 2, of: 2 }])
    expect(slides.flatMap(s => s.blocks.flatMap(b => (b.kind === 'risk-matrix' ? b.risks.map(r => r.name) : [])))).toEqual(LONG_NAMES)
    expect(new Set(slides.map(s => s.id)).size).toBe(2)
  })

  it('titles a matrix with its heading while that takes two lines (a question keeps its mark, the label a new sentence), else sets the heading above as the kicker', () => {
    expect(matrixTitle('Supply Risks', 'likelihood × impact')).toEqual({ title: 'Supply Risks: likelihood × impact' })
    expect(matrixTitle('What Could Go Wrong?', 'likelihood × impact')).toEqual({ title: 'What Could Go Wrong? Likelihood × impact' })
    expect(matrixTitle('Risks:', 'likelihood × impact')).toEqual({ title: 'Risks: likelihood × impact' })
    const long = 'Risks to Payment, Communications and Shipping Networks in the Coming Decade'
    expect(matrixTitle(long, 'likelihood × impact', ' (2/2)')).toEqual({ title: 'Likelihood × impact', kicker: long })
  })

  it('keeps three of them on one matrix slide', () => {
    const slides = matrices(article(LONG_NAMES.slice(0, 3)))
    expect(slides).toHaveLength(1)
    expect(slides[0]!.part).toBeUndefined()
  })
})
