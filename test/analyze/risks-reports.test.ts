/**
 * Risks in whole CRS-shaped reports: the words such reports use for a measure of risk, an account of gains and
 * losses, a penalty a rule sets, and a sentence that only announces the risks after it are no risks. Sentences of
 * our own with the shapes real reports use; each fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { findRisks, hedgedEffect, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const none = new Set<string>()
const nameOf = (text: string) => weighedCandidate(text, none)?.name
const read = (text: string) => ingest(new TextEncoder().encode(text), 'report.txt')
const names = (text: string) => findRisks(read(text), 'en').risks.map(r => r.name.toLowerCase())

describe('a measure of risk is no risk', () => {
  it('"Higher risk weights on small business loans might lead lenders to exit …" is not named "higher risk weights"', () => {
    expect(nameOf('Higher risk weights on small business loans might lead lenders to exit parts of the market.') ?? '').not.toMatch(/risk weights/iu)
  })
  it('nor is "a revised treatment of counterparty risk" a risk the text weighs', () => {
    expect(nameOf('The rule would adopt standardized models for credit and counterparty risk in place of internal ones.')).toBeUndefined()
  })
  it('an account of both gains and losses names no harm ("unrealized gains and losses on securities")', () => {
    expect(nameOf('The rule would revise the treatment of interest rate risk and require insurers to report unrealized gains and losses on municipal securities in surplus.') ?? '').not.toMatch(/gains and losses/iu)
  })
})

describe('a consequence a rule sets is no risk', () => {
  it('"a lender that fell below its ratio would face automatic limits on dividends" names no risk', () => {
    expect(nameOf('A credit union that fell below its minimum net worth ratio would face automatic limits on dividends and bonuses.')).toBeUndefined()
  })
})

describe('a sentence that announces the risks after it names none of its own', () => {
  const text = [
    'Port Automation', '', 'Congressional Research Service', '',
    'Challenges', '',
    'Dependence on remote operation carries several risks for terminals. Software faults could halt cranes for days. A cyber intrusion might expose cargo records to theft. Dockworkers may lose jobs to automated yards.',
    '', 'Options', '', 'Congress could fund training for displaced workers.',
  ].join('\n')
  it('"Dependence on remote operation carries several risks" is no risk; the sentences after it are', () => {
    const found = names(text)
    expect(found.some(n => /dependence/u.test(n))).toBe(false)
    expect(found.length).toBeGreaterThanOrEqual(2)
  })
})

describe('a sub-section of a risks section is named by its heading only when the heading names a harm', () => {
  const text = [
    '# Hospital Pricing', '', '## Background', '', 'Hospitals set list prices each year.', '',
    '## Potential Effects', '', '### Effects on Employers', '',
    'Higher premiums could squeeze wages for workers at small firms. Some employers might drop coverage for part-time staff. Price increases could strain state employee health plans.', '',
    '### Labor Shortages', '', 'Rural hospitals may be unable to recruit nurses. Staff shortages could force units to close. Travel nurses may raise labor costs.', '',
  ].join('\n')
  const found = findRisks(ingest(new TextEncoder().encode(text), 'report.md'), 'en').risks.map(r => r.name)
  it('"Effects on Employers" is a topic: the risks are its sentences\'', () => {
    expect(found).not.toContain('Effects on Employers')
    expect(found.some(n => /coverage|premiums|wages/iu.test(n))).toBe(true)
  })
  it('"Labor Shortages" names its harm', () => {
    expect(found).toContain('Labor Shortages')
  })
})

describe('harms of a staffing shortfall are weighed and named', () => {
  it('"programs may be cancelled" is "cancelled … programs"', () => {
    expect(names(['Clinic Staffing', '', 'Congressional Research Service', '', 'Challenges', '',
      'When nurses are pulled to other wards, outpatient clinics may be cancelled. Vacancies could leave night shifts unable to cover admissions. Turnover among pharmacists may accelerate.'].join('\n'))).toEqual(expect.arrayContaining(['cancelled outpatient clinics']))
  })
  it('"could leave lenders with too little capital" is weighed', () => {
    expect(names(['Capital', '', 'Congressional Research Service', '', 'Concerns', '',
      'Critics warn that lower standards could leave credit unions with too little capital to absorb losses in a severe downturn. Weak oversight could undermine confidence in reported ratios. Deposit outflows may strain liquidity.'].join('\n')).some(n => /too little capital/u.test(n))).toBe(true)
  })
})

describe('what a hedge brings about is the risk, not what brings it', () => {
  it('"A longer strike … might prompt retaliation against …" is "… retaliation", not the strike', () => {
    const found = names(['Port Labor', '', 'Congressional Research Service', '', 'Concerns', '',
      'A longer strike at the ports might also prompt shipper retaliation against union carriers. Backlogs could strand perishable cargo. Closures may cost exporters sales.'].join('\n'))
    expect(found.some(n => /retaliation/u.test(n))).toBe(true)
    expect(found.some(n => /strike/u.test(n))).toBe(false)
  })
})

describe('a harm named by its verb\'s noun or ranked as the main hazard', () => {
  it('"might fail to identify …" is "failure to identify …"; "could interfere with …" is "interference with …"', () => {
    expect(hedgedEffect('Sensors that have not been tested at sea might fail to detect small boats in fog.', none)).toBe('failure to detect small boats')
    expect(hedgedEffect('Operators warn that new towers near airports could interfere with instrument approaches.', none)).toBe('interference with instrument approaches')
  })
  it('"may collect images of … without their knowledge" weighs a harm to privacy', () => {
    expect(hedgedEffect('Advocates warn that doorbell cameras may collect images of neighbors without their knowledge.', none)).toBe('collected images of neighbors')
  })
  it('"identifies X as the principal hazard" names X', () => {
    expect(nameOf('The agency\'s review identifies runway incursion as the principal hazard.')).toBe('runway incursion')
  })
})

describe('a hedged harm to a good or a price is named by its participle', () => {
  it('"could depress farm-gate prices" is "depressed farm-gate prices"; "could discourage investment in …" is "discouraged investment in …"', () => {
    expect(hedgedEffect('Lower exports could depress farm-gate hog prices in the Midwest.', none)).toBe('depressed farm-gate hog prices')
    expect(hedgedEffect('Uncertainty about the rule could discourage investment in new refineries.', none)).toBe('discouraged investment in new refineries')
  })
  it('"may reduce bank lending to …" is a reduced good, "could reduce costs" a relief', () => {
    expect(hedgedEffect('Higher reserve requirements may reduce bank lending to small farms.', none)).toBe('reduced bank lending to small farms')
    expect(hedgedEffect('Cheaper imports could reduce costs for consumers.', none)).toBeUndefined()
  })
})
