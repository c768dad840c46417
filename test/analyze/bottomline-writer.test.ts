/** The writer's own frame of a judgement ("it could be argued that …") marks the text's thesis over a lead that reports others' concerns. */
import { describe, expect, it } from 'vitest'
import { bottomLine } from '../../scripts/analyze/index.ts'
import { judgementScore } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')

describe('the writer\'s frame of a judgement', () => {
  it('weighs more than the same hedge without it', () => {
    expect(judgementScore('Given these delays, it could be argued that the ferries are still useful.')).toBeGreaterThan(judgementScore('Given these delays, the ferries could still be useful.'))
    expect(judgementScore('It is likely that the county will pay for a new ferry.')).toBeGreaterThan(judgementScore('The county is likely to pay for a new ferry.'))
    expect(judgementScore('In our view, the ferries are too old.')).toBeGreaterThan(judgementScore('In our fleet, the ferries are too old.'))
  })
  it('takes the closing judgement over a lead that reports renewed concerns', () => {
    const a = md('# Ferries\n\n## What Is the Ferry Program?\n\nOlder hulls and rising storm surges have renewed concerns about the safety of island ferries. The ferry program buys and repairs ferries for island counties.\n\n## Deterrence of Closures\n\nReports suggest the counties welcome the new ferries. Given these reactions, it could be argued that the program keeps the islands open and might serve other coasts too. Congress might decide to review the program with the counties.\n')
    expect(bottomLine(a)?.text).toBe('Given these reactions, it could be argued that the program keeps the islands open and might serve other coasts too.')
  })
})
