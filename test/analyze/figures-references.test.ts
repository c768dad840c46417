/** Key figures are the text's own: not a caption's, a source's, a rank's or a name's number (issue 13). */
import { describe, expect, it } from 'vitest'
import { findFigures } from '../../scripts/analyze/figures.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const values = (text: string, name = 'memo.txt') => findFigures(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), name).sections).map(f => f.value)

describe('a caption and its source are not the text', () => {
  it('a caption read with its table lines gives no figure', () => {
    const md = '# Grants\n\n## Allocation\n\nEach state received a grant.\n\nTable 3. Largest BEAD Allocations\nTexas $3.31 billion\nCalifornia $1.86 billion\nSource: NTIA, June 26, 2023.\n'
    expect(findFigures(ingest(new TextEncoder().encode(md), 'grants.md').sections).map(f => f.value)).toEqual([])
  })
  it('what follows "Source:" inside a sentence is a reference', () => {
    expect(values('Counties reported the losses to the agency. Source: USDA survey of $4 billion in claims.')).toEqual([])
  })
})

describe('a number that ranks or names counts nothing', () => {
  it('the field of a rank is not a count', () => {
    expect(values('The United States ranked 3rd of 38 member countries.')).toEqual([])
  })
  it('a number right after a name inside a sentence is part of the name', () => {
    expect(values('The airline said its Boeing 737 fleet includes 300 aircraft.')).toEqual(['300 aircraft'])
  })
  it('a capitalised first word of a sentence is no name', () => {
    expect(values('Only 40 states had applied.')).toEqual(['40 states'])
  })
  it('a number in a legal citation is a designation, and a verb right after a number is counted by nothing', () => {
    expect(values('The program is authorized at 42 U.S.C. 300j-12, and 135 Stat. 429 provides the funds.')).toEqual([])
  })
  it('a number after a slash is part of a compound ("24/7")', () => {
    expect(values('The center runs 24/7 operations for the region.')).toEqual([])
  })
  it('a code is a designation', () => {
    expect(values('The ZIP code 20515 covers government buildings.')).toEqual([])
  })
})

describe('what a count counts and how a share changes', () => {
  it('a plural noun that qualifies another is part of the counted noun', () => {
    expect(values('The House passed 12 appropriations bills in June.')).toEqual(['12 appropriations bills'])
  })
  it('an adverb in -ly and its participle may stand before the noun', () => {
    expect(values('The state opened five newly built clinics.')).toEqual(['five newly built clinics'])
  })
  it('a change in percentage points is a figure of a share', () => {
    expect(values('Unemployment rose 2.5 percentage points in 2020.')).toEqual(['2.5 percentage points'])
  })
  it('money keeps no sentence punctuation', () => {
    expect(values('A fifth of the borrowers owe more than $60,000.')).toEqual(['$60,000'])
  })
})

describe('what a figure measures is a whole clause', () => {
  const measures = (text: string) => findFigures(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections).map(f => f.measure)
  it('a relative clause is read with the clause it qualifies', () => {
    expect(measures('The parties agreed to talks in Oman, which may end 40 days of fighting.')).toEqual(['The parties agreed to talks in Oman, which may end 40 days of fighting.'])
  })
  it('the conjunction that opens a clause is left out', () => {
    expect(measures('Trainees study in Oklahoma City, and the attrition rate for trainees was 30% in 2023.')).toEqual(['the attrition rate for trainees was 30% in 2023.'])
  })
})

describe('spans of time', () => {
  it('seconds are a unit of time, not a fraction', () => {
    expect(values('Radar outages lasted up to 90 seconds in April.')).toEqual(['90 seconds'])
  })
  it('a span "later than planned" is a delay, while "three years later" is a time', () => {
    expect(values('Delivery slipped to 2028, at least three years later than planned.')).toEqual(['three years'])
    expect(values('Three years later, the plan was dropped.')).toEqual([])
  })
})

describe('a footnote read as a paragraph is a source', () => {
  const doc = (name: string, text: string) => findFigures(ingest(new TextEncoder().encode(text), name).sections).map(f => f.value)
  it('a paragraph opening with a number the text uses as a note mark gives no figure', () => {
    expect(doc('a.md', '# Title\n\n## Background\n\nThe program paid claims to farmers in 2023.4 Payments rose again in 2024.\n\n4 USDA, Farm Payments Report, 2024, estimated $5 billion in total payments.\n')).toEqual([])
  })
  it('nor one opening with a number and a citation word', () => {
    expect(doc('b.txt', 'Title\n\nBackground\n\nPayments rose again in 2024. The agency hired staff.\n\n5 Ibid., p. 14; 30% of claims were denied.\n')).toEqual([])
  })
  it('a paragraph opening with a count stays the text', () => {
    expect(doc('c.txt', 'Title\n\nBackground\n\nPayments rose again in 2024.\n\n12 States paid $5 billion in claims.\n')).toEqual(['$5 billion'])
  })
})

describe('one card per sentence', () => {
  it('a sentence the summary repeats in the body gives one card', () => {
    const text = '# Ports\n\n## Summary\n\nThe ports handled $40 billion in cargo and 12,000 ships in 2025.\n\n## Background\n\nThe ports handled $40 billion in cargo and 12,000 ships in 2025.\n'
    expect(findFigures(ingest(new TextEncoder().encode(text), 'ports.md').sections).map(f => f.value)).toEqual(['$40 billion'])
  })
})

describe('scales and ratios', () => {
  it('a scale word the tagger reads apart is part of the number', () => {
    expect(values('As of 2023, 1.2 million acres were enrolled.')).toEqual(['1.2 million acres'])
  })
  it('the denominator of a ratio is neither a count nor money', () => {
    expect(values('About 2 of every 3 dollars goes to benefits.')).toEqual([])
  })
})
