/**
 * Actor precision on the traps of analytical prose: a stock the government holds is no body, and a country written
 * only inside a modifier of where a thing is based or registered is no actor. Synthetic fixtures, no article's names.
 */
import { describe, expect, it } from 'vitest'
import { memo, names } from '../helpers/memo.ts'

describe('a reserve of a good is a stock, not an organisation', () => {
  it('a petroleum reserve the text expands from its acronym is a thing, however often it is named', () => {
    const got = names(memo('The Strategic Petroleum Reserve (SPR) held 395 million barrels in 2025. The Department of Energy (DOE) sold crude from the SPR in 2022. DOE later bought back oil for the SPR.'))
    expect(got.some(n => /Reserve|SPR/.test(n))).toBe(false)
    expect(got).toContain('Department of Energy:organisation')
  })

  it('a central bank and a service\u2019s reserve component stay bodies', () => {
    const got = names(memo('The Federal Reserve raised rates in March. The Federal Reserve said inflation was high. The Army Reserve said it met its goal. The Army Reserve announced new bonuses.'))
    expect(got).toEqual(expect.arrayContaining(['Federal Reserve:organisation', 'Army Reserve:organisation']))
  })
})

describe('a country inside a modifier of place is no actor', () => {
  it('a country written only in "X-based" and "X-flagged" modifiers and as a location is not an actor', () => {
    const got = names(memo('U.S.-based refiners on the Gulf Coast process most of the crude. Refineries in the United States ran at capacity. U.S.-flagged tankers carried a small share of it.'))
    expect(got.some(n => n.startsWith('United States'))).toBe(false)
  })

  it('a country before an agent\u2019s participle ("Pakistan-brokered") still acts', () => {
    const got = names(memo('The Pakistan-brokered ceasefire began on Monday. Talks were held in Pakistan in May.'))
    expect(got).toContain('Pakistan:country')
  })
})

describe('a namesake is not the person', () => {
  it('a person\u2019s name written as a ship\u2019s ("USS Carl Vinson") is the ship, not a person', () => {
    const got = names(memo('The USS Carl Vinson sailed for the Pacific in May. The Carl Vinson later arrived in port. The Navy said it would return.'))
    expect(got.some(n => /Vinson/.test(n))).toBe(false)
  })

  it('a person named only at the head of an act named for him is not an actor', () => {
    const got = names(memo('The John S. McCain National Defense Authorization Act passed in 2018. The McCain act added funds for ships.'))
    expect(got.some(n => /McCain/.test(n))).toBe(false)
  })

  it('a person the text also names on his own stays a person', () => {
    const got = names(memo('Senator John McCain opposed the bill in 2017. McCain said the vote was close. The John S. McCain National Defense Authorization Act passed in 2018.'))
    expect(got).toContain('John McCain:person')
  })
})

describe('a person named twice in one sentence', () => {
  it('a whole name and then the surname alone in one sentence are two mentions', () => {
    const got = names(memo('Energy Secretary Dana Holt said the sales cut gasoline prices by 40 cents, a figure Holt attributed to Treasury analysis.'))
    expect(got).toContain('Dana Holt:person')
  })

  it('the surname after another first name is another person, no second mention', () => {
    const got = names(memo('Energy Secretary Dana Holt said the sales cut gasoline prices, a figure her brother Sam Holt disputed.'))
    expect(got.some(n => n.startsWith('Dana Holt'))).toBe(false)
  })
})
