/**
 * Actor precision, fourth round: names that look like bodies but are military units, accounts or kinds of service
 * (test/gold/README.md lists units and programs as non-actors), and firms named after a person. Synthetic memos only.
 */
import { describe, expect, it } from 'vitest'
import { memo, names } from '../helpers/memo.ts'


describe('military units', () => {
  const got = names(memo(
    'Combined Task Force 150 patrols the strait from the port. Combined Task Force 150 escorted forty vessels in March.',
    'Joint Task Force Meridian moved trucks into the port. Joint Task Force Meridian ended its mission in June.',
    'The Financial Action Task Force (FATF) said the rules were weak. FATF warned the ministry again in May.',
  ))
  it('a task force named with a military word, with or without its designation, is a unit and no actor', () => {
    expect(got.some(n => /^(?:Combined|Joint) Task Force/u.test(n))).toBe(false)
  })
  it('a task force named without a military word stays an organisation', () => {
    expect(got).toContain('Financial Action Task Force:organisation')
  })
})

describe('accounts and kinds of service', () => {
  it('a fund the text only draws on and refills is an account, no actor', () => {
    const got = names(memo('The ministry drew $2 billion from the Harbor Relief Fund in May. The Harbor Relief Fund may run short before winter, and lawmakers may refill the Harbor Relief Fund.'))
    expect(got.some(n => n.startsWith('Harbor Relief Fund'))).toBe(false)
  })
  it('a fund the text makes speak or decide is an organisation', () => {
    const got = names(memo('The Ostrava Development Fund said it would lend more to the city. The Ostrava Development Fund approved two loans in June.'))
    expect(got).toContain('Ostrava Development Fund:organisation')
  })
  it('a fund of states or of the world is an institution, named as an actor though it only holds and lends', () => {
    const got = names(memo('The International Monetary Fund (IMF) holds quotas from its members. The Treasury can draw on the IMF, and the IMF lends to members in crisis.'))
    expect(got).toContain('International Monetary Fund:organisation')
  })
  it('a kind of service, though the text expands its acronym, is no actor where it never acts as a body', () => {
    const got = names(memo('The city said its Emergency Rescue Services (ERS) answered more calls in one week than in a quarter. ERS response times doubled in the flooded districts.'))
    expect(got.some(n => n.startsWith('Emergency Rescue Services'))).toBe(false)
  })
  it('a services body that the text makes issue and say things is an organisation', () => {
    const got = names(memo('Citizenship and Immigration Services (CIS) issued new rules in May. CIS said the rules would apply in June.'))
    expect(got).toContain('Citizenship and Immigration Services:organisation')
  })
})

describe('firms named after a person', () => {
  it('a person\u2019s name the text gives a firm\u2019s revenue and products is a company', () => {
    const got = names(memo('Prices of drugs made by Peter Walsh rose in May, and the ministry opened talks. Peter Walsh said the offers ignored research costs. Walsh revenue fell by 3% in June.'))
    expect(got).toContain('Peter Walsh:organisation')
  })
  it('a person the text gives no firm\u2019s accounts stays a person', () => {
    const got = names(memo('Senator Peter Walsh said the offers ignored research costs. Walsh asked the ministry to open talks in June.'))
    expect(got.some(n => /Walsh:person$/u.test(n))).toBe(true)
  })
})
