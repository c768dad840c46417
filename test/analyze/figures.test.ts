/** Key-figure rules (issue 13). */
import { describe, expect, it } from 'vitest'
import { findFigures } from '../../scripts/analyze/figures.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const figures = (text: string) => findFigures(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections)

describe('key figures', () => {
  it('a number joined to letters by a hyphen is a designation, not a count', () => {
    expect(figures('The battery fires SM-6 missiles and carries F-35 jets to the front.')).toEqual([])
  })
  it('still counts a number before a counted noun', () => {
    expect(figures('The battery fires 6 missiles a minute at the coast.').map(f => f.value)).toEqual(['6 missiles'])
  })
})
