/**
 * Driving a built Slidev SPA in one Playwright page, waiting on readiness signals, never on sleeps.
 *
 * Two views:
 * - the print view ({@link openPrintView}): Slidev's `/print` page, every slide stacked one per printed page with its
 *   global layers (the footer), all clicks revealed, transitions off. The PDF export prints it in one call.
 * - the slide view ({@link openDeck} + {@link showSlide}): one slide at a time, moving client-side (no reload per
 *   slide), as a presenter or an audience sees it. With `print: true` clicks are revealed as in the print view.
 *
 *   const total = await openPrintView(page, { baseUrl: server.url, routerMode: 'hash' })
 *   await page.pdf({ width: '980px', height: '552px', … })
 */
import type { Page } from 'playwright-chromium'
import { plainText } from '../render/escape.ts'

/** How the SPA was built (headmatter `routerMode`). */
export type RouterMode = 'history' | 'hash'

/** Options shared by the helpers below. */
export interface DeckPageOptions {
  /** URL of the served `dist/`, with a trailing slash (`http://127.0.0.1:1234/` or a sub-path base). */
  baseUrl: string
  /** Must match the build's `routerMode`. @default 'history' */
  routerMode?: RouterMode
  /** Print mode: every slide mounted, all clicks shown. @default true */
  print?: boolean
  /** Longest wait for one slide to be ready. @default 30000 */
  timeoutMs?: number
}

/** The address of the print view: `print` in the real query string, the `/print` route in the hash or path. */
function printUrl({ baseUrl, routerMode = 'history' }: DeckPageOptions): string {
  return routerMode === 'hash' ? `${baseUrl}?print=true#/print` : `${baseUrl}print?print=true`
}

/**
 * Loads the print view (the build must include the `/print` route: `setup/routes.ts` adds it) and waits until
 * every slide in it is ready (see {@link SLIDE_READY}). Mermaid's off-screen render container is then hidden, as
 * `slidev export` does, or it would print as an extra page. Returns how many slides it shows.
 */
export async function openPrintView(page: Page, opts: DeckPageOptions): Promise<number> {
  const timeoutMs = opts.timeoutMs ?? 30_000
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(printUrl(opts), { waitUntil: 'load', timeout: timeoutMs })
  const waitAll = `(() => {
    const slides = document.querySelectorAll('#print-content > .print-slide-container')
    return slides.length > 0 && [...slides].every(${SLIDE_READY})
      && !document.querySelector('#mermaid-rendering-container > div') && document.fonts.status === 'loaded'
  })()`
  await page.waitForFunction(waitAll, undefined, { timeout: timeoutMs, polling: 'raf' }).catch(async (e: Error) => {
    const found = await page.locator('.print-slide-container').count().catch(() => 0)
    throw new Error(found === 0
      ? `${opts.baseUrl}: the build has no print view (no .print-slide-container). Rebuild the deck: the /print route `
        + `comes from setup/routes.ts. (${e.message.split('\n')[0]})`
      : `the print view's ${found} slides did not all become ready within ${timeoutMs} ms (waiting for their `
        + `components, [data-waitfor] targets, Mermaid SVGs, images and fonts): ${e.message.split('\n')[0]}`)
  })
  await settleFonts(page)
  await page.evaluate(() => {
    const container = document.querySelector<HTMLElement>('#mermaid-rendering-container')
    if (container)
      container.style.display = 'none'
  })
  return page.locator('#print-content > .print-slide-container').count()
}

/** The deck an export is of: its file, and the titles of its shown slides in order ({@link slideTitle}). */
export interface ExpectedDeck {
  slidesPath: string
  titles: readonly string[]
}

/** Raised when a built site is not a build of the deck being exported; nothing has been written. */
export class StaleBuildError extends Error {
  override name = 'StaleBuildError'
}

/**
 * A slide's title as the exports show and compare it: Slidev's title (frontmatter `title`, else the first heading)
 * as plain text, or `Slide <n>` for a slide without one. `index` is 0-based among the shown slides.
 */
export function slideTitle(title: string | undefined, index: number): string {
  return plainText(title ?? '').replace(/<[^>]+>/g, '') || `Slide ${index + 1}`
}

/**
 * The titles of the slides the loaded print view shows, in order, as the site's build recorded them (setup/main.ts
 * exposes them; a slide whose number cannot be read gives null). Undefined for a site built without that setup.
 */
const PRINTED_TITLES = `(() => {
  const deck = window.__briefdeck__
  if (!deck || typeof deck.slideTitles !== 'function')
    return undefined
  const titles = deck.slideTitles()
  return [...document.querySelectorAll('#print-content > .print-slide-container')].map((el) => {
    const no = Number(el.querySelector('[data-slidev-no]')?.getAttribute('data-slidev-no'))
    return Number.isInteger(no) && no >= 1 && no <= titles.length ? String(titles[no - 1] ?? '') : null
  })
})()`

/**
 * What is wrong when the print view shows `shown` (raw titles, see {@link PRINTED_TITLES}) where the deck has
 * `expected`; undefined when they agree: the same number of slides, with the same titles, in the same order.
 */
export function printViewMismatch(shown: readonly (string | null)[] | undefined, expected: readonly string[], slidesPath: string): string | undefined {
  if (!shown)
    return 'it does not say which slides it holds: built by an older briefdeck, or from a deck folder whose own setup/ lacks briefdeck\'s setup/main.ts'
  if (shown.length !== expected.length)
    return `its print view shows ${shown.length} slides where ${slidesPath} has ${expected.length}`
  const titles = shown.map((t, i) => (t === null ? undefined : slideTitle(t, i)))
  const i = titles.findIndex((t, n) => t !== expected[n])
  if (i < 0)
    return undefined
  return titles[i] === undefined
    ? `its print view's slide ${i + 1} has no slide number`
    : `its slide ${i + 1} is ${JSON.stringify(titles[i])} where ${slidesPath} has ${JSON.stringify(expected[i])}`
}

/**
 * Refuses, before anything is written, to export from a print view that does not show `deck`'s slides: the built
 * site `distDir` is of another deck, or of an older version of this one. The message names the folder and the fix.
 */
export async function checkPrintView(page: Page, deck: ExpectedDeck, distDir: string): Promise<void> {
  const shown = await page.evaluate(PRINTED_TITLES) as (string | null)[] | undefined
  const problem = printViewMismatch(shown, deck.titles, deck.slidesPath)
  const dist = distDir.replace(/(.)\/+$/, '$1')
  if (problem)
    throw new StaleBuildError(`${dist} is not a build of ${deck.slidesPath} (${problem}); nothing was exported. `
      + `Rebuild it with \`briefdeck build ${deck.slidesPath} -o ${dist} --force\`, or remove ${dist}/`)
}

/**
 * Whether one slide element is ready, as the source of a function `(slide: Element) => boolean` evaluated in the
 * page: it is laid out, its layout's lazy chunk loaded, every `[data-waitfor]` target visible, every Mermaid diagram
 * rendered to SVG, and every image decoded. A string, not a function: tsx's keepNames would make a function
 * reference a `__name` helper the page lacks.
 */
const SLIDE_READY = `((slide) => {
  if (slide.getClientRects().length === 0)
    return false
  // Every Slidev layout's root carries slidev-layout; before the slide's chunk loads there is none.
  if (!slide.querySelector('.slidev-layout') || slide.querySelector('.slidev-slide-loading'))
    return false
  for (const el of slide.querySelectorAll('[data-waitfor]')) {
    const selector = el.getAttribute('data-waitfor')
    const target = selector ? el.querySelector(selector) : null
    if (selector && (!target || target.getClientRects().length === 0))
      return false
  }
  for (const el of slide.querySelectorAll('.mermaid')) {
    if (!el.shadowRoot || !el.shadowRoot.querySelector('svg'))
      return false
  }
  for (const img of slide.querySelectorAll('img')) {
    if (!img.complete)
      return false
  }
  return true
})`

/**
 * Web fonts with a `unicode-range` (every @fontsource subset) start loading only once laid-out text needs them, so
 * `fonts.status` can read `loaded` a frame before the slide's own faces are requested. Lets a frame pass, then waits
 * for whatever that layout started, until a frame passes with nothing new to load.
 */
async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    do {
      await new Promise(resolve => requestAnimationFrame(resolve))
      await document.fonts.ready
      await new Promise(resolve => requestAnimationFrame(resolve))
    } while (document.fonts.status !== 'loaded')
  })
}

/** The address of slide `no` relative to the SPA's base. */
function slideRoute(no: number, print: boolean): string {
  return `${no}${print ? '?print=true' : ''}`
}

function slideUrl(no: number, { baseUrl, routerMode = 'history', print = true }: DeckPageOptions): string {
  // In hash mode Slidev reads `print` from the real query string, not from the query inside the hash.
  return routerMode === 'hash' ? `${baseUrl}${print ? '?print=true' : ''}#/${no}` : `${baseUrl}${slideRoute(no, print)}`
}

/**
 * Loads slide 1 and waits until it is ready; returns how many slides the SPA has (hidden slides are not routes).
 * In non-print mode the count is not knowable from the DOM and `undefined` is returned.
 */
export async function openDeck(page: Page, opts: DeckPageOptions): Promise<number | undefined> {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(slideUrl(1, opts), { waitUntil: 'load', timeout: opts.timeoutMs ?? 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await waitSlideReady(page, 1, opts.timeoutMs)
  if (opts.print === false)
    return undefined
  return page.locator('[data-slidev-no]').count()
}

/** Moves the SPA to slide `no` without reloading, then waits until it is ready. */
export async function showSlide(page: Page, no: number, opts: DeckPageOptions): Promise<void> {
  const { routerMode = 'history', print = true } = opts
  const route = slideRoute(no, print)
  const basePath = new URL(opts.baseUrl).pathname
  await page.evaluate(({ route, routerMode, basePath }) => {
    if (routerMode === 'hash') {
      location.hash = `#/${route.replace(/\?.*$/, '')}`
    }
    else {
      history.pushState(null, '', `${basePath}${route}`)
      dispatchEvent(new PopStateEvent('popstate'))
    }
  }, { route, routerMode, basePath })
  await waitSlideReady(page, no, opts.timeoutMs)
}

/**
 * Waits until slide `no` is displayed and settled: its lazy component loaded, every `[data-waitfor]` target visible,
 * every Mermaid diagram rendered to SVG (and Mermaid's off-screen render container empty), images decoded, and
 * web fonts loaded.
 */
export async function waitSlideReady(page: Page, no: number, timeoutMs = 30_000): Promise<void> {
  const ready = `(() => {
    const slide = document.querySelector('[data-slidev-no="${no}"]')
    return !!slide && ${SLIDE_READY}(slide) && !document.querySelector('#mermaid-rendering-container > div')
      && document.fonts.status === 'loaded'
  })()`
  await page.waitForFunction(ready, undefined, { timeout: timeoutMs, polling: 'raf' }).catch((e: Error) => {
    throw new Error(`slide ${no} did not become ready within ${timeoutMs} ms (waiting for its component, `
      + `[data-waitfor] targets, Mermaid SVGs, images and fonts): ${e.message.split('\n')[0]}`)
  })
  await settleFonts(page)
  // Mermaid's off-screen render container stays visible here on purpose: Mermaid measures text in it, and a hidden
  // container makes later diagrams render at zero size. Callers printing from this view print only page 1.
}
