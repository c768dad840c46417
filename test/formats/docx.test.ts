/**
 * The Word reader on the four shared Word files: the two pandoc ones (heading styles) keep the heading levels and
 * the table of their Markdown source; the two LibreOffice ones (plain text saved as Word, no heading styles) give the
 * headings of their .txt. Spans are paragraph numbers (¶12).
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article, Section } from '../../scripts/model.ts'
import { formatSpan } from '../../scripts/model.ts'
import { ingest, ingestAsync } from '../../scripts/ingest/index.ts'
import { generateAsync } from '../../scripts/pipeline.ts'
import { SHARED_ARTICLES } from '../helpers/generate.ts'
import { SHARED_DOCX } from '../helpers/formats.ts'
import { scratch, textDocx } from '../helpers/documents.ts'

/** Every authored heading with its depth, as "depth title". */
function outline(a: Article): string[] {
  const out: string[] = []
  const walk = (ss: Section[], d: number) => { for (const s of ss) { if (!s.synthetic) out.push(`${d} ${s.title.replace(/’/g, "'")}`); walk(s.children, d + 1) } }
  walk(a.sections, 1)
  return out
}
const tables = (a: Article) => {
  const out: { header: string[]; rows: number }[] = []
  const walk = (ss: Section[]) => { for (const s of ss) { for (const b of s.blocks) if (b.kind === 'table') out.push({ header: b.header, rows: b.rows.length }); walk(s.children) } }
  walk(a.sections)
  return out
}
const read = (file: string) => ingestAsync(readFileSync(join(SHARED_DOCX, file)), file)
const source = (file: string) => ingest(readFileSync(join(SHARED_ARTICLES, file)), file)

describe.each([
  ['06-china-primer-us-china-relations-crs.pandoc.docx', '06-china-primer-us-china-relations-crs.md'],
  ['18-decentralized-finance-crs.pandoc.docx', '18-decentralized-finance-crs.md'],
])('%s (pandoc, heading styles)', (docx, md) => {
  it('keeps the heading levels of its Markdown source', async () => {
    expect(outline(await read(docx))).toEqual(outline(source(md)))
  })
  it('keeps the tables, with their header rows and row counts', async () => {
    expect(tables(await read(docx))).toEqual(tables(source(md)))
  })
  it('has the title of its source', async () => {
    expect((await read(docx)).title).toBe(source(md).title)
  })
})

describe('06-china-primer (pandoc)', () => {
  it('has a table, so the comparison above is not of two empty lists', async () => {
    expect(tables(await read('06-china-primer-us-china-relations-crs.pandoc.docx')).length).toBeGreaterThan(0)
  })
})

describe('18-decentralized-finance (pandoc)', () => {
  it('reads its footnotes as references', async () => {
    const a = await read('18-decentralized-finance-crs.pandoc.docx')
    expect(a.references.length).toBeGreaterThanOrEqual(source('18-decentralized-finance-crs.md').references.length - 5)
  })
})

describe.each([
  ['00-putins-gamble.libreoffice.docx', '00-putins-gamble.txt'],
  ['16-space-force-primer-crs.libreoffice.docx', '16-space-force-primer-crs.txt'],
])('%s (LibreOffice, no heading styles)', (docx, txt) => {
  it('gives the headings of its .txt', async () => {
    const a = await read(docx)
    expect(outline(a)).toEqual(outline(source(txt)))
    expect(outline(a).length).toBeGreaterThan(3)
  })
  it('reads the title, subtitle and dateline of its .txt', async () => {
    const a = await read(docx), t = source(txt)
    expect([a.title, a.subtitle, a.dateline]).toEqual([t.title, t.subtitle, t.dateline])
  })
})

describe('anchors in a deck made from a Word file', () => {
  it('are paragraph numbers in the notes', async () => {
    const file = join(SHARED_DOCX, '00-putins-gamble.libreoffice.docx')
    const g = await generateAsync(readFileSync(file), file)
    const notes = g.deck.slides.flatMap(s => s.notes.sources.map(x => formatSpan(x.span)))
    expect(notes.length).toBeGreaterThan(5)
    for (const n of notes) expect(n).toMatch(/^¶\d+/)
    expect(g.markdown).toMatch(/\(¶\d+\)/)
  })
})

describe('a typed memo with no heading styles', () => {
  const dir = scratch()
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const sections = [
    { heading: 'What we know so far', paragraphs: ['The committee met twice in March and agreed on the budget outline for the next year.'] },
    { heading: 'Next Steps', paragraphs: ['The members will meet again in May to settle the remaining questions on the plan.'] },
  ]
  it('takes a short all-bold paragraph for a heading, even one the plain-text shape rules would not take', async () => {
    const file = await textDocx('Committee Memo', sections, dir, { plain: true, creator: 'J. Analyst' })
    const a = await ingestAsync(readFileSync(file), file)
    expect(a.title).toBe('Committee Memo')
    expect(outline(a)).toEqual(['1 What we know so far', '1 Next Steps'])
  })
  it('takes the author from the core properties when the text names none', async () => {
    const file = await textDocx('Committee Memo', sections, dir, { plain: true, creator: 'J. Analyst' })
    expect((await ingestAsync(readFileSync(file), file)).byline).toBe('J. Analyst')
  })
})
