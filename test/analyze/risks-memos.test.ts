/** Risk rules found on synthetic CRS-style memos (topics no shared article covers): each fixture fails without its rule. */
import { describe, expect, it } from 'vitest'
import { findRisks, harmPhrase, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const nameOf = (text: string) => weighedCandidate(text, new Set())?.name

describe('a harm word that only modifies another noun names no harm', () => {
  it('"pandemic influenza antivirals" is a good to buy, not a risk', () => {
    expect(nameOf('If funding remains flat, the agency may be forced to choose between buying vaccines and buying new pandemic influenza antivirals.')).toBeUndefined()
  })
  it('"high-risk areas" is a place, not a risk: the higher premiums are', () => {
    expect(nameOf('As private insurers withdraw from high-risk areas, more families may pay higher premiums.')).toBe('higher premiums')
  })
  it('a harm that heads its phrase still names one ("severe flooding of the quays", "cyber-attacks")', () => {
    expect(harmPhrase('Heavy rain could cause severe flooding of the quays.')).toBe('severe flooding of the quays')
    expect(harmPhrase('The plants could suffer cyber-attacks.')).toBe('cyber-attacks')
  })
})

const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')
const body = 'Water Utilities\n\nOverview\n\nThe utility serves the county. Its plant was built in 1975.\n\n'

describe('a risks section names a statement without a harm noun by what does the harm, never by who bears it nor by a gerund', () => {
  it('"Rate increases … could strain low-income households" is named by the rate increases, a noun phrase of the text', () => {
    const found = findRisks(read(`${body}Risks\n\nRate increases to pay for new staff could strain low-income households. Late repairs could undermine public confidence in tap water.\n`), 'en')
    expect(found.sectionIds).toHaveLength(1)
    expect(found.risks.map(r => r.name)).toEqual(['Rate increases', 'Late repairs'])
  })
  it('no name is a verb made a gerund ("Rate increases straining …", "Pushing back …")', () => {
    const found = findRisks(read(`${body}Risks\n\nRate increases to pay for new staff could strain low-income households. Delays in hiring could push back new clinics. Smaller suppliers could exit the market.\n`), 'en')
    expect(found.risks.length).toBeGreaterThan(0)
    for (const r of found.risks) expect(r.name).not.toMatch(/^\p{Lu}\p{Ll}+ing\b|\s\p{Ll}+ing\s/u)
  })
})

describe('what a disruption or an exhaustion puts at risk', () => {
  it('"could disrupt financial transactions" puts the transactions at risk', () => {
    expect(nameOf('A cable that stays broken for weeks could disrupt financial transactions.')).toBe('financial transactions')
  })
  it('"could exhaust the fund\'s reserves" puts the reserves at risk', () => {
    expect(nameOf("A single severe fire season could exhaust the fund's reserves.")).toBe("fund's reserves")
  })
  it('a disrupted harm is no risk ("could disrupt illicit trafficking")', () => {
    expect(nameOf('Patrols could disrupt illicit trafficking.')).not.toBe('illicit trafficking')
  })
})

describe('a hyphenated word the chunker cut is put back', () => {
  it('"A shortage of grain-oriented electrical steel" keeps its whole modifier', () => {
    expect(harmPhrase('A shortage of grain-oriented electrical steel, made by one mill, could delay orders.')).toBe('A shortage of grain-oriented electrical steel')
  })
})

describe('a harm a statement relieves is no risk, in a risks section too', () => {
  it('"New patrols could reduce illicit trafficking" names no risk', () => {
    const found = findRisks(read(`${body}Risks\n\nNew patrols could reduce illicit trafficking on the river. Heavy rain could cause severe flooding of the intake. Silt may cause toxic sediment plumes near the plant.\n`), 'en')
    expect(found.risks.map(r => r.name)).toEqual(['Severe flooding of the intake', 'Toxic sediment plumes'])
  })
})

describe('a risk word in a name or a procedure makes no section a risks section', () => {
  it('"threat assessments" and "the All-Hazards Preparedness Act" weigh no risk', () => {
    const text = `${body}How the Reserve Is Managed\n\nThe office buys supplies based on threat assessments. Supplies are stored in six warehouses. States request supplies through a formal process. The All-Hazards Preparedness Act sets its authority.\n`
    expect(findRisks(read(text), 'en').diagnostics.map(d => d.message).join(' ')).not.toContain('How the Reserve Is Managed')
  })
})

describe('a hedged statement in a risks section is named by its subject when that is the harm, or what the harm befalls', () => {
  it('"a prolonged power outage could halt pumping" is named by the outage', () => {
    const found = findRisks(read(`${body}Risks\n\nThe plant also depends on the grid, which means that a prolonged power outage could halt pumping. Heavy rain could cause severe flooding of the intake.\n`), 'en')
    expect(found.risks.map(r => r.name)).toContain('Prolonged power outage')
  })
  it('"Public trust in the utility may erode" is named by what erodes', () => {
    const found = findRisks(read(`${body}Risks\n\nPublic trust in the utility may erode if outages recur. Heavy rain could cause severe flooding of the intake.\n`), 'en')
    expect(found.risks.map(r => r.name)).toContain('Public trust')
  })
  it('a subject whose verb relieves is no risk ("Tensions over rates may ease")', () => {
    const found = findRisks(read(`${body}Risks\n\nTensions over water rates may ease after the vote. Heavy rain could cause severe flooding of the intake. Silt may cause toxic sediment plumes near the plant.\n`), 'en')
    expect(found.risks.map(r => r.name)).not.toContain('Tensions')
  })
})

describe('intrusions, sabotage and tampering are harms', () => {
  it('names "cyber intrusions" and "deliberate sabotage"', () => {
    expect(harmPhrase('Pumps with remote controls may be exposed to cyber intrusions.')).toBe('cyber intrusions')
    expect(harmPhrase('Cuts could come from deliberate sabotage.', true)).toBe('deliberate sabotage')
  })
})

describe('a section is a risks section by its text when its role is only inherited', () => {
  // plain text does not mark nesting: the issues after a bare "Issues for Congress" carry its role
  const text = `${body}Issues for Congress\n\nSolvency of the Fund\n\nThe fund holds little capital. A single severe fire season could exhaust the fund's reserves. A failure of the fund could shift costs to state taxpayers, and its losses may be passed on to all policyholders.\n\nFederal Role\n\nCongress may consider a federal reinsurance program. Congress could also expand grants for mitigation.\n`
  it('a three-sentence issue that weighs risks in two of them yields a matrix', () => {
    const found = findRisks(read(text), 'en')
    expect(found.sectionIds).toHaveLength(1)
    expect(found.risks.length).toBeGreaterThanOrEqual(2)
  })
})

describe('a hedge before a harm that names no harm noun weighs a risk', () => {
  it('"could overwhelm", "may be unable to", "could shift costs" make a section a risks section', () => {
    const text = `${body}Why Repair Capacity Matters\n\nSimultaneous breaks may overwhelm the few ships available. Utilities may be unable to restore service quickly. A prolonged power outage could halt pumping. The lack of shipyards may raise construction costs. The ships are based in two ports.\n`
    expect(findRisks(read(text), 'en').sectionIds).toHaveLength(1)
  })
  it('one that slows a harm does not ("could slow the spread of wildfires")', () => {
    const text = `${body}Crews\n\nNew crews could slow the spread of wildfires. Better roads may slow the spread of floods. Crews train in spring. The county pays them.\n`
    const found = findRisks(read(text), 'en')
    expect(found.sectionIds).toEqual([])
    expect(found.diagnostics.map(d => d.message).join(' ')).not.toContain('"Crews"')
  })
})

describe('a subject that is a clause names no risk', () => {
  it('"The report said the attacks" is a clause, not the attacks', () => {
    const found = findRisks(read(`${body}Risks\n\nThe report said the attacks may resume in spring. Heavy rain could cause severe flooding of the intake. Silt may cause toxic sediment plumes near the plant.\n`), 'en')
    expect(found.risks.map(r => r.name).join(' ')).not.toMatch(/said/u)
  })
})

describe('a text whose risks sections all fall short of a matrix still shows the risks it weighs elsewhere', () => {
  const plain = 'The valley grows wheat and barley. Most farms are small. The river runs north to the lake. Markets open on Mondays.'
  const text = `Valley\n\nNorth\n\n${plain} Storms could cause severe flooding of the substations. ${plain}\n\nCentre\n\n${plain} Analysts voice concerns about fuel shortages in winter. Drought may cause crop failures in the south. ${plain}\n\nRisks\n\nIn 2021, a strike closed the mill. The mill publishes a yearly report.\n`
  it('the risks weighed in "North" and "Centre" make a matrix though "Risks" yields none', () => {
    const found = findRisks(read(text), 'en')
    expect(found.risks.length).toBeGreaterThanOrEqual(3)
    expect(found.diagnostics.map(d => d.message).join(' ')).toContain('no risk matrix for "Risks"')
  })
})

const section = (heading: string, sentences: string) => findRisks(read(`${body}${heading}\n\n${sentences}\n`), 'en')

describe('a section whose heading has no risk word is a risks section when its hedged effects are harms', () => {
  it('"Workforce": a hedged statement whose subject is a harm weighs it, whatever its verb', () => {
    const found = section('Workforce', 'Nearly a third of nurses are over 55. Staff shortages may leave night shifts uncovered. Delays in hiring could push back new clinics. Most hospitals have fewer than 50 beds.')
    expect(found.sectionIds).toHaveLength(1)
    expect(found.risks.map(r => r.name)).toEqual(['Staff shortages', 'Delays in hiring'])
  })
  it('"Supply": an effect done by who acts, with no harm noun phrase, is dropped, not named by a gerund ("exiting the market")', () => {
    const found = section('Supply', 'Three firms make most of the product. Smaller suppliers could exit the market. Rural cooperatives could run short of storage space. Canada supplies most imports.')
    expect(found.risks).toEqual([])
  })
  it('"State and Local Capacity": a lack or a shortfall with no noun phrase of its own is dropped ("may lack the funds", "may not train enough")', () => {
    const found = section('State and Local Capacity', 'Extension offices help farmers test soils. State programs may lack the funds to expand testing. The academy may not graduate enough inspectors to replace retirements. Offices open at eight.')
    expect(found.risks).toEqual([])
  })
  it('a state needs whom it befalls: "may be unable to obtain spare parts" is named with its subject', () => {
    const found = section('Equipment', 'Many radars are decades old. The agency may be unable to obtain spare parts for some systems. An aging network could fail without warning. The radars were installed in 1985.')
    expect(found.risks.map(r => r.name)).toEqual(['Agency unable to obtain spare parts', 'Aging network'])
  })
  it('"could create gaps" is named by what creates them, and a forced choice by who is forced', () => {
    const found = section('Budget Pressures', 'Appropriations have not kept pace with costs. Deferred purchases could create gaps that take years to close. If funding remains flat, the office may be forced to choose between two vaccines.')
    expect(found.risks.map(r => r.name)).toEqual(['Deferred purchases', 'Office forced to choose'])
  })
  it('a clause as subject is no name ("hospitals that cannot obtain supplies"), and who bears a disruption is none either', () => {
    const found = section('Effects', 'Hospitals that cannot obtain supplies might postpone elective procedures. A cable that remains broken for weeks could disrupt financial transactions and military communications in the region.')
    // (each is named by the harm it does, a noun phrase of its words: never the clause, never who bears it)
    expect(found.risks.map(r => r.name)).toEqual(['Postponed elective procedures', 'Disrupted financial transactions'])
  })
  it('an effect that relieves, or an option for Congress, names no risk', () => {
    const found = section('Options', 'Higher payments could ease the strain on hospitals. Congress may consider extending add-on payments. New towers could improve safety. Grants may help small plants.')
    expect(found.sectionIds).toEqual([])
  })
})

describe('a good that moves the wrong way is a harm ("higher food prices", "lower yields")', () => {
  it('names the rise, not only its cause', () => {
    expect(harmPhrase('Costs might be passed on to consumers as higher food prices.', true)).toBe('higher food prices')
    expect(harmPhrase('Farmers could see lower crop yields.', true)).toBe('lower crop yields')
  })
  it('"higher payments" is no harm', () => {
    expect(harmPhrase('Higher payments could help rural hospitals.')).toBeUndefined()
  })
})
