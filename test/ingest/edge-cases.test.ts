import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Article, Block, Section } from '../../scripts/model.ts'
import { IngestError, decodeArticle, ingest } from '../../scripts/ingest/index.ts'
import { splitLabel } from '../../scripts/ingest/blocks.ts'
import { titleFromPath } from '../../scripts/ingest/text.ts'

const enc = (s: string) => new TextEncoder().encode(s)
const read = (s: string, path = 'a.txt') => ingest(enc(s), path)
function* all(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* all(s.children) } }
const blocks = (a: Article): Block[] => [...all(a.sections)].flatMap(s => s.blocks)
const thrown = (f: () => unknown): IngestError => {
  try { f() } catch (e) { if (e instanceof IngestError) return e; throw e }
  throw new Error('expected an IngestError')
}

describe('headings', () => {
  it('does not take a heading-like sentence for a heading', () => {
    const a = read('Title\n\nThe Government Will Respond To The Crisis By Raising Rates.\nMore text follows here.\n')
    expect([...all(a.sections)].map(s => s.title)).not.toContain('The Government Will Respond To The Crisis By Raising Rates.')
  })
  it('nests a jump from ### to ##### one level, not two', () => {
    const a = read('# T\n\n## A\n\ntext a\n\n### B\n\ntext b\n\n##### C\n\ntext c\n\n## D\n\ntext d\n', 'a.md')
    const b = a.sections.find(s => s.title === 'A')!.children[0]!
    expect(b.title).toBe('B')
    expect(b.children.map(c => [c.title, c.level])).toEqual([['C', 3]])
    expect(a.sections.map(s => s.title)).toEqual(['A', 'D'])
  })
  it('recognises plain-line headings in Markdown that marks none with #', () => {
    const a = read('# Title\n\nBackground\n\nSome text here.\n\nOutlook\n\nMore text here.\n', 'a.md')
    expect(a.sections.map(s => s.title)).toEqual(['Background', 'Outlook'])
  })
})

describe('a title from the file name, for an article that states none', () => {
  it('drops the number prefix and a trailing language tag', () => {
    expect(titleFromPath('articles/12-russia-foreign-policy-concept-2000-excerpt-ru.txt')).toBe('Russia Foreign Policy Concept 2000 Excerpt')
    expect(titleFromPath('notes/taiwan_strait_zh.md')).toBe('Taiwan Strait')
  })

  it('keeps a final word that is a country or an ordinary word, not a language tag', () => {
    expect(titleFromPath('trade-talks-with-the-us.txt')).toBe('Trade Talks With The Us')
    expect(titleFromPath('what-comes-after-it.md')).toBe('What Comes After It')
  })

  it('keeps a file name that is only a language tag', () => {
    expect(titleFromPath('ru.txt')).toBe('Ru')
  })
})

describe('sentences', () => {
  it('keeps "U.S." inside a sentence as one sentence', () => {
    const p = blocks(read('T\n\nThe U.S. Navy said the U.S. and Japan agree. A second sentence follows.\n'))[0]!
    expect(p.kind === 'paragraph' && p.sentences.map(s => s.text)).toEqual(['The U.S. Navy said the U.S. and Japan agree.', 'A second sentence follows.'])
  })
  it('does not split on "e.g." in parentheses', () => {
    const p = blocks(read('T\n\nSome minerals (e.g. cobalt) are scarce. Others are not.\n'))[0]!
    expect(p.kind === 'paragraph' && p.sentences.length).toBe(2)
  })
  it('turns an inline (1) (2) (3) enumeration into an ordered list after its lead-in', () => {
    const a = read('# T\n\nIt would disturb the seafloor in three ways: (1) leave tracks, (2) remove nodules, and (3) create a plume. Then it stops.\n', 'a.md')
    expect(blocks(a).map(b => b.kind)).toEqual(['paragraph', 'list', 'paragraph'])
    const list = blocks(a)[1]!
    expect(list.kind === 'list' && list.items.map(i => i.text)).toEqual(['leave tracks,', 'remove nodules, and', 'create a plume.'])
  })
  it('takes rhetorical fragment runs for prose, not labels', () => {
    expect(splitLabel('Headaches. Numbness. Dizziness.')).toBeUndefined()
    expect(splitLabel('AUKUS. AUKUS Pillar 1 would allow Australia to buy submarines.')?.label).toBe('AUKUS')
  })
})

describe('Markdown', () => {
  it('keeps an empty header cell of a table as an empty string', () => {
    const t = blocks(read('# T\n\n| | 2025 | 2030 |\n|---|---|---|\n| GW | 12 | 40 |\n', 'a.md'))[0]!
    expect(t.kind === 'table' && t.header).toEqual(['', '2025', '2030'])
    expect(t.kind === 'table' && t.rows).toEqual([['GW', '12', '40']])
  })
  it('flattens inline formatting and keeps link text without the URL', () => {
    const p = blocks(read('# T\n\nSee **bold** and [the report](https://x.example/r) now.\n', 'a.md'))[0]!
    expect(p.kind === 'paragraph' && p.text).toBe('See bold and the report now.')
  })
  it('keeps a bare URL as written: underscores are not emphasis, %xx is not decoded', () => {
    const url = 'https://wittman.house.gov/files/2023_-_impacts_-_signed.pdf?q=top%2050%20ports'
    const p = blocks(read(`# T\n\nSee ${url}.\n`, 'a.md'))[0]!
    expect(p.kind === 'paragraph' && p.text).toBe(`See ${url}.`)
  })
  it('follows GFM for a table row with too few or too many cells: empty cells added, extra ones dropped', () => {
    const t = blocks(read('# T\n\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n', 'a.md'))[0]!
    expect(t.kind === 'table' && [t.header, t.rows]).toEqual([['a', 'b'], [['1', ''], ['1', '2']]])
  })
  it('keeps a footnote definition where it is written, with its lines, out of the body text', () => {
    const a = read('# T\n\nA claim.[^1] More text.\n\n[^1]: The source,\n    on two lines.\n\n## Next\n\nBody.\n', 'a.md')
    const p = blocks(a)[0]!
    expect(p.kind === 'paragraph' && p.text).toBe('A claim. More text.')
    expect(a.references.map(r => [r.text, r.span.line, r.span.endLine])).toEqual([['The source, on two lines.', 5, 6]])
  })
  it('reads a nested list item after its parent, in order, each with its own lines', () => {
    const l = blocks(read('# T\n\n1. one\n2. two\n   - two-a\n\n     two-a continued\n3. three\n', 'a.md'))[0]!
    expect(l.kind === 'list' && l.items.map(i => [i.text, i.span.line, i.span.endLine])).toEqual([
      ['one', 3, 3], ['two', 4, 7], ['two-a two-a continued', 5, 7], ['three', 8, 8],
    ])
  })
  it('reads the title from front matter and keeps line numbers true', () => {
    const a = read('---\ntitle: From Front Matter\nauthor: A. Writer\n---\n\n## Part\n\nBody text.\n', 'a.md')
    expect([a.title, a.byline]).toEqual(['From Front Matter', 'A. Writer'])
    expect(a.sections[0]!.span.line).toBe(6)
  })
})

describe('HTML', () => {
  const path = new URL('../fixtures/inputs/saved-page.html', import.meta.url).pathname
  const a = ingest(readFileSync(path), path)
  it('reads a saved page without its navigation or footer', () => {
    expect(a.title).toBe('Grid Resilience in 2030')
    expect(a.sections.map(s => s.title)).toEqual(['Background', 'Risks', 'Outlook'])
    const text = JSON.stringify(a.sections)
    expect(text).not.toContain('About')
    expect(text).not.toContain('All rights reserved')
  })
  it('maps lists, tables and quotes, with source lines', () => {
    const risks = a.sections[1]!
    expect(risks.blocks.map(b => b.kind)).toEqual(['list', 'table', 'quote'])
    const list = risks.blocks[0]!
    expect(list.kind === 'list' && list.items.map(i => [i.label, i.span.line])).toEqual([['Supply chains', 19], ['Cyber attacks', 20]])
    expect(risks.span.line).toBe(17)
  })
  it('reads a .txt that is really HTML as HTML', () => {
    expect(ingest(readFileSync(path), 'page.txt').format).toBe('html')
  })
})

describe('encodings and unusable input', () => {
  it('normalises CRLF and CR line endings to LF', () => {
    const a = read('Title\r\n\r\nBackground\r\nOne line.\rTwo line.\r\n')
    expect(a.text).not.toMatch(/\r/)
    expect(a.sections[0]!.title).toBe('Background')
  })
  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    const s = 'Title\n\nÜber café text.\n'
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(s).flatMap(c => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(s).flatMap(c => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])])
    expect(decodeArticle(le, 'a.txt')).toBe(s)
    expect(decodeArticle(be, 'a.txt')).toBe(s)
  })
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hi')]), 'a.txt')).toBe('Hi')
  })
  it('names the byte offset and line of invalid UTF-8 and says to re-save as UTF-8', () => {
    const bytes = new Uint8Array([...enc('Title\nCaf'), 0xe9, ...enc(' text\n')])
    const e = thrown(() => ingest(bytes, 'a.txt'))
    expect(e.message).toContain('byte offset 9')
    expect(e.message).toContain('line 2')
    expect(e.message).toContain('re-save the file as UTF-8')
    expect(e.line).toBe(2)
  })
  it('refuses binary input with NUL bytes, naming where', () => {
    const e = thrown(() => ingest(new Uint8Array([...enc('ab\n'), 0, 1, 2]), 'a.txt'))
    expect(e.message).toMatch(/NUL byte at byte offset 3 \(line 2\)/)
  })
  it('refuses an empty or whitespace-only file', () => {
    expect(thrown(() => ingest(new Uint8Array(), 'a.txt')).message).toContain('the article is empty')
    expect(thrown(() => ingest(enc(' \n\t\n'), 'a.md')).message).toContain('the article is empty')
  })
  it('refuses input over the size limit, naming the size, the limit and how to raise it', () => {
    const e = thrown(() => ingest(enc('x'.repeat(2048)), 'a.txt', { maxBytes: 1024 }))
    expect(e.message).toMatch(/2048 bytes.*limit.*maxBytes/)
  })
})

// Not timed (timing belongs in the benchmark): the generous timeouts only stop a hang from blocking the run.
describe('large and deep input', { timeout: 60_000 }, () => {
  const sentence = 'The committee reviewed the budget and approved the plan (after debate). '
  it('reads a single 1 MB line', () => {
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const a = read(`Title\n\n${line}\n`)
    expect(blocks(a).length).toBe(1)
  })
  it('reads a 1 MB line with no spaces or punctuation (regex worst case)', () => {
    const a = read(`Title\n\n${'a'.repeat(1_000_000)}\n`, 'a.md')
    expect(blocks(a).length).toBe(1)
  })
  it('reads 10,000 headings', () => {
    const md = '# T\n\n' + Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n\nText ${i}.\n`).join('\n')
    expect(read(md, 'a.md').sections.length).toBe(10_000)
  })
  it('reads Markdown nested 1,000 levels deep', () => {
    const quotes = '# T\n\n' + '>'.repeat(1000) + ' deep text\n'
    expect(JSON.stringify(read(quotes, 'a.md').sections)).toContain('deep text')
    const lists = '# T\n\n' + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + '\n'
    const a = read(lists, 'a.md')
    expect(JSON.stringify(a.sections)).toContain('item 999')
    expect(a.diagnostics.map(d => d.rule)).toContain('deep-nesting')
  })
})
