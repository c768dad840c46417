/**
 * Every shared article, built and opened slide by slide in Chromium: no element may leave the 980×552 canvas, nothing
 * may log an error or reach beyond 127.0.0.1, and every slide must read at projector size:
 * - no text a viewer must read below 14 px (footer and source anchors aside; 12 px in tables);
 * - body text ≥ 22 px on text slides (bullets, cards, fact, quote, steps, questions, bottom line, agenda), and
 *   ≥ 15 px on diagram slides (matrix, scenarios, figures, actors, timeline, table, references: their text is
 *   labels; a long vertical timeline steps down to 15 px);
 * - the content block balanced between title and footer (its middle in the middle third of the space), and
 *   never running into the footer;
 * - axe-core finds nothing serious or critical, in the built-in look and with a brand's colours applied;
 * - on a vertical timeline, each event's dot sits beside its date's first line, however many lines the event takes.
 * Decks are written under test/.tmp-decks/<article>/ (Slidev finds the project's components there through the
 * symlinks buildSite makes). BRIEFDECK_ARTICLES=name,name limits the run to some articles while iterating.
 * The measurements per deck are written to node_modules/.cache/briefdeck-measure/<article>.json.
 * While one deck is checked in Chromium, the next one builds (one Slidev process at a time still, in its own
 * process, so the two share the machine's cores instead of taking turns).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBrand } from '../../scripts/brand.ts'
import { buildSite } from '../../scripts/export/build.ts'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { generateFile, ROOT, sharedArticles } from '../helpers/generate.ts'
import { addAxe, axeDocument, axeSlide, brokenWords, COLOUR_RULES, guardedPage, launchBrowser, measureSlide, overflowing, type SlideMeasure } from '../helpers/browser.ts'
import { serveStatic } from '../helpers/server.ts'

const WORK = join(ROOT, 'test', '.tmp-decks')
const MEASURE = join(ROOT, 'node_modules', '.cache', 'briefdeck-measure')
const ONLY = process.env.BRIEFDECK_ARTICLES?.split(',').map(s => s.trim()).filter(Boolean)

/** Layouts whose evidence is a diagram or a table: their text is labels, so the body floor is lower. */
const DIAGRAMS = new Set(['cover', 'matrix', 'scenarios', 'figures', 'actors', 'timeline', 'table', 'references'])

/** A brand with a light blue that fails AA on white (the generator darkens it) and an orange accent. */
const BRAND = checkBrand({ primary: '#00a3e0', accent: '#e87722' })

const ARTICLES = sharedArticles()
  .map(article => ({ article, name: basename(article).replace(/\.[^.]+$/, '') }))
  .filter(({ name }) => !ONLY || ONLY.some(o => name.startsWith(o)))

/** Each article's deck generated and built once, on first ask: the test of one article asks for the next one's. */
const built = new Map<string, Promise<ReturnType<typeof generateFile>>>()
function deckOf({ article, name }: (typeof ARTICLES)[number]): Promise<ReturnType<typeof generateFile>> {
  let deck = built.get(name)
  if (!deck) {
    deck = (async () => {
      const dir = join(WORK, name)
      mkdirSync(dir, { recursive: true })
      const gen = generateFile(article)
      writeFileSync(join(dir, 'slides.md'), gen.markdown)
      await buildSite({ slidesPath: join(dir, 'slides.md'), outDir: join(dir, 'dist') })
      return gen
    })()
    // a build that fails fails its own article's test, when that test awaits it
    deck.catch(() => {})
    built.set(name, deck)
  }
  return deck
}

describe('every shared article, in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true })
    mkdirSync(MEASURE, { recursive: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await Promise.allSettled(built.values())
    await browser?.close()
    rmSync(WORK, { recursive: true, force: true })
  })

  it('has a brand whose primary colour the contrast check had to darken (so the branded pass is a real one)', () => {
    expect(BRAND.warnings.some(w => w.startsWith('brand.primary #00a3e0'))).toBe(true)
  })

  ARTICLES.forEach((entry, k) => {
    const { name } = entry
    it(`${name}: every slide fits, breaks no word, reads at projector size, is balanced and accessible, with no error and no external request`, async () => {
      const gen = await deckOf(entry)
      const next = ARTICLES[k + 1]
      if (next) void deckOf(next)
      const server = await serveStatic(join(WORK, name, 'dist'))
      const { page, report } = await guardedPage(browser)
      const opts = { baseUrl: server.url, print: false, routerMode: 'hash' as const }
      const overflow: Record<number, string[]> = {}
      const small: Record<number, string> = {}
      const brokenInside: Record<number, string[]> = {}
      const thinBody: Record<number, string> = {}
      const unbalanced: Record<number, string> = {}
      const axePlain: Record<number, string[]> = {}
      const axeBrand: Record<number, string[]> = {}
      const dotAway: Record<number, string[]> = {}
      const measured: (SlideMeasure & { no: number, layout: string })[] = []
      try {
        await openDeck(page, opts)
        await addAxe(page)
        for (let no = 1; no <= gen.deck.slides.length; no++) {
          const layout = gen.deck.slides[no - 1]!.layout
          if (no > 1) await showSlide(page, no, opts)
          const { out } = await overflowing(page, no)
          if (out.length) overflow[no] = out
          const broken = await brokenWords(page, no)
          if (broken.length) brokenInside[no] = broken
          const m = await measureSlide(page, no)
          measured.push({ no, layout, ...m })
          if (m.min && m.min < 14) small[no] = `${m.min}px at ${m.minAt}`
          if (m.tableMin && m.tableMin < 12) small[no] = `${m.tableMin}px in a table`
          const floor = DIAGRAMS.has(layout) ? 15 : 22
          if (m.body && m.body < floor) thinBody[no] = `${layout}: body ${m.body}px < ${floor}px`
          if (m.centre !== undefined && (m.centre < 1 / 3 || m.centre > 2 / 3)) unbalanced[no] = `${layout}: centre at ${m.centre}, fill ${m.fill}`
          if (m.intoFooter) unbalanced[no] = `${layout}: content runs ${m.intoFooter}px into the footer`
          if (layout === 'timeline') {
            const away = await page.evaluate(n => [...document.querySelectorAll(`[data-slidev-no="${n}"] .bd-tl[data-orientation='vertical'] .bd-tl__event`)].flatMap(li => {
              // the date's first line (a long date wraps in its column)
              const range = document.createRange()
              range.selectNodeContents(li.querySelector('.bd-tl__date')!)
              const date = range.getClientRects()[0]!
              const dot = li.querySelector('.bd-tl__dot')!.getBoundingClientRect()
              const off = dot.top + dot.height / 2 - (date.top + date.height / 2)
              return Math.abs(off) > date.height / 4 ? [`${li.querySelector('.bd-tl__date')!.textContent}: dot ${Math.round(off)}px off its date's middle`] : []
            }), no)
            if (away.length) dotAway[no] = away
          }
          const plain = await axeSlide(page, no)
          if (plain.length) axePlain[no] = plain
          // the same slide in the brand's (checked) colours: only colours change, so only the colour rules can
          await page.evaluate(css => {
            const s = document.createElement('style')
            s.id = 'bd-test-brand'
            s.textContent = css
            document.head.appendChild(s)
          }, `:root { --bd-navy: ${BRAND.primary}; --bd-cover-bg: ${BRAND.primary}; --bd-accent: ${BRAND.accent}; }`)
          const branded = await axeSlide(page, no, COLOUR_RULES)
          if (branded.length) axeBrand[no] = branded
          await page.evaluate(() => document.getElementById('bd-test-brand')?.remove())
        }
        const whole = await axeDocument(page)
        if (whole.length) axePlain[0] = whole
      } finally {
        await page.close()
        await server.close()
      }
      writeFileSync(join(MEASURE, `${name}.json`), `${JSON.stringify(measured, null, 1)}\n`)
      expect(overflow).toEqual({})
      expect(brokenInside).toEqual({})
      expect(small).toEqual({})
      expect(thinBody).toEqual({})
      expect(unbalanced).toEqual({})
      expect(axePlain).toEqual({})
      expect(axeBrand).toEqual({})
      expect(dotAway).toEqual({})
      expect(report.consoleErrors).toEqual([])
      expect(report.pageErrors).toEqual([])
      expect(report.blockedRequests).toEqual([])
    }, 400_000)
  })
})
