/** The bottom line of reports shaped otherwise: an agenda in the lead, another's assessment, a speech, a debate of sides. */
import { describe, expect, it } from 'vitest'
import { bottomLine, bottomLineCandidates } from '../../scripts/analyze/index.ts'
import { judgementScore, sidesView } from '../../scripts/analyze/judgement.ts'
import { CONFIDENCE as C } from '../../scripts/analyze/confidence.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')
const txt = (text: string) => ingest(new TextEncoder().encode(text), 'memo.txt')
const facts = 'The ferry service links the two islands. In 1998, the county bought its three ferries. The ferries carry 2,000 passengers a day.'
const agenda = 'Congress may consider whether and how to support, reject, or modify the agency\'s proposals to change fares, routes, or funding for the ferries.'
const judgement = 'The fleet is likely to need a new ferry within five years, and fares alone cannot pay for it.'

describe('a sentence of the agenda is the bottom line only when the text states no judgement', () => {
  it('loses to a judgement of the summary, wherever it stands', () => {
    const a = md(`# Ferries\n\n## Summary\n\n${facts} ${judgement} ${agenda}\n\n## Fleet\n\nThe ferries are old.\n`)
    expect(bottomLine(a)?.text).toBe(judgement)
  })
  it('loses to the judgement of an introduction that follows the summary', () => {
    const a = md(`# Ferries\n\n## Summary\n\n${facts} ${agenda}\n\n## Introduction\n\nThe ferries are old. ${judgement}\n\n## Fleet\n\nThe ferries were built in Norway.\n`)
    expect(bottomLineCandidates(a).map(c => c.where)).toContain('the introduction')
    expect(bottomLine(a)?.text).toBe(judgement)
  })
  it('is taken, at a lower confidence, from a text whose only candidate weighing anything is its agenda', () => {
    const a = md(`# Ferries\n\n## Introduction\n\n${facts}\n\n## Issues for Congress\n\n${agenda}\n`)
    const bl = bottomLine(a)
    expect(bl?.text).toBe(agenda)
    expect(bl?.confidence.score).toBeLessThan(C.bottomLine.introduction)
  })
})

describe('the noun "assessment"', () => {
  it('names another\'s finding, not the writer\'s weighing', () => {
    expect(judgementScore('The Coast Guard\'s assessment of each port was published in 2025.')).toBe(judgementScore('The Coast Guard\'s report on each port was published in 2025.'))
    expect(judgementScore('The government\'s assessment of the ferries found 12 faults.')).toBe(judgementScore('The government\'s review of the ferries found 12 faults.'))
  })
  it('is the writer\'s weighing when the writer owns it, as is the verb', () => {
    expect(judgementScore('In our assessment, the fleet is old.')).toBeGreaterThan(judgementScore('In our report, the fleet is old.'))
    expect(judgementScore('Engineers assessed the fleet as old.')).toBeGreaterThan(judgementScore('Engineers painted the fleet white.'))
  })
  it('no longer lifts a fact of record over the closing judgement', () => {
    const a = md(`# Ports\n\n## Introduction\n\nThe port grants pay for patrol boats. The government's assessment of cyber risks at ports was published in 2025.\n\n## Grants\n\nPorts pay a quarter of each project.\n\n## Outlook\n\nSmall ports are likely to remain underfunded as cyber risks grow.\n`)
    expect(bottomLine(a)?.text).toBe('Small ports are likely to remain underfunded as cyber risks grow.')
  })
})

describe('a speaker\'s statement of belief', () => {
  it('is a judgement ("I believe", "we think", "I am optimistic")', () => {
    expect(judgementScore('So here is what I believe: this valley\'s best years are ahead of it.')).toBeGreaterThan(judgementScore('So here is what I saw: this valley\'s best years are ahead of it.'))
    expect(judgementScore('We think the valley will come back.')).toBeGreaterThan(judgementScore('We saw the valley come back.'))
    expect(judgementScore('I am more optimistic about this valley than ever.')).toBeGreaterThan(judgementScore('I am more tired of this valley than ever.'))
  })
  it('is the bottom line of a short speech that states it among the facts it tells', () => {
    const a = txt('Thank you all for coming out tonight to this gym.\n\nTen years ago, the mill closed. Two thousand jobs left this valley.\n\nLast spring, the county opened a new training center. This fall, two new plants hired three hundred workers.\n\nSo here is what I believe: this valley\'s best years are ahead of it, because its people refused to quit.\n\nThank you, and good night.\n')
    expect(bottomLine(a)?.text).toBe('So here is what I believe: this valley\'s best years are ahead of it, because its people refused to quit.')
  })
})

describe('a side\'s reported position', () => {
  it('is what a party argues, contends, claims or says', () => {
    expect(sidesView('Critics contend that the rule could expose residents to noise.')).toBe(true)
    expect(sidesView('Some analysts argue that the training rules are too weak.')).toBe(true)
    expect(sidesView('Industry groups argue that the rule would let firms grow quickly.')).toBe(true)
    expect(sidesView('However, opponents of the fare cut say it may end in service cuts.')).toBe(true)
    expect(sidesView('The council said the change would help riders.')).toBe(true)
  })
  it('is not an analyst\'s finding, the writer\'s impersonal view, nor the writer\'s own', () => {
    expect(sidesView('Analysts assess that the backlog would likely grow.')).toBe(false)
    expect(sidesView('GAO concludes that the estimates are not reliable.')).toBe(false)
    expect(sidesView('Given these reactions, it could be argued that the units deter attacks.')).toBe(false)
    expect(sidesView('We argue that the rule is too weak.')).toBe(false)
    expect(sidesView('The fleet is likely to need a new ferry, whatever critics say.')).toBe(false)
  })
  it('is no bottom line: a text that only reports the sides of a debate has none', () => {
    const a = md(`# Drones\n\n## Introduction\n\nIn June 2026, the agency proposed a rule for drone deliveries. The proposal sets rules for drone weight and altitude.\n\n## Views on the Proposal\n\nIndustry groups argue that the rule would allow delivery companies to expand quickly. Critics contend that the rule could expose residents to noise and privacy harms. Some analysts argue that the training requirements are too weak.\n`)
    expect(bottomLineCandidates(a).some(c => c.where.includes('Views on the Proposal'))).toBe(true)
    expect(bottomLine(a)).toBeUndefined()
  })
  it('loses to the writer\'s judgement even when it weighs more', () => {
    const a = md(`# Drones\n\n## Introduction\n\nThe agency proposed a rule for drone deliveries. The rule is likely to change how parcels reach rural homes.\n\n## Views\n\nCritics contend that the rule could expose residents to serious and significant risks of noise and growing privacy concerns.\n`)
    expect(bottomLine(a)?.text).toBe('The rule is likely to change how parcels reach rural homes.')
  })
})

describe('the lead of an Insight', () => {
  it('is read when a "Background" section follows it: it says what happened and what it means', () => {
    const a = txt('Island Ferries: A New Fare Rule\nMarch 18, 2026\nCongressional Research Service, Insight IN99999\n\nOn February 25, 2026, the county adopted a rule that raises ferry fares. Higher fares may steady the budget, but whether riders will stay on the ferries remains uncertain.\n\nBackground\n\nSince 2021, the county has set fares each year. The board may impose civil penalties on operators that overcharge.\n\nIssues for Congress\n\nThe board has issued two penalties since 2021. Without federal aid, the county is likely to raise fares again.\n')
    expect(bottomLineCandidates(a).map(c => c.where)).toContain('the lead')
    expect(bottomLine(a)?.text).toBe('Higher fares may steady the budget, but whether riders will stay on the ferries remains uncertain.')
  })
})
