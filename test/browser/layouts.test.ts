/**
 * Every layout in Chromium, before the planner emits them all: the layouts deck (test/fixtures/layouts/deck.ts: the
 * sample deck with kickers over assertion titles, a divider, cards, fact, quote, steps and questions) in the light look
 * with a brand typed into the headmatter (a light blue that fails AA, checked in the browser by global-top.vue), and
 * in the dark look. Each slide: inside the canvas, projection-size type, balanced, no serious axe finding.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBrand } from '../../scripts/brand.ts'
import { buildSite } from '../../scripts/export/build.ts'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import type { Deck } from '../../scripts/model.ts'
import { renderDeck } from '../../scripts/render/slidev.ts'
import { layoutsDeck } from '../fixtures/layouts/deck.ts'
import { addAxe, axeSlide, brokenWords, guardedPage, launchBrowser, measureSlide, overflowing } from '../helpers/browser.ts'
import { ROOT } from '../helpers/generate.ts'
import { serveStatic } from '../helpers/server.ts'

const WORK = join(ROOT, 'test', '.tmp-layouts')
const DIAGRAMS = new Set(['cover', 'matrix', 'scenarios', 'figures', 'actors', 'timeline', 'table', 'references'])
const LOGO = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#00a3e0"/></svg>').toString('base64')}`
const BRAND = { primary: '#00a3e0', accent: '#e87722', logo: LOGO, font: 'Source Sans 3' }

interface Seen {
  problems: Record<string, string[]>
  warnings: string[]
  rootNavy: string
  fontFamily: string
  coverLogo: boolean
  footerLogo: boolean
  layouts: string[]
}

async function look(browser: Browser, name: string, deck: Deck): Promise<Seen> {
  const dir = join(WORK, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'slides.md'), renderDeck(deck))
  await buildSite({ slidesPath: join(dir, 'slides.md'), outDir: join(dir, 'dist') })
  const server = await serveStatic(join(dir, 'dist'))
  const { page, report } = await guardedPage(browser)
  const warnings: string[] = []
  page.on('console', m => { if (m.type() === 'warning') warnings.push(m.text()) })
  const opts = { baseUrl: server.url, print: false, routerMode: 'hash' as const }
  const problems: Record<string, string[]> = {}
  const add = (no: number, what: string) => { (problems[no] ??= []).push(what) }
  let coverLogo = false
  let footerLogo = false
  try {
    await openDeck(page, opts)
    await addAxe(page)
    coverLogo = await page.locator('img.bd-cover-logo').count() > 0
    for (let no = 1; no <= deck.slides.length; no++) {
      const layout = deck.slides[no - 1]!.layout
      if (no > 1) await showSlide(page, no, opts)
      if (no === 2) footerLogo = await page.locator('img.bd-footer__logo').count() > 0
      const { out } = await overflowing(page, no)
      if (out.length) add(no, `overflow: ${out[0]}`)
      for (const w of await brokenWords(page, no)) add(no, `word broken inside: ${w}`)
      const m = await measureSlide(page, no)
      if (m.min && m.min < 14) add(no, `${m.min}px at ${m.minAt}`)
      const floor = DIAGRAMS.has(layout) ? 15 : 22
      if (m.body && m.body < floor) add(no, `${layout}: body ${m.body}px < ${floor}px`)
      if (m.centre !== undefined && (m.centre < 1 / 3 || m.centre > 2 / 3)) add(no, `${layout}: centre ${m.centre}`)
      if (m.intoFooter) add(no, `${layout}: ${m.intoFooter}px into the footer`)
      const axe = await axeSlide(page, no)
      for (const a of axe) add(no, `axe: ${a}`)
    }
    const rootNavy = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bd-navy').trim())
    const fontFamily = await page.evaluate(() => getComputedStyle(document.querySelector('.slidev-layout')!).fontFamily)
    expect(report.consoleErrors).toEqual([])
    expect(report.pageErrors).toEqual([])
    expect(report.blockedRequests).toEqual([])
    return { problems, warnings, rootNavy, fontFamily, coverLogo, footerLogo, layouts: deck.slides.map(s => s.layout) }
  } finally {
    await page.close()
    await server.close()
  }
}

describe('every layout, in a real browser', () => {
  let browser: Browser
  let branded: Seen
  let dark: Seen
  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true })
    browser = await launchBrowser()
    branded = await look(browser, 'branded', layoutsDeck({ brand: BRAND }))
    dark = await look(browser, 'dark', layoutsDeck({ theme: 'dark' }))
  }, 400_000)
  afterAll(async () => {
    await browser?.close()
    rmSync(WORK, { recursive: true, force: true })
  })

  it('has a slide for every evidence layout', () => {
    expect(branded.layouts).toEqual(expect.arrayContaining(['divider', 'cards', 'fact', 'quote', 'steps', 'questions', 'matrix', 'scenarios', 'bullets']))
  })

  it('fits, reads at projector size, is balanced and has no serious axe finding on every slide, branded', () => {
    expect(branded.problems).toEqual({})
  })

  it('does the same in the dark look', () => {
    expect(dark.problems).toEqual({})
  })

  it('darkens the brand colour that fails AA in the browser, says so, and uses the brand font and logo', () => {
    const expected = checkBrand(BRAND).primary
    expect(expected).not.toBe(BRAND.primary)
    expect(branded.rootNavy).toBe(expected)
    expect(branded.warnings.join('\n')).toMatch(/brand\.primary #00a3e0 .* darkened/)
    expect(branded.fontFamily).toMatch(/^"?Source Sans 3/)
    expect(branded.coverLogo).toBe(true)
    expect(branded.footerLogo).toBe(true)
  })

  it('draws the dark look as light text on a dark background', () => {
    expect(dark.rootNavy).toBe('#dbe6f6')
  })
})
