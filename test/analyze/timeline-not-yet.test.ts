/**
 * What a timeline does not show as an event, in the shapes of real legislative summaries: a plan, a schedule or a
 * deadline, the end of a span, a state at the time of writing, a date later than the text's own; and a year is shown
 * under its own words, not under a full date of the same year.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The events the timeline slide shows for a text of paragraphs, as "date: text"; `head` lines go under its title. */
const shownIn = (head: string[], paragraphs: string[]) =>
  timelineSelection(analyze(ingest(new TextEncoder().encode(`Memo\n${head.map(h => `${h}\n`).join('')}\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline).shown.map(e => `${e.date}: ${e.text}`)
const shown = (...paragraphs: string[]) => shownIn([], paragraphs)
const dates = (got: string[]) => got.map(t => t.slice(0, t.indexOf(':')))

const BEFORE = 'In 1991, the port authority opened its first terminal. In 1996, the authority doubled its fleet of tugs.'

describe('a plan, a schedule or a deadline', () => {
  it('is not shown as an event on its date', () => {
    const got = shown(BEFORE, 'The new harbor fees are scheduled to take effect on March 1, 2027, for all vessels. The board voted for the fees on May 14, 2025.')
    expect(got).toContain('May 14, 2025: The board voted for the fees on May 14, 2025.')
    expect(dates(got)).not.toContain('March 1, 2027')
  })
  it('is not shown when a bill would do it, nor when a law sets a date no later than which it must be done', () => {
    const got = shown(BEFORE, 'The Senate bill would extend the program until June 30, 2031. The statute directs the board to, no later than April 1, 2026, publish a plan.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('still dates an estimate made on its date about what would have happened', () => {
    const got = shown(BEFORE, 'The budget office estimated in March 2012 that a higher fee would have raised $3 million.')
    expect(got).toContain('March 2012: The budget office estimated in March 2012 that a higher fee would have raised $3 million.')
  })
})

describe('the end of a span', () => {
  it('is not shown as an event on the day the span ends', () => {
    const got = shown(BEFORE, 'The port council approved a six-month lease extension through the end of March 2019.')
    expect(dates(got)).not.toContain('March 2019')
  })
})

describe('a state after "as of"', () => {
  it('is not shown when it is told in the present, the time of writing', () => {
    const got = shown(BEFORE, 'As of May 2020, the authority operates 12 terminals along the coast. As of June 2021, nine terminals had closed for repairs.')
    expect(dates(got)).not.toContain('May 2020')
    expect(got).toContain('June 2021: As of June 2021, nine terminals had closed for repairs.')
  })
})

describe('a date later than the text’s own', () => {
  it('is not shown, since it had not come when the text was written', () => {
    const got = shownIn(['Updated May 3, 2018'], [BEFORE, 'On April 20, 2018, the council approved a new lease. The current lease expires on September 30.'])
    expect(got).toContain('April 20, 2018: On April 20, 2018, the council approved a new lease.')
    expect(dates(got).some(d => d.startsWith('September 30'))).toBe(false)
  })
})

describe('a year in a sentence with a full date of that year', () => {
  it('leaves the event under its full date, not under the year of an aside', () => {
    const got = shown(BEFORE, 'The 2018 lease originally expired on September 30, 2023, and with the 2023 season (ships docked in 2023).')
    expect(got).toContain('September 30, 2023: The 2018 lease originally expired on September 30, 2023')
    expect(dates(got)).not.toContain('2023')
  })
})

describe('a span of fiscal years', () => {
  it('is one date with both its years, and a span in parentheses gives no date of its second year', () => {
    const got = shown(BEFORE, 'The authority’s revenue fell sharply during fiscal years 2007 through 2009. Cargo volumes declined by a third over three years (2007 through 2009).')
    expect(got).toContain('fiscal years 2007 through 2009: The authority’s revenue fell sharply during fiscal years 2007 through 2009.')
    const found = analyze(ingest(new TextEncoder().encode(`Memo\n\nCargo volumes declined by a third over three years (2007 through 2009).\n`), 'memo.txt')).timeline
    expect(found.map(e => e.date)).toEqual([])
  })
})

describe('a date in a relative clause after the text’s own verb', () => {
  it('is not shown under the whole sentence, whether the clause opens on "that" or on a participle with its agent', () => {
    const got = shown(BEFORE, 'Dues have been too low to pay for the dredging program authorized by the council since 2011. As was the case with an earlier charter, No. 12, that was signed in May 1990 after the first flood, the new charter seeks to curb building on the shore.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('is still shown when the participle describes the subject, or is the text’s own passive verb', () => {
    const got = shown(BEFORE, 'The port levy enacted in late 2016 raised the cost of berths for every ship. Four similar levies were rejected by the council in March 2020.')
    expect(got).toContain('late 2016: The port levy enacted in late 2016 raised the cost of berths for every ship.')
    expect(got).toContain('March 2020: Four similar levies were rejected by the council in March 2020.')
  })
})
