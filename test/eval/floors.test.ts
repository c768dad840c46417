/**
 * The evaluation harness's totals may not fall below these floors (the figures of the last landed run, less a small
 * margin): a change that makes analysis less precise fails here. Targets (issue 13) are higher; EVAL.md reports both.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../scripts/eval/run.ts'

const [tuning, heldout] = evaluate()

describe('analysis against the gold set', () => {
  it.each([['tuning', tuning!], ['held-out', heldout!]])('keeps actor precision and kinds on the %s half', (_n, h) => {
    expect(h.totals.actors.p).toBeGreaterThanOrEqual(0.8)
    expect(h.totals.actors.r).toBeGreaterThanOrEqual(0.5)
    expect(h.totals.actorKinds).toBeGreaterThanOrEqual(0.95)
  })

  it.each([['tuning', tuning!], ['held-out', heldout!]])('keeps relation precision, and draws the gold relations it finds subject → object, on the %s half', (_n, h) => {
    expect(h.totals.relations).toBeGreaterThanOrEqual(0.9)
    expect(h.totals.relationsDirection).toBeGreaterThanOrEqual(0.8)
  })

  it.each([['tuning', tuning!], ['held-out', heldout!]])('dates timeline events right and keeps figure precision on the %s half', (_n, h) => {
    expect(h.totals.timeline.p).toBeGreaterThanOrEqual(0.72)
    expect(h.totals.figures.p).toBeGreaterThanOrEqual(0.9)
    expect(h.totals.duplicates).toBe(0)
  })

  // risks are scored by line and name (score.ts); the held-out half finds few (ten, six named as the gold names
  // them), so its floor guards against a fall from there (the 0.9 is not met there: EVAL.md says so)
  it.each([['tuning', tuning!, 0.9], ['held-out', heldout!, 0.5]])('keeps risk precision, and draws a matrix from the risk sections, on the %s half', (_n, h, floor) => {
    expect(h.totals.risks.p).toBeGreaterThanOrEqual(floor)
    expect(h.totals.riskSections).toBeGreaterThanOrEqual(0.5)
  })

  it('finds at least half the risks the tuning half weighs', () => {
    expect(tuning!.totals.risks.r).toBeGreaterThanOrEqual(0.5)
  })

  // the slide shows only events that pass the timeline gate (analyze/gates.ts): those must be dated right
  it.each([['tuning', tuning!, 0.95], ['held-out', heldout!, 0.85]])('dates right the events the timeline slide shows on the %s half', (_n, h, floor) => {
    expect(h.totals.timelineShown).toBeGreaterThanOrEqual(floor)
  })

  it('finds every heading the readers listed, and roles for at least two thirds of the sections', () => {
    for (const h of [tuning!, heldout!]) {
      expect(h.structure.headingsFound).toBe(h.structure.headingsExpected)
      expect(h.structure.rolesRight / h.structure.rolesTotal).toBeGreaterThanOrEqual(0.65)
    }
  })

  it('picks a bottom line from the readers\' candidates in at least seven tenths of the articles, and in nine tenths of the tuning half', () => {
    for (const h of [tuning!, heldout!]) expect(h.totals.bottomLine).toBeGreaterThanOrEqual(0.7)
    expect(tuning!.totals.bottomLine).toBeGreaterThanOrEqual(0.9)
  })
})
