/** Tables never run off the slide: wide ones split their columns, repeating the key column (issue 12). */
import { describe, expect, it } from 'vitest'
import { columnGroups, TABLE_WIDTH_PX } from '../../scripts/plan/deck.ts'
import { generateText } from '../helpers/generate.ts'

describe('a table on slides', () => {
  it('keeps a narrow table whole', () => {
    expect(columnGroups(['State', 'Amount'], [['AL', '17.3'], ['AK', '10.1']])).toEqual([[0, 1]])
  })

  it('splits a table too wide for the slide into column groups that each start with the key column', () => {
    const long = 'a cell of some length that wraps'
    const header = ['Country', ...Array.from({ length: 9 }, (_, i) => `Measure ${i + 1}`)]
    const groups = columnGroups(header, [header.map((_, i) => (i ? long : 'Ruritania'))])
    expect(groups.length).toBeGreaterThan(1)
    for (const g of groups) expect(g[0]).toBe(0)
    expect([...new Set(groups.flat())].sort((a, b) => a - b)).toEqual(header.map((_, i) => i))
    expect(TABLE_WIDTH_PX).toBeLessThan(980)
  })

  it('keeps the caption and the Source line with every slide of the table', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Row ${i + 1} of the table | ${2000 + i} | ${i * 3}`).join('\n')
    const text = `A Report\n\nFunding\n\nThe figures below show the funding over time, as the agency reported it to the committee.\n\nTable 1. Funding by Year\n\nItem | Year | Amount\n${rows}\n\nSource: Agency data.\n\nMore\n\nThe rest of the report discusses the outlook for the programme in the next budget cycle.\n`
    const slides = generateText(text, 'report.txt').deck.slides.filter(s => s.kind === 'table')
    expect(slides.length).toBeGreaterThan(0)
    for (const s of slides) {
      const b = s.blocks[0]!
      expect(b.kind === 'table' && b.caption).toBe('Table 1. Funding by Year')
      expect(b.kind === 'table' && b.source).toBe('Source: Agency data.')
    }
  })
})
