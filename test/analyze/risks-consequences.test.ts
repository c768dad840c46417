/**
 * A hedged statement that weighs a harm is named by the harm it says may come about, in its own words, never by the
 * cause that brings it ("Higher fuel costs may lead to …" weighs what they lead to) nor by who bears it. Sentences of
 * our own in the shapes CRS, GAO and CBO prose uses; each fails without the rule.
 */
import { describe, expect, it } from 'vitest'
import { findRisks, weighedCandidate, weighsRisk } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const none = new Set<string>()
const nameOf = (text: string) => weighedCandidate(text, none)?.name
const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')

describe('what a hedge says may come about is the risk, not its cause', () => {
  it('"could result in …" and "may lead to …" name what results', () => {
    expect(nameOf('A prolonged outage could result in the suspension of benefit payments that depend on the system.')).toBe('suspension of benefit payments')
    expect(nameOf('Higher fuel costs may lead to the closure of rural bus routes, according to transit officials.')).toBe('closure of rural bus routes')
  })
  it('a price or a cost that may rise is named with whom it rises for', () => {
    expect(nameOf('The new fees could raise prices for consumers of canned vegetables if processors pass them on.')).toBe('higher prices for canned vegetables')
  })
  it('a good that "would likely" be reduced weighs a harm and is named as reduced', () => {
    const s = 'Analysts estimate that the rule would likely reduce employment in rural sawmills by more than 2,000 jobs.'
    expect(weighsRisk(s)).toBe(true)
    expect(nameOf(s)).toBe('reduced employment in rural sawmills')
  })
  it('who "might" be discouraged from investing is named by the investment discouraged', () => {
    expect(nameOf('Uncertain reimbursement rates might discourage clinics from investing in telehealth equipment.')).toBe('discouraged investment in telehealth equipment')
  })
  it('"the potential for …" a harm weighs it, and names it', () => {
    const s = 'The potential for cascading failures grows as utilities link their control systems.'
    expect(weighsRisk(s)).toBe(true)
    expect(nameOf(s)).toBe('cascading failures')
  })
  it('a shock something "is vulnerable to" names the risk, whatever its words', () => {
    expect(nameOf('The industry is also vulnerable to retaliatory tariffs on its exports, as occurred in 2018.')).toBe('retaliatory tariffs on its exports')
  })
})

describe('a concern or an uncertainty names what it may bring about', () => {
  it('who a concern says may be unable to act, or not be familiar with something, is named in that state', () => {
    expect(nameOf('The loss of staff raises concerns that small water systems would be unable to comply with the rule.')).toBe('small water systems unable to comply')
    expect(nameOf('Turnover has raised concerns that new inspectors may not be familiar with sampling procedures.')).toBe('inspectors unfamiliar with sampling procedures')
  })
  it('in a risks section, "Uncertainty about … might delay …" is named by what is delayed', () => {
    const text = 'Transit Fleets\n\nRisks\n\nUncertainty about future grants might delay the purchase of electric buses. Battery fires could damage depots. Supply shortages may strain maintenance budgets.\n'
    const names = findRisks(read(text), 'en').risks.map(r => r.name)
    expect(names).toContain('Delayed purchase of electric buses')
    expect(names).not.toContain('Uncertainty')
  })
})

describe('precision: a benefit, an option or a clause names no consequence', () => {
  it('"could result in savings" and "the potential for growth" name no risk', () => {
    expect(nameOf('Consolidating the offices could result in savings of $40 million a year.')).toBeUndefined()
    expect(nameOf('The potential for growth in exports is significant.')).toBeUndefined()
  })
  it('an option put to Congress is no risk', () => {
    expect(nameOf('Congress could require a study, which may lead to new reporting rules.')).toBeUndefined()
  })
})

describe('inside a risks section, a caused harm is named by what is caused', () => {
  it('"Higher input costs may lead to the relocation of final assembly" weighs the relocation', () => {
    const text = 'Appliance Makers\n\nRisks\n\nHigher input costs may lead to the relocation of final assembly to Mexico. A longer shutdown could result in layoffs at three plants. Retaliatory tariffs could depress exports of dryers.\n'
    expect(findRisks(read(text), 'en').risks.map(r => r.name)).toContain('Relocation of final assembly to Mexico')
  })
})
