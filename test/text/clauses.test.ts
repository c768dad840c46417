/** The clause of a sentence that holds a date or a figure. */
import { describe, expect, it } from 'vitest'
import { clauseAt } from '../../scripts/text/clauses.ts'

const at = (s: string, word: string) => clauseAt(s, s.indexOf(word))

describe('the clause holding a position', () => {
  it('ends at a semicolon, a dash or a comma before a clause conjunction', () => {
    const s = 'The fleet sailed in March 2024; the talks resumed in May 2024, and the deal was signed in June 2024.'
    expect(at(s, 'March')).toBe('The fleet sailed in March 2024')
    expect(at(s, 'May')).toBe('the talks resumed in May 2024')
    expect(at(s, 'June')).toBe('and the deal was signed in June 2024.')
  })

  it('leaves out a dash-enclosed aside that does not hold the position, instead of ending there', () => {
    const s = 'Reportedly, the navy commissioned its first frigate—HMS Example, a Type 31 hull—as part of the fleet in January 2024.'
    expect(at(s, 'January')).toBe('Reportedly, the navy commissioned its first frigate as part of the fleet in January 2024.')
    expect(at(s, 'Type 31')).toBe('HMS Example, a Type 31 hull')
  })

  it('reads a serial list of short items as one phrase, not as clauses', () => {
    const s = 'For FY2027 research, development, test, and evaluation funding, the agency requests $212 million.'
    expect(clauseAt(s, s.indexOf('$212'), { lists: true })).toBe(s)
  })

  it('still ends a clause at ", and" after one short clause', () => {
    const s = 'In March 2024, the ministry objected, and the deal was signed in June 2024.'
    expect(clauseAt(s, s.indexOf('June'), { lists: true })).toBe('and the deal was signed in June 2024.')
  })
})
