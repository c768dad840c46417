/**
 * The built site, opened slide by slide in Chromium with the network cut off at 127.0.0.1.
 * Runs on the deck chosen by test/helpers/deck.ts (the project's slides.md once it exists).
 */
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { CANVAS } from '../../scripts/export/pdf.ts'
import { guardedPage, launchBrowser, overflowing, type PageReport } from '../helpers/browser.ts'
import { builtDeck, componentProp, namesFrom, readDeck, type ShownSlide, testSlidesPath } from '../helpers/deck.ts'
import { serveStatic, type StaticServer } from '../helpers/server.ts'

const slidesPath = testSlidesPath()

describe(`the built site of ${slidesPath}`, () => {
  let slides: ShownSlide[] = []
  let server: StaticServer
  let browser: Browser
  let page: Page
  let report: PageReport
  const opts: { baseUrl: string, print: boolean, routerMode?: 'hash' | 'history' } = { baseUrl: '', print: false }
  const overflow = new Map<number, string[]>()
  const canvases = new Map<number, { width: number, height: number }>()
  const texts = new Map<number, string>()

  beforeAll(async () => {
    const deck = await readDeck(slidesPath)
    slides = deck.slides
    opts.routerMode = deck.headmatter.routerMode === 'hash' ? 'hash' : 'history'
    const dist = await builtDeck(slidesPath)
    server = await serveStatic(dist)
    browser = await launchBrowser()
    ;({ page, report } = await guardedPage(browser))
    opts.baseUrl = server.url
    await openDeck(page, opts)
    for (const slide of slides) {
      if (slide.no > 1)
        await showSlide(page, slide.no, opts)
      const { canvas, out } = await overflowing(page, slide.no)
      canvases.set(slide.no, canvas)
      overflow.set(slide.no, out)
      texts.set(slide.no, await page.locator(`[data-slidev-no="${slide.no}"]`).innerText())
    }
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('opens every slide without console errors', () => {
    expect(report.consoleErrors).toEqual([])
  })

  it('opens every slide without uncaught page errors', () => {
    expect(report.pageErrors).toEqual([])
  })

  it('makes no request beyond 127.0.0.1 (fonts, favicon and scripts are bundled)', () => {
    expect(report.blockedRequests).toEqual([])
  })

  it('shows each slide on a 980×552 canvas', () => {
    expect(canvases.size).toBe(slides.length)
    for (const [no, canvas] of canvases) {
      expect.soft(Math.abs(canvas.width - CANVAS.width), `slide ${no} width ${canvas.width}`).toBeLessThanOrEqual(1)
      expect.soft(Math.abs(canvas.height - CANVAS.height), `slide ${no} height ${canvas.height}`).toBeLessThanOrEqual(1)
    }
  })

  it('keeps every element of every slide inside the canvas', () => {
    const offenders = Object.fromEntries([...overflow].filter(([, out]) => out.length > 0))
    expect(offenders).toEqual({})
  })

  it('shows each slide\'s title', () => {
    for (const slide of slides.filter(s => s.title)) {
      const shown = (texts.get(slide.no) ?? '').replace(/[‘’]/g, '\'').replace(/\s+/g, ' ')
      expect.soft(shown, `slide ${slide.no}`).toContain(slide.title.replace(/[‘’]/g, '\''))
    }
  })

  it('shows every risk named in the RiskMatrix props on its slide', () => {
    const uses = componentProp(slides, 'RiskMatrix', 'risks')
    expect(uses.length, 'the deck has a <RiskMatrix :risks=…> slide').toBeGreaterThan(0)
    for (const { slide, value } of uses) {
      for (const name of namesFrom(value))
        expect.soft(texts.get(slide.no), `risk "${name}" on slide ${slide.no}`).toContain(name)
    }
  })

  it('shows every scenario named in the ScenarioCompare props on its slide', () => {
    const uses = componentProp(slides, 'ScenarioCompare', 'scenarios')
    expect(uses.length, 'the deck has a <ScenarioCompare :scenarios=…> slide').toBeGreaterThan(0)
    for (const { slide, value } of uses) {
      for (const name of namesFrom(value))
        expect.soft(texts.get(slide.no), `scenario "${name}" on slide ${slide.no}`).toContain(name)
    }
  })
})
