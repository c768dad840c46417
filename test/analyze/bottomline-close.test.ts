/** A report without a conclusion or a summary weighs what comes next in its closing section ("Outlook", "Issues for Congress"). */
import { describe, expect, it } from 'vitest'
import { bottomLine, bottomLineCandidates } from '../../scripts/analyze/index.ts'
import { agendaSentence } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')
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

