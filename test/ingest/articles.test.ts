/**
 * Every shared article with expectations written by a person who read it (test/fixtures/expectations/<basename>.json)
 * is ingested and compared with them; every article in the shared folder, known or new, is checked for silently
 * dropped sentences.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article, Block, List, Section } from '../../scripts/model.ts'
import { ingest } from '../../scripts/ingest/index.ts'
import { RE_ENUM_MARKER } from '../../scripts/ingest/blocks.ts'
import { titleFromPath } from '../../scripts/ingest/text.ts'
import { sharedArticles } from '../helpers/generate.ts'
import { splitSentences } from '../../scripts/text/sentences.ts'

const EXPECT = new URL('../fixtures/expectations/', import.meta.url).pathname
const expectationFile = (article: string) => join(EXPECT, `${basename(article).replace(/\.[^.]+$/, '')}.json`)
const articles = sharedArticles().sort()
const known = articles.filter(path => existsSync(expectationFile(path)))

interface Expectation {
  file: string
  title: string | null
  subtitle?: string
  dateline?: string
  byline?: string
  preamble?: boolean
  topSections?: string[]
  topSectionsInclude?: string[]
  notTopLevel?: string[]
  children?: Record<string, string[]>
  labelledItems?: number
  labels?: string[]
  lists?: number
  listItems?: number
  labelledListItems?: string[]
  unorderedLists?: number
  unorderedListItems?: number
  orderedListsAtLeast?: number
  tables: number
  table?: { header: string[]; rows: number; caption?: string }
  paragraphs?: number
  paragraphsAtLeast?: number
  statedWordCount?: number
  themes?: string[]
  references: { min: number; max: number }
  boilerplate: string[]
  headings?: { title: string; level: number; role: string }[]
  notTitles?: string[]
  tableCaptions?: (string | null)[]
  tableShapes?: { columns: number; rows: number; header?: boolean }[]
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

function* sectionsOf(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* sectionsOf(s.children) } }
const blocksOf = (a: Article): Block[] => [...sectionsOf(a.sections)].flatMap(s => s.blocks)
const lists = (a: Article) => blocksOf(a).filter((b): b is List => b.kind === 'list')

describe('the shared articles', () => {
  it('each have an expectation file written by a reader', () => {
    expect(articles.filter(p => !known.includes(p)).map(p => basename(p))).toEqual([])
  })
})

describe.each(known.map(path => [basename(path), path]))('%s, against what a reader found in it', (_name, path) => {
  const x = JSON.parse(readFileSync(expectationFile(path), 'utf8')) as Expectation
  const a = ingest(readFileSync(path), path)
  const authored = a.sections.filter(s => !s.synthetic)

  it('has the title the article states (or one from the file name when it states none)', () => {
    if (x.title === null) {
      expect(a.titleSpan).toBeUndefined()
      expect(a.title).toBe(titleFromPath(path))
    } else {
      expect(a.title).toBe(x.title)
      expect(a.titleSpan).toBeDefined()
    }
  })

  it('reads the subtitle, dateline and byline where the article has them', () => {
    expect(a.subtitle).toBe(x.subtitle)
    expect(a.dateline).toBe(x.dateline)
    expect(a.byline).toBe(x.byline)
  })

  it('finds the top-level sections the author wrote, in order', () => {
    // Plain text carries no heading levels (a reader of the PDF saw them in the type sizes): its headings are
    // compared in order, parents before their children, without levels.
    const plain = a.format === 'txt' && x.children !== undefined
    if (x.topSections && plain) {
      const flat = x.topSections.flatMap(t => [t, ...(x.children?.[t] ?? [])])
      expect([...sectionsOf(authored)].map(s => s.title)).toEqual(flat)
      return
    }
    if (x.topSections) expect(authored.map(s => s.title)).toEqual(x.topSections)
    if (x.topSectionsInclude) {
      const titles = authored.map(s => s.title)
      let at = -1
      for (const t of x.topSectionsInclude) {
        const next = titles.indexOf(t, at + 1)
        expect(next, `top-level section "${t}" after position ${at}`).toBeGreaterThan(at)
        at = next
      }
    }
    for (const t of x.notTopLevel ?? []) {
      expect(authored.map(s => s.title)).not.toContain(t)
      expect([...sectionsOf(a.sections)].map(s => s.title)).toContain(t)
    }
    for (const [parent, kids] of Object.entries(x.children ?? {})) {
      expect(authored.find(s => s.title === parent)?.children.map(c => c.title)).toEqual(kids)
    }
  })

  it('puts text before the first heading in a synthetic section only when there is some', () => {
    if (x.topSections?.length === 0) {
      expect(a.sections.length).toBeGreaterThan(0)
      expect(a.sections.every(s => s.synthetic)).toBe(true)
    } else {
      expect(a.sections[0]?.synthetic === true).toBe(x.preamble === true)
    }
  })

  it('counts labelled items, lists and tables as the article has them', () => {
    const blocks = blocksOf(a)
    const items = blocks.filter(b => b.kind === 'item')
    if (x.labelledItems !== undefined) expect(items.length).toBe(x.labelledItems)
    if (x.labels) expect(items.map(b => b.kind === 'item' && b.label)).toEqual(x.labels)
    if (x.lists !== undefined) expect(lists(a).length).toBe(x.lists)
    if (x.listItems !== undefined) expect(lists(a).flatMap(l => l.items).length).toBe(x.listItems)
    if (x.labelledListItems) expect(lists(a).flatMap(l => l.items).flatMap(i => i.label ?? [])).toEqual(x.labelledListItems)
    if (x.unorderedLists !== undefined) expect(lists(a).filter(l => !l.ordered).length).toBe(x.unorderedLists)
    if (x.unorderedListItems !== undefined) expect(lists(a).filter(l => !l.ordered).flatMap(l => l.items).length).toBe(x.unorderedListItems)
    if (x.orderedListsAtLeast !== undefined) expect(lists(a).filter(l => l.ordered).length).toBeGreaterThanOrEqual(x.orderedListsAtLeast)
    const tables = blocks.filter(b => b.kind === 'table')
    expect(tables.length).toBe(x.tables)
    if (x.table) {
      const t = tables[0]!
      expect(t.kind === 'table' && t.header).toEqual(x.table.header)
      expect(t.kind === 'table' && t.rows.length).toBe(x.table.rows)
      expect(t.kind === 'table' && t.caption).toBe(x.table.caption)
    }
    const paragraphs = blocks.filter(b => b.kind === 'paragraph').length
    if (x.paragraphs !== undefined) expect(paragraphs).toBe(x.paragraphs)
    if (x.paragraphsAtLeast !== undefined) expect(paragraphs).toBeGreaterThanOrEqual(x.paragraphsAtLeast)
  })

  it('makes a section of every heading the author wrote, in order, and of nothing else', () => {
    if (!x.headings) return
    // front-matter lists (contents, figures, footnotes) are headings the reader listed, but never sections
    const expected = x.headings.filter(h => h.role !== 'reference').map(h => norm(h.title))
    const got = [...sectionsOf(authored)].map(s => norm(s.title))
    expect(got).toEqual(expected)
  })

  it('never titles a section with a table row, caption, unit or Source line', () => {
    const titles = [...sectionsOf(a.sections)].map(s => norm(s.title))
    for (const line of x.notTitles ?? []) expect(titles, line).not.toContain(norm(line))
  })

  it('reads each table with its caption and shape', () => {
    const tables = blocksOf(a).filter(b => b.kind === 'table')
    // a unit line under the caption ("($, rounded in millions)") may be kept with it
    if (x.tableCaptions) expect(tables.map((t, i) => (t.caption ? norm(t.caption).slice(0, norm(x.tableCaptions![i] ?? '').length) : null))).toEqual(x.tableCaptions.map(c => (c ? norm(c) : null)))
    if (x.tableShapes) {
      expect(tables.map(t => ({ columns: t.header.length, rows: t.rows.length })))
        .toEqual(x.tableShapes.map(sh => ({ columns: sh.columns, rows: sh.rows })))
    }
  })

  it('reads the metadata line', () => {
    expect(a.meta.statedWordCount).toBe(x.statedWordCount)
    expect(a.meta.themes).toEqual(x.themes ?? [])
  })

  it('keeps footnotes and Source/Note lines as references, and disclaimers and contents as boilerplate', () => {
    expect(a.references.length).toBeGreaterThanOrEqual(x.references.min)
    expect(a.references.length).toBeLessThanOrEqual(x.references.max)
    const boiler = a.boilerplate.map(b => b.text).join('\n')
    for (const s of x.boilerplate) expect(boiler).toContain(s)
    if (x.boilerplate.length === 0) expect(a.boilerplate).toEqual([])
  })

})

describe.each(articles.map(path => [basename(path), path]))('%s', (_name, path) => {
  const a = ingest(readFileSync(path), path)

  it('drops no sentence of the source: each is in the body, the head, the references or the boilerplate', () => {
    // Inline enumeration markers "(1) " become the order of a list: they are structure, not words, wherever the
    // text ends up (a reader may also keep them, in a reference or a paragraph it does not split).
    const words = (s: string) => s.replace(RE_ENUM_MARKER, '$1').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? ''
    const body = words([...sectionsOf(a.sections)].flatMap(s => [s.synthetic ? '' : s.title, ...s.blocks.map(blockWords)]).join(' '))
    const head = words([a.title, a.subtitle, a.byline, a.dateline, ...(a.meta.span ? a.text.split('\n').slice(a.meta.span.line - 1, a.meta.span.endLine) : [])].join(' \n '))
    const refs = a.references.map(r => words(`${r.label} ${r.text}`))
    const boiler = a.boilerplate.map(b => words(b.text))
    const accounted = (w: string) => body.includes(w) || head.includes(w) || refs.some(r => r.includes(w)) || boiler.some(b => b.includes(w))
    const missing: string[] = []
    a.text.split('\n').forEach((line, n) => {
      const plain = stripMarkup(line, a.format)
      for (const s of splitSentences(plain)) {
        const w = words(s)
        if (w && !accounted(w) && !/^(word count|key themes)/.test(w)) missing.push(`L${n + 1}: ${s}`)
      }
    })
    expect(missing).toEqual([])
  })
})

function blockWords(b: Block): string {
  switch (b.kind) {
    case 'paragraph': case 'quote': return b.text
    case 'item': return `${b.label} ${b.text}`
    case 'list': return b.items.map(i => `${i.label ?? ''} ${i.text}`).join(' ')
    case 'table': return [b.caption ?? '', ...b.header, ...b.rows.flat()].join(' ')
  }
}

/** The reader-independent text of a source line: Markdown syntax removed crudely (link URLs, markers, pipes). */
function stripMarkup(line: string, format: Article['format']): string {
  if (format !== 'md') return line
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/, '')
    .replace(/^\|?\s*:?-{3,}.*$/, '')
    .replace(/\|/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
}
