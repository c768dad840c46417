/**
 * The PDF layout rules on pages written by hand in poppler's `pdftohtml -xml` form, so each rule is seen alone:
 * columns read in order, running headers, footers and page numbers kept out, line-end hyphens, footnotes and
 * contents pages.
 */
import { describe, expect, it } from 'vitest'
import type { Article, Section } from '../../scripts/model.ts'
import { pdfArticle } from '../../scripts/ingest/pdf.ts'
import { parseOutline, parsePdfXml } from '../../scripts/ingest/pdflayout.ts'

interface T { top: number; left: number; text: string; font?: number; width?: number }
const FONTS = '<fontspec id="0" size="11" family="Times-Roman" color="#000000"/><fontspec id="1" size="16" family="Times-Bold" color="#000000"/><fontspec id="2" size="12" family="Times-Bold" color="#000000"/><fontspec id="3" size="8" family="Times-Roman" color="#000000"/><fontspec id="4" size="5" family="Times-Roman" color="#000000"/>'
const SIZE = [11, 16, 12, 8, 5]
const page = (n: number, texts: T[]) => `<page number="${n}" position="absolute" top="0" left="0" height="792" width="612">${n === 1 ? FONTS : ''}${texts.map(t => `<text top="${t.top}" left="${t.left}" width="${t.width ?? Math.round(t.text.length * SIZE[t.font ?? 0]! * 0.45)}" height="${SIZE[t.font ?? 0]}" font="${t.font ?? 0}">${t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`).join('')}</page>`
const pdf = (...pages: T[][]) => `<?xml version="1.0" encoding="UTF-8"?><pdf2xml producer="poppler" version="22.12.0">${pages.map((p, i) => page(i + 1, p)).join('')}</pdf2xml>`
const read = (xml: string) => pdfArticle(parsePdfXml(xml), 'report.pdf')

function* sections(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* sections(s.children) } }
const body = (a: Article) => [...sections(a.sections)].flatMap(s => [s.title, ...s.blocks.map(b => ('text' in b ? b.text : ''))]).join('\n')

/** A column of body lines, 13 pt apart. */
const column = (left: number, top: number, lines: string[]): T[] => lines.map((text, i) => ({ top: top + i * 13, left, text, width: 230 }))

describe('reading order', () => {
  const left = column(50, 120, ['The left column opens the report and its first', 'paragraph runs down this column to its end.'])
  const right = column(320, 120, ['The right column comes second, and a reader', 'reaches it only after the left one is done.'])
  const a = read(pdf([{ top: 80, left: 50, text: 'Two Columns Report', font: 1 }, ...right, ...left]))

  it('reads the left column before the right one, whatever the order in the file', () => {
    const t = body(a)
    expect(t.indexOf('The left column opens')).toBeGreaterThanOrEqual(0)
    expect(t.indexOf('to its end.')).toBeLessThan(t.indexOf('The right column comes second'))
  })

  it('never joins a line of one column to the line beside it', () => {
    expect(body(a)).not.toMatch(/its first The right column/)
    expect(body(a)).toContain('its first paragraph runs down this column to its end.')
  })

  it('takes the large bold line on page 1 as the title', () => {
    expect(a.title).toBe('Two Columns Report')
  })
})

describe('page furniture', () => {
  const pageOf = (n: number, text: string[]): T[] => [
    { top: 30, left: 400, text: 'Congressional Notes on Things', font: 3 },
    ...column(50, 100, text),
    { top: 760, left: 300, text: String(n), font: 3 },
    { top: 760, left: 50, text: 'https://example.org/reports', font: 3 },
  ]
  const a = read(pdf(
    [{ top: 60, left: 50, text: 'A Report With Furniture', font: 1 }, ...pageOf(1, ['Page one has a sentence about policy choices.'])],
    pageOf(2, ['Page two has a sentence about budget choices.']),
    pageOf(3, ['Page three has a sentence about the outlook.']),
  ))

  it('keeps the running header, the page numbers and the URL stamp out of the body', () => {
    const t = body(a)
    expect(t).not.toContain('Congressional Notes on Things')
    expect(t).not.toContain('https://example.org')
    expect(t).not.toMatch(/^\d$/m)
    expect(t).toContain('Page three has a sentence about the outlook.')
  })

  it('lists what it kept out, with why', () => {
    const why = a.boilerplate.filter(b => b.text === 'Congressional Notes on Things').map(b => b.reason)
    expect(why).toEqual(['running header or footer', 'running header or footer', 'running header or footer'])
    expect(a.boilerplate.find(b => b.text === '2')?.reason).toMatch(/running header or footer|page number/)
  })

  it('anchors text at its page and line on the page', () => {
    const para = [...sections(a.sections)].flatMap(s => s.blocks).find(b => 'text' in b && b.text.startsWith('Page two'))!
    expect(para.span.page).toBe(2)
    expect(para.span.pageLine).toBeGreaterThan(0)
  })
})

describe('line-end hyphens', () => {
  const a = read(pdf([
    { top: 60, left: 50, text: 'Hyphens', font: 1 },
    ...column(50, 100, [
      'The deployment began in May. The first deploy-',
      'ment was small, and two-',
      'star generals led it with great care and skill. One-',
      'or two-star officers led each of its units in turn.',
    ]),
  ]))
  it('joins a word broken at the line end when the joined word occurs elsewhere', () => {
    expect(body(a)).toContain('The first deployment was small')
  })
  it('keeps a real hyphen ("two-star")', () => {
    expect(body(a)).toContain('and two-star generals')
  })
  it('keeps the space after a suspended hyphen ("One- or two-star")', () => {
    expect(body(a)).toContain('One- or two-star officers')
  })
})

describe('footnotes and contents pages', () => {
  const a = read(pdf(
    [
      { top: 60, left: 50, text: 'Notes and Contents', font: 1 },
      { top: 100, left: 50, text: 'Contents', font: 2 },
      { top: 120, left: 50, text: 'Introduction .................................... 2', width: 400 },
      { top: 134, left: 50, text: 'Background ...................................... 3', width: 400 },
      { top: 148, left: 50, text: 'Issues for Congress ............................. 4', width: 400 },
    ],
    [
      { top: 80, left: 50, text: 'Introduction', font: 2 },
      ...column(50, 100, ['The program began in 2020 and grew quickly over', 'the next years, as the budget shows.']),
      { top: 98, left: 282, text: '1', font: 4, width: 3 },
      { top: 700, left: 50, text: '1 Department of Examples, Annual Report, 2024.', font: 3, width: 300 },
    ],
  ))
  it('skips the contents page', () => {
    expect([...sections(a.sections)].map(s => s.title)).toEqual(['Introduction'])
    expect(a.boilerplate.filter(b => b.reason === 'contents page').length).toBeGreaterThanOrEqual(3)
  })
  it('reads a footnote at the page foot as a reference, not as body text', () => {
    expect(a.references).toEqual([expect.objectContaining({ label: '1', text: 'Department of Examples, Annual Report, 2024.' })])
    expect(body(a)).not.toContain('Department of Examples')
  })
})

describe('heading levels', () => {
  it('follow the outline (bookmarks) when the PDF has one, even for a line set like body text', () => {
    const xml = pdf([
      { top: 60, left: 50, text: 'Outlined Report', font: 1 },
      { top: 100, left: 50, text: 'Background', font: 2 },
      ...column(50, 120, ['The background paragraph says where things stand.']),
      { top: 150, left: 50, text: 'Earlier Steps' },
      ...column(50, 170, ['A paragraph about the earlier steps that were taken.']),
    ]).replace('</pdf2xml>', '<outline><item page="1">Outlined Report</item><outline><item page="1">Background</item><outline><item page="1">Earlier Steps</item></outline></outline></outline></pdf2xml>')
    const pages = parsePdfXml(xml)
    const a = pdfArticle(pages, 'report.pdf', parseOutline(xml))
    expect(a.sections.map(s => [s.title, s.children.map(c => c.title)])).toEqual([['Background', ['Earlier Steps']]])
  })

  it('follow the numbering when headings are numbered', () => {
    const a = read(pdf([
      { top: 60, left: 50, text: 'Numbered Report', font: 1 },
      { top: 100, left: 50, text: '1 Scope', font: 2 },
      ...column(50, 120, ['The scope paragraph says what the report covers.']),
      { top: 150, left: 50, text: '1.1 Limits', font: 2 },
      ...column(50, 170, ['A paragraph about the limits of the report itself.']),
      { top: 200, left: 50, text: '2 Findings', font: 2 },
      ...column(50, 220, ['A paragraph about what the report found in the end.']),
    ]))
    expect(a.sections.map(s => [s.title, s.children.map(c => c.title)])).toEqual([['1 Scope', ['1.1 Limits']], ['2 Findings', []]])
  })
})

describe('lists', () => {
  const a = read(pdf([
    { top: 60, left: 50, text: 'Lists Report', font: 1 },
    ...column(50, 100, ['The plan has three parts, which the text numbers:']),
    { top: 116, left: 50, text: '1. Funding, which the committee sets for', width: 230 },
    { top: 129, left: 65, text: 'each year of the program;', width: 200 },
    { top: 145, left: 50, text: '2. Oversight of the agencies involved;', width: 230 },
    { top: 161, left: 50, text: '3. Reports to Congress every six months.', width: 230 },
    ...column(50, 190, ['The rest of the paragraph text follows the list here.', '(2) This line starts with a number in parentheses but', 'is part of a wrapped paragraph, not a list.']),
  ]))
  const blocks = [...sections(a.sections)].flatMap(s => s.blocks)

  it('reads numbered lines with a hanging indent as an ordered list, markers off', () => {
    const list = blocks.find(b => b.kind === 'list')
    expect(list?.kind === 'list' && list.ordered).toBe(true)
    expect(list?.kind === 'list' && list.items.map(i => i.text)).toEqual(['Funding, which the committee sets for each year of the program;', 'Oversight of the agencies involved;', 'Reports to Congress every six months.'])
  })

  it('leaves a wrapped line that merely starts with "(2)" in its paragraph', () => {
    expect(blocks.filter(b => b.kind === 'list')).toHaveLength(1)
    expect(body(a)).toContain('but is part of a wrapped paragraph')
  })
})
