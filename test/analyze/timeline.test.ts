/** Timeline rules (issue 13): which dates are events, and what date each event gets. */
import { describe, expect, it } from 'vitest'
import { findTimeline } from '../../scripts/analyze/timeline.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const events = (text: string) => findTimeline(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections)

describe('timeline dates', () => {
  it('dates a month and day without a year by the last full date before it, and orders it so', () => {
    const got = events('On April 7, 2026, the two sides agreed to a truce. Fighting resumed on April 9 in the north. The talks of May 2025 had failed.')
    expect(got.map(e => e.date)).toEqual(['May 2025', 'April 7, 2026', 'April 9'])
    expect(got[2]!.confidence.basis).toMatch(/year from the last full date/)
  })
  it('leaves a month and day out when no full date came before it', () => {
    expect(events('Fighting resumed on April 9 in the north. The talks had failed.')).toEqual([])
  })
  it('reads a decade after a preposition as a date', () => {
    expect(events('Since the 1980s, the two states have trained together.').map(e => e.date)).toEqual(['1980s'])
  })
  it('a year that modifies a name after "by the" is not an event', () => {
    expect(events('The alliance is underpinned by the 1951 treaty of mutual defence.')).toEqual([])
  })
})
