/** What the timeline slide shows of a date written without its year, and which mention of a date it shows. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../scripts/analyze/index.ts'
import { timelineSelection } from '../../scripts/analyze/gates.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The dates the timeline slide shows for an article of paragraphs (blank lines between them). */
const shown = (...paragraphs: string[]) =>
  timelineSelection(analyze(ingest(new TextEncoder().encode(`Memo\n\n${paragraphs.join('\n\n')}\n`), 'memo.txt')).timeline).shown.map(e => `${e.date}: ${e.text}`)

const BEFORE = 'In 2001, a treaty was signed by both states. In 2005, a port opened on the coast. In 2009, a canal opened to ships.'

describe('a date written without its year on the timeline slide', () => {
  it('a month alone shows the year its own paragraph states', () => {
    expect(shown(BEFORE, 'The envoys met in February 2026 in Oman. In early March, the rebels started firing into the towns.'))
      .toContain('early March 2026: In early March, the rebels started firing into the towns.')
  })
  it('a month alone whose year was read in another paragraph is not shown, as it might sort into the wrong year', () => {
    const got = shown(BEFORE, 'The envoys met in February 2026 in Oman.', 'In early March, the rebels started firing into the towns.')
    expect(got.some(t => t.includes('early March'))).toBe(false)
    expect(got).toContain('February 2026: The envoys met in February 2026 in Oman.')
  })
  it('a month and day shows the year of the full date in its paragraph, else is shown as written', () => {
    expect(shown(BEFORE, 'On April 7, 2026, the two sides agreed to a truce. As of April 9, no text had been released.'))
      .toContain('April 9, 2026: As of April 9, no text had been released.')
    expect(shown(BEFORE, 'On April 7, 2026, the two sides agreed to a truce.', 'As of April 9, no text had been released.'))
      .toContain('April 9: As of April 9, no text had been released.')
  })
})

describe('one event a date on the timeline slide', () => {
  it('is the first mention that can be shown: a first mention too long to show does not hide a later one', () => {
    const long = 'On April 7, 2026, after many weeks of talks that the mediators from three neighbouring states had held in secret in two capitals, the two sides agreed to a truce, and on April 8, 2026, the envoys of both sides went home to report to their governments.'
    const got = shown(BEFORE, long, 'The truce took effect on April 7, 2026 across the whole front.')
    expect(got).toContain('April 7, 2026: The truce took effect on April 7, 2026 across the whole front.')
  })
})

describe('one date a text on the timeline slide', () => {
  it('two dates of one clause show it once, under the earlier date, up to the predicate of the later one', () => {
    const got = shown(BEFORE, 'On January 5, 2026, the fleet had sixty ships. Five of the big ships—two carriers and three tankers—were held in the gulf in February 2026 and had not left as of April 1.')
    expect(got.filter(t => t.includes('were held in the gulf'))).toEqual(['February 2026: Five of the big ships were held in the gulf in February 2026'])
  })
})

describe('the clause the timeline slide shows for a date', () => {
  it('when leaving out a dashed insertion makes the clause too long, shows the clause up to the dash', () => {
    const got = shown(BEFORE, 'On March 17, 2026, the Administration waived the shipping rule for sixty days—through May 17, 2026—in an attempt to ease the movement of fuel and fertilizer between the ports of the east coast and the gulf coast.')
    expect(got).toContain('March 17, 2026: On March 17, 2026, the Administration waived the shipping rule for sixty days')
  })
})
