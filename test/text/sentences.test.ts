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

  it('a citation of a resolution, a statute, the Federal Register or a case does not end a sentence', () => {
    expect(splitSentences('The council on June 12 passed Res. 1874, which widened the sanctions. It took effect at once.'))
      .toEqual(['The council on June 12 passed Res. 1874, which widened the sanctions.', 'It took effect at once.'])
    expect(splitSentences('The rule appeared at 89 Fed. Reg. 1234 in 2024. The court held in Smith v. Jones that it stood. It is codified at 123 Stat. 456.'))
      .toEqual(['The rule appeared at 89 Fed. Reg. 1234 in 2024.', 'The court held in Smith v. Jones that it stood.', 'It is codified at 123 Stat. 456.'])
    expect(splitSentences('The board cited Exec. Order 14028 and Sec. 5 of the act. Then it voted.'))
      .toEqual(['The board cited Exec. Order 14028 and Sec. 5 of the act.', 'Then it voted.'])
  })
})
