/**
 * Actor recall, third round: one synthetic memo per class of actor the rules missed (a quantifier before a body's name,
 * companies named without a corporate word, acronyms whose expansion lacks its head, …), each with the precision case
 * that bounds it. Never an article's names; each memo's sentences are long enough to be body text.
 */
import { describe, expect, it } from 'vitest'
import { findActors } from '../../scripts/analyze/actors.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const actorsOf = (text: string) => findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en').actors
const names = (text: string) => actorsOf(text).map(a => `${a.name}:${a.kind}`)
const memo = (...paragraphs: string[]) => `Memo\n\n${paragraphs.join('\n\n')}\n`

describe('words before a name that are no part of it', () => {
  it('a quantifier opening a sentence ("Some Members of Congress") leaves the body\u2019s name', () => {
    const got = actorsOf(memo('Some Members of Congress have urged the agency to publish the data on grants. Later, Congress may weigh whether to fund the program again.'))
    expect(got.find(a => a.name === 'Congress')?.mentions).toBe(2)
  })
})

describe('capitalised plurals', () => {
  it('the plural after a capitalised word ending in "ss" is part of a name ("Express Scripts"), no group of people', () => {
    const got = names(memo('On Monday, Express Scripts said that rebates lower premiums for plan members in the north. Later, Express Scripts cut its fees, and regulators praised the move.'))
    expect(got.some(n => n.startsWith('Scripts'))).toBe(false)
  })

  it('a plural listed after another plural stays a group ("Democrats Republicans and Independents")', () => {
    const got = names(memo('Tonight, as Democrats Republicans and Independents, we stand together for the plan. Later, Republicans and Democrats voted for the plan again.'))
    expect(got).toEqual(expect.arrayContaining(['Democrats:group', 'Republicans:group']))
  })
})
