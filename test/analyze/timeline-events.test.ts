/**
 * Which dates the timeline slide shows as the time of an event: not a date that only modifies a noun, not the start of
 * a span as if the event were on it, not a negated clause, not a date inside a name; a span after "since" or between
 * two years is labelled as one.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const findings = (...paragraphs: string[]) => analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt'))
/** The events the timeline slide shows for an article of paragraphs, as "date: text". */
const shown = (...paragraphs: string[]) => timelineSelection(findings(...paragraphs).timeline).shown.map(e => `${e.date}: ${e.text}`)
const datesShown = (...paragraphs: string[]) => shown(...paragraphs).map(t => t.slice(0, t.indexOf(': ')))

const BEFORE = 'In 1801, a treaty was signed by both states. In 1805, a port opened on the coast. In 1809, a canal opened to ships.'

describe('a date that only modifies a noun', () => {
  it('is not shown when its noun is what the clause acts on', () => {
    const got = datesShown(BEFORE, 'On April 7, 2026, the two states agreed to a ceasefire. The rebels have reportedly conditioned the April 11 meeting on a ceasefire in the north.')
    expect(got).toContain('April 7, 2026')
    expect(got.some(d => d.startsWith('April 11'))).toBe(false)
  })
  it('is not shown when it is a full date closed by its comma before the noun it names ("the September 11, 2001, attacks")', () => {
    const got = datesShown(BEFORE, 'Panels have been convened after crises, including the September 11, 2001, terrorist attacks and the 2008 financial crisis.', 'On May 25, 2009, the state conducted an underground test.')
    expect(got).toContain('May 25, 2009')
    expect(got).not.toContain('September 11, 2001')
  })
  it('is shown when its noun phrase is the subject or the setting of the clause', () => {
    const got = shown('On April 7, 2026, the two states agreed to a ceasefire. The April 11 meeting ended without an agreement on the border.', 'In an April 20 statement, the ministry rejected the proposal.')
    expect(got).toContain('April 11, 2026: The April 11 meeting ended without an agreement on the border.')
    expect(got).toContain('April 20: In an April 20 statement, the ministry rejected the proposal.')
  })
})

describe('a date after "since"', () => {
  it('is shown as the start of a span, not as the day of the event', () => {
    const got = shown(BEFORE, 'The maritime center has recorded 17 attacks on vessels since March 1, 2026, with several crew members injured.')
    expect(got).toContain('Since March 1, 2026: The maritime center has recorded 17 attacks on vessels since March 1, 2026, with several crew members injured.')
    expect(got.some(t => t.startsWith('March 1, 2026'))).toBe(false)
  })
})

describe('a span of two years', () => {
  it('is labelled with a dash', () => {
    expect(datesShown(BEFORE, 'The agency tested the new reactor between 2018 and 2020 at its northern site.')).toContain('2018–2020')
  })
})

describe('an event that points back through a quantifier or "such"', () => {
  it('is not shown', () => {
    const got = datesShown(BEFORE, 'As of January 5, 2026, sixty vessels were enrolled in the program. Five of these vessels were located in the gulf in February 2026.', 'The two states tested antisatellite missiles in the 1980s. The United States last conducted such a test in 1985.')
    expect(got).toContain('January 5, 2026')
    expect(got).not.toContain('February 2026')
    expect(got).not.toContain('1985')
  })
})

describe('a negated clause', () => {
  it('is no event', () => {
    const got = datesShown(BEFORE, 'Reportedly, the army did not plan to conduct a live fire exercise during spring 2025 in the islands.', 'The navy has never tested the launcher in 2024 exercises at sea.')
    expect(got).not.toContain('spring 2025')
    expect(got).not.toContain('2024')
  })
  it('still describes a state as of a date, and does not reach past its conjunction or into a quotation', () => {
    const got = datesShown('On April 8, 2026, the talks opened. As of April 9, no text of the agreement has been publicly released.', 'Five tankers were located in the gulf in February 2026 and had not departed by the end of the talks.', 'A spokesperson said on April 10 that "The red lines have not changed."')
    expect(got).toEqual(expect.arrayContaining(['April 9, 2026', 'February 2026', 'April 10']))
  })
})

describe('a date inside the name of an order', () => {
  it('is not an event', () => {
    const dates = findings(BEFORE, 'Executive Order 14308 of June 12, 2025 directs the agencies to review the rule.').timeline.map(e => e.date)
    expect(dates).not.toContain('June 12, 2025')
  })
  it('is one when the text says the order was signed then', () => {
    const dates = findings(BEFORE, 'The President signed Proclamation 9705 of March 8, 2018 at the White House.').timeline.map(e => e.date)
    expect(dates).toContain('March 8, 2018')
  })
})

describe('a clause cut before the last item of a list', () => {
  it('is shown with that item, not as a list missing its end', () => {
    const got = shown(BEFORE, 'In 2018, the parliament passed laws on espionage, foreign interference, and foreign influence, and the government barred a foreign firm from building its national mobile network.')
    expect(got).toContain('2018: In 2018, the parliament passed laws on espionage, foreign interference, and foreign influence')
  })
  it('keeps a clause that ends before another clause, not a list item', () => {
    const got = shown(BEFORE, 'In May 2024, the agency fined the firm, and the court upheld the fine in June 2025 after a long appeal by the firm.')
    expect(got).toContain('May 2024: In May 2024, the agency fined the firm')
  })
})
