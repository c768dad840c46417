/** Shortening a sentence to fit a slide keeps a statement: never an opening subordinate clause alone. */
import { describe, expect, it } from 'vitest'
import { fitAround, fitWords } from '../../scripts/plan/deck.ts'

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
