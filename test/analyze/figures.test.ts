/** Key-figure rules (issue 13). */
import { describe, expect, it } from 'vitest'
import { findFigures } from '../../scripts/analyze/figures.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const figures = (text: string) => findFigures(ingest(new TextEncoder().encode(`Memo\n\n${text}\n`), 'memo.txt').sections)
const values = (text: string) => figures(text).map(f => f.value)

describe('key figures', () => {
  it('a number joined to letters by a hyphen is a designation, not a count', () => {
    expect(figures('The battery fires SM-6 missiles and carries F-35 jets to the front.')).toEqual([])
  })
  it('still counts a number before a counted noun', () => {
    expect(values('The battery fires 6 missiles a minute at the coast.')).toEqual(['6 missiles'])
  })
})

describe('a count is a number followed by the noun it counts', () => {
  it('counts any plural noun, not only a listed one', () => {
    expect(values('Inspectors visited 240 warehouses last spring.')).toEqual(['240 warehouses'])
  })
  it('counts a number in words, with the words that qualify its noun', () => {
    expect(values('The navy has sent five guided-missile destroyers to the region.')).toEqual(['five guided-missile destroyers'])
  })
  it('counts a mass noun that counts like a plural', () => {
    expect(values('The base will house 3,500 military personnel by then.')).toEqual(['3,500 military personnel'])
  })
  it('counts a noun in -s that the tagger reads as a verb: after a count a verb takes no -s', () => {
    expect(values('Generals lead three mission-focused field commands.')).toEqual(['three mission-focused field commands'])
  })
  it('counts a part of a group ("five of these")', () => {
    expect(values('Five of these warehouses were closed.')).toEqual(['Five of these warehouses'])
  })
  it('reads a unit with its abbreviation', () => {
    expect(values('The territory covers 1.5 million sq. miles of desert.')).toEqual(['1.5 million sq. miles'])
  })
})

describe('what is not a count', () => {
  it('a year before a noun is a date', () => {
    expect(values('Washington imposed 2025 tariffs on copper.')).toEqual([])
  })
  it('a day of a month or a time of day is a date', () => {
    expect(values('On April 8 ministers met, and at 5 p.m. talks resumed.')).toEqual([])
  })
  it('a number after a designation word names a thing', () => {
    expect(values('Section 232 tariffs and Title 10 authorities apply.')).toEqual([])
  })
  it('an ordinal is a rank', () => {
    expect(values('The third annual reports were late again.')).toEqual([])
  })
  it('a number after "the" or a possessive refers to a known group', () => {
    expect(values('The 27 member states agreed, and the bloc\'s 12 founding members signed.')).toEqual([])
    expect(values('In the end 27 member states agreed.')).toEqual(['27 member states'])
  })
  it('a number after past or next is a time frame', () => {
    expect(values('For the past 40 years wages have stagnated.')).toEqual([])
  })
  it('one and two in words name a thing or a pair', () => {
    expect(values('Steel and aluminum are two industries at risk.')).toEqual([])
  })
  it('a number in words with a capital inside a sentence is part of a name, but may begin a sentence', () => {
    expect(values('Canada shares intelligence through "Five Eyes" channels.')).toEqual([])
    expect(values('Five warehouses burned down.')).toEqual(['Five warehouses'])
  })
  it('the denominator of a ratio is not a count', () => {
    expect(values('One in ten adults has diabetes.')).toEqual([])
  })
  it('an age is not a count', () => {
    expect(values('The officer was 27 years old.')).toEqual([])
  })
  it('a time before or after is not a count', () => {
    expect(values('Six days ago, the talks collapsed.')).toEqual([])
  })
  it('a number of kinds or parts introduces a list', () => {
    expect(values('The program delivers three types of service.')).toEqual([])
  })
})

describe('shares and measures in words', () => {
  it('a fraction of a named whole is a share', () => {
    expect(figures('Nearly half of the imports come from the region.').map(f => [f.value, f.kind])).toEqual([['half', 'percent']])
  })
  it('a part of a period is not a share', () => {
    expect(values('In the first half of the season exports fell sharply.')).toEqual([])
  })
  it('a number joined to a unit of time measures the noun after it', () => {
    expect(values('The parties agreed to a two-week ceasefire.')).toEqual(['two-week ceasefire'])
  })
  it('an age or a numbered plan is not a measure', () => {
    expect(values('A 10-year-old boy, a 10-year old girl and the 12-point plan.')).toEqual([])
  })
})

describe('money', () => {
  it('keeps the letters that say whose dollar it is', () => {
    expect(values('Canberra will spend AU$50.3 billion on defense.')).toEqual(['AU$50.3 billion'])
  })
})

describe('a pair, a compound, a range', () => {
  it('two is a quantity when a qualifier says so, or when it counts a span of time', () => {
    expect(values('The ministry has drafted at least two versions of the text.')).toEqual(['two versions'])
    expect(values('The truce allows two weeks of safe passage.')).toEqual(['two weeks'])
  })
  it('a hyphen-joined compound qualifies the noun whatever its parts', () => {
    expect(values('Up to eight state-of-the-art factories may follow.')).toEqual(['eight state-of-the-art factories'])
  })
  it('a range counts its noun', () => {
    expect(values('The navy may buy 3-5 attack submarines.')).toEqual(['3-5 attack submarines'])
  })
  it('a number glued to the punctuation after a word is a footnote mark', () => {
    expect(values('Value moves on a shared ledger.21 Native tokens carry it.')).toEqual([])
  })
  it('a bracketed number is an enumerator, and a number followed by punctuation counts nothing', () => {
    expect(values('Under the rule, (2) requires annual reports.')).toEqual([])
    expect(values('They counted 30; companies disagreed.')).toEqual([])
  })
})
