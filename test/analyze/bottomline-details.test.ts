/** The thesis over a hedged detail: a report's summary states its thesis among hedges about one option, some of those concerned, or one figure. */
import { describe, expect, it } from 'vitest'
import { bottomLine } from '../../scripts/analyze/index.ts'
import { holdsJudgement, judgementScore } from '../../scripts/analyze/judgement.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const md = (text: string) => ingest(new TextEncoder().encode(text), 'report.md')

describe('a hedged detail is not the thesis', () => {
  it('a hedge about one option or some of those concerned weighs less than the same hedge about the subject', () => {
    expect(judgementScore('Some towns may use the grants to repair roads.')).toBeLessThan(judgementScore('The grants may help towns repair roads.'))
    expect(judgementScore('A toll on heavy trucks could offer a new source of revenue.')).toBeLessThan(judgementScore('The tolls could offer a new source of revenue.'))
    expect(judgementScore('However, several ports could delay the upgrades.')).toBeLessThan(judgementScore('However, the ports could delay the upgrades.'))
    // "a number of" counts those concerned, it picks out no part of them
    expect(judgementScore('A number of ports could delay the upgrades.')).toBe(judgementScore('The ports could delay the upgrades.'))
  })
  it('a categorical verdict is a judgement', () => {
    expect(holdsJudgement('The canal fund cannot remain solvent without new tolls.')).toBe(true)
    expect(holdsJudgement('There is no reliable picture of how the grants are spent.')).toBe(true)
    expect(holdsJudgement('The research gives little reason to expect that the rule raises employment.')).toBe(true)
    expect(holdsJudgement('The canal fund paid $2 million in tolls.')).toBe(false)
  })
  it('a copula after the opening clause of a sentence defines nothing', () => {
    expect(judgementScore('The canal fund cannot repay its loans, and its reliance on borrowing is a structural feature of the program rather than a temporary problem.')).toBeGreaterThan(0)
    expect(judgementScore('The canal fund is a trust account that pays for locks.')).toBeLessThan(0)
  })
  it('takes the summary\'s thesis over hedges about one option and some of those concerned', () => {
    const a = md(`# The Canal Trust Fund: Options for Congress

## Summary

The Canal Trust Fund pays for the upkeep of inland locks and dams. Its revenue comes from a fuel tax on barges that was last raised in 2014. A toll on lock passages could offer a new source of revenue for the fund. The fund cannot remain solvent on the fuel tax alone, and its reliance on loans from the Treasury is a structural feature of the program rather than a temporary problem. Some barge operators may shift cargo to rail if the tax rises.

## Background

Congress created the fund in 1978. The Corps of Engineers operates 190 locks on the inland waterways.
`)
    expect(bottomLine(a)?.text).toBe('The fund cannot remain solvent on the fuel tax alone, and its reliance on loans from the Treasury is a structural feature of the program rather than a temporary problem.')
  })
})
