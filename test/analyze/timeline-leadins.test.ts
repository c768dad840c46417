/** What the timeline slide does not show: a list's lead-in, a plan told with a modal or a deadline, a clause cut inside a list. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The events the timeline slide shows for an article of paragraphs (blank lines between them), as "date: text". */
const shown = (...paragraphs: string[]) =>
  timelineSelection(analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline).shown.map(e => `${e.date}: ${e.text}`)

const BEFORE = 'The agency opened its first office on March 3, 2019. It hired 40 inspectors in June 2019. The board approved new rules on May 5, 2020.'

describe('a sentence that introduces a list', () => {
  it('is no event when it ends on "the following" with a period', () => {
    const got = shown(BEFORE, 'Issues raised at the committee\'s June 2020 hearing included the following.\n- compensation for producers;\n- protective equipment for workers.', 'The department published a final rule in March 2021.')
    expect(got.some(t => t.startsWith('June 2020'))).toBe(false)
    expect(got).toContain('March 2021: The department published a final rule in March 2021.')
  })
  it('is no event when it ends on "as follows"', () => {
    const got = shown(BEFORE, 'The topics of the oversight hearing in July 2020 were as follows.', 'The department published a final rule in March 2021.')
    expect(got.some(t => t.startsWith('July 2020'))).toBe(false)
  })
})

describe('a date told with a modal or named as a deadline', () => {
  it('is not shown as something that happened ("may be held", "could be awarded")', () => {
    const got = shown(BEFORE, 'The first contracts could be awarded in December 2019, and elections may be held later in 2020.', 'The department published a final rule in March 2021.')
    expect(got.some(t => t.startsWith('December 2019') || t.startsWith('2020'))).toBe(false)
  })
  it('is not shown when it is the date of a deadline ("missed the original deadline of May 2020")', () => {
    const got = shown(BEFORE, 'Negotiators missed the original deadline of May 2020.', 'The department published a final rule in March 2021.')
    expect(got.some(t => t.startsWith('May 2020'))).toBe(false)
    expect(got).toContain('May 5, 2020: The board approved new rules on May 5, 2020.')
  })
})

describe('a clause cut inside a listed run', () => {
  it('keeps the shares in parentheses of its last items', () => {
    const got = shown(BEFORE, 'By December 2020, the department had obligated new grant funds to the FSM (46%), the RMI (33%), and Palau (21%), and the trust fund committees met to set investment policy.')
    expect(got).toContain('December 2020: By December 2020, the department had obligated new grant funds to the FSM (46%), the RMI (33%), and Palau (21%)')
  })
  it('is not shown when the list is the subject of a verb after it', () => {
    const got = shown(BEFORE, 'In September 2020, the auditors found that contracts for the imager (L3Harris), the sounder (BAE Systems), the spacecraft (Lockheed Martin), and the ground system had been awarded without schedule reserve.')
    expect(got.some(t => t.startsWith('September 2020'))).toBe(false)
  })
  it('is shown when its last comma is that of a place and its state', () => {
    const got = shown(BEFORE, 'In October 2020, the agency moved its headquarters to a leased building in Richmond, Virginia, and it hired 50 more staff over the following year.')
    expect(got).toContain('October 2020: In October 2020, the agency moved its headquarters to a leased building in Richmond, Virginia')
  })
})
