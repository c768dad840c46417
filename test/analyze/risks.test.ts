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
