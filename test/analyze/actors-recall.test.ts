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
