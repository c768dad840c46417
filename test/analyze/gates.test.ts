/** Precision first (issue 13): every finding carries its evidence and a confidence, and a component that too few items pass is left out with a reason. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { MIN_EVENTS, mapSelection, timelineSelection } from '../../scripts/analyze/gates.ts'
import { generateText } from '../helpers/generate.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const findingsOf = (text: string) => analyze(ingest(new TextEncoder().encode(text), 'memo.txt'))

describe('every finding', () => {
  const f = findingsOf('Memo\n\nIntroduction\n\nIn March 2021, India signed a treaty with France. India paid $2 billion for it. France delivered in 2023, and India praised France.\n\nConclusion\n\nThe partnership between India and France will likely deepen as both face the same threats.\n')
  it('carries a confidence between 0 and 1 with the checks behind it in words', () => {
    const all = [...f.actors, ...f.relations, ...f.timeline, ...f.figures, ...f.risks, ...(f.bottomLine ? [f.bottomLine] : [])]
    expect(all.length).toBeGreaterThan(4)
    for (const x of all) {
      expect(x.confidence.score).toBeGreaterThan(0)
      expect(x.confidence.score).toBeLessThan(1)
      expect(x.confidence.basis.length).toBeGreaterThan(8)
    }
  })
  it('ranks a full date above a bare year', () => {
    const [full, year] = [f.timeline.find(e => e.date === 'March 2021')!, f.timeline.find(e => e.date === '2023')!]
    expect(full.confidence.score).toBeGreaterThan(year.confidence.score)
  })
})

describe('component gates', () => {
  it(`leaves the timeline out with fewer than ${MIN_EVENTS} passing events, and says so`, () => {
    const f = findingsOf('Memo\n\nIn March 2021, India signed a treaty with France. France delivered the first jets in 2023.\n')
    expect(f.timeline).toHaveLength(2)
    expect(timelineSelection(f.timeline).drawn).toBe(false)
    expect(f.diagnostics.find(d => d.rule === 'timeline')?.message).toMatch(/no timeline: 2 dated event\(s\) passed the checks, fewer than 3/)
  })
  it('shows each date of a sentence with two dates by the clause it governs, never the whole sentence twice', () => {
    const f = findingsOf('Memo\n\nIn 1901, Australia became a federation of six colonies; since 1942, its forces have trained with American units. In 2011, the marines came. In 2023, the submarines were bought.\n')
    const shown = timelineSelection(f.timeline).shown
    const texts = new Map(shown.map(e => [e.date, e.text]))
    expect(texts.get('1901')).toBe('In 1901, Australia became a federation of six colonies')
    expect(texts.get('Since 1942')).toBe('Since 1942, its forces have trained with American units.')
  })
  it('never shows a clause that lost its subject to the split', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. The tankers left the northern ports in May 2025, and were anchored in the gulf in March 2026.\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.map(e => e.date)).toEqual(['2001', '2005', '2009', 'May 2025'])
    const g = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. The tankers, which sailed from the north, were anchored in the gulf in March 2026 and had not left by April 2026.\n')
    expect(timelineSelection(g.timeline).shown.map(e => e.date)).toEqual(['2001', '2005', '2009'])
  })
  it('keeps a clause’s subject across a dash-enclosed aside', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. Two dozen tankers—those that sailed from the old northern ports last winter with cargo bound for the south—were anchored in the gulf in March 2026 and had not left by April.\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.find(e => e.date === 'March 2026')?.text).toBe('Two dozen tankers were anchored in the gulf in March 2026 and had not left by April.')
  })
  it('never shows a sentence that only introduces a quotation', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened.\n\nIn June 2023, the Army reported,\n\n"The battery fired its first missile."\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.map(e => e.date)).toEqual(['2001', '2005', '2009'])
  })
  it('never shows an event told of "it" or "they": alone on the timeline it does not say who acted', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. The agency named the app a threat in 2024. It removed the designation in March 2025.\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.map(e => e.date)).toEqual(['2001', '2005', '2009', '2024'])
  })
  it('shows a clause split off at ", and" without its conjunction', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. A second battery was activated in May 2024, and this battery was assigned to the island command later in 2025.\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.find(e => e.date === '2025')?.text).toBe('This battery was assigned to the island command later in 2025.')
  })
  it('never shows a clause without a verb, nor one that opens on "as well as"', () => {
    const f = findingsOf('Memo\n\nIn 2001, a treaty was signed. In 2005, a port opened. In 2009, a canal opened. Heavy raids on and by the northern rebels on May 3, 2024, as well as renewed shelling of the eastern towns as of May 9, 2024, underscore how fragile the truce is.\n')
    const shown = timelineSelection(f.timeline).shown
    expect(shown.map(e => e.date)).toEqual(['2001', '2005', '2009'])
  })
  it('leaves the actor map out when fewer than three actors or two relations pass, and names who was kept', () => {
    const f = findingsOf('Memo\n\nIndia met France. India and France signed a deal. France thanked India.\n')
    const d = f.diagnostics.find(x => x.rule === 'actor-map')
    expect(d?.severity).toBe('info')
    expect(d?.message).toMatch(/^no actor map: 2 actor\(s\)/)
    expect(d?.message).toContain('India')
  })
  it('leaves an actor with no relation off the actor map, and says so in the notes', () => {
    const text = 'Memo\n\nIndia met France. India and France signed a deal. France thanked India. Brazil thanked France. India courted Brazil. Japan watched the talks. Japan stayed out of the talks.\n'
    const f = findingsOf(text)
    const map = mapSelection(f)
    expect(map.drawn).toBe(true)
    expect(map.actors.map(a => a.name).sort()).toEqual(['Brazil', 'France', 'India'])
    expect(map.unlinked.map(a => a.name)).toEqual(['Japan'])
    const slide = generateText(text).deck.slides.find(s => s.kind === 'actors')!
    expect(slide.notes.remarks.at(-1)).toContain('Japan')
  })
})
