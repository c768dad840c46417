/**
 * Classes of dated sentences from legislative histories, program chronologies and regulatory actions (CRS/GAO
 * register): a fiscal year as the time of an agency's action, a plan told in the past ("was to be delivered"), a
 * deadline a directive sets, a date after a legal citation, a fragment without its own verb.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const findings = (...paragraphs: string[]) => analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt'))
/** The events the timeline slide shows, as "date: text". */
const shown = (...paragraphs: string[]) => timelineSelection(findings(...paragraphs).timeline).shown.map(e => `${e.date}: ${e.text}`)
const dates = (got: string[]) => got.map(t => t.slice(0, t.indexOf(':')))
/** Every date found, shown or not. */
const found = (...paragraphs: string[]) => findings(...paragraphs).timeline.map(e => e.date)

const BEFORE = 'In 1991, the port authority opened its first terminal. In 1996, the authority doubled its fleet of tugs.'

describe('a fiscal year', () => {
  it('that opens its sentence dates what an agency did with its funds that year', () => {
    const got = shown(BEFORE, 'In FY2018, the agency transferred $720 million from other programs. In fiscal year 2021, the service obligated $1.9 billion for dredging.')
    expect(got).toContain('FY2018: In FY2018, the agency transferred $720 million from other programs.')
    expect(got).toContain('fiscal year 2021: In fiscal year 2021, the service obligated $1.9 billion for dredging.')
  })
  it('written as FY dates a clause without money too', () => {
    expect(found('The new fee schedule first took effect in FY2020.')).toEqual(['FY2020'])
  })
  it('after an appropriation, or before a plan, labels the funding and is no event', () => {
    expect(found('Congress appropriated $2.9 billion for dredging in FY2024.')).toEqual([])
    expect(found('In FY2026, the authority plans to spend $5.7 billion on new berths.')).toEqual([])
  })
})

describe('a plan is not an event', () => {
  it('when it was to happen, or is now scheduled to', () => {
    const got = shown(BEFORE, 'The first dredge was to be delivered in 2024. The remaining rules were to take effect on July 1, 2024. A second terminal is now scheduled to open in 2027. A third berth was planned for 2029.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('when it was expected or anticipated on its date', () => {
    const got = shown(BEFORE, 'Dredging of the outer channel was expected in 2007. A second crane was anticipated by March 2008.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('but a sentence that says where the money went ("was to the state") is still one', () => {
    const got = shown(BEFORE, 'The first transfer of the fund was to the state port agency in June 2003.')
    expect(dates(got)).toContain('June 2003')
  })
})

describe('a deadline', () => {
  it('that a law or an order sets with "to … by" is not shown, even when the text has no dateline', () => {
    const got = shown(BEFORE, 'The act directed the authority to dredge the outer channel by 2027. The 1982 statute required the board to begin accepting cargo by January 31, 1998.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('that must be met is not shown either', () => {
    const got = shown(BEFORE, 'The authority must submit a revised strategy to the council by March 31, 2026.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('or a target after "by" in a clause told in the present is not shown', () => {
    const got = shown(BEFORE, 'The master plan calls for zero-emission cargo handling at every berth by 2040. The strategy targets 30 percent of the shoreline by 2035.')
    expect(dates(got)).toEqual(['1991', '1996'])
  })
  it('is not confused with what had happened by a date', () => {
    const got = shown(BEFORE, 'By September 2003, the authority had dredged about 4.3 miles of channel. Container traffic reached 2 million boxes a year by 2008.')
    expect(dates(got)).toContain('September 2003')
    expect(dates(got)).toContain('2008')
  })
})

describe('a date after a legal citation', () => {
  it('dates the document cited, not an event', () => {
    expect(found('See Pub. L. No. 117-58, 135 Stat. 429 (2021); 87 Fed. Reg. 4567, January 28, 2022.')).toEqual([])
    expect(found('The rule is codified at 33 C.F.R. 165.1, May 2, 2020.')).toEqual([])
  })
  it('or after a document it names ("the notice of …"), unless the text says it was signed or issued then', () => {
    expect(found('The Federal Register notice of March 3, 2002 set the fee at $4 a ton.')).toEqual([])
    expect(found('The secretary signed a memorandum of March 8, 2003, on the fees.')).toEqual(['March 8, 2003'])
  })
  it('but a date the text gives its own verb still is one', () => {
    expect(found('The board published the rule in the Federal Register on May 2, 2020 (85 Fed. Reg. 26000).')).toEqual(['May 2, 2020'])
  })
})

describe('a fragment', () => {
  it('whose only verb is in its subordinate clause is not shown', () => {
    const got = shown(BEFORE, 'The authority revised the harbor rules in 2002 after a collision. Again in 2005 after another collision was reported.')
    expect(dates(got)).toContain('2002')
    expect(dates(got)).not.toContain('2005')
  })
})

describe('a sentence with several dates', () => {
  it('shows a date under its own predicate, not under the next one of the same subject (a bill history)', () => {
    const got = shown(BEFORE, 'H.R. 3684 was introduced on June 4, 2001, passed the House on July 1, 2001, and was signed into law on November 15, 2001.')
    expect(got).toContain('June 4, 2001: H.R. 3684 was introduced on June 4, 2001')
    // a later predicate has no subject of its own: it is not shown under a text that tells the earlier one
    expect(got.filter(t => t.includes('July 1, 2001') && !t.startsWith('July 1'))).toEqual([])
    expect(got.some(t => t.startsWith('July 1, 2001: H.R. 3684 was introduced'))).toBe(false)
  })
  it('leaves a span of two dates whole', () => {
    const got = shown(BEFORE, 'The harbor board met monthly between June 2004 and August 2004 to review the fees.')
    expect(got).toContain('June 2004: The harbor board met monthly between June 2004 and August 2004 to review the fees.')
  })
})

describe('the baseline of a change or a comparison', () => {
  it('is not the date a sentence is shown under: the change is', () => {
    const got = shown(BEFORE, 'Port calls rose 12% in 2004, up from 9% in 2003. Cargo volumes were 20% higher in 2006 than in 2002.')
    expect(got).toContain('2004: Port calls rose 12% in 2004, up from 9% in 2003.')
    expect(got).toContain('2006: Cargo volumes were 20% higher in 2006 than in 2002.')
    expect(dates(got)).not.toContain('2003')
    expect(dates(got)).not.toContain('2002')
  })
  it('is no event of its own when it is the only date', () => {
    expect(dates(shown(BEFORE, 'Tonnage at the main terminal was down 15% from 2001.'))).toEqual(['1991', '1996'])
  })
  it('is not confused with a span written with "from … to"', () => {
    expect(dates(shown(BEFORE, 'Traffic through the harbor grew steadily from 2001 to 2005.'))).toContain('2001–2005')
  })
})

describe('a text without a dateline', () => {
  it('does not show a date told in the present that is later than all it tells in the past: it had not come', () => {
    const got = shown(BEFORE, 'The port council approved new fees in May 2004. The new fees take effect on July 1, 2006.')
    expect(dates(got)).toEqual(['1991', '1996', 'May 2004'])
  })
  it('still shows a date told in the present that comes before what it tells in the past', () => {
    const got = shown(BEFORE, 'Since 1998, the authority leases its berths to private firms. The port council approved new fees in May 2004.')
    expect(dates(got)).toContain('Since 1998')
  })
})
