/** Date shapes the timeline reads (or leaves out) on reports it was not tuned on: synthetic sentences, one rule each. */
import { describe, expect, it } from 'vitest'
import { findTimeline } from '../../scripts/analyze/timeline.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const dates = (text: string) => findTimeline(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections).map(e => e.date)

describe('a year after "since"', () => {
  it('is no event when a superlative or "first" measures from it: it is the baseline of a comparison', () => {
    expect(dates('The fire season of 2020 burned more than 10 million acres, the most since 1960.')).toEqual([])
    expect(dates('Lake Mead fell in July 2022 to its lowest level since 1937.')).toEqual(['July 2022'])
    expect(dates('The launch was the first such test since 2011.')).toEqual([])
  })
  it('still dates the state that began then', () => {
    expect(dates('Prices of crude helium have risen since 2019.')).toEqual(['2019'])
    expect(dates('The most senior officials have met yearly since 2015.')).toEqual(['2015'])
    expect(dates('Interest rates on federal loans have risen since 2019.')).toEqual(['2019'])
  })
})

describe('a date that revises a document', () => {
  it('is no event after ", updated"', () => {
    expect(dates('DOD Directive 6055.06, updated January 25, 2023, governs military firefighting.')).toEqual([])
  })
  it('unlike a revision the text tells of', () => {
    expect(dates('The agency updated the directive in March 2024, after a review of its training rules.')).toEqual(['March 2024'])
  })
})

describe('a month with two days and a year', () => {
  it('is one full date, sorted by its first day', () => {
    expect(dates('On June 3-4, 2024, the board met in Denver. On May 1 and 2, 2024, the agency held sessions. On June 2, 2024, it voted.'))
      .toEqual(['May 1 and 2, 2024', 'June 2, 2024', 'June 3-4, 2024'])
  })
})

describe('a month and day without a year', () => {
  const events = (text: string) => findTimeline(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections)
  it('takes the year of a month with a year in its own paragraph over a full date of an earlier one', () => {
    const got = events('On May 9, 2024, the bureau adopted the plan in a record of decision.\n\nAfter talks among the states collapsed in March 2025, the bureau published a draft. On March 12, the Secretary said that federal action was possible.')
    expect(got.map(e => e.date)).toEqual(['May 9, 2024', 'March 2025', 'March 12'])
    expect(got[2]!.inferredYear).toEqual({ year: 2025, inParagraph: true })
  })
  it('does not take the year of a month later in the year than its own: it may be the next year', () => {
    const got = events('On May 9, 2023, the commission licensed the second site.\n\nThe department asked for comments in December 2021. On September 22, the department awarded $26 million to twelve consortia.')
    expect(got.find(e => e.date === 'September 22')!.inferredYear).toEqual({ year: 2023, inParagraph: false })
  })
  it('still takes the year of the last full date when its own paragraph states one', () => {
    const got = events('Exports fell in March 2025 across the region. On April 7, 2024, the two sides agreed to a truce, and on April 9 they met again.')
    expect(got.find(e => e.date === 'April 9')!.inferredYear).toEqual({ year: 2024, inParagraph: true })
  })
})
