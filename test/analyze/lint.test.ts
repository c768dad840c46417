import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkArticle, lint } from '../../scripts/analyze/lint.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const read = (s: string, path = 'a.txt') => ingest(new TextEncoder().encode(s), path)
const rules = (s: string, path?: string) => lint(read(s, path)).map(d => d.rule)
const CLEAN = 'A Clean Title\n\nBackground\nThe plan’s cost rose (by 5%) after “the vote”. Officials said "yes" and moved on.\n'

describe('lint', () => {
  it('finds nothing in clean text', () => {
    expect(lint(read(CLEAN))).toEqual([])
  })

  it('flags a run of another script inside the dominant one, with its line and column', () => {
    const ds = lint(read('Title\n\nBackground\nIndia buys French-made阵风战斗机 jets from France.\n')).filter(d => d.rule === 'foreign-script')
    expect(ds).toHaveLength(1)
    expect([ds[0]!.line, ds[0]!.column]).toEqual([4, 23])
    expect(ds[0]!.message).toContain('阵风战斗机')
  })
  it('does not flag Latin acronyms or Roman numerals in Russian text', () => {
    expect(rules('Мир XXI века и НАТО.\n\nРоссия и NATO ведут диалог.\n')).not.toContain('foreign-script')
  })

  it('flags a stated word count more than 10% off the real one', () => {
    const body = 'one two three four five six seven eight nine ten. '.repeat(10)
    expect(rules(`Title\n\nBackground\n${body}\nWord count: 200 | Key themes: a, b\n`)).toContain('word-count')
    expect(rules(`Title\n\nBackground\n${body}\nWord count: 101 | Key themes: a, b\n`)).not.toContain('word-count')
  })

  it('flags "Putins’" when the text also writes "Putin’s"', () => {
    const ds = lint(read('Title\n\nBackground\nPutin’s plan worked.\nPutins’ gamble is risky.\n')).filter(d => d.rule === 'apostrophe')
    expect(ds.map(d => [d.line, d.column])).toEqual([[5, 1]])
  })
  it('does not flag a plural possessive whose singular never appears', () => {
    expect(rules('Title\n\nBackground\nThe Americans’ view differs from the Europeans’ view.\n')).not.toContain('apostrophe')
  })
  it('flags an apostrophe glued between two words but not contractions or names', () => {
    expect(rules('Title\n\nBackground\nThe policy’Russian side agreed.\n')).toContain('apostrophe')
    expect(rules('Title\n\nBackground\nThey don’t know O’Brien or Côte d’Ivoire, and they’re fine.\n')).not.toContain('apostrophe')
  })

  it('flags unbalanced quotes and brackets within a paragraph', () => {
    expect(rules('Title\n\nBackground\nHe said “it is time to act. Then he left.\n')).toContain('unbalanced')
    expect(rules('Title\n\nBackground\nThe plan (first stage failed.\n')).toContain('unbalanced')
    expect(rules('Title\n\nBackground\nShe said "no and left.\n')).toContain('unbalanced')
  })

  it('flags a heading with nothing under it', () => {
    expect(rules('# T\n\n## Empty\n\n## Full\n\nSome text.\n', 'a.md')).toContain('empty-section')
  })

  it('flags a paragraph too long for a slide', () => {
    expect(rules(`Title\n\nBackground\n${'This sentence has exactly eight words in it. '.repeat(16)}\n`)).toContain('long-paragraph')
  })

  it('gives every diagnostic a 1-based line and column, a severity and a message with the fix', () => {
    const ds = lint(read('Title\n\nBackground\nPutin’s plan.\nPutins’ gamble 合作 (open.\n'))
    expect(ds.length).toBeGreaterThan(0)
    for (const d of ds) {
      expect(d.line).toBeGreaterThanOrEqual(1)
      expect(d.column).toBeGreaterThanOrEqual(1)
      expect(['error', 'warning', 'info']).toContain(d.severity)
      expect(d.message).toMatch(/;|—/)
    }
  })
})

describe('the sample article', () => {
  const path = new URL('../../../shared/articles/00-putins-gamble.txt', import.meta.url).pathname
  const ds = checkArticle(ingest(readFileSync(path), path))
  const at = (rule: string) => ds.filter(d => d.rule === rule).map(d => [d.line, d.column])

  it('has a stated word count (698) far from the real one', () => {
    expect(at('word-count')).toEqual([[32, 1]])
  })
  it('has Chinese words in English prose on lines 15 and 18', () => {
    expect(at('foreign-script').map(([l]) => l)).toEqual([15, 18])
  })
  it('has a stray "|" line at the end, reported once', () => {
    expect(at('stray-line')).toEqual([[33, 1]])
  })
  it('has the misplaced apostrophe "Putins’" opening the conclusion', () => {
    expect(at('apostrophe')).toEqual([[31, 1]])
  })
})
