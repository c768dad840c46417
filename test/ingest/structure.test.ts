/**
 * One test per structure rule (issue 12), each on a small general fixture written for it: headings by shape and
 * context, tables and furniture, section roles, and topical parts for text without headings.
 */
import { describe, expect, it } from 'vitest'
import type { Article, Block, Section } from '../../scripts/model.ts'
import { ingest } from '../../scripts/ingest/index.ts'
import { overrideRoles } from '../../scripts/ingest/roles.ts'

const read = (text: string, path = 'memo.txt'): Article => ingest(new TextEncoder().encode(text), path)
function* all(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* all(s.children) } }
const titles = (a: Article) => [...all(a.sections)].filter(s => !s.synthetic).map(s => s.title)
const blocks = (a: Article): Block[] => [...all(a.sections)].flatMap(s => s.blocks)
const body = (n: number, topic: string) => `The ${topic} has grown over the past decade, and officials say it will keep growing as more partners join the effort in ${2000 + n}.`

describe('headings by shape and context', () => {
  const memo = [
    'A Memo on Ports', '',
    'Background', '', body(1, 'port network'), '',
    'Shipping Volumes', '', body(2, 'shipping volume'), '',
    'How are drones being used at ports today?', '', body(3, 'use of drones'), '',
    'Why it matters for the budget', '', body(4, 'budget line'), '',
  ].join('\n')

  it('takes a sentence-case question line between paragraphs as a heading', () => {
    expect(titles(read(memo))).toContain('How are drones being used at ports today?')
  })

  it('takes a sentence-case line as a heading when the text already writes title-case headings', () => {
    expect(titles(read(memo))).toContain('Why it matters for the budget')
  })

  it('does not take a sentence-case line for a heading in a text that writes no headings', () => {
    const speech = ['Remarks', '', body(1, 'economy'), '', 'We will not stop here tonight', '', body(2, 'recovery'), ''].join('\n')
    expect(titles(read(speech))).not.toContain('We will not stop here tonight')
  })

  it('does not take the lead-in to a list for a heading', () => {
    const text = `${memo}\nIssues under discussion include\n\n- the cost of the cranes and who pays for them over the next ten years of operation;\n- the timing of the work.\n`
    expect(titles(read(text))).not.toContain('Issues under discussion include')
  })
})

describe('tables and furniture', () => {
  const report = [
    'A Report on Tariffs', '',
    'Timeline', '', body(1, 'tariff schedule'), '',
    'Table 1. Selected Tariff Timelines', '',
    'Action | Steel | Copper',
    'Investigation opened | April 19, 2017 | March 10, 2025',
    'Tariffs take effect | March 23, 2018 | August 1, 2025', '',
    'Source: CRS, based on the Federal Register.', '',
    'Figure 1. Imports by Source',
    'Top Sources of Copper Imports',
    'Source: Census Bureau data.', '',
    'In Trillions of Dollars', '',
    'Figure is interactive in the HTML version of this report.', '',
    'Effects', '', body(2, 'price of copper'), '',
  ].join('\n')
  const a = read(report)

  it('reads a pipe table as a table, with its caption and its Source line', () => {
    const t = blocks(a).find(b => b.kind === 'table')
    expect(t?.kind === 'table' && t.header).toEqual(['Action', 'Steel', 'Copper'])
    expect(t?.kind === 'table' && t.rows).toHaveLength(2)
    expect(t?.kind === 'table' && t.caption).toBe('Table 1. Selected Tariff Timelines')
    expect(t?.kind === 'table' && t.source).toBe('Source: CRS, based on the Federal Register.')
  })

  it('never makes a table row a heading', () => {
    expect(titles(a).filter(t => t.includes('|'))).toEqual([])
  })

  it('keeps a caption, the line that continues it, a unit line and an interactive-figure note out of headings and bullets', () => {
    expect(titles(a)).toEqual(['Timeline', 'Effects'])
    const boiler = a.boilerplate.map(b => b.text)
    expect(boiler).toEqual(expect.arrayContaining(['Figure 1. Imports by Source', 'Top Sources of Copper Imports', 'In Trillions of Dollars', 'Figure is interactive in the HTML version of this report.']))
    expect(blocks(a).some(b => b.kind === 'paragraph' && /interactive|Trillions/.test(b.text))).toBe(false)
  })

  it('reads a table whose first row holds numbers as a table with no header row', () => {
    const t = blocks(read(`Funding\n\n${body(1, 'grant')}\n\nAL | 17.3 | IN | 20.8\nAK | 10.1 | IA | 13.9\n\nMore\n\n${body(2, 'grant')}\n`)).find(b => b.kind === 'table')
    expect(t?.kind === 'table' && t.header).toEqual(['', '', '', ''])
    expect(t?.kind === 'table' && t.rows).toHaveLength(2)
  })

  it('keeps plain-line headings in Markdown whose # marks only the contents and footnotes lists', () => {
    const md = ['# The Report', '', '# Contents', '', '- Origins', '- Effects', '', 'Origins', '', body(1, 'programme'), '', 'Effects', '', body(2, 'programme'), '', '# Footnotes', '', '1. A note.', ''].join('\n')
    expect(titles(read(md, 'report.md'))).toEqual(['Origins', 'Effects'])
  })
})

describe('section roles', () => {
  const roleOf = (a: Article, title: string) => [...all(a.sections)].find(s => s.title === title)?.role

  it('gives a "Vulnerabilities" section the role risks, whatever else it says', () => {
    expect(roleOf(read(`Ports\n\nVulnerabilities\n\n${body(1, 'harbour')}\n\nOutlook\n\n${body(2, 'harbour')}\n`), 'Vulnerabilities')).toBe('risks')
  })

  it('gives the role risks to a section dense with hedged harm statements, however it is headed', () => {
    const text = 'Ports\n\nThe Harbour Today\n\nA storm could disrupt the harbour for weeks. The cranes are vulnerable to salt damage. The risk of a strike remains high.\n\nMoney\n\n' + body(2, 'budget') + '\n'
    expect(roleOf(read(text), 'The Harbour Today')).toBe('risks')
  })

  it('gives "Issues for Congress" the role recommendations, and its sub-sections inherit it', () => {
    const md = `# Ports\n\n## Issues for Congress\n\n${body(1, 'harbour')}\n\n### Dredging\n\n${body(2, 'channel')}\n`
    const a = read(md, 'ports.md')
    expect(roleOf(a, 'Issues for Congress')).toBe('recommendations')
    expect(roleOf(a, 'Dredging')).toBe('recommendations')
  })

  it('gives a section with no cue the role analysis, and the text before the first heading the role overview', () => {
    const a = read(`Ports\n\n${body(1, 'harbour')}\n\nShipping Volumes\n\n${body(2, 'fleet')}\n\nCrane Fleet\n\n${body(3, 'crane fleet')}\n`)
    expect(roleOf(a, 'Shipping Volumes')).toBe('analysis')
    expect(a.sections[0]?.synthetic && a.sections[0].role).toBe('overview')
  })

  it('lets the sidecar override a role by section title or id', () => {
    const a = read(`Ports\n\nShipping Volumes\n\n${body(1, 'fleet')}\n\nCranes\n\n${body(2, 'crane')}\n`)
    const sections = overrideRoles(a.sections, { 'Shipping Volumes': { role: 'risks' }, cranes: { role: 'background' } })
    expect(sections.map(s => s.role)).toEqual(['risks', 'background'])
  })
})

describe('a text without headings', () => {
  const topic = (noun: string, n: number) => Array.from({ length: n }, (_, i) =>
    `The ${noun} ${['matters to every family', 'shapes the coming year', 'needs steady funding', 'depends on the states', 'will be reviewed in spring'][i % 5]}, and the ${noun} plan sets out ${i + 2} steps for the ${noun}.`).join(' ')
  const speech = ['Remarks', '', topic('railway network', 6), '', topic('railway network', 6), '', topic('railway network', 5), '',
    topic('school lunch programme', 6), '', topic('school lunch programme', 6), '', topic('school lunch programme', 5), ''].join('\n')
  const a = read(speech)

  it('is split where the vocabulary changes, not by word count', () => {
    expect(a.sections).toHaveLength(2)
    expect(a.sections[1]!.blocks[0]!.kind === 'paragraph' && a.sections[1]!.blocks[0]!.text).toContain('school lunch programme')
  })

  it('titles each part with a phrase of its own lead sentences, never "Part N"', () => {
    for (const s of a.sections) {
      expect(s.title).not.toMatch(/^Part \d/)
      const lead = s.blocks.flatMap(b => (b.kind === 'paragraph' ? b.sentences.slice(0, 3).map(x => x.text) : [])).join(' ').toLowerCase()
      expect(lead).toContain(s.title.toLowerCase())
    }
  })
})
