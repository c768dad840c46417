import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSidecar, SidecarError, sidecarJsonSchema } from '../../scripts/sidecar.ts'
import { generate } from '../../scripts/pipeline.ts'
import { ROOT, SAMPLE, SAMPLE_SIDECAR } from '../helpers/generate.ts'

const sampleBytes = readFileSync(SAMPLE)
const withSidecar = (yaml: string) => generate(sampleBytes, 'content/00-putins-gamble.txt', { sidecar: parseSidecar(yaml) })

describe('the sidecar', () => {
  it('accepts the sample’s own sidecar', () => {
    expect(() => parseSidecar(readFileSync(SAMPLE_SIDECAR, 'utf8'))).not.toThrow()
  })

  it('names the line and key path of a schema error', () => {
    const yaml = 'meta:\n  presenter: Ann\nrisks:\n  U.S. Retaliation:\n    likelihood: 9\n'
    try { parseSidecar(yaml); expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(SidecarError)
      expect((e as SidecarError).keyPath).toBe('risks.U.S. Retaliation.likelihood')
      expect((e as SidecarError).line).toBe(5)
    }
  })

  it('names the line of invalid YAML', () => {
    try { parseSidecar('meta:\n  title: "unclosed\n  date: x\n'); expect.unreachable() } catch (e) {
      expect(e).toBeInstanceOf(SidecarError)
      expect((e as SidecarError).line).toBeGreaterThan(1)
    }
  })

  it('rejects an unknown key instead of ignoring a typo', () => {
    expect(() => parseSidecar('corections: []\n')).toThrow(SidecarError)
  })

  it('overrides a risk estimate and marks it as set, not estimated', () => {
    const g = withSidecar('risks:\n  Technology Stagnation:\n    likelihood: 5\n    impact: 2\n')
    const m = g.deck.slides.flatMap(s => s.blocks).find(b => b.kind === 'risk-matrix')
    const r = m?.kind === 'risk-matrix' ? m.risks.find(x => x.name === 'Technology Stagnation') : undefined
    expect(r).toMatchObject({ likelihood: 5, impact: 2, estimated: false })
  })

  it('warns, naming it, about a risk the article does not have', () => {
    const g = withSidecar('risks:\n  Alien Invasion:\n    likelihood: 1\n')
    expect(g.deck.diagnostics.some(d => d.rule === 'sidecar' && d.message.includes('Alien Invasion'))).toBe(true)
  })

  it('warns, naming it, about a section the article does not have', () => {
    const g = withSidecar('sections:\n  Epilogue:\n    skip: true\n')
    expect(g.deck.diagnostics.some(d => d.message.includes('"Epilogue"'))).toBe(true)
  })

  it('gives scenario probabilities and comparison dimensions to the comparison slide', () => {
    const g = withSidecar('scenarios:\n  Optimistic:\n    probability: 0.2\n    dimensions: { Sanctions: Waived }\n  Pessimistic:\n    dimensions: { Sanctions: Imposed }\ndimensions: [Sanctions]\n')
    const b = g.deck.slides.flatMap(s => s.blocks).find(x => x.kind === 'scenarios')
    if (b?.kind !== 'scenarios') throw new Error('no scenario slide')
    expect(b.dimensions).toEqual(['Sanctions'])
    expect(b.scenarios.find(s => s.name === 'Optimistic')).toMatchObject({ probability: 0.2, dimensions: { Sanctions: 'Waived' } })
  })

  it('puts the classification marking and date into the headmatter for the footer', () => {
    const g = withSidecar('meta:\n  classification: UNCLASSIFIED\n  date: 25 November 2026\n')
    expect(g.markdown).toMatch(/classification: "UNCLASSIFIED"/)
    expect(g.markdown).toMatch(/date: "25 November 2026"/)
  })

  it('skips and retitles sections: the new heading stands above the conclusion’s headline and in the agenda', () => {
    const g = withSidecar('sections:\n  Introduction:\n    skip: true\n  Conclusion:\n    retitle: Takeaways\n')
    expect(g.deck.slides.some(s => s.id === 'introduction')).toBe(false)
    expect(g.deck.slides.find(s => s.id === 'conclusion')?.kicker).toBe('Takeaways')
    const agenda = g.deck.slides.find(s => s.kind === 'agenda')!.blocks[0]!
    expect(agenda.kind === 'agenda' && agenda.entries.at(-1)?.title).toBe('Takeaways')
  })

  it('retitles a section outright when titles are headings', () => {
    const g = withSidecar('titles: heading\nsections:\n  Conclusion:\n    retitle: Takeaways\n')
    expect(g.deck.slides.find(s => s.id === 'conclusion')?.title).toBe('Takeaways')
  })

  it('rejects a titles style it does not know, naming the key', () => {
    try { parseSidecar('titles: topic\n'); expect.unreachable() } catch (e) {
      expect((e as SidecarError).keyPath).toBe('titles')
    }
  })

  it('has its JSON Schema committed for editors, in step with the code', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'sidecar.schema.json'), 'utf8'))).toEqual(sidecarJsonSchema())
  })
})
