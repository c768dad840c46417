/** A report without a conclusion or a summary weighs what comes next in its closing section ("Outlook", "Issues for Congress"). */
import { describe, expect, it } from 'vitest'
import { bottomLine, bottomLineCandidates, judgementSentence } from '../../scripts/analyze/index.ts'
import { agendaSentence, judgementScore } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')
const txt = (text: string) => ingest(new TextEncoder().encode(text), 'report.txt')
const facts = 'The ferry service links the two islands. In 1998, the county bought its three ferries. The ferries carry 2,000 passengers a day.'

describe('the bottom line of a report without a conclusion or a summary', () => {
  it('takes the closing section\'s judgement over the introduction\'s facts', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Fleet\n\nThe ferries are old.\n\n## Outlook\n\nThe county plans to buy a new ferry in 2028. Fuel costs would likely rise if the new ferry is delayed.\n`)
    expect(bottomLine(a)?.text).toBe('Fuel costs would likely rise if the new ferry is delayed.')
  })
  it('reads the closing section only when there is no conclusion or summary', () => {
    const a = md(`# Ferries\n\n## Summary\n\n${facts} The fleet will likely need a new ferry soon.\n\n## Outlook\n\nFuel costs would likely rise sharply and the county may face critical delays if the new ferry is late.\n`)
    expect(bottomLineCandidates(a).map(c => c.where)).not.toContain('the closing section "Outlook"')
    expect(bottomLine(a)?.text).toBe('The fleet will likely need a new ferry soon.')
  })
  it('takes the closing section\'s judgement over its agenda ("Congress may consider whether …")', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Issues for Congress\n\nCongress may consider whether to fund a new ferry and whether to change the fare rules. Whether the fleet can run through the decade remains uncertain.\n`)
    expect(bottomLine(a)?.text).toBe('Whether the fleet can run through the decade remains uncertain.')
  })
})

describe('a sentence of the agenda', () => {
  it('is what the legislature may do', () => {
    expect(agendaSentence('Congress may consider whether to fund a new ferry.')).toBe(true)
    expect(agendaSentence('In its oversight role, Congress might examine the ferry contract.')).toBe(true)
    expect(agendaSentence('Members may wish to consider several areas for oversight.')).toBe(true)
    expect(agendaSentence('Congress also may weigh in on the fare rules.')).toBe(true)
    expect(agendaSentence('Lawmakers might weigh a cap on fares.')).toBe(true)
  })
  it('is not a judgement of the world, nor a fact of what the legislature did', () => {
    expect(agendaSentence('Fuel costs would likely rise if the new ferry is delayed.')).toBe(false)
    expect(agendaSentence('In 2019, Congress enacted the Ferry Act.')).toBe(false)
    expect(agendaSentence('Analysts assess that Congress faces a hard choice.')).toBe(false)
  })
})

describe('the closing section is the body\'s last, not the back matter', () => {
  it('reads the section before an appendix and the author\'s details', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Outlook\n\nFuel costs would likely rise if the new ferry is delayed.\n\n## Appendix. Legislative History\n\nIn 1998, the county bought its ferries. The state may consider whether to fund a new ferry, which would likely cost more.\n\n## Author Information\n\nAnn Woe, Analyst in Transportation Policy\n`)
    expect(bottomLine(a)?.text).toBe('Fuel costs would likely rise if the new ferry is delayed.')
  })
  it('still reads a body section whose title opens on a back-matter word', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Sources of Funding\n\nFuel costs would likely rise if the new ferry is delayed.\n`)
    expect(bottomLine(a)?.text).toBe('Fuel costs would likely rise if the new ferry is delayed.')
  })
})

describe('a bottom line holds a word of judgement', () => {
  it('is no bare fact, however well placed: a report of facts has none', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Fleet\n\nThe ferries were built in Norway.\n`)
    expect(bottomLineCandidates(a).length).toBeGreaterThan(0)
    expect(bottomLine(a)).toBeUndefined()
  })
  it('reads a bill\'s "would" as what the bill provides, not as a hedge', () => {
    expect(judgementScore('The bill would require the county to buy a new ferry.')).toBe(judgementScore('The bill requires the county to buy a new ferry.'))
    expect(judgementScore('H.R. 1234 would amend the Ferry Act to raise the fare cap.')).toBe(judgementScore('H.R. 1234 amends the Ferry Act to raise the fare cap.'))
    expect(judgementScore('A bill introduced in 2024, the Ferry Safety Act, would have rewritten the rules.')).toBe(judgementScore('A bill introduced in 2024, the Ferry Safety Act, rewrote the rules.'))
    expect(judgementScore('Some Members have introduced bills that would cap the fares.')).toBe(judgementScore('Some Members have introduced bills that cap the fares.'))
  })
  it('still reads a hedge of the bill\'s effect, and a "would" of anything else', () => {
    expect(judgementScore('The bill would likely raise fares for commuters.')).toBeGreaterThan(judgementScore('The bill raises fares for commuters.'))
    expect(judgementScore('Higher fuel prices would raise fares for commuters.')).toBeGreaterThan(judgementScore('Higher fuel prices raise fares for commuters.'))
    expect(judgementScore('Counties that act early would save on fuel.')).toBeGreaterThan(judgementScore('Counties that act early save on fuel.'))
  })
})

describe('a cross-reference is never the bottom line', () => {
  it('is neither "For background …" nor "… refer to CRS Report …"', () => {
    expect(judgementSentence('For background on the critical ferry fleet, read the county\'s annual report.')).toBe(false)
    expect(judgementSentence('For details on the likely costs, see the county\'s annual report.')).toBe(false)
    expect(judgementSentence('On the likely costs of the fleet, refer to CRS Report R45014, Ferries.')).toBe(false)
    expect(judgementSentence('The county will likely need to refer the contract to the state.')).toBe(true)
  })
})

describe('a word of judgement in a name is no judgement', () => {
  it('does not count "Strategic", "Major" or "Risk" inside a proper name', () => {
    expect(judgementScore('The Strategic Ferry Reserve stores two ferries at the Major Projects Office.')).toBe(judgementScore('The Ferry Reserve stores two ferries at the Projects Office.'))
    expect(judgementScore('The county adopted Risk Rating 2.0 in 2021.')).toBe(judgementScore('The county adopted Rating 2.0 in 2021.'))
  })
  it('still counts the word as the sentence\'s first or in lower case', () => {
    expect(judgementScore('Critical repairs to the ferries are overdue.')).toBeGreaterThan(judgementScore('Repairs to the ferries are overdue.'))
    expect(judgementScore('The ferries face major risks from storms.')).toBeGreaterThan(judgementScore('The ferries face storms.'))
  })
  it('leaves a report whose only "judgements" are names without a bottom line', () => {
    const a = md(`# Ferries\n\n## Introduction\n\nThe Strategic Ferry Reserve keeps two ferries in a dry dock at the harbour. The Major Projects Office of the county oversees their repair.\n\n## Fleet\n\nThe ferries were built in Norway.\n`)
    expect(bottomLine(a)).toBeUndefined()
  })
})

describe('a section that says it assesses', () => {
  it('lends its judgement wherever it stands ("Assessment" between the lead and the close)', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Assessment\n\nThe county bought a fourth ferry in 2020. Analysts suggest that the fleet would likely fail a long winter without a fifth ferry.\n\n## Issues for Congress\n\nCongress may consider whether to fund a fifth ferry.\n`)
    expect(bottomLine(a)?.text).toBe('Analysts suggest that the fleet would likely fail a long winter without a fifth ferry.')
  })
})
describe('a section about a topic\'s outlook', () => {
  it('is not a section that assesses ("Regional Outlook" describes the region)', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts} The fleet will likely need a new ferry.\n\n## Regional Outlook\n\nThe region's assessment of its ferry needs has shifted considerably, and concerns about storms could grow.\n\n## Issues for Congress\n\nCongress may consider whether to fund a new ferry.\n`)
    expect(bottomLine(a)?.text).toBe('The fleet will likely need a new ferry.')
  })
})

describe('the closing part of a text whose headings are all of one level', () => {
  it('is the empty heading ("Potential Issues for Congress") with the sections after it', () => {
    const a = txt('Island Ferries\nMarch 18, 2026\n\nWhat Is the Ferry Program?\n\nThe ferry program buys and repairs ferries for island counties. The county bought three ferries in 1998.\n\nFleet Status\n\nThe ferries carry 2,000 passengers a day.\n\nPotential Issues for Congress\n\nReplacing the Hulls\n\nWithout new hulls, the fleet is likely to miss many winter sailings.\n\nFare Rules\n\nThe county set new fares in 2025.\n')
    expect(bottomLineCandidates(a).map(c => c.where)).toContain('the closing section "Potential Issues for Congress"')
    expect(bottomLine(a)?.text).toBe('Without new hulls, the fleet is likely to miss many winter sailings.')
  })
})

describe('a summary of something the text reports', () => {
  it('is not the text\'s own summary ("Summary of the Proclamation" describes the proclamation)', () => {
    const a = md(`# Ferry Fares\n\n## Introduction\n\n${facts}\n\n## Summary of the Proclamation\n\nThe proclamation sets a fare of $5 and may be extended by the county board.\n\n## Outlook\n\nHigher fares are likely to push riders onto the bridge.\n`)
    expect(bottomLine(a)?.text).toBe('Higher fares are likely to push riders onto the bridge.')
  })
  it('still reads the text\'s own summary under a longer heading ("Summary and Conclusions")', () => {
    const a = md(`# Ferry Fares\n\n## Summary and Conclusions\n\n${facts} Higher fares are likely to push riders onto the bridge.\n\n## Outlook\n\nThe county may review the fares in 2027, which could lower them.\n`)
    expect(bottomLine(a)?.text).toBe('Higher fares are likely to push riders onto the bridge.')
  })
})
