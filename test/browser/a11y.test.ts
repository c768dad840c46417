/**
 * Accessibility of every slide of the deck under test (the project's slides.md): axe-core, run in
 * Chromium on each slide, must find no serious or critical violation (contrast, names, ARIA).
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { guardedPage, launchBrowser } from '../helpers/browser.ts'
import { builtDeck, readDeck, testSlidesPath } from '../helpers/deck.ts'
import { serveStatic, type StaticServer } from '../helpers/server.ts'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const slidesPath = testSlidesPath()

describe(`accessibility of ${slidesPath}`, () => {
  let browser: Browser
  let server: StaticServer
  const found = new Map<number, string[]>()
  let probe: string[] = []

  beforeAll(async () => {
    const deck = await readDeck(slidesPath)
    const dist = await builtDeck(slidesPath)
    server = await serveStatic(dist)
    browser = await launchBrowser()
    const { page } = await guardedPage(browser)
    const opts = { baseUrl: server.url, print: false, routerMode: deck.headmatter.routerMode === 'hash' ? 'hash' as const : 'history' as const }
    await openDeck(page, opts)
    await page.addScriptTag({ content: AXE })
    for (const slide of deck.slides) {
      if (slide.no > 1) await showSlide(page, slide.no, opts)
      const violations = await page.evaluate(async (no) => {
        const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string, impact: string, nodes: { target: string[] }[] }[] }> } }).axe
        const root = document.querySelector(`[data-slidev-no="${no}"]`)!
        const r = await axe.run(root, { resultTypes: ['violations'] })
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} (${v.impact}) at ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
      }, slide.no)
      if (violations.length) found.set(slide.no, violations)
    }
    // the harness itself can fail: a pale-grey line on white must be reported
    probe = await page.evaluate(async (no) => {
      const root = document.querySelector(`[data-slidev-no="${no}"] .slidev-layout`)!
      const p = document.createElement('p')
      p.textContent = 'Low contrast probe text'
      p.style.cssText = 'color:#e8e8e8;background:#ffffff'
      root.appendChild(p)
      const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string }[] }> } }).axe
      const r = await axe.run(root, { resultTypes: ['violations'] })
      p.remove()
      return r.violations.map(v => v.id)
    }, deck.slides[deck.slides.length - 1]!.no)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('reports a low-contrast line when one is planted (the check can fail)', () => {
    expect(probe).toContain('color-contrast')
  })

  it('has no serious or critical axe-core violation on any slide', () => {
    expect(Object.fromEntries(found)).toEqual({})
  })
})
