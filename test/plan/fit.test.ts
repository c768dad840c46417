/** Shortening a sentence to fit a slide keeps a statement: never an opening subordinate clause alone. */
import { describe, expect, it } from 'vitest'
import { fitAround, fitWords, judgementFit, standsAlone } from '../../scripts/plan/deck.ts'

describe('fitting a sentence to a word budget', () => {
  it('keeps a sentence that fits whole', () => {
    expect(fitWords('Chile and Peru signed a treaty.', 10)).toBe('Chile and Peru signed a treaty.')
  })

  it('shows the main clause, not an opening subordinate clause alone', () => {
    const s = 'While officials in the capital have not labeled the northern neighbour a threat, the strategy states that it has employed coercive tactics in pursuit of its objectives, including at sea.'
    expect(fitWords(s, 15)).toBe('the strategy states that it has employed coercive tactics in pursuit of its objectives')
  })
})

describe('fitting a figure’s clause to a card', () => {
  const sentence = 'According to the ministry’s latest budget documents (published under a new name, dated March 5, 2025), the agency is requesting $370 million in discretionary funding for coastal radar procurement, for a total of $2.7 billion over five years.'

  it('keeps the part that holds the value, not the attribution before it', () => {
    const fitted = fitAround(sentence, '$370 million', 24)
    expect(fitted).toContain('$370 million')
    expect(fitted).not.toMatch(/^According to/)
    expect(fitted).toBe('the agency is requesting $370 million in discretionary funding for coastal radar procurement, for a total of $2.7 billion over five years.')
  })

  it('adds the parts before the value while they fit and keep brackets whole', () => {
    expect(fitAround('In 2025, the fund lent $20 billion to the central bank.', '$20 billion', 24)).toBe('In 2025, the fund lent $20 billion to the central bank.')
    expect(fitAround(sentence, '$2.7 billion', 12)).toBe('for a total of $2.7 billion over five years.')
  })

  it('gives nothing when the value is not in the text or its own part is too long', () => {
    expect(fitAround(sentence, '$9 million', 24)).toBeUndefined()
    expect(fitAround(sentence, '$370 million', 8)).toBeUndefined()
  })
})

describe('a judgement on the bottom-line slide', () => {
  it('is a clause that stands alone, never a phrase, a list’s tail or a cut bracket', () => {
    expect(standsAlone('The reservoir levy would likely raise water bills in dry counties.')).toBe(true)
    expect(standsAlone('The $2.1 billion pipeline deal')).toBe(false)
    expect(standsAlone('or a third of the region')).toBe(false)
    expect(standsAlone('The Safe Harbors Act (H.R.')).toBe(false)
    expect(standsAlone('The board said it would "review the terms')).toBe(false)
  })

  it('shows the sentence that names the risk, not the first sentence of its paragraph', () => {
    const text = 'The board sets tariffs for the region. Old pumps could cause outages in the dry season.'
    expect(judgementFit(text, 'outages', 40)).toBe('Old pumps could cause outages in the dry season.')
  })

  it('falls back to the clause that holds the figure when it stands alone, else shows nothing', () => {
    const sentence = 'Officials held hearings in three counties; the levy raised $40 million in its first year.'
    expect(judgementFit(sentence, '$40 million', 10)).toBeUndefined()
    expect(judgementFit(sentence, '$40 million', 40)).toBe(sentence)
    const capital = 'Officials held hearings in three counties; The levy raised $40 million in its first year.'
    expect(judgementFit(capital, '$40 million', 10)).toBe('The levy raised $40 million in its first year.')
  })

  it('is never a run of words cut at a comma', () => {
    const listed = 'The council sets fees, proposes rules of procedure, approves budgets, and disapproves areas for drilling, among other powers.'
    expect(judgementFit(listed, 'drilling', 8)).toBeUndefined()
  })
})
