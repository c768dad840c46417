/** One test per risk rule (issue 13), on small general fixtures: what a risk is called, and what is never a risk. */
import { describe, expect, it } from 'vitest'
import { findRisks, harmPhrase, riskName, sameRisk, weighedCandidate } from '../../scripts/analyze/risks.ts'
import { analyze } from '../../scripts/analyze/index.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')
const risksOf = (text: string) => findRisks(read(text), 'en')

describe('risk names', () => {
  it('a date is never a risk', () => {
    for (const s of ['March 2026', 'FY2027', 'the 1990s and 2000s']) expect(riskName(s, new Set())).toBeUndefined()
  })
  it('a bill or law number is never a risk', () => {
    for (const s of ['H.R. 2211', 'P.L. 117-58', 'Section 232']) expect(riskName(s, new Set())).toBeUndefined()
  })
  it('a person or another actor the text names is never a risk', () => {
    expect(riskName('Jane Doe', new Set(['Jane Doe']))).toBeUndefined()
    expect(riskName('illicit actors', new Set())).toBeUndefined()
  })
  it('a determiner fragment or a lone generic word is never a risk', () => {
    for (const s of ['the use', 'Application', 'this', 'The processing']) expect(riskName(s, new Set())).toBeUndefined()
  })
  it('drops the determiners of a noun phrase and keeps the phrase as written', () => {
    expect(riskName('a prolonged port closure', new Set())).toBe('prolonged port closure')
  })
  it('names a statement by its harm noun phrase, including a hyphenated modifier', () => {
    expect(harmPhrase('Criminals may exploit the anonymity of the platforms to facilitate illicit financial activity.')).toBe('illicit financial activity')
    expect(harmPhrase('Analysts estimate cross-border illicit trade at a small share of the total.', true)).toBe('cross-border illicit trade')
  })
  it('treats two names as one risk when one holds all the words of the other, stems and generic heads aside', () => {
    expect(sameRisk('illicit activity', 'on-chain illicit activity')).toBe(true)
    expect(sameRisk('illicit finance concerns', 'illicit financial activity')).toBe(true)
    expect(sameRisk('supply disruption', 'price spikes')).toBe(false)
  })
  it('a different head that names something makes another risk ("military threat", "military competition")', () => {
    expect(sameRisk('military threat', 'economic and military competition')).toBe(false)
  })
})

describe('risk matrices', () => {
  const body = 'Ports\n\nOverview\n\nThe harbour handles most of the region\'s grain. Its cranes were built in 1998.\n\n'
  it('reads the risks of an unlabelled risks section from its hedged statements, each named by its harm', () => {
    const text = `${body}Risks\n\nHeavy rain could cause severe flooding of the quays. Strikes by dock workers might disrupt grain exports for weeks. Silt from the river may cause toxic sediment plumes near the intake.\n`
    const found = risksOf(text)
    expect(found.sectionIds).toHaveLength(1)
    expect(found.risks.map(r => r.name)).toEqual(['Severe flooding of the quays', 'Strikes', 'Toxic sediment plumes'])
  })
  it('a cause is not a risk: a hedged statement with no harm in it names none ("Applying the rules may have consequences")', () => {
    const text = `${body}Risks\n\nApplication of the new port rules may have significant consequences. Strikes by dock workers might disrupt grain exports. Heavy rain could cause severe flooding of the quays.\n`
    expect(risksOf(text).risks.map(r => r.name)).not.toContain('Application of the new port rules')
  })
  it('a past event in a risks section is not a risk', () => {
    const text = `${body}Risks\n\nIn March 2021, a strike closed the port for a week. In 2019, flooding damaged the quays. A new storm could cause severe flooding of the quays.\n`
    const names = risksOf(text).risks.map(r => r.name)
    expect(names.some(n => /strike|2021|2019/i.test(n))).toBe(false)
  })
  it('draws no matrix from fewer than two passing risks, and says why in an info diagnostic', () => {
    const text = `${body}Risks\n\nIn March 2021, a strike closed the port for a week. The port authority publishes a yearly report.\n`
    const found = risksOf(text)
    expect(found.risks).toHaveLength(0)
    expect(found.diagnostics.some(d => d.severity === 'info' && d.rule === 'risk-matrix' && /no risk matrix for "Risks"/.test(d.message))).toBe(true)
  })
  it('names each sub-section of a risks section by its heading, on its parent\'s matrix', () => {
    const text = '# Ports\n\n## Overview\n\nThe harbour handles most of the region\'s grain.\n\n## Potential Risks to the Harbour\n\nThe harbour faces several hazards.\n\n### Coastal Flooding\n\nHigher tides could flood the quays and damage the cranes.\n\n### Labour Unrest\n\nA strike could halt grain exports for weeks.\n'
    const found = findRisks(ingest(new TextEncoder().encode(text), 'memo.md'), 'en')
    expect(found.risks.map(r => r.name)).toEqual(expect.arrayContaining(['Coastal Flooding', 'Labour Unrest']))
    expect(new Set(found.risks.map(r => r.sectionId)).size).toBe(1)
  })
  it('every risk on a matrix carries its evidence: the statement and where it is', () => {
    const text = `${body}Risks\n\nA long storm season could cause severe flooding of the quays. Strikes by dock workers might disrupt grain exports for weeks.\n`
    for (const r of analyze(read(text)).risks) {
      expect(r.text.length).toBeGreaterThan(20)
      expect(r.span.line).toBeGreaterThan(1)
      expect(r.likelihood).toBeDefined()
    }
  })
})

describe('risks weighed outside a risks section', () => {
  const none = new Set<string>()
  const nameOf = (text: string) => weighedCandidate(text, none)?.name
  it('a concern is named by what it is about', () => {
    expect(nameOf('Officials voiced concerns about the rising cost of insurance for small farms.')).toBe('rising cost of insurance')
  })
  it('what a hedged statement says someone may face is the risk', () => {
    expect(nameOf('Inland ports may face cascading effects.')).toBe('cascading effects')
  })
  it('what a hedged statement says may be affected is named by its subject, a relative clause and a copula aside', () => {
    expect(nameOf('Nevertheless, the supply of frozen fish and canned fruit, which the islands import by sea, may be affected by the storms.')).toBe('supply of frozen fish')
    expect(nameOf('Paper and pulp milling are two industries that may be badly affected by the drought.')).toBe('Paper and pulp milling')
  })
  it('a fear is named by what it is of', () => {
    expect(nameOf('Few trucks use the pass for fear of landslides after heavy rain.')).toBe('landslides')
  })
  it('a risk noun weighs a risk, named by its noun phrase', () => {
    expect(nameOf('The report notes growing cyber threats to regional hospitals.')).toBe('growing cyber threats')
  })
  it('a risk noun as a modifier weighs none ("risk management")', () => {
    expect(nameOf('The agency runs a risk management office for ports.')).toBeUndefined()
  })
  it('a hedge before a harm noun phrase weighs a risk', () => {
    expect(nameOf('Diverging statements may signal points of tension between the partners.')).toBe('points of tension')
  })
  it('a harm relieved or a time frame is no risk', () => {
    expect(nameOf('The new dams could reduce flood damage downstream.')).toBeUndefined()
    expect(nameOf('Trade may recover slowly during the conflict.')).toBeUndefined()
  })
  it('a negated harm is no name: the next harm in the sentence names it', () => {
    expect(nameOf('Officials have not called the dispute a trade threat, but they warn of coercive tariffs on wine.')).toBe('coercive tariffs')
  })
  it('more weighed risks than a matrix holds go on matrices as even as whole sections allow', () => {
    const para = (a: string) => `Analysts voice concerns about ${a} shortages in the valley.`
    const plain = 'The valley grows wheat and barley. Most farms are small. The river runs north to the lake. Markets open on Mondays. Roads link the towns.'
    const sec = (t: string, xs: string[]) => `${t}\n\n${plain} ${xs.map(para).join(' ')} ${plain}\n\n`
    const text = `Valley\n\n${sec('North', ['water', 'fuel', 'seed'])}${sec('Centre', ['labour', 'fodder'])}${sec('South', ['power', 'fertiliser'])}`
    const found = risksOf(text)
    expect(found.risks).toHaveLength(7)
    expect(found.sectionIds).toHaveLength(2)
    expect(found.risks.filter(r => r.sectionId === found.sectionIds[0])).toHaveLength(3)
  })
  it('a consideration put to Congress is no risk', () => {
    expect(nameOf('Congress may consider whether to ease sanctions on the exporters.')).toBeUndefined()
  })
  it('"would" and "can" do not hedge a risk outside a risks section', () => {
    expect(nameOf('The bill would restrict emissions trading and cause delays.')).toBeUndefined()
  })
  it('a name of generic words, a who, a dangling participle or hyphen is cleaned or dropped', () => {
    for (const s of ['risks', 'many dangers', 'adversaries operating', 'appropriate risk-']) expect(riskName(s, none)).toBeUndefined()
    expect(riskName('citing the harm to crops', none)).toBe('harm to crops')
  })
  it('a text with a risks section shows its risks only: risks weighed elsewhere make no matrix', () => {
    const text = 'Ports\n\nOverview\n\nOfficials voiced concerns about the rising cost of insurance for small farms.\n\nRisks\n\nHeavy rain could cause severe flooding of the quays. Strikes by dock workers might disrupt grain exports for weeks.\n'
    const found = risksOf(text)
    expect(found.sectionIds).toHaveLength(1)
    expect(found.risks.map(r => r.name)).not.toContain('Rising cost of insurance')
    expect(found.risks).toHaveLength(2)
  })
})

describe('negated harms', () => {
  it('"few threats" weighs no threat', async () => {
    const neutral = 'The harbour has six berths. It opened a new gate. Its staff work in shifts. The cranes were painted. The offices moved. The trains run daily. '
    const text = `Ports\n\nOverview\n\nThe harbour handles most of the region's grain.\n\nThe Harbour Today\n\n${neutral}Planners perceived few imminent threats to the harbour and its cranes. A storm could cause severe flooding of the quays. Strikes by dock workers might disrupt grain exports. Silt may cause toxic sediment plumes near the intake. ${neutral}\n`
    expect(read(text).sections.find(s => s.title === 'The Harbour Today')?.role).not.toBe('risks')
    const names = findRisks(read(text), 'en').risks.map(r => r.name.toLowerCase())
    expect(names.some(n => /threat/.test(n))).toBe(false)
  })
})

describe('risks sections found by their text', () => {
  const intro = 'Harbour\n\nOverview\n\nThe harbour handles most of the region\'s grain. Its cranes were built in 1998.\n\n'
  it('a section mainly of risk statements is a risks section whatever its heading says', () => {
    const text = `${intro}Night Shifts at the Quays\n\nInspectors are required to check every container. However, it is unclear how closely such checks are enforced at night. A proposed rule would have required scanners at every gate. The rule was never adopted, and its absence highlights the gap in requirements. Smugglers may exploit the night shift to move illegal cargo. The number of boats that use less-regulated moorings is likely to grow.\n`
    const article = read(text)
    const section = article.sections.find(s => s.title === 'Night Shifts at the Quays')!
    expect(section.role).toBe('analysis')
    const found = findRisks(article, 'en')
    expect(found.sectionIds).toContain(section.id)
    expect(found.risks.map(r => r.name)).toEqual(expect.arrayContaining(['Gap in requirements', 'Less-regulated moorings']))
  })
  it('a section whose risk words are relieved ("solutions that limit the risk") is no risks section', () => {
    const text = `${intro}New Tools\n\nEngineers recommend that the port keep testing new scanners. There may be solutions that limit the risk of night smuggling. Scanners can screen cargo against lists of illegal goods. Dogs help detect illicit cargo at the gates. The port may adopt the tools next year. Staff will be trained in the spring.\n`
    const article = read(text)
    expect(findRisks(article, 'en').sectionIds).not.toContain(article.sections.find(s => s.title === 'New Tools')!.id)
  })
  it('a risks section names a statement by its first harm that passes: who does harm is skipped for what they do', () => {
    const text = `${intro}Risks\n\nThe new rule would open a wide enforcement gap that could attract criminal gangs seeking to hide unlawful shipments. Heavy rain could cause severe flooding of the quays.\n`
    expect(risksOf(text).risks.map(r => r.name)).toEqual(['Wide enforcement gap', 'Severe flooding of the quays'])
  })
  it('a hyphenated adjective before its noun stays in the name, and a gap keeps what it is a gap in', () => {
    expect(harmPhrase('More boats now use less-regulated moorings on the river.', true)).toBe('less-regulated moorings')
    expect(harmPhrase('The inquiry highlights the gap in requirements for night inspections.', true)).toBe('the gap in requirements')
    expect(riskName('the gap', new Set())).toBeUndefined()
  })
})

describe('more ways a text weighs a risk outside a risks section', () => {
  const none = new Set<string>()
  const nameOf = (text: string) => weighedCandidate(text, none)?.name
  it('what a statement says is put at risk is named by its noun phrase', () => {
    expect(nameOf('The port deal has drawn protests, risking Old Harbour’s access to deep-water berths and cheap fuel.')).toBe('Old Harbour’s access to deep-water berths')
  })
  it('a limit is a harm only to a good that can be had', () => {
    expect(nameOf('Tighter rules may limit access to credit for small farms.')).toBe('access to credit')
    expect(nameOf('Once deployed, the new locks may limit manual adjustment.')).toBeUndefined()
  })
  it('what a statement guards against is a risk, whatever its words', () => {
    expect(nameOf('The council has taken steps to guard against foreign influence in local planning.')).toBe('foreign influence in local planning')
    expect(nameOf('The charter would protect the growers from audits for small errors.')).toBeUndefined()
  })
  it('a harm that must be withstood, managed or kept up with is a risk', () => {
    expect(nameOf('Many households are struggling to keep up with the rising cost of heating, rent and food.')).toBe('rising cost of heating')
    expect(nameOf('The dikes were raised to withstand the devastating effects of the coastal storms.')).toBe('devastating effects of the coastal storms')
  })
  it('a long phrase whose head names only an effect is named by what the effect is of', () => {
    expect(nameOf('Planners share concerns about the potential economic impact of rising sea levels and storm surges for coastal towns.')).toBe('rising sea levels and storm surges')
    // (a short one keeps its head: "the economic impact of prolonged droughts" says what it is)
    expect(nameOf('Growers voiced concerns about the economic impact of prolonged droughts.')).toBe('economic impact of prolonged droughts')
  })
  it('a harm done now, in the present tense, is a risk named by its subject', () => {
    expect(nameOf('Inflation is eroding the savings of retired farmers.')).toBe('Inflation')
  })
  it('a harm or a hard condition someone faces is a risk', () => {
    expect(nameOf('The valley faces severe water shortages every summer.')).toBe('severe water shortages')
    expect(nameOf('The report says the region faced its most difficult harvest in decades.')).toBe('most difficult harvest')
    expect(nameOf('Farmers hope to win the price competition of the coming decade that they face with importers.')).toBe('price competition')
  })
  it('what a hedged passive says may be done to its subject is the risk', () => {
    expect(nameOf('Traffic on the canal may be constrained for months.')).toBe('Traffic on the canal')
  })
  it('a warning of a harm names it, and a participle with its object is cut from the name', () => {
    expect(nameOf('Radar stations give warning of incoming missile strikes using the old network.')).toBe('incoming missile strikes')
  })
  it('a charge that something fuels a harm weighs it ("condemned the move as fueling an arms race")', () => {
    expect(nameOf('Neighbours condemned the new base as fueling an arms race.')).toBe('arms race')
  })
  it('what someone regards as destabilizing or a threat is a risk, named by what is so regarded', () => {
    expect(nameOf('Neighbours regard the expansion of the naval base as potentially "destabilizing" for the coast.')).toBe('expansion of the naval base')
  })
  it('a harm that has effects now is named by its subject, and only by a subject that names a harm', () => {
    expect(nameOf('Thus, the closure of the canal has wide-ranging effects for the farms upriver.')).toBe('closure of the canal')
    expect(nameOf('The new bridge has wide-ranging effects for the farms upriver.')).toBeUndefined()
  })
  it('a lone harm noun is completed by the phrase after it', () => {
    expect(nameOf('Few boats sail at night for fear of attack by armed raiders, which patrol the coast.')).toBe('attack by armed raiders')
  })
  it('a long name cut to six words never ends on a function word', () => {
    expect(nameOf('The new toll rules are unpopular, risking the port’s steady daily access to the eastern berths.')).toBe('port’s steady daily access')
  })
  it('an adjective that only grades a risk names none ("a calculated risk")', () => {
    expect(riskName('calculated risk', none)).toBeUndefined()
    expect(riskName('serious concerns', none)).toBeUndefined()
  })
  it('a harm only in an "of" phrase names the risk when the head is its effect, not when it is something else', () => {
    expect(harmPhrase('Officials debated a broad view of risk and regulation for the ports.')).toBeUndefined()
    expect(harmPhrase('Planners weighed the perils of a fractured trading order.')).toBe('the perils of a fractured trading order')
  })
  it('a harm that is the object of a participle of something else is no harm phrase ("services generating risks")', () => {
    expect(harmPhrase('The rule holds that similar services generating similar risks should be treated alike.')).toBeUndefined()
    expect(harmPhrase('Heavy rain could cause severe flooding of the quays.')).toBe('severe flooding of the quays')
  })
  it('a risk regulated or assessed is handled, not weighed', () => {
    expect(nameOf('Inspectors assess flood risks at every quay.')).toBeUndefined()
  })
  it('a harm after a comma is not hedged by a modal before it', () => {
    expect(nameOf('The charter might not bar rules on conduct, such as fraud.')).toBeUndefined()
  })
  it('a verb coordinated with the hedged one is no part of the subject', () => {
    expect(nameOf('The resulting legal uncertainty creates and may exacerbate risks for shippers.')).toBe('resulting legal uncertainty')
  })
  it('a capitalised adjective that begins a proper name stays ("New Delhi"), an adjective before a common noun goes', () => {
    expect(riskName('New Delhi’s access to cheap fuel', none)).toBe('New Delhi’s access to cheap fuel')
    expect(riskName('the potential vulnerability of the canal', none)).toBe('vulnerability of the canal')
  })
  it('a relief word relieves only the phrase right after it, and a hyphenated adjective is none ("less-regulated")', () => {
    expect(nameOf('The issues include financial risk in less-regulated financial sectors.')).toBe('financial risk')
  })
})

describe('the downside case of a set of scenarios', () => {
  it('is a risk, named by its first harm', () => {
    const text = 'Harbour\n\nOverview\n\nThe harbour handles most of the region\'s grain.\n\nOutlook\n\nOptimistic: Trade grows and the harbour expands its quays.\nPessimistic: Fuel shortages spread, forcing the port to close two berths.\nRealistic: Trade holds steady.\n\nSupply\n\nGrowers voice concerns about rising fertiliser costs. The harbour has six berths. Its cranes were painted. Trains run daily.\n\nRiver\n\nPlanners voice concerns about river silting near the quays. The river runs north. Boats moor at the jetty. Markets open on Mondays.\n'
    const names = risksOf(text).risks.map(r => r.name)
    expect(names).toContain('Fuel shortages')
  })
})
