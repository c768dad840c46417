/** Whether a text stands alone or points back to an earlier sentence (timeline events, headlines). */
import { describe, expect, it } from 'vitest'
import { pointsBack } from '../../scripts/text/reference.ts'

describe('a text that points back to an earlier sentence', () => {
  it('opens on a pronoun subject, after a connective or not', () => {
    expect(pointsBack('It removed the designation in March 2025.')).toBe(true)
    expect(pointsBack('However, they withdrew in 2019.')).toBe(true)
    expect(pointsBack('This was the first launch since 2011.')).toBe(true)
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
    expect(pointsBack('The latter carries most of the cost.', { determiners: true })).toBe(true)
    expect(pointsBack('Italy joined the initiative in 2019.', { determiners: true })).toBe(false)
    expect(pointsBack('Heritage sites are at risk.', { determiners: true })).toBe(false)
  })
})
