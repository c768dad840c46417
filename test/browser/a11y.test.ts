/**
 * Accessibility of every slide of the deck under test (the project's slides.md): axe-core, run in
 * Chromium on each slide, must find no serious or critical violation (contrast, names, ARIA).
 */
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { addAxe, axeDocument, axeSlide, guardedPage, launchBrowser } from '../helpers/browser.ts'
import { builtDeck, readDeck, testSlidesPath } from '../helpers/deck.ts'
import { serveStatic, type StaticServer } from '../helpers/server.ts'

const slidesPath = testSlidesPath()

describe(`accessibility of ${slidesPath}`, () => {
  let browser: Browser
  let server: StaticServer
  const found = new Map<number, string[]>()
  let probe: string[] = []
  let probeDocument: string[] = []
  let whole: string[] = []

  beforeAll(async () => {
    const deck = await readDeck(slidesPath)
    const dist = await builtDeck(slidesPath)
    server = await serveStatic(dist)
    browser = await launchBrowser()
    const { page } = await guardedPage(browser)
    const opts = { baseUrl: server.url, print: false, routerMode: deck.headmatter.routerMode === 'hash' ? 'hash' as const : 'history' as const }
    await openDeck(page, opts)
    await addAxe(page)
    for (const slide of deck.slides) {
      if (slide.no > 1) await showSlide(page, slide.no, opts)
      const violations = await axeSlide(page, slide.no)
      if (violations.length) found.set(slide.no, violations)
    }
    // the harness itself can fail: a pale-grey line on white must be reported
    const last = deck.slides[deck.slides.length - 1]!.no
    await page.evaluate((no) => {
      const p = document.createElement('p')
      p.id = 'bd-probe'
      p.textContent = 'Low contrast probe text'
      p.style.cssText = 'color:#e8e8e8;background:#ffffff'
      document.querySelector(`[data-slidev-no="${no}"] .slidev-layout`)!.appendChild(p)
    }, last)
    probe = await axeSlide(page, last)
    // an id a label names, given twice on two slides: only the whole document shows it
    await page.evaluate(([a, b]) => {
      for (const no of [a, b]) {
        const span = document.createElement('span')
        span.id = 'bd-probe-label'
        span.textContent = 'Probe label'
        const input = document.createElement('input')
        input.setAttribute('aria-labelledby', 'bd-probe-label')
        document.querySelector(`[data-slidev-no="${no}"] .slidev-layout`)!.append(span, input)
      }
    }, [1, last])
    probeDocument = await axeDocument(page)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('#bd-probe, #bd-probe-label, [aria-labelledby="bd-probe-label"]')) el.remove()
    })
    whole = await axeDocument(page)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('reports a low-contrast line when one is planted (the check can fail)', () => {
    expect(probe.some(v => v.startsWith('color-contrast'))).toBe(true)
  })

  it('reports an id that a label names given on two slides (the whole-document check can fail)', () => {
    expect(probeDocument.some(v => v.startsWith('duplicate-id-aria'))).toBe(true)
  })

  it('uses no id that a label names twice anywhere in the deck', () => {
    expect(whole).toEqual([])
  })

  it('has no serious or critical axe-core violation on any slide', () => {
    expect(Object.fromEntries(found)).toEqual({})
  })
})
