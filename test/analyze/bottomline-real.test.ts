/** Real CRS/GAO/CBO-style passages outside the corpus (test/fixtures/real/bottomline), labelled by hand before the program ran on them. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { bottomLine } from '../../scripts/analyze/index.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'real', 'bottomline')
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()
/** `known_miss`: a measure-half passage the program still gets wrong, with why; its test asserts the miss, so a fix tells you to drop the mark. */
const labels = readdirSync(DIR).filter(f => f.endsWith('.yaml')).sort().map(f => parse(readFileSync(join(DIR, f), 'utf8')) as { file: string; bottom_line: string[]; known_miss?: string })

describe('the bottom line of a real passage', () => {
  for (const label of labels) {
    ;(label.known_miss ? it.fails : it)(`is one of the labelled judgements (${label.file})${label.known_miss ? ' — a known miss' : ''}`, () => {
      const bl = bottomLine(ingest(readFileSync(join(DIR, label.file)), label.file))
      expect(bl && label.bottom_line.map(collapse)).toContain(bl && collapse(bl.text))
    })
  }
})
