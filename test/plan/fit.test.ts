/** Shortening a sentence to fit a slide keeps a statement: never an opening subordinate clause alone. */
import { describe, expect, it } from 'vitest'
import { fitWords } from '../../scripts/plan/deck.ts'

describe('fitting a sentence to a word budget', () => {
  it('keeps a sentence that fits whole', () => {
    expect(fitWords('Chile and Peru signed a treaty.', 10)).toBe('Chile and Peru signed a treaty.')
  })

  it('shows the main clause, not an opening subordinate clause alone', () => {
    const s = 'While officials in the capital have not labeled the northern neighbour a threat, the strategy states that it has employed coercive tactics in pursuit of its objectives, including at sea.'
    expect(fitWords(s, 15)).toBe('the strategy states that it has employed coercive tactics in pursuit of its objectives')
  })
})
