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
  it('a full date earlier in the same sentence dates a month and day after it', () => {
    expect(events('On May 3, 2024, the talks began, and on May 6 they broke down.').map(e => e.date)).toEqual(['May 3, 2024', 'May 6'])
  })
  it('a capitalised "As of" opening a sentence dates a month and day like "as of"', () => {
    expect(events('On May 3, 2024, the council met. As of May 6, no agreement had been signed.').map(e => e.date)).toEqual(['May 3, 2024', 'May 6'])
  })
  it('a date in parentheses after "as of" dates a figure, not an event', () => {
    expect(events('The fund held $4 billion (as of June 2023) in reserves.')).toEqual([])
    expect(events('The fund held $4 billion in reserves as of June 2023.').map(e => e.date)).toEqual(['June 2023'])
  })
  it('a month and day used before a noun is dated by the last full date', () => {
    const got = events('On May 3, 2024, the council met. A brief May 6 statement rejected the plan. The May 9 meeting was cancelled.')
    expect(got.map(e => e.date)).toEqual(['May 3, 2024', 'May 6', 'May 9'])
    expect(got[1]!.sortKey).toBeGreaterThan(got[0]!.sortKey)
  })
  it('a month alone after "in" takes the year of the last month with a year, sorts within that year, and is less sure', () => {
    const got = events('The ministers met in June 2021. In early March, the envoys had met in secret.')
    expect(got.map(e => e.date)).toEqual(['early March', 'June 2021'])
    expect(Math.floor(got[0]!.sortKey)).toBe(2021)
    expect(got[0]!.confidence.score).toBeLessThan(got[1]!.confidence.score)
  })
  it('a month alone with no dated month before it is left out, and a range of months with a year is one date', () => {
    expect(events('In March, the envoys met in secret.')).toEqual([])
    expect(events('The envoys met twice in April-June 2025 to discuss the terms of the truce.').map(e => e.date)).toEqual(['April-June 2025'])
  })
  it('reads a year from 1600 on after a preposition, but not a count of things', () => {
    expect(events('The colony was founded in 1788. The garrison grew from 1650 men to 1800 men.').map(e => e.date)).toEqual(['1788'])
  })
  it('after or before a year, the preposition is part of the date and the event sorts on that side of the year', () => {
    expect(events('After 2007, the program grew. Before 2007, it was small. It was launched in 2007.').map(e => e.date)).toEqual(['Before 2007', '2007', 'After 2007'])
  })
  it('a season with its year is a date, sorted by its season', () => {
    expect(events('The army trained during spring 2025. It first trained there in the summer of 2023.').map(e => e.date)).toEqual(['summer of 2023', 'spring 2025'])
  })
  it('a year that dates a meeting, statement or visit is an event', () => {
    expect(events('The 2019 Joint Statement set the goals. During the 2021 Leaders\' Summit, the partners agreed.').map(e => e.date)).toEqual(['2019', '2021'])
  })
  it('a part of a year after a preposition is a date, sorted at that part of the year', () => {
    const got = events('By the end of 2025, mining used more power. At the start of 2025, it used 2% of the grid.')
    expect(got.map(e => e.date)).toEqual(['the start of 2025', 'the end of 2025'])
    expect(got[1]!.sortKey).toBeGreaterThan(2025.9)
  })
  it('a year alone said to be late in it sorts after the months of that year', () => {
    const got = events('The second battery was to be assigned to the island command later in 2025. In January 2025, the launchers moved to Luzon. Prices peaked in late 2024, after a rise in March 2024.')
    expect(got.map(e => e.date)).toEqual(['March 2024', 'late 2024', 'January 2025', '2025'])
  })
  it('a fiscal year, or a span of years, after a preposition is a date', () => {
    expect(events('The service plans to field two units between fiscal years 2026 and 2028.').map(e => e.date)).toEqual(['fiscal years 2026 and 2028'])
    expect(events('Prices rose between 2019 and 2021.').map(e => e.date)).toEqual(['2019 and 2021'])
  })
})
