/**
 * The same report read from its PDF or Word file finds what its text version finds (scripts/eval/formats.ts): floors on
 * the shares both find, so a change to PDF or Word reading that loses findings fails here.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FORMAT_PARTS, formatsMarkdown, formatsReport, overlap, textStem, type FormatPart } from '../../scripts/eval/formats.ts'
import { ARTICLES, ROOT } from '../../scripts/eval/run.ts'

const rows = await formatsReport(ARTICLES, join(ROOT, 'test', 'gold', 'split.yaml'))
const share = (half: string, part: FormatPart) => {
  const rs = rows.filter(r => r.half === half).map(r => r.parts[part])
  return rs.reduce((a, o) => a + o.both, 0) / rs.reduce((a, o) => a + o.either, 0)
}

describe('a PDF or Word file against its text version', () => {
  it('pairs a converter-named Word file and a PDF with their text versions', () => {
    expect(textStem('00-putins-gamble.libreoffice.docx')).toBe('00-putins-gamble')
    expect(textStem('18-decentralized-finance-crs.pandoc.docx')).toBe('18-decentralized-finance-crs')
    expect(textStem('01-us-iran-ceasefire-crs.pdf')).toBe('01-us-iran-ceasefire-crs')
  })
  it('counts the items both find against those either finds', () => {
    expect(overlap(new Set(['china', 'india']), new Set(['india', 'russia']))).toEqual({ both: 1, either: 3 })
    expect(overlap(new Set(), new Set())).toEqual({ both: 0, either: 0 })
  })
  it('reads every PDF and Word file of the corpus whose text is in the split, in both halves', () => {
    expect(rows.filter(r => r.file.startsWith('pdf/')).length).toBeGreaterThanOrEqual(12)
    expect(rows.filter(r => r.file.startsWith('docx/')).length).toBeGreaterThanOrEqual(4)
    expect(new Set(rows.map(r => r.half))).toEqual(new Set(['tuning', 'heldout']))
  })
  it.each(['tuning', 'heldout'])('finds the same actors, dates and figures from either file on the %s half, and the same bottom line', half => {
    for (const part of ['actors', 'timeline', 'figures'] as const) expect(share(half, part), part).toBeGreaterThanOrEqual(0.95)
    expect(share(half, 'risks')).toBeGreaterThanOrEqual(0.75)
    expect(rows.filter(r => r.half === half).every(r => r.sameBottomLine)).toBe(true)
  })
  it('is a section of EVAL.md with a totals row per half and a row per tuning file', () => {
    const md = formatsMarkdown(rows)
    expect(md).toMatch(/^## The same report as a PDF or a Word file\n/)
    expect(md).toContain(`| half | files | ${FORMAT_PARTS.join(' | ')} | same bottom line |`)
    expect(md.split('\n').filter(l => /^\| (tuning|heldout) \| \d+ \|/.test(l))).toHaveLength(2)
    expect(md.split('\n').filter(l => /^\| (pdf|docx)\//.test(l))).toHaveLength(rows.filter(r => r.half === 'tuning').length)
  })
})
