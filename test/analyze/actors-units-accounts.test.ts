/**
 * Actor precision, fourth round: names that look like bodies but are military units, accounts or kinds of service
 * (test/gold/README.md lists units and programs as non-actors), and firms named after a person. Synthetic memos only.
 */
import { describe, expect, it } from 'vitest'
import { findActors } from '../../scripts/analyze/actors.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const actorsOf = (text: string) => findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en').actors
const names = (text: string) => actorsOf(text).map(a => `${a.name}:${a.kind}`)
const memo = (...paragraphs: string[]) => `Memo\n\n${paragraphs.join('\n\n')}\n`

describe('military units', () => {
  const got = names(memo(
    'Combined Task Force 150 patrols the strait from the port. Combined Task Force 150 escorted forty vessels in March.',
    'Joint Task Force Meridian moved trucks into the port. Joint Task Force Meridian ended its mission in June.',
    'The Financial Action Task Force (FATF) said the rules were weak. FATF warned the ministry again in May.',
  ))
  it('a task force named with a military word, with or without its designation, is a unit and no actor', () => {
    expect(got.some(n => /^(?:Combined|Joint) Task Force/u.test(n))).toBe(false)
  })
  it('a task force named without a military word stays an organisation', () => {
    expect(got).toContain('Financial Action Task Force:organisation')
  })
})
