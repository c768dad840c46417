/**
 * Risks weighed in ordinary report prose, outside any risks section (CRS Insights, GAO highlights): statements that
 * weigh a risk without a risk heading, each named by a noun phrase of its own words. Sentences of our own with the
 * shapes real reports use; each fails without its rule.
 */
import { describe, expect, it } from 'vitest'
import { findRisks, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const none = new Set<string>()
const nameOf = (text: string) => weighedCandidate(text, none)?.name
const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')

describe('views or figures that appear to differ weigh a risk', () => {
  it('"state and federal estimates … appear to differ" is named "differences in state and federal estimates"', () => {
    expect(nameOf('State and federal estimates of the cleanup cost appear to differ, and the agencies have not reconciled them.')).toBe('differences in state and federal estimates')
  })
  it('things that are no views do not ("the two rules appear to differ in scope" names no risk)', () => {
    expect(nameOf('The two rules appear to differ in scope.')).toBeUndefined()
  })
})

describe('a harm being done, with the effects it has, is a risk named by those effects', () => {
  it('"the drought has curtailed … with regional economic impacts" → "regional economic impacts of the drought"', () => {
    expect(nameOf('The drought has curtailed hydropower output across the basin with regional economic impacts.')).toBe('regional economic impacts of the drought')
  })
})

describe('a task that may prove difficult is a risk named as the difficulty', () => {
  it('"Recruiting qualified inspectors for remote sites may prove difficult" → "difficulty recruiting qualified inspectors"', () => {
    expect(nameOf('Recruiting qualified inspectors for remote sites may prove difficult.')).toBe('difficulty recruiting qualified inspectors')
  })
})

describe('a good a hedged statement may reduce is a risk', () => {
  it('"could reduce the effectiveness of the early-warning network" → "reduced effectiveness of the early-warning network"', () => {
    expect(nameOf('Staff vacancies could reduce the effectiveness of the early-warning network if stations go unstaffed.')).toBe('reduced effectiveness of the early-warning network')
  })
  it('a harm it reduces is still a relief ("could reduce the spread of invasive species" names no risk)', () => {
    expect(nameOf('Inspections could reduce the spread of invasive species.')).toBeUndefined()
  })
})

describe('a harm a hedged statement makes easier is a risk', () => {
  it('"may make it easier to launder the proceeds of corruption" → "laundered proceeds of corruption"', () => {
    expect(nameOf('Anonymous shell companies may make it easier to launder the proceeds of corruption.')).toBe('laundered proceeds of corruption')
  })
})

describe('what the text calls fragile is a risk', () => {
  it('"underscore the fragile nature of the truce" → "fragile truce"', () => {
    expect(nameOf('Renewed border clashes underscore the fragile nature of the truce.')).toBe('fragile truce')
  })
})

describe('a concern about a harm is named without the clause after it', () => {
  it('"concerns about delays in road repairs if state funding lapses" → "delays in road repairs"', () => {
    expect(nameOf('Local officials have raised concerns about delays in road repairs if state funding lapses.')).toBe('delays in road repairs')
  })
})

describe('a list introduced as points of contention is a list of risks', () => {
  const doc = (lead: string) => `Grazing Talks\n\nOverview\n\nThe Bureau of Land Management and ranchers met in June to negotiate new permits.\n\n${lead}\n\n- Water rights. Ranchers seek priority access to stock ponds during dry years.\n- Grazing fees. The bureau proposed raising the fee per animal unit month.\n- Wild horses. Herd sizes exceed the levels the bureau set for several areas.\n`
  it('"Points of possible friction include" → one risk per entry, "friction over …"', () => {
    const names = findRisks(read(doc('Points of possible friction include')), 'en').risks.map(r => r.name)
    expect(names).toEqual(['Friction over water rights', 'Friction over grazing fees', 'Friction over wild horses'])
  })
  it('a list of topics put to Congress is none ("Possible issues on which Members could engage include")', () => {
    expect(findRisks(read(doc('Possible issues on which Members could engage include')), 'en').risks).toEqual([])
  })
})

describe('a short report that weighs two harms in its prose gets a matrix of them', () => {
  it('two hedged harms outside any risks section are as many as a risks section needs', () => {
    const text = 'Clinic Staffing Rule\n\nBackground\n\nThe agency issued a rule in 2024 that sets minimum staffing levels for rural clinics.\n\nImplementation\n\nThe rule phases in over three years. Remote clinics may face recruitment difficulties, since graduates tend to seek work in cities. Some operators stated that the rule may limit access to primary care in areas where clinics cannot hire enough nurses. Exemptions are available for some clinics.\n'
    expect(findRisks(read(text), 'en').risks.map(r => r.name)).toEqual(['Recruitment difficulties', 'Access to primary care'])
  })
})

describe('a report with a risks section still weighs the harms its other sections state', () => {
  const text = 'Peer Lending Platforms\n\nLending\n\nPlatforms match borrowers with lenders online. Most loans run three to five years. Lenders choose loans by grade. Fees are charged at origination. Regulators have raised concerns about platform solvency during downturns. Tighter rules may limit access to credit for small firms.\n\nRisks\n\nFraudulent listings could mislead lenders. A cyberattack could expose borrower data. Defaults may rise in a recession.\n'
  it('the other sections\' risks get a matrix of their own', () => {
    const names = findRisks(read(text), 'en').risks.map(r => r.name)
    expect(names).toEqual(expect.arrayContaining(['Platform solvency', 'Access to credit']))
  })
  it('and no risk is shown twice', () => {
    const doubled = text.replace('Tighter rules may limit access to credit for small firms.', 'A cyberattack could expose borrower data.')
    const names = findRisks(read(doubled), 'en').risks.map(r => r.name.toLowerCase())
    expect(names.filter(n => n.includes('cyberattack')).length).toBeLessThanOrEqual(1)
  })
})

describe('a harm the text names only as the occasion of another is not the risk', () => {
  it('"… might leave clinics unable to restock in a port strike" is a risk of the reliance, not of the strike', () => {
    const text = 'Clinic Supplies\n\nWhat Could Go Wrong\n\nShortages could delay surgeries. Reliance on a single distributor might leave rural clinics unable to restock in a port strike.\n'
    expect(findRisks(read(text), 'en').risks.map(r => r.name)).toEqual(['Shortages', 'Reliance on a single distributor'])
    expect(nameOf('Reliance on a single distributor might leave rural clinics unable to restock in a port strike.')).not.toBe('port strike')
  })
})

describe('a hedged verb that is a harm whatever its object names the harmed thing under its participle', () => {
  it('"warned it could destabilize the region" → "destabilized region"', () => {
    expect(nameOf('The deployment angered neighboring governments, which warned it could destabilize the region.')).toBe('destabilized region')
  })
  it('a verb that is no harm by itself names none ("the rule may alter reporting requirements")', () => {
    expect(nameOf('The rule may alter reporting requirements for small lenders.')).toBeUndefined()
  })
})

describe('what someone is dependent or reliant on is a dependence', () => {
  it('"island communities are dependent on ferries for …" → "dependence on ferries"', () => {
    expect(nameOf('Island communities are dependent on ferries for fuel and groceries.')).toBe('dependence on ferries')
  })
  it('"the county in particular is reliant on tourism" → "reliance on tourism"', () => {
    expect(nameOf('The county in particular is reliant on tourism, which accounts for half of local jobs.')).toBe('reliance on tourism')
  })
})
