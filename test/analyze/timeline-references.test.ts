/**
 * Timeline precision: the kinds of false event analytical reports hold (test/gold/README.md: an event is the clause
 * that holds its date; references to figures, tables and reports are never events, nor footnotes, nor the year in a
 * name). Each case is a synthetic sentence of the kind CRS, trade, finance, election and energy reports write.
 */
import { describe, expect, it } from 'vitest'
import { findTimeline } from '../../scripts/analyze/timeline.ts'
import { ingest } from '../../scripts/ingest/index.ts'

/** The dates of the events found in a paragraph (after a sentence without a date, so the text is a paragraph). */
const dates = (text: string) => findTimeline(ingest(new TextEncoder().encode(`Memo\n\nThe agency met often. ${text}\n`), 'memo.txt').sections).map(e => e.date)

describe('a date that dates a document, not an event', () => {
  it('a parenthesis holding only a date, or a date after a comma in it, dates the document before it', () => {
    expect(dates('The Department of Energy estimated in a report (December 2024) that data centers used 4.4% of electricity.')).toEqual([])
    expect(dates('According to the International Energy Agency (IEA, April 2025), demand for power will double.')).toEqual([])
    expect(dates('The law (P.L. 117-58, November 15, 2021) appropriated $65 billion for the grid.')).toEqual([])
  })
  it('a parenthesis cut by the sentence splitter still dates the document', () => {
    expect(dates('On October 3, 2023, the agency issued guidance (88 Fed. Reg. 12345, October 5, 2023).')).toEqual(['October 3, 2023'])
  })
  it('a parenthesis with its own preposition or verb still dates an event', () => {
    expect(dates('Earlier talks (in April-June 2025 and February 2026) stalled over enrichment.')).toEqual(['April-June 2025', 'February 2026'])
    expect(dates('The service was told to plan (under an order dated September 5, 2025) for a new mission.')).toEqual(['September 5, 2025'])
  })
  it('the date of a citation, after a quoted title or its publication, before a URL or after "accessed", is not an event', () => {
    expect(dates('Ana Swanson, "Trump Imposes Copper Tariffs," New York Times, July 9, 2025.')).toEqual([])
    expect(dates('UNCTAD, "Strait of Hormuz Disruptions," March 10, 2026, https://unctad.org/publication/hormuz.')).toEqual([])
    expect(dates('U.S. Census Bureau, USA Trade Online, accessed March 2025.')).toEqual([])
    expect(dates('Testimony at the hearing "Securing the Grid," 118th Cong., 2nd sess., March 5, 2024.')).toEqual([])
  })
  it('a date inside a quoted title is part of the title; one inside quoted speech is read', () => {
    expect(dates('The committee held the hearing “Securing American Elections in 2024” to review the grants.')).toEqual([])
    expect(dates('The governor said that “the state will replace its machines by 2026” if funds arrive.')).toEqual(['2026'])
  })
  it('a quotation ending in a comma does not make the next date a citation', () => {
    expect(dates('The senator said "we will act," and on March 3, 2024, the Senate voted.')).toEqual(['March 3, 2024'])
  })
  it('a Source or Note line read into the body dates its data, not an event', () => {
    expect(dates('Source: CRS analysis of Census Bureau trade data, March 2025.')).toEqual([])
    expect(dates('Note: Figures since 2019 are in nominal dollars.')).toEqual([])
  })
  it('a law named by its date is not an event', () => {
    expect(dates('The fund was set up under the Act of June 25, 1948, which Congress later amended.')).toEqual([])
  })
  it('a year that dates a report, a study or an assessment, also with its author between, is a reference', () => {
    expect(dates('A 2024 GAO report found that in 2023 the states spent less on audits.')).toEqual([])
    expect(dates('The grid operator, in 2023, raised its estimates.')).toEqual(['2023'])
    expect(dates('In 2023 the agency published a report on the grid.')).toEqual(['2023'])
  })
})

describe('a year that is part of a measure, not the time of the clause', () => {
  it('a price base, a baseline or the vintage of data after a preposition is not an event', () => {
    expect(dates('Emissions fell 10% from 2005 levels, and all prices are given in 2024 U.S. dollars.')).toEqual([])
    expect(dates('The estimates are drawn from 2020 Census data on rural counties.')).toEqual([])
    expect(dates('Congress provided $75 million in 2025 appropriations for the grants.')).toEqual([])
  })
  it('a number that looks like a year but is followed by a unit is a count', () => {
    expect(dates('Requests for grid connections rose by 2000% over a decade.')).toEqual([])
    expect(dates('The operator connected miners in 2024, adding loads in 2000 MW blocks.')).toEqual(['2024'])
  })
  it('the year in a law\'s name or a public-law number is not an event', () => {
    expect(dates('The Inflation Reduction Act of 2022 (P.L. 117-169) provided tax credits under the Help America Vote Act of 2002.')).toEqual([])
  })
  it('the year of a statistic is the date of its clause, as the gold set reads it ("$62.8 billion in 2025")', () => {
    expect(dates('In 2023, U.S. imports from Mexico totaled $475 billion.')).toEqual(['2023'])
    expect(dates('U.S. exports to Mexico rose 5% in 2024.')).toEqual(['2024'])
  })
  it('a fiscal-year label on funding ("FY2025 appropriations", "for FY2026") is a funding period, not a date', () => {
    expect(dates('FY2025 appropriations provided $1.2 billion, and Congress appropriated $500 million for FY2026.')).toEqual([])
  })
  it('a fiscal year written out in a clause about money is a funding period; one that dates an action is a date', () => {
    expect(dates('In fiscal year 2024, Congress appropriated $55 million for the grants.')).toEqual([])
    expect(dates('The agency requested more in fiscal year 2025 than it could obligate.')).toEqual([])
    expect(dates('The Army plans to field a battery in Europe in fiscal year 2026.')).toEqual(['fiscal year 2026'])
  })
})

describe('a span of years or months is one date, written whole and sorted by its start', () => {
  const events = (text: string) => findTimeline(ingest(new TextEncoder().encode(`Memo\n\nThe agency met often. ${text}\n`), 'memo.txt').sections)
  it('a span with a dash, "from … to" or "between … and" is written whole', () => {
    expect(dates('Imports grew each year in 2019-2023.')).toEqual(['2019-2023'])
    expect(dates('Output doubled from 2010 to 2020.')).toEqual(['2010 to 2020'])
    expect(dates('The share fell between 2019 and 2023.')).toEqual(['2019 and 2023'])
    expect(dates('The Army will field three batteries between fiscal years 2026 and 2028.')).toEqual(['fiscal years 2026 and 2028'])
  })
  it('two years joined by "and" after "in" are not a span', () => {
    expect(dates('The parties met in 2010 and 2015 to review the accord.')).toEqual(['2010'])
  })
  it('a range of months sorts by its first month', () => {
    const [e] = events('The envoys met in April-June 2025 to discuss the truce.')
    expect(e!.date).toBe('April-June 2025')
    expect(e!.sortKey).toBeCloseTo(2025 + 3 / 12, 5)
  })
})

describe('a planned or expected date is an event, as the gold set reads it (a scheduled start, a spending horizon)', () => {
  it('keeps the date of what is planned, scheduled or expected', () => {
    expect(dates('The project is expected to be completed by 2030. The hearing is scheduled for January 2027.')).toEqual(['January 2027', '2030'])
  })
})

describe('text about the text, not its subject', () => {
  const found = (article: string) => findTimeline(ingest(new TextEncoder().encode(article), 'memo.txt').sections).map(e => e.date)
  it('a footnote the text reader took for a paragraph (its number, then a citation) holds no event', () => {
    expect(found('Memo\n\nBackground\n\nThe President imposed tariffs in March 2018.\n\n1 Proclamation 9705 of March 8, 2018, "Adjusting Imports of Steel," 83 Federal Register 11625.\n')).toEqual(['March 2018'])
  })
  it('a paragraph that opens on a number without a citation is still read', () => {
    expect(found('Memo\n\nBackground\n\nThe President imposed tariffs in March 2018.\n\n12 states passed audit laws in 2024 after the election.\n')).toEqual(['March 2018', '2024'])
  })
  it('a section about the authors holds no event, but a section whose title only contains "sources" is read', () => {
    expect(found('Memo\n\nBackground\n\nThe President imposed tariffs in March 2018.\n\nAuthor Information\n\nJane Doe, Analyst in Trade Policy, updated April 2026.\n')).toEqual(['March 2018'])
    expect(found('Memo\n\nSources of Copper\n\nChile became the largest supplier in 2019, ahead of Canada and Mexico.\n')).toEqual(['2019'])
  })
})
