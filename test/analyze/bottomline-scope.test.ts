/** A thesis stated flatly about the report's whole subject, among hedged details about one state, service or figure. */
import { describe, expect, it } from 'vitest'
import { bottomLine } from '../../scripts/analyze/index.ts'
import { hedgesInstance, lawRequires, titleStems, turnOnSubject } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'report.md')
const title = 'Water Meters: Costs and Adoption'

describe('a turn on the report\'s subject', () => {
  it('is a thesis stated flatly ("X …, but …") naming the title\'s subject', () => {
    expect(turnOnSubject('Water meters reduce use where they are installed, but most utilities still bill at a flat rate.', title)).toBe(true)
    expect(turnOnSubject('Adoption has been slow since 1995, so most households still pay a flat rate.', title)).toBe(true)
  })
  it('is not a turn about something else, nor a figure\'s', () => {
    expect(turnOnSubject('The council met twice, but it did not vote.', title)).toBe(false)
    expect(turnOnSubject('A meter costs about $300 to install, but most utilities still bill at a flat rate.', title)).toBe(false)
    expect(turnOnSubject('Water meters reduce use where they are installed.', title)).toBe(false)
  })
  it('outweighs a hedge about one named state in the summary', () => {
    const a = md(`# ${title}\n\n## Summary\n\nUtilities in the western states serve about 40 million households. Water meters reduce use where they are installed, but most utilities still bill at a flat rate. Arizona may require meters on all new homes before other states do.\n\n## Background\n\nThe first meters were installed in the 1880s.\n`)
    expect(bottomLine(a)?.text).toBe('Water meters reduce use where they are installed, but most utilities still bill at a flat rate.')
  })
})

describe('a hedge about a named instance', () => {
  const stems = titleStems(title)
  it('hedges one state, city or agency the title does not name', () => {
    expect(hedgesInstance('Arizona may require meters on all new homes.', stems)).toBe(true)
    expect(hedgesInstance('Utilities in Nevada could face higher costs.', stems)).toBe(true)
  })
  it('is not a hedge about the subject itself, nor a fact about a state', () => {
    expect(hedgesInstance('Water meters may reduce use by a fifth.', stems)).toBe(false)
    expect(hedgesInstance('Arizona required meters in 1980.', stems)).toBe(false)
  })
})

describe('what a law requires', () => {
  it('is the law\'s standard, not the writer\'s hedge', () => {
    expect(lawRequires('The ESA requires each federal agency to ensure that its actions are not likely to jeopardize a listed species.')).toBe(true)
    expect(lawRequires('Under Section 7 of the Act, the agency must consult when an action may affect a listed species.')).toBe(true)
    expect(lawRequires('The agency is likely to miss the deadline.')).toBe(false)
  })
})
