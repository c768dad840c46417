/** Risk rules found on synthetic CRS-style memos (topics no shared article covers): each fixture fails without its rule. */
import { describe, expect, it } from 'vitest'
import { harmPhrase, weighedCandidate } from '../../scripts/analyze/risks.ts'

const nameOf = (text: string) => weighedCandidate(text, new Set())?.name

describe('a harm word that only modifies another noun names no harm', () => {
  it('"pandemic influenza antivirals" is a good to buy, not a risk', () => {
    expect(nameOf('If funding remains flat, the agency may be forced to choose between buying vaccines and buying new pandemic influenza antivirals.')).toBeUndefined()
  })
  it('"high-risk areas" is a place, not a risk', () => {
    expect(nameOf('As private insurers withdraw from high-risk areas, more families may pay higher premiums.')).toBeUndefined()
  })
  it('a harm that heads its phrase still names one ("severe flooding of the quays", "cyber-attacks")', () => {
    expect(harmPhrase('Heavy rain could cause severe flooding of the quays.')).toBe('severe flooding of the quays')
    expect(harmPhrase('The plants could suffer cyber-attacks.')).toBe('cyber-attacks')
  })
})
