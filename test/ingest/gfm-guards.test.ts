/**
 * markdown.ts skips micromark's attempts at GFM autolink literals and tables where the source text rules them
 * out (gfmGuards). The guards rest on how micromark-extension-gfm-* tokenize; this keeps the guarded tree equal
 * to the plain one (positions included) on documents full of the constructs, so an upgrade that changes those
 * rules fails here rather than changing articles.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/ingest/markdown.ts'
import { SAMPLE, sharedArticles } from '../helpers/generate.ts'

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['the', 'with', 'which', 'have', 'www', 'http', 'Treaty', 'mining', 'U.S.', 'x_y', 'a-b', '*em*', '_em_', '`code`', '[link](u)', '\\@', '&amp;', 'é']
const AUTOLINKS = ['a@b.co', 'x.y+z@ex-ample.org', 'foo@bar', 'user_name@domain.com.', '(me@x.io)', 'mailto:a@b.c', 'xmpp:a@b.c/d', 'www.example.com', 'WWW.X.ORG/a', 'wwwx.com', 'www.', 'http://a.b', 'HTTPS://x.y/z?q=1', 'https:/x', 'hhttp://x.y', '<http://a.b>', '*http://x.y*', '[a@b.c](http://x)']
const CONTAINERS: [first: string, rest: string][] = [['', ''], ['> ', '> '], ['>', '>'], ['> > ', '> > '], ['- ', '  '], ['1. ', '   '], ['[^n]: ', '    '], ['- > ', '  > '], ['> - ', '>   '], ['\t', '\t']]
const HEADS = ['| a | b |', 'a | b', 'a|b', '| a', 'abc']
const DELIMITERS = ['|---|---|', '--|--', '| :-- | --: |', ':-:|:-:', '-|-', '---', ':--']
const BODIES = ['| 1 | 2 |', '1 | 2', 'just text', '', '- item', '> q']

function documents(n: number): string[] {
  const rnd = random(42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const out: string[] = []
  for (let d = 0; d < n; d++) {
    const [first, rest] = pick(CONTAINERS)
    const prose = () => Array.from({ length: 3 + Math.floor(rnd() * 10) }, () => (rnd() < 0.3 ? pick(AUTOLINKS) : pick(WORDS))).join(' ')
    const table = [pick(HEADS), pick(DELIMITERS), ...Array.from({ length: Math.floor(rnd() * 3) }, () => pick(BODIES))]
    const lines = [prose(), ...(rnd() < 0.5 ? [''] : []), ...table.map((r, k) => (k === 0 ? first : rest) + r), ...(rnd() < 0.5 ? ['', `${first}${prose()}`, `${rest}${prose()}`] : [])]
    out.push(lines.join('\n'))
  }
  return out
}

describe('GFM guards', () => {
  it('give the same tree as the plain parser on documents full of autolinks and tables', () => {
    for (const doc of documents(400)) expect(parseMarkdown(doc)).toEqual(parseMarkdown(doc, false))
  })
  it('give the same tree on the sample and the shared articles', () => {
    for (const path of [SAMPLE, ...sharedArticles()]) {
      const text = readFileSync(path, 'utf8')
      expect(parseMarkdown(text)).toEqual(parseMarkdown(text, false))
    }
  })
  it('still find the constructs they guard', () => {
    const tree = JSON.stringify(parseMarkdown('Write a@b.co or see www.x.org and https://y.org.\n\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n'))
    expect(tree).toContain('"url":"mailto:a@b.co"')
    expect(tree).toContain('"url":"http://www.x.org"')
    expect(tree).toContain('"url":"https://y.org"')
    expect(tree).toContain('"type":"table"')
  })
})
