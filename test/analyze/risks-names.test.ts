/** Risk names that read right: a noun phrase the source states, never one whose complement or clause was cut. */
import { describe, expect, it } from 'vitest'
import { findRisks, riskName, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const risksOf = (text: string) => findRisks(ingest(new TextEncoder().encode(text), 'memo.txt'), 'en').risks.map(r => r.name)
const nameOf = (text: string) => weighedCandidate(text, new Set())?.name
// (risks weighed in a text without a risks section: few of its sentences weigh one)
const plain = 'The valley grows wheat and barley. Most farms are small. The river runs north to the lake. Markets open on Mondays. Roads link the towns.'
const memo = (first: string, ...rest: string[]) => `Valley\n\nNorth\n\n${plain} ${first} ${plain}\n\nCentre\n\n${plain} ${rest.join(' ')} ${plain}\n`

describe('a name keeps the complement its head needs', () => {
  it('a reliance keeps what it is on ("vulnerability of Dutch reliance on pipelines")', () => {
    const names = risksOf(memo('The test exposed a potential vulnerability of Dutch reliance on pipelines.', 'Storms could cause severe flooding of the substations.', 'Analysts voice concerns about fuel shortages in winter.'))
    expect(names).toContain('Vulnerability of Dutch reliance on pipelines')
  })
  it('a name the length cap refuses with its complement is dropped, not cut', () => {
    const names = risksOf(memo('The test exposed a potential vulnerability of Dutch reliance on imported Russian gas.', 'Storms could cause severe flooding of the substations.', 'Analysts voice concerns about fuel shortages in winter.'))
    expect(names.some(n => /reliance$/u.test(n))).toBe(false)
  })
})

describe('a relative clause without "that" names its head with what the clause\'s verb governs', () => {
  it('"the harm falling debris could cause to satellites" is the harm to satellites, not the debris, and never the clause', () => {
    expect(nameOf('Engineers halted the test, citing the harm falling debris could cause to nearby satellites.')).toBe('harm to nearby satellites')
  })
  it('a hedged verb with its own object keeps the plain subject ("Heavy rain could cause severe flooding")', () => {
    expect(nameOf('Heavy rain could cause severe flooding of the quays.')).toBe('severe flooding of the quays')
  })
})

describe('what someone is vulnerable or exposed to', () => {
  it('is the risk when it names a harm ("Coastal towns are vulnerable to severe flooding")', () => {
    expect(nameOf('Coastal towns are vulnerable to severe flooding.')).toBe('severe flooding')
  })
  it('is no risk when it names none ("exposed to foreign markets")', () => {
    expect(nameOf('Investors are exposed to foreign markets.')).toBeUndefined()
  })
})

describe('a name that lost its noun', () => {
  it('a phrase ending on an adjective is no name ("damage loose" of "the damage loose fragments could do")', () => {
    expect(riskName('damage loose', new Set())).toBeUndefined()
    expect(riskName('severe flooding', new Set())).toBe('severe flooding')
  })
})

describe('a name that gives only the size or sort of a risk', () => {
  it('"Magnitude of Risk", "Sources of Risk" and "the nature of the threat" name no risk; "Scale of flood damage" names one', () => {
    for (const s of ['Magnitude of Risk', 'Sources of Risk', 'the nature of the threat', 'Levels of Risk']) expect(riskName(s, new Set()), s).toBeUndefined()
    expect(riskName('Scale of flood damage', new Set())).toBe('Scale of flood damage')
  })
  it('a heading "Magnitude of Risk" under a risks section is no risk on its matrix', () => {
    const text = ['# Digital Asset Markets', '', 'Digital asset markets have grown quickly.', '', '## Risks', '', '### Magnitude of Risk', '', 'Losses could reach several billion dollars in a downturn.', '', '### Fraud', '', 'Fraudulent platforms could drain investor funds.', '', '### Outages', '', 'Network outages could halt trading for days.'].join('\n')
    const risks = findRisks(ingest(new TextEncoder().encode(text), 'memo.md'), 'en').risks.map(r => r.name)
    expect(risks).not.toContain('Magnitude of Risk')
    expect(risks).toEqual(expect.arrayContaining(['Fraud', 'Outages']))
  })
})

describe('a name that only counts or is cut from a coordinated clause names no risk', () => {
  it('"Multiple threats" and "many risks" only count: no name', () => {
    expect(riskName('Multiple threats', new Set())).toBeUndefined()
    expect(riskName('many risks', new Set())).toBeUndefined()
  })
  it('a phrase opening on "and" ("and a failure of the spacecraft") is the tail of a clause, not a name', () => {
    expect(riskName('and a failure of the spacecraft', new Set())).toBeUndefined()
    expect(riskName('failure of the spacecraft', new Set())).toBe('failure of the spacecraft')
  })
})
