/** What the timeline slide shows of a date that is not its sentence's own event: a quotation, an aside, a clause without its object. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The events the timeline slide shows for an article of paragraphs (blank lines between them), as "date: text". */
const shown = (...paragraphs: string[]) =>
  timelineSelection(analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline).shown.map(e => `${e.date}: ${e.text}`)

const BEFORE = 'In 1801, a treaty was signed by both states. In 1805, a port opened on the coast. In 1809, a canal opened to ships.'

describe('a date inside a quotation', () => {
  it('is the speaker\'s, not an event the slide shows, even when it is the only date of its clause', () => {
    const got = shown(BEFORE, 'A levee in the valley, rated "high risk in 1819" by the engineers, failed in June 1821.')
    expect(got.some(t => t.startsWith('1819'))).toBe(false)
  })
})

describe('a date in a participle aside after the subject', () => {
  it('shows the aside, not the main clause, when it is the only date of its sentence', () => {
    const got = shown(BEFORE, 'The Canal Safety Act, enacted on March 18, 1820, required a toll on every vessel that used the canal.')
    expect(got).toContain('March 18, 1820: The Canal Safety Act, enacted on March 18, 1820')
  })
  it('shows the aside, not the main clause, when the aside holds two dates', () => {
    const got = shown(BEFORE, 'The bill, introduced in March 1823 and reported in May 1823, has not received floor action.')
    expect(got.find(t => t.startsWith('March 1823'))).toBe('March 1823: The bill, introduced in March 1823')
  })
  it('leaves a sentence whole when its date is in the main clause', () => {
    const got = shown(BEFORE, 'The canal, a project of the northern states, opened to barges in March 1820.')
    expect(got).toContain('March 1820: The canal, a project of the northern states, opened to barges in March 1820.')
  })
})

describe('a clause whose object was left out', () => {
  it('is not shown: the second half of a relative clause does not say what was signed', () => {
    const got = shown(BEFORE, 'Congress created the program in the Canal Act, which the House passed on July 30, 1814, and the President signed on August 7, 1814.')
    expect(got.some(t => t.startsWith('August 7, 1814'))).toBe(false)
  })
  it('is shown when its object follows the date', () => {
    const got = shown(BEFORE, 'The canal board approved on June 20, 1823 a schedule for dredging the northern locks.')
    expect(got).toContain('June 20, 1823: The canal board approved on June 20, 1823 a schedule for dredging the northern locks.')
  })
  it('is shown when the verb is a participle after its subject', () => {
    const got = shown(BEFORE, 'The Canal Act, signed on December 4, 1815, authorized tolls on the northern locks through 1820.')
    expect(got).toContain('December 4, 1815: The Canal Act, signed on December 4, 1815')
  })
})

describe('a year after "from" that names where a noun comes from', () => {
  it('is no event: the programs revert to a law, not to a year', () => {
    const got = shown(BEFORE, 'Dairy programs revert to permanent law from 1949 if no extension is enacted by the end of the year.', 'The dairy board last reviewed the programs in March 1988.')
    expect(got.some(t => t.startsWith('1949'))).toBe(false)
  })
  it('still opens a span', () => {
    const got = shown(BEFORE, 'From 1823 to 1824, the canal companies negotiated their first toll agreements.')
    expect(got.some(t => t.startsWith('1823'))).toBe(true)
  })
})

describe('a sentence that opens on a count of years later', () => {
  const timeline = (...paragraphs: string[]) => analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline
  it('is dated by the last year read and the count', () => {
    const got = timeline('The port authority opened its first terminal in 1991.', 'A decade later, the authority proposed a second terminal on the north shore.')
    expect(got.find(e => e.date === 'A decade later')?.sortKey).toBe(2001)
  })
  it('is not dated without a year read before it', () => {
    const got = timeline('Two years later, the authority proposed a second terminal on the north shore.')
    expect(got.some(e => /later/u.test(e.date))).toBe(false)
  })
})

describe('a list item labelled by a date', () => {
  it('tells that date\'s event in its first sentence', () => {
    const got = analyze(ingest(new TextEncoder().encode('Memo\n\nThe port authority opened its first terminal in 1991. Key dates:\n\n- October 1993: the north terminal opened to container ships.\n- February 1994: on-time departures fell to 60 percent.\n'), 'memo.txt')).timeline
    expect(got.map(e => `${e.date}: ${e.text}`)).toContain('October 1993: October 1993: the north terminal opened to container ships.')
  })
})
