/**
 * briefdeck prints with Chromium's headless shell when there is one (faster, half the memory); what the audience
 * sees in print must still be what a presenter sees in a full browser. Both open the deck's print view with
 * briefdeck's launch flags, and every text line of every slide must sit in the same box, to the CSS pixel: the
 * same line breaks, the same widths. (Without --font-render-hinting=none the shell hints glyph advances and this
 * fails: "India retains key Russian systems" wraps a word earlier.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-chromium'
import { findBrowser, launchBrowser, newDeckContext } from '../../scripts/export/browser.ts'
import { openPrintView } from '../../scripts/export/deck-page.ts'
import { CANVAS } from '../../scripts/export/pdf.ts'
import { serveStatic, type StaticServer } from '../../scripts/export/serve.ts'
import { builtDeck, readDeck, testSlidesPath } from '../helpers/deck.ts'

const shell = findBrowser(process.env, 'shell')
const full = findBrowser(process.env, 'full')
const both = !!shell && !!full && shell.path !== full.path

/** The box of every line of text in the print view, slide by slide, rounded to 1/10 px. */
async function textLines(browser: Browser, url: string, routerMode: 'hash' | 'history'): Promise<string[][]> {
  const context = await newDeckContext(browser, { viewport: { ...CANVAS } })
  try {
    const page = await context.newPage()
    await openPrintView(page, { baseUrl: url, routerMode })
    return await page.evaluate(() => [...document.querySelectorAll('#print-content > .print-slide-container')].map((slide) => {
      const lines: string[] = []
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim())
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of range.getClientRects())
          lines.push(`${node.textContent.trim().slice(0, 24)} @ ${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`)
      }
      return lines
    }))
  }
  finally {
    await context.close()
  }
}

describe.skipIf(!both)(`the headless shell (${shell?.path}) and the full browser (${full?.path})`, () => {
  let server: StaticServer
  let routerMode: 'hash' | 'history' = 'history'
  const seen: Record<'shell' | 'full', string[][]> = { shell: [], full: [] }

  beforeAll(async () => {
    const slidesPath = testSlidesPath()
    routerMode = (await readDeck(slidesPath)).headmatter.routerMode === 'hash' ? 'hash' : 'history'
    server = await serveStatic(await builtDeck(slidesPath))
    for (const kind of ['shell', 'full'] as const) {
      const browser = await launchBrowser({ executablePath: (kind === 'shell' ? shell : full)!.path })
      try {
        seen[kind] = await textLines(browser, server.url, routerMode)
      }
      finally {
        await browser.close()
      }
    }
  })

  afterAll(async () => {
    await server?.close()
  })

  it('show the same slides, with text on every one', () => {
    expect(seen.shell.length).toBeGreaterThan(0)
    expect(seen.shell.length).toBe(seen.full.length)
    expect(seen.shell.every(lines => lines.length > 0)).toBe(true)
  })

  it('lay every line of text out in the same box', () => {
    for (let i = 0; i < seen.full.length; i++)
      expect.soft(seen.shell[i], `slide ${i + 1}`).toEqual(seen.full[i])
  })
})
