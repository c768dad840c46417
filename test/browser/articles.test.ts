/**
 * Every shared article, built and opened slide by slide in Chromium: no element may leave the
 * 980×552 canvas, and nothing may log an error or reach beyond 127.0.0.1.
 * Decks are written under test/.tmp-decks/<article>/ (Slidev finds the project's components there
 * through the symlinks buildSite makes).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/export/build.ts'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { generateFile, ROOT, sharedArticles } from '../helpers/generate.ts'
import { guardedPage, launchBrowser, overflowing } from '../helpers/browser.ts'
import { serveStatic } from '../helpers/server.ts'

const WORK = join(ROOT, 'test', '.tmp-decks')

describe('every shared article, in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(WORK, { recursive: true, force: true })
  })

  for (const article of sharedArticles()) {
    const name = basename(article).replace(/\.[^.]+$/, '')
    it(`${name}: every slide fits the canvas, with no console error and no external request`, async () => {
      const dir = join(WORK, name)
      mkdirSync(dir, { recursive: true })
      const gen = generateFile(article)
      writeFileSync(join(dir, 'slides.md'), gen.markdown)
      const dist = join(dir, 'dist')
      await buildSite({ slidesPath: join(dir, 'slides.md'), outDir: dist })
      const server = await serveStatic(dist)
      const { page, report } = await guardedPage(browser)
      const opts = { baseUrl: server.url, print: false, routerMode: 'hash' as const }
      const overflow: Record<number, string[]> = {}
      try {
        await openDeck(page, opts)
        for (let no = 1; no <= gen.deck.slides.length; no++) {
          if (no > 1) await showSlide(page, no, opts)
          const { out } = await overflowing(page, no)
          if (out.length) overflow[no] = out
        }
      } finally {
        await page.close()
        await server.close()
      }
      expect(overflow).toEqual({})
      expect(report.consoleErrors).toEqual([])
      expect(report.pageErrors).toEqual([])
      expect(report.blockedRequests).toEqual([])
    }, 240_000)
  }
})
