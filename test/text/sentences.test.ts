/** Sentence splitting: an abbreviation never ends a sentence, a quoted sentence end always does. */
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../scripts/text/sentences.ts'

describe('sentences', () => {
  it('an abbreviation before a capital does not end a sentence', () => {
    expect(splitSentences('The U.S. Congress met. It voted.')).toEqual(['The U.S. Congress met.', 'It voted.'])
  })

  it('a period inside a closing quotation mark ends a sentence, even in a paragraph with abbreviations', () => {
    expect(splitSentences('Under P.L. 93-148 one Member wants to "end this conflict." Four measures failed in the U.S. House.'))
      .toEqual(['Under P.L. 93-148 one Member wants to "end this conflict."', 'Four measures failed in the U.S. House.'])
  })
})
