/**
 * The fast PDF path (serve dist/, print Slidev's print view in one call) against the stock `slidev export` on the same deck: the
 * same number of pages and the same text on every page. Slow (two Chromium runs and a Vite dev server, ~20–40 s),
 * so it runs once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportPdf, exportWithSlidev } from '../../scripts/export/pdf.ts'
import { summarise } from '../../scripts/outputs.ts'
import { builtDeck, readDeck, testSlidesPath } from '../helpers/deck.ts'
import { normaliseText, pdfPageTexts } from '../helpers/pdf.ts'

const slidesPath = testSlidesPath()

describe(`fast PDF export vs slidev export of ${slidesPath}`, () => {
  let out: string
  let fast: string[] = []
  let stock: string[] = []
  let shown = 0

  beforeAll(async () => {
    const deck = await readDeck(slidesPath)
    shown = deck.slides.length
    const dist = await builtDeck(slidesPath)
    out = await mkdtemp(join(tmpdir(), 'briefdeck-fast-vs-slidev-'))
    const routerMode = deck.headmatter.routerMode === 'hash' ? 'hash' : 'history'
    await exportPdf({ distDir: dist, outFile: join(out, 'fast.pdf'), deck: { slidesPath, titles: summarise(slidesPath).slides.map(s => s.title) }, meta: { title: 'fast' }, routerMode })
    await exportWithSlidev({ slidesPath, outFile: join(out, 'slidev.pdf'), timeoutMs: 60_000 })
    fast = await pdfPageTexts(await readFile(join(out, 'fast.pdf')))
    stock = await pdfPageTexts(await readFile(join(out, 'slidev.pdf')))
  }, 240_000)

  afterAll(async () => {
    if (out)
      await rm(out, { recursive: true, force: true })
  })

  it('has the same page count, one page per shown slide', () => {
    expect(stock.length).toBe(shown)
    expect(fast.length).toBe(stock.length)
  })

  it('has the same text on every page', () => {
    for (let i = 0; i < stock.length; i++)
      expect.soft(normaliseText(fast[i] ?? ''), `page ${i + 1}`).toBe(normaliseText(stock[i] ?? ''))
  })
})
