/** The eval's figure-matching rule (scripts/eval/score.ts): a found figure and a gold figure state the same number. */
import { describe, expect, it } from 'vitest'
import { ingest } from '../../scripts/ingest/index.ts'
import type { Findings, TimelineEvent } from '../../scripts/model.ts'
import { type Gold, sameBottomLine, sameFigure, score } from '../../scripts/eval/score.ts'

describe('a found figure matches a gold figure that states the same number', () => {
  it('a count with its noun matches the bare number', () => {
    expect(sameFigure('6 missiles', '6')).toBe(true)
    expect(sameFigure('29 other nations', '29')).toBe(true)
  })
  it('a number does not match a number that merely contains its digits', () => {
    expect(sameFigure('6 missiles', '60')).toBe(false)
    expect(sameFigure('$6', '$60')).toBe(false)
  })
  it('thousands separators are not part of the number', () => {
    expect(sameFigure('4,000 projects', '4000')).toBe(true)
    expect(sameFigure('10 400 troops', '10,400')).toBe(true)
  })
  it('a qualifier in the gold value does not matter', () => {
    expect(sameFigure('6.5 Million new jobs', 'over 6.5 Million')).toBe(true)
    expect(sameFigure('1,000 ships', 'An estimated 1,000 ships')).toBe(true)
  })
  it('different scale words are different numbers', () => {
    expect(sameFigure('$5 billion', '$5 million')).toBe(false)
    expect(sameFigure('$5bn', '$5 billion')).toBe(true)
    expect(sameFigure('5 million people', '5')).toBe(true)
  })
  it('different unit symbols are different figures, and percent is %', () => {
    expect(sameFigure('5%', '$5')).toBe(false)
    expect(sameFigure('40 percent', '40%')).toBe(true)
    expect(sameFigure('$50.3 billion', 'AU$50.3 billion')).toBe(true)
  })
  it('a spelled-out number is the number', () => {
    expect(sameFigure('four launchers', 'four')).toBe(true)
    expect(sameFigure('27 members', 'twenty-seven')).toBe(true)
    expect(sameFigure('three commands', 'four')).toBe(false)
    expect(sameFigure('2 million people', 'two million')).toBe(true)
    expect(sameFigure('2 people', 'two million')).toBe(true)
    expect(sameFigure('2 billion people', 'two million')).toBe(false)
  })
  it('a range and an ordinal are numbers of their own', () => {
    expect(sameFigure('3-5 submarines', '3-5')).toBe(true)
    expect(sameFigure('3 submarines', '3-5')).toBe(false)
    expect(sameFigure('13 countries', '13th')).toBe(false)
  })
  it('a value with no number matches when the gold value contains it', () => {
    expect(sameFigure('half', 'nearly half')).toBe(true)
    expect(sameFigure('a third', 'nearly half')).toBe(false)
    expect(sameFigure('dozens of ships', 'scores of ships')).toBe(false)
  })
})

describe('a chosen bottom line matches a gold one only when it says all of it', () => {
  const gold = 'The ceasefire is likely to hold only if both sides see more to gain from it than from renewed strikes.'
  it('the whole sentence, or one with a citation the gold quote leaves out, matches', () => {
    expect(sameBottomLine(gold, gold)).toBe(true)
    expect(sameBottomLine(`${gold.slice(0, -1)} (CRS Insight IN12345).`, gold.slice(0, -1))).toBe(true)
  })
  it('a piece of the gold sentence, cut at a page break, does not', () => {
    expect(sameBottomLine('The ceasefire is likely to hold only if both sides', gold)).toBe(false)
  })
})

describe('a found event is judged against the gold event whose clause it tells', () => {
  const line = 'Talks stalled, and the dispute had displaced 9,000 people as of April 9. Patrols continued as of April 9.'
  const article = ingest(Buffer.from(`Title\n\n${line}\n`), 'events.txt')
  const event = (text: string): TimelineEvent => ({ date: 'April 9', sortKey: 2026.27, text, span: { line: 3, endLine: 3 }, confidence: { score: 0.8, basis: 'test' } })
  const findings: Findings = { language: 'en', figures: [], actors: [], relations: [], risks: [], scenarios: [], diagnostics: [], timeline: [event('Talks stalled, and the dispute had displaced 9,000 people as of April 9.'), event('Patrols continued as of April 9.')] }
  const gold = { article: 'events.txt', language: 'en', actors: [], not_actors: [], risks: [], risk_sections: [], bottom_line: [], figures: [], events: [{ date: 'April 9', line: 3, clause: 'Patrols continued as of April 9' }] } as unknown as Gold
  it('the sentence the reader listed is the right one, whichever comes first on the line', () => {
    const s = score(article, findings, gold)
    expect(s.errors.filter(e => e.startsWith('event'))).toEqual([expect.stringContaining('Talks stalled')])
  })
})
