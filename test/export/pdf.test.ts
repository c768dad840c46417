/**
 * The PDF and handout exports of the deck chosen by test/helpers/deck.ts, read back with pdfjs-dist and pdf-lib.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportHandout, type HandoutSlide } from '../../scripts/export/handout.ts'
import { exportPdf } from '../../scripts/export/pdf.ts'
import { readOutline } from '../../scripts/export/pdfdoc.ts'
import { summarise } from '../../scripts/outputs.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { builtDeck, readDeck, type ShownSlide, testSlidesPath } from '../helpers/deck.ts'
import { normaliseText, pdfFonts, pdfPageTexts } from '../helpers/pdf.ts'

const slidesPath = testSlidesPath()
const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g

describe(`the PDF export of ${slidesPath}`, () => {
  let slides: ShownSlide[] = []
  let dist: string
  let out: string
  let browser: Browser
  let first: Uint8Array
  let second: Uint8Array
  let texts: string[] = []
  const meta = { title: 'Export test', author: 'briefdeck tests', subject: 'PDF export', keywords: ['test', 'pdf'] }

  beforeAll(async () => {
    const deck = await readDeck(slidesPath)
    slides = deck.slides
    const routerMode = deck.headmatter.routerMode === 'hash' ? 'hash' as const : 'history' as const
    dist = await builtDeck(slidesPath)
    out = await mkdtemp(join(tmpdir(), 'briefdeck-pdf-'))
    browser = await launchBrowser()
    const expected = { slidesPath, titles: summarise(slidesPath).slides.map(s => s.title) }
    await exportPdf({ distDir: dist, outFile: join(out, 'a.pdf'), deck: expected, meta, browser, routerMode })
    await exportPdf({ distDir: dist, outFile: join(out, 'b.pdf'), deck: expected, meta, browser, routerMode })
    first = await readFile(join(out, 'a.pdf'))
    second = await readFile(join(out, 'b.pdf'))
    texts = await pdfPageTexts(first)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (out)
      await rm(out, { recursive: true, force: true })
  })

  it('has one page per shown slide (hidden slides left out)', async () => {
    expect((await PDFDocument.load(first)).getPageCount()).toBe(slides.length)
  })

  it('has 980×552-proportioned pages', async () => {
    for (const page of (await PDFDocument.load(first)).getPages())
      expect(page.getWidth() / page.getHeight()).toBeCloseTo(980 / 552, 2)
  })

  it('has every slide title as text on its page', () => {
    for (const slide of slides.filter(s => s.title))
      expect.soft(normaliseText(texts[slide.no - 1] ?? ''), `page ${slide.no}`).toContain(normaliseText(slide.title))
  })

  it('prints each slide\'s own footer, "page / total", on every page but the cover', () => {
    for (const slide of slides.filter(s => s.frontmatter.layout !== 'cover'))
      expect.soft(texts[slide.no - 1] ?? '', `page ${slide.no}`).toMatch(new RegExp(`(^|\\D)${slide.no}\\s*/\\s*${slides.length}(\\D|$)`))
  })

  it('embeds every font it uses', async () => {
    const fonts = await pdfFonts(first)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !f.embedded)).toEqual([])
  })

  it('keeps the deck\'s CJK characters as text', () => {
    const expected = new Set(slides.flatMap(s => s.content.replace(/<!--[\s\S]*?-->/g, '').match(CJK) ?? []))
    const found = new Set(texts.join('').match(CJK) ?? [])
    expect([...expected].filter(ch => !found.has(ch))).toEqual([])
  })

  it('writes the title, author, subject and keywords', async () => {
    const doc = await PDFDocument.load(first, { updateMetadata: false })
    expect(doc.getTitle()).toBe(meta.title)
    expect(doc.getAuthor()).toBe(meta.author)
    expect(doc.getSubject()).toBe(meta.subject)
    expect(doc.getKeywords()).toBe('test pdf')
  })

  it('gives the same bytes for the same input', () => {
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })

  describe('the handout', () => {
    const handoutSlides = (): HandoutSlide[] => slides.map((s, i) => ({
      slideNo: s.no,
      title: s.title || `Slide ${s.no}`,
      section: i === 0 ? undefined : `Part ${Math.ceil(i / 3)}`,
      text: `Notes for ${s.title}. 阵风战斗机 — notes keep CJK as text.`,
      sources: [`L${i + 1}: source excerpt`],
    }))

    for (const layout of [1, 2, 3] as const) {
      it(`has ceil(slides / ${layout}) A4 pages with ${layout} slide(s) per page`, async () => {
        const file = join(out, `handout-${layout}.pdf`)
        const result = await exportHandout({ slidePdf: join(out, 'a.pdf'), outFile: file, slides: handoutSlides(), layout, meta })
        const doc = await PDFDocument.load(await readFile(file))
        expect(doc.getPageCount()).toBe(Math.ceil(slides.length / layout))
        expect(result.pages).toBe(doc.getPageCount())
        const [page] = doc.getPages()
        expect([Math.round(page!.getWidth()), Math.round(page!.getHeight())]).toEqual([595, 842])
      }, 60_000)
    }

    it('keeps slide text and notes (CJK included) as text, with fonts embedded', async () => {
      const file = join(out, 'handout-2.pdf')
      const bytes = await readFile(file)
      const text = normaliseText((await pdfPageTexts(bytes)).join(' '))
      expect(text).toContain(normaliseText(`Notes for ${slides[0]!.title}`))
      expect(text).toContain('阵风战斗机')
      expect(text).toContain(normaliseText(slides[0]!.title)) // from the embedded slide page
      expect((await pdfFonts(bytes)).filter(f => !f.embedded)).toEqual([])
    })

    it('bookmarks slides under their sections', async () => {
      const doc = await PDFDocument.load(await readFile(join(out, 'handout-2.pdf')))
      const outline = readOutline(doc)
      expect(outline[0]).toEqual({ title: slides[0]!.title || 'Slide 1', depth: 0 })
      expect(outline).toContainEqual({ title: 'Part 1', depth: 0 })
      expect(outline.filter(o => o.depth === 1)).toHaveLength(slides.length - 1)
    })

    it('can lay out its notes before the slide PDF exists, and then gives the same bytes', async () => {
      let arrive!: (path: string) => void
      const later = new Promise<string>((resolve) => { arrive = resolve })
      const [slide] = (await PDFDocument.load(first)).getPages()
      const early = exportHandout({ slidePdf: later, aspect: slide!.getWidth() / slide!.getHeight(), outFile: join(out, 'handout-early.pdf'), slides: handoutSlides(), layout: 2, meta })
      setTimeout(() => arrive(join(out, 'a.pdf')), 50)
      await early
      expect(Buffer.from(await readFile(join(out, 'handout-early.pdf'))).equals(await readFile(join(out, 'handout-2.pdf')))).toBe(true)
    }, 60_000)

    it('gives the same bytes for the same input', async () => {
      const args = { slidePdf: join(out, 'a.pdf'), slides: handoutSlides(), layout: 3 as const, meta }
      await exportHandout({ ...args, outFile: join(out, 'h1.pdf') })
      await exportHandout({ ...args, outFile: join(out, 'h2.pdf') })
      expect(Buffer.from(await readFile(join(out, 'h1.pdf'))).equals(await readFile(join(out, 'h2.pdf')))).toBe(true)
    }, 60_000)
  })
})
