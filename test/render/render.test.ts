import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { ROOT, SAMPLE, SAMPLE_SIDECAR, generateFile, sharedArticles } from '../helpers.ts'

/** The JSON value of a `:name='…'` prop on a component tag in a slide. */
function prop(content: string, component: string, name: string): unknown {
  const tag = new RegExp(`<${component}\\b[^\\n]*?:${name}='([^']*)'`).exec(content)
  if (!tag?.[1]) throw new Error(`no ${component} :${name} in slide`)
  return JSON.parse(tag[1])
}

const gen = generateFile(SAMPLE, SAMPLE_SIDECAR)
const parsed = parseSync(gen.markdown, 'slides.md')

describe('rendering the sample deck', () => {
  it('parses with @slidev/parser into exactly the planned slides, in order, with their stable ids', () => {
    expect(parsed.slides.map(s => (s.frontmatter as { routeAlias?: string }).routeAlias)).toEqual(gen.deck.slides.map(s => s.id))
  })

  it('gives every slide a heading equal to its planned title', () => {
    for (const [i, s] of parsed.slides.entries()) {
      const planned = gen.deck.slides[i]!
      const part = planned.part ? ` (${planned.part.index}/${planned.part.of})` : ''
      expect(s.title?.replace(/\\(.)/g, '$1')).toBe(`${planned.title}${part}`)
    }
  })

  it('passes the planned risks to RiskMatrix as data', () => {
    const slide = parsed.slides.find(s => s.content.includes('<RiskMatrix'))!
    const risks = prop(slide.content, 'RiskMatrix', 'risks') as { name: string; likelihood: number; impact: number; estimated: boolean }[]
    const planned = gen.deck.slides.flatMap(s => s.blocks).find(b => b.kind === 'risk-matrix')
    expect(planned?.kind).toBe('risk-matrix')
    expect(risks).toEqual(planned?.kind === 'risk-matrix' ? planned.risks : [])
    expect(risks.map(r => r.name)).toEqual(['U.S. Retaliation', 'Technology Stagnation', 'Regional Backlash'])
    expect(risks.every(r => r.estimated)).toBe(true)
  })

  it('passes three scenarios to ScenarioCompare with the realistic one as the base case', () => {
    const slide = parsed.slides.find(s => s.content.includes('<ScenarioCompare'))!
    const scenarios = prop(slide.content, 'ScenarioCompare', 'scenarios') as { name: string; baseCase: boolean }[]
    expect(scenarios.map(s => s.name)).toEqual(['Optimistic', 'Pessimistic', 'Realistic'])
    expect(scenarios.filter(s => s.baseCase).map(s => s.name)).toEqual(['Realistic'])
  })

  it('writes speaker notes with article line numbers on every slide', () => {
    for (const s of parsed.slides) expect(s.note ?? '', `slide ${s.index + 1}`).toMatch(/\(L\d+|Note/)
  })

  it('puts the full source text of a section into its notes', () => {
    const intro = parsed.slides.find(s => (s.frontmatter as { routeAlias?: string }).routeAlias === 'introduction')!
    const unescape = (t: string) => t.replace(/\\(.)/g, '$1')
    expect(unescape(intro.note!)).toContain('This article examines Putin’s strategic calculus, India’s pragmatic balancing act, and the potential consequences of this high-stakes partnership.')
  })

  it('applies the sidecar corrections on slides but keeps the source verbatim in the notes', () => {
    const concl = parsed.slides.find(s => (s.frontmatter as { routeAlias?: string }).routeAlias === 'conclusion')!
    expect(concl.content).toContain('Putin’s gamble')
    expect(concl.content).not.toContain('Putins’')
    expect(concl.note).toContain('Putins’ gamble')
  })

  it('is the committed slides.md', () => {
    expect(readFileSync(join(ROOT, 'slides.md'), 'utf8')).toBe(gen.markdown)
  })

  it('renders the same bytes twice', () => {
    expect(generateFile(SAMPLE, SAMPLE_SIDECAR).markdown).toBe(gen.markdown)
  })
})

describe('every shared article', () => {
  for (const path of sharedArticles()) {
    it(`generates a deck that parses: ${path.split('/').pop()}`, () => {
      const g = generateFile(path)
      const d = parseSync(g.markdown, 'slides.md')
      expect(d.slides.length).toBe(g.deck.slides.length)
      expect(d.slides.length).toBeGreaterThan(3)
    })
  }
})
