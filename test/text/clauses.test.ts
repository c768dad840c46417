/** The clause of a sentence that holds a figure (clauseAt with lists) or a date (with insertions: the timeline shows it for a sentence too long to show whole). */
import { describe, expect, it } from 'vitest'
import { clauseAt } from '../../scripts/text/clauses.ts'

const at = (s: string, word: string) => clauseAt(s, s.indexOf(word))
const clauseOf = (sentence: string, date: string) => clauseAt(sentence, sentence.indexOf(date), { insertions: true })

describe('the clause holding a position', () => {
  it('ends at a semicolon, a dash or a comma before a clause conjunction', () => {
    const s = 'The fleet sailed in March 2024; the talks resumed in May 2024, and the deal was signed in June 2024.'
    expect(at(s, 'March')).toBe('The fleet sailed in March 2024')
    expect(at(s, 'May')).toBe('the talks resumed in May 2024')
    expect(at(s, 'June')).toBe('and the deal was signed in June 2024.')
  })

  it('reads a serial list of short items as one phrase, not as clauses, when asked to (a figure’s measure)', () => {
    const s = 'For FY2027 research, development, test, and evaluation funding, the agency requests $212 million.'
    expect(clauseAt(s, s.indexOf('$212'), { lists: true })).toBe(s)
  })

  it('a dash with no space around it joins a span or a compound, wherever the position is', () => {
    const s = 'U.S.–China trade fell by 20–25% in 2024; exports recovered in 2025.'
    expect(at(s, '20–25%')).toBe('U.S.–China trade fell by 20–25% in 2024')
  })

  it('a spaced hyphen between a capital or a digit and a digit joins a designation or a span, it does not end the clause', () => {
    const s = 'The unit conducted a SM - 6 live fire on July 15, 2025, and an F - 35 flew over the range in 2019 - 2020.'
    expect(at(s, 'July')).toBe('The unit conducted a SM - 6 live fire on July 15, 2025')
    expect(at(s, '2019')).toBe('and an F - 35 flew over the range in 2019 - 2020.')
    expect(at('The fleet sailed in March 2024 - the talks resumed in May 2024.', 'May')).toBe('the talks resumed in May 2024.')
  })

  it('a bound inside brackets the position is not in belongs to what they hold, not to the sentence', () => {
    const s = 'Under the Act of 1982 (NWPA; P.L. 97-425), the Department was to begin taking fuel by January 31, 1998.'
    expect(at(s, 'January')).toBe(s)
    expect(at('The rule [as amended; see below] took effect in 2021; it lapsed in 2024.', '2021')).toBe('The rule [as amended; see below] took effect in 2021')
  })

  it('leaves a dashed insertion in unless asked to leave it out', () => {
    const s = 'The treaty—signed in May 2001—was ratified in 2003.'
    expect(at(s, '2003')).toBe('was ratified in 2003.')
  })

  it('still ends a clause at ", and" after one short clause', () => {
    const s = 'In March 2024, the ministry objected, and the deal was signed in June 2024.'
    expect(clauseAt(s, s.indexOf('June'), { lists: true })).toBe('and the deal was signed in June 2024.')
  })
})

describe('the clause a date governs', () => {
  it('leaves out an insertion between a pair of dashes that the date is not in', () => {
    expect(clauseOf('Reportedly, the Army activated its first battery—D Battery, 5th Battalion—as part of the task force in January 2024.', 'January 2024'))
      .toBe('Reportedly, the Army activated its first battery as part of the task force in January 2024.')
    expect(clauseOf('The treaty—signed in May 2001—was ratified in 2003.', '2003')).toBe('The treaty was ratified in 2003.')
  })
  it('is the insertion itself when the date is in it', () => {
    expect(clauseOf('The treaty—signed in May 2001—was ratified in 2003.', 'May 2001')).toBe('signed in May 2001')
  })
  it('a dash with no space around it inside a span of years joins, it does not end the clause', () => {
    expect(clauseOf('Imports grew in 2019–2023, and exports fell in 2024.', '2019–2023')).toBe('Imports grew in 2019–2023')
  })
  it('still ends at a semicolon, a lone dash, or a comma before a conjunction', () => {
    expect(clauseOf('Talks resumed in March 2024; the parties signed in June 2024.', 'June 2024')).toBe('the parties signed in June 2024.')
    expect(clauseOf('The treaty was signed in 2001 — a year of crisis.', '2001')).toBe('The treaty was signed in 2001')
    expect(clauseOf('Imports grew in 2019, and exports fell in 2024.', '2024')).toBe('and exports fell in 2024.')
  })
})

describe('a bracket pair the clause holds whole', () => {
  it('stays when the clause ends on it: a list of parenthesised shares is not cut inside its last share', () => {
    const s = 'By December 2024, the department had obligated grants to the FSM (46%), the RMI (33%), and Palau (21%), and the committees met.'
    expect(clauseOf(s, 'December 2024')).toBe('By December 2024, the department had obligated grants to the FSM (46%), the RMI (33%)')
  })

  it('is left out when only one of its brackets is in the clause', () => {
    const s = 'Two agencies reviewed the program (GAO in 2019; the inspector general in 2021), and Congress acted.'
    expect(at(s, 'inspector')).toBe('the inspector general in 2021')
  })
})
