/** Words that look like judgement and are not: a "may" of permission, the month May, a chamber's "would have", text about the text. */
import { describe, expect, it } from 'vitest'
import { bottomLine, judgementSentence } from '../../scripts/analyze/index.ts'
import { holdsJudgement, judgementScore } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')

describe('may of permission is no judgement', () => {
  it('is what a law lets an office or a body do, not the writer\'s hedge', () => {
    expect(holdsJudgement('Under current law, the Secretary may waive the cost-sharing requirement for ferry repairs.')).toBe(false)
    expect(holdsJudgement('The Administrator may not grant an extension to a county that missed the deadline.')).toBe(false)
    expect(holdsJudgement('A county may petition the agency for a second ferry grant.')).toBe(false)
    expect(holdsJudgement('The Secretary of Transportation may issue rules for ferry crews.')).toBe(false)
    expect(judgementScore('Congress may wish to consider the fare rules.')).toBe(judgementScore('Congress wishes to consider the fare rules.'))
  })
  it('leaves the "may" of possibility a hedge', () => {
    expect(holdsJudgement('Fuel costs may rise if the new ferry is delayed.')).toBe(true)
    expect(holdsJudgement('The agency may struggle to replace the ferries on time.')).toBe(true)
  })
  it('loses the bottom line to the judgement it stands beside', () => {
    const a = md('# Ferries\n\n## Conclusion\n\nUnder the Ferry Act, the Secretary may waive the local share of a repair grant. Without new ferries, service to the outer islands is likely to decline.\n')
    expect(bottomLine(a)?.text).toBe('Without new ferries, service to the outer islands is likely to decline.')
  })
})

describe('the month May is no modal', () => {
  it('is a date inside a sentence or before a number', () => {
    expect(holdsJudgement('The county released its ferry plan in May 2026 with four options.')).toBe(false)
    expect(holdsJudgement('Since May, the ferries have run on a winter schedule.')).toBe(false)
    expect(holdsJudgement('May 2026 saw the first fare increase in a decade.')).toBe(false)
  })
  it('leaves a sentence that opens on the modal a hedge', () => expect(holdsJudgement('May the county buy a ferry without a vote?')).toBe(true))
})

describe('the "would have" of a chamber or a bill is no judgement', () => {
  it('states what the text of law provided', () => {
    expect(holdsJudgement('The House-passed version would have repealed the fare cap.')).toBe(false)
    expect(holdsJudgement('The Senate would have required a study of ferry safety.')).toBe(false)
    expect(holdsJudgement('The bill would have required the county to buy a new ferry.')).toBe(false)
  })
  it('leaves a hedge about the chamber a hedge', () => expect(holdsJudgement('The Senate would likely reject the fare cap.')).toBe(true))
})

describe('a meta sentence is never the bottom line', () => {
  it('is about the text itself or its scope', () => {
    for (const t of [
      'This testimony summarizes our prior work on the likely costs of the ferry fleet.',
      'This statement discusses the critical risks facing the ferry fleet.',
      'This CRS Insight examines the growing concerns about the ferry fleet.',
      'It does not address the likely costs of the harbour dredging, which may be significant.',
      'The likely costs of the harbour dredging are beyond the scope of this report.',
    ]) expect(judgementSentence(t), t).toBe(false)
  })
  it('still takes a sentence about a statement made in the world', () => expect(judgementSentence('The county\'s statement suggests that the fares will likely rise.')).toBe(true))
  it('leaves a testimony\'s summary to its judgement', () => {
    const a = md('# Ferries\n\n## Summary\n\nThis testimony summarizes our work on the critical risks the ferry fleet may face. The county bought three ferries in 1998. Without a fourth ferry, the fleet is likely to fail during a long winter.\n')
    expect(bottomLine(a)?.text).toBe('Without a fourth ferry, the fleet is likely to fail during a long winter.')
  })
})

describe('a power over penalties, fees, rules or funds is a permission', () => {
  it('is what an agency may do by law ("CMS may impose civil penalties", "the FCC may use auction proceeds")', () => {
    expect(holdsJudgement('The board may impose civil penalties of up to $2,000 on a ferry operator that does not comply.')).toBe(false)
    expect(holdsJudgement('The county may use fare proceeds to repair its docks.')).toBe(false)
  })
  it('leaves a prediction of what a power will do a hedge ("may impose sanctions")', () => expect(holdsJudgement('The state may impose sanctions on the ferry operator.')).toBe(true))
})

describe('the "would" of a rule or an order states what it provides', () => {
  it('is no hedge ("the rule would require …")', () => {
    expect(holdsJudgement('The final rule would require ferry operators to post their fares.')).toBe(false)
    expect(holdsJudgement('The proclamation would impose a fee on ferry tickets.')).toBe(false)
  })
  it('leaves the "would" of a hypothetical a hedge', () => expect(holdsJudgement('A new ferry would ease the winter delays.')).toBe(true))
})

describe('the "would" of what a request, an agreement or a tariff provides', () => {
  it('is no hedge when a verb of provision follows ("the agreement would eliminate tariffs on …")', () => {
    expect(holdsJudgement('The budget request would provide $2 billion for new ferries.')).toBe(false)
    expect(holdsJudgement('The agreement would eliminate fees on most ferry tickets.')).toBe(false)
    expect(holdsJudgement('The tariffs would apply to imported ferry engines.')).toBe(false)
  })
  it('stays a hedge with a verb of effect or an indefinite noun', () => {
    expect(holdsJudgement('The tariffs would raise costs for ferry operators.')).toBe(true)
    expect(holdsJudgement('An agreement would ease the winter delays.')).toBe(true)
  })
})

describe('a cross-reference inside a sentence', () => {
  it('is "(see …)", "; see the discussion below", ", see Table 2"', () => {
    expect(judgementSentence('Fares are likely to rise (see the section on costs below).')).toBe(false)
    expect(judgementSentence('Fares are likely to rise; see the discussion below.')).toBe(false)
    expect(judgementSentence('Fares are likely to rise, see Table 2.')).toBe(false)
  })
  it('is not the verb of a view ("riders see the fare rise as likely")', () => {
    expect(judgementSentence('Many riders see the new fares as unfair and likely to rise again.')).toBe(true)
  })
})
