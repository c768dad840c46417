/**
 * Browser-level fuzz: a fixed seed picks two dozen adversarial strings; each becomes one slide (title, bullet label
 * and text, and on some slides a RiskMatrix or KeyFigures prop). The deck is rendered, built once with Slidev,
 * served on 127.0.0.1 and opened slide by slide in Chromium. Every slide must show its string exactly (as
 * `shown()` normalises it), and no slide may log an error, throw, open a dialog, reach beyond 127.0.0.1, or hold an
 * element its plain-text twin does not have.
 *
 * BRIEFDECK_FUZZ_RUNS=n picks n times as many strings (one build still); BRIEFDECK_FUZZ_SEED changes the pick.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import fc from 'fast-check'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, prepareDeckDir } from '../../scripts/export/build.ts'
import { openDeck, showSlide } from '../../scripts/export/deck-page.ts'
import { renderDeck } from '../../scripts/render/slidev.ts'
import { collapse, shown } from '../escape/readers.ts'
import { perStringDeck } from '../fixtures/hostile/deck.ts'
import { HOSTILE } from '../fixtures/hostile/strings.ts'
import { guardedPage, launchBrowser, type PageReport } from '../helpers/browser.ts'
import { projectRoot } from '../helpers/deck.ts'
import { serveStatic, type StaticServer } from '../helpers/server.ts'

const SEED = Number(process.env.BRIEFDECK_FUZZ_SEED ?? 20260611)
const COUNT = 24 * (Number(process.env.BRIEFDECK_FUZZ_RUNS ?? 0) > 1 ? Math.min(8, Number(process.env.BRIEFDECK_FUZZ_RUNS)) : 1)

/** Plain twins first (one per slide shape: RiskMatrix, KeyFigures, bullets only), then the picked strings. */
const TWINS = ['plain text a', 'plain text b', 'plain text c']
const random = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('{{', '}}', '<', '>', '&', '$', '`', '---', '::', '\n', '\u0000', '\u202E')), { minLength: 1, maxLength: 4 }).map(a => a.join(' '))
const picked = fc.sample(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...HOSTILE.filter(s => s.trim())) }, { weight: 1, arbitrary: random }), { seed: SEED, numRuns: COUNT })
const STRINGS = [...TWINS, ...picked]
const DECK_TITLE = '{{ 1+1 }} <img src=x onerror=alert(1)> --- the deck title'

/** What one slide showed. */
interface Seen {
  heading: string
  label: string
  text: string
  /** Tag names of every element in the slide, with counts, e.g. `li:1`. */
  tags: string[]
  /** Elements carrying an `on…` attribute. */
  handlers: string[]
  /** `<span>`s with no attribute: what the renderer's `<span v-pre>` becomes (one per field holding `{`). */
  bareSpans: number
}

/** Builds one at a time: the lock the other browser tests' builder takes (test/helpers/deck.ts). */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(projectRoot, 'node_modules', '.cache', 'briefdeck-test', 'build.lock')
  mkdirSync(join(lock, '..'), { recursive: true })
  for (;;) {
    try { mkdirSync(lock); break }
    catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(lock, { recursive: true, force: true })
      await delay(200)
    }
  }
  try { return await fn() } finally { rmSync(lock, { recursive: true, force: true }) }
}

function look(page: Page, no: number): Promise<Seen> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`[data-slidev-no="${no}"] .slidev-layout`)!
    const counts: Record<string, number> = {}
    const handlers: string[] = []
    let bareSpans = 0
    for (const el of slide.querySelectorAll('*')) {
      if (el.tagName === 'SPAN' && el.attributes.length === 0) { bareSpans++; continue }
      counts[el.tagName.toLowerCase()] = (counts[el.tagName.toLowerCase()] ?? 0) + 1
      for (const a of el.attributes) if (/^on/i.test(a.name)) handlers.push(`${el.tagName.toLowerCase()}[${a.name}]`)
    }
    const firstLi = slide.querySelector('li')
    const clone = firstLi?.cloneNode(true) as HTMLElement | undefined
    clone?.querySelectorAll('.bd-ref, strong').forEach(x => x.remove())
    return {
      heading: slide.querySelector('h1')?.textContent ?? '',
      label: slide.querySelector('li > strong')?.textContent ?? '',
      text: clone?.textContent ?? '',
      tags: Object.entries(counts).map(([t, n]) => `${t}:${n}`).sort(),
      handlers,
      bareSpans,
    }
  }, no)
}


describe(`a deck of ${STRINGS.length} hostile strings (seed ${SEED}), built and opened in Chromium`, () => {
  const project = join(projectRoot, 'node_modules', '.cache', 'briefdeck-fuzz', `deck-${process.pid}`)
  const seen = new Map<number, Seen>()
  const dialogs: string[] = []
  let server: StaticServer | undefined
  let browser: Browser | undefined
  let report: PageReport
  let documentTitle = ''

  beforeAll(async () => {
    rmSync(project, { recursive: true, force: true })
    mkdirSync(project, { recursive: true })
    // the deck folder links the project's components, styles and setup as a generated deck's does (the components
    // import ../scripts/…, which resolves only from their real path)
    await prepareDeckDir(project)
    writeFileSync(join(project, 'slides.md'), renderDeck(perStringDeck(STRINGS, DECK_TITLE)))
    await withBuildLock(() => buildSite({ slidesPath: join(project, 'slides.md'), outDir: join(project, 'dist') }))
    server = await serveStatic(join(project, 'dist'))
    browser = await launchBrowser()
    const guarded = await guardedPage(browser)
    report = guarded.report
    const page = guarded.page
    page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss() })
    const opts = { baseUrl: server.url, routerMode: 'hash' as const, print: false }
    await openDeck(page, opts)
    documentTitle = await page.title()
    for (let i = 0; i < STRINGS.length; i++) {
      const no = i + 2 // slide 1 is the cover
      await showSlide(page, no, opts)
      seen.set(i, await look(page, no))
    }
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(project, { recursive: true, force: true })
  })

  it('shows the deck title, as text, in the document title', () => {
    expect(documentTitle).toBe(`${shown(DECK_TITLE)} - Slidev`)
  })

  it.each(STRINGS.map((s, i) => [i, JSON.stringify(s), s] as const))('slide %i shows %s exactly as heading, label and text', (i, _, s) => {
    const got = seen.get(i)!
    expect(collapse(got.heading)).toBe(collapse(shown(s)))
    expect(collapse(got.label)).toBe(collapse(`${shown(s)}:`))
    expect(collapse(got.text)).toBe(collapse(shown(s)))
  })

  it.each(STRINGS.map((s, i) => [i, JSON.stringify(s), s] as const))('slide %i (%s) has exactly the elements of its plain twin, and no handler attribute', (i, _, s) => {
    const got = seen.get(i)!
    const twin = seen.get(i % 3)!
    expect(got.handlers).toEqual([])
    expect(got.tags).toEqual(twin.tags)
    expect(got.bareSpans).toBe(twin.bareSpans + (s.includes('{') ? 3 : 0)) // heading, label, text
  })

  it('opens no dialog (alert, confirm, prompt)', () => {
    expect(dialogs).toEqual([])
  })

  it('logs no console error and throws no page error', () => {
    expect(report.consoleErrors).toEqual([])
    expect(report.pageErrors).toEqual([])
  })

  it('requests nothing beyond 127.0.0.1', () => {
    expect(report.blockedRequests).toEqual([])
  })
})
