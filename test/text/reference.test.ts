/** Whether a text stands alone or points back to an earlier sentence (timeline events, headlines). */
import { describe, expect, it } from 'vitest'
import { pointsBack } from '../../scripts/text/reference.ts'

describe('a text that points back to an earlier sentence', () => {
  it('opens on a pronoun subject, after a connective or not', () => {
    expect(pointsBack('It removed the designation in March 2025.')).toBe(true)
    expect(pointsBack('However, they withdrew in 2019.')).toBe(true)
    expect(pointsBack('This was the first launch since 2011.')).toBe(true)
  })

  it('opens on a pronoun subject after an opening adverbial, a date with its year or not', () => {
    expect(pointsBack('In 1942, it adopted the 1931 Statute of Westminster.')).toBe(true)
    expect(pointsBack('in 1942, it adopted the 1931 Statute of Westminster')).toBe(true)
    expect(pointsBack('On May 3, they signed the accord.')).toBe(true)
    expect(pointsBack('On May 3, 2024, they signed the accord.')).toBe(true)
    expect(pointsBack('Since 2019, this has been the rule.')).toBe(true)
    expect(pointsBack('However, in 2012, it was reactivated.')).toBe(true)
  })

  it('does not when the subject after an opening adverbial names who acted', () => {
    expect(pointsBack('In 1942, Australia adopted the 1931 Statute of Westminster.')).toBe(false)
    expect(pointsBack('On May 3, 2024, the two ministers signed the accord.')).toBe(false)
    expect(pointsBack('Since 2019, this battery has been based in Guam.')).toBe(false)
  })

  it('does not when a demonstrative names its noun, for an event', () => {
    expect(pointsBack('This battery was activated in January 2024.')).toBe(false)
    expect(pointsBack('The Army activated this battery in January 2024.')).toBe(false)
    expect(pointsBack('Italy joined in 2019.')).toBe(false)
  })

  it('does, for a headline, on a possessive or a demonstrative before a noun', () => {
    expect(pointsBack('This battery was activated in January 2024.', { determiners: true })).toBe(true)
    expect(pointsBack('Its budget doubled over the decade.', { determiners: true })).toBe(true)
    expect(pointsBack('Such moves strain the alliance.', { determiners: true })).toBe(true)
    expect(pointsBack('In 2024, its budget doubled.', { determiners: true })).toBe(true)
    expect(pointsBack('The latter carries most of the cost.', { determiners: true })).toBe(true)
    expect(pointsBack('Italy joined the initiative in 2019.', { determiners: true })).toBe(false)
    expect(pointsBack('Heritage sites are at risk.', { determiners: true })).toBe(false)
  })
})

describe('a part of a set or a kind named before', () => {
  it('points back wherever it stands', () => {
    expect(pointsBack('Five of these vessels were located in the gulf in February 2026.')).toBe(true)
    expect(pointsBack('The navy later sold two of them to Chile.')).toBe(true)
    expect(pointsBack('Most of those were built before 1990.')).toBe(true)
    expect(pointsBack('The United States last conducted such a test in 1985.')).toBe(true)
    expect(pointsBack('Such an attack was last reported in 2019.', { determiners: true })).toBe(true)
  })
  it('does not when the set or the kind is named where it stands', () => {
    expect(pointsBack('Five of the vessels enrolled in the program were located in the gulf.')).toBe(false)
    expect(pointsBack('The agency wrote the rule in such a way that states could opt out.')).toBe(false)
    expect(pointsBack('Tests such as the 2007 launch drew protests.')).toBe(false)
  })
})
