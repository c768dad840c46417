/** Real CRS/GAO/CBO-style passages outside the corpus (test/fixtures/real/figures), labelled by hand before the program ran on them. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { findFigures } from '../../scripts/analyze/figures.ts'
import { ingest } from '../../scripts/ingest/index.ts'
import { sameFigure } from '../../scripts/eval/score.ts'

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'real', 'figures')
const labels = readdirSync(DIR).filter(f => f.endsWith('.yaml')).sort().map(f => parse(readFileSync(join(DIR, f), 'utf8')) as { file: string; figures: { value: string }[] })

describe('the key figures of real passages', () => {
  const results = labels.map(label => {
    const found = findFigures(ingest(readFileSync(join(DIR, label.file)), label.file).sections)
    const used = new Set<number>()
    const right = found.filter(f => { const g = label.figures.findIndex((x, i) => !used.has(i) && sameFigure(f.value, x.value)); if (g >= 0) used.add(g); return g >= 0 })
    return { found, right: right.length }
  })
  it('are each from a sentence no other card uses', () => {
    for (const { found } of results) expect(new Set(found.map(f => f.sentence)).size).toBe(found.length)
  })
  it('are labelled figures, all but at most one over all passages', () => {
    const found = results.reduce((a, r) => a + r.found.length, 0), right = results.reduce((a, r) => a + r.right, 0)
    expect(found - right).toBeLessThanOrEqual(1)
  })
})
