/**
 * Risk rules found on real report passages outside the corpus (GAO highlights, CRS summaries, CBO outlooks). The
 * fixtures are sentences of our own with the shapes those passages have; each fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { findRisks, harmPhrase, listedHarms, riskName, sameRisk, saysNoRisk, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const none = new Set<string>()
const nameOf = (text: string) => weighedCandidate(text, none)?.name
const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')
const body = 'Harbor Dredging\n\nOverview\n\nThe port authority dredges the channel every spring. Its budget is set each year.\n\n'

describe('an entry whose label names no risk is read from its sentences', () => {
  it('"USACE Challenges", "Barriers Identified", "Opportunities for Improvement" say only that there is a difficulty', () => {
    expect(saysNoRisk('USACE Challenges', none)).toBe(true)
    expect(saysNoRisk('Barriers Identified', none)).toBe(true)
    expect(saysNoRisk('Opportunities for Improvement', none)).toBe(true)
    expect(saysNoRisk('Expiring inventory', none)).toBe(false)
    expect(saysNoRisk('Distribution bottlenecks', none)).toBe(false)
  })
  it('a risks section of such entries is named by the harms its sentences state, not by the labels', () => {
    const text = `${body}Challenges\n\nUSACE Challenges: Finding disposal sites is particularly difficult due to existing shortages of upland capacity. Crews are scheduled in winter.\n\nBarriers Identified: Reviews found barriers hindering the hiring of dredge operators, including low pay and long deployments away from home.\n`
    const names = findRisks(read(text), 'en').risks.map(r => r.name)
    expect(names).not.toContain('USACE Challenges')
    expect(names).not.toContain('Barriers Identified')
    expect(names).toEqual(expect.arrayContaining(['Existing shortages of upland capacity', 'Low pay']))
  })
})

describe('who is behind a harm is no risk', () => {
  it('"hostile sources", "insiders", "hackers" name who, not what', () => {
    for (const s of ['other hostile sources', 'disgruntled insiders', 'foreign hackers', 'terrorists']) expect(riskName(s, none)).toBeUndefined()
  })
})

describe('a long name is cut at a whole phrase, never inside one', () => {
  it('"the city\'s budget position over the long term" is cut before "over", not after "long"', () => {
    expect(nameOf('If rates jumped, lenders could become concerned about the city’s budget position over the long term as they weighed the trend.')).toBe('city’s budget position')
  })
  it('a name never ends on a preposition or a conjunction ("destruction of orbiting stations from", "strain on supplies and")', () => {
    for (const s of ['destruction of orbiting stations from', 'strain on supplies and', 'risk of floods in']) expect(riskName(s, none)).toBeUndefined()
  })
})

describe('harms real reports name that the lexicons lacked', () => {
  it('"the potential destruction of …" weighs a risk, named with what is destroyed', () => {
    expect(nameOf('The film drew attention to the potential destruction of orbiting stations from collisions with fragments.')).toBe('destruction of orbiting stations')
  })
  it('a lone "destruction" or "cost" says too little to name a risk', () => {
    expect(riskName('destruction', none)).toBeUndefined()
    expect(riskName('Cost', none)).toBeUndefined()
  })
  it('a harm expected to recur weighs a risk ("catastrophic breaches that are likely to occur every few years")', () => {
    expect(nameOf('Engineers say levee failures will be driven by catastrophic breaches that are likely to occur every few years.')).toBeDefined()
  })
  it('an adverb before "threatens" is no part of the harm ("This mass of floating debris potentially threatens …")', () => {
    expect(nameOf('This mass of floating debris potentially threatens shipping lanes in the gulf.')).toBe('mass of floating debris')
  })
  it('a participle the tagger took for a verb stays with its noun ("; altered behaviors")', () => {
    expect(harmPhrase('Observers cite noise; altered behaviors and disturbance of nesting sites; and runoff.')).toMatch(/^altered behaviors/u)
  })
  it('"wildland fire" and "wildland fires" are one risk', () => {
    expect(sameRisk('wildland fire', 'Wildland fires')).toBe(true)
  })
})

describe('what is at risk, and a cost that is rising, as the text says them', () => {
  it('"the number of farms at risk is growing" names "farms at risk"', () => {
    expect(nameOf('As more families settle on the floodplain, the number of farms at risk is growing.')).toBe('farms at risk')
  })
  it('"putting systems … at risk" names no risk by the object', () => {
    expect(nameOf('Networks are probed daily, putting systems supporting hospitals at risk.') ?? '').not.toMatch(/at risk$/u)
  })
  it('"The cost to repair the levees is increasing" names the cost', () => {
    expect(nameOf('The cost to repair the levees is increasing.')).toBe('cost to repair the levees')
  })
})

describe('the harms a statement lists are risks of their own', () => {
  it('under a harm head, every item ("harmful effects, including …; …; and …")', () => {
    expect(listedHarms('Lab studies suggest that the solvent may be linked to harmful effects, including kidney damage; slowed growth in children; and higher risk of asthma.', none))
      .toEqual(['kidney damage', 'slowed growth in children', 'higher risk of asthma'])
  })
  it('under a bare "effects such as", only items that name a harm', () => {
    expect(listedHarms('Residents cite effects such as new traffic patterns; taller buildings; and air pollution.', none)).toEqual(['air pollution'])
  })
  it('an item longer than a name is no name', () => {
    expect(listedHarms('The spill may cause adverse effects, including damage to the reefs that shelter juvenile fish every spring; and fish kills.', none)).toEqual(['fish kills'])
  })
})
