/**
 * Driving a built Slidev SPA in one Playwright page: load it once, then move between slides client-side
 * (no reload per slide) and wait on readiness signals, never on sleeps.
 *
 *   const total = await openDeck(page, { baseUrl: server.url, print: true })
 *   for (let no = 1; no <= total; no++) { await showSlide(page, no, opts); … }
 *
 * With `?print` in the URL Slidev mounts every slide at once with all clicks revealed and transitions off; that is
 * what the PDF wants. Without it, the viewer behaves as for a presenter (used by the site test).
 */
import type { Page } from 'playwright-chromium'

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
  await page.waitForFunction((no) => {
    const slide = document.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)
    if (!slide || slide.getClientRects().length === 0)
      return false
    // Every Slidev layout's root carries `slidev-layout`; before the slide's chunk loads there is none.
    if (!slide.querySelector('.slidev-layout') || slide.querySelector('.slidev-slide-loading'))
      return false
    for (const el of slide.querySelectorAll('[data-waitfor]')) {
      const selector = el.getAttribute('data-waitfor')
      const target = selector ? el.querySelector(selector) : null
      if (selector && (!target || target.getClientRects().length === 0))
        return false
    }
    for (const el of slide.querySelectorAll('.mermaid')) {
      if (!el.shadowRoot?.querySelector('svg'))
        return false
    }
    if (document.querySelector('#mermaid-rendering-container > div'))
      return false
    for (const img of slide.querySelectorAll('img')) {
      if (!img.complete)
        return false
    }
    return document.fonts.status === 'loaded'
  }, no, { timeout: timeoutMs, polling: 'raf' }).catch((e: Error) => {
    throw new Error(`slide ${no} did not become ready within ${timeoutMs} ms (waiting for its component, `
      + `[data-waitfor] targets, Mermaid SVGs, images and fonts): ${e.message.split('\n')[0]}`)
  })
  // Web fonts with a `unicode-range` (every @fontsource subset) start loading only once laid-out text needs them,
  // so `fonts.status` can read `loaded` a frame before the slide's own faces are requested. Let a frame pass, then
  // wait for whatever that layout started, until a frame passes with nothing new to load.
  // (No named helpers inside evaluated functions: tsx's keepNames would reference a `__name` the page lacks.)
  await page.evaluate(async () => {
    do {
      await new Promise(resolve => requestAnimationFrame(resolve))
      await document.fonts.ready
      await new Promise(resolve => requestAnimationFrame(resolve))
    } while (document.fonts.status !== 'loaded')
  })
  // Mermaid's off-screen render container is left visible on purpose: Mermaid measures text in it, and a hidden
  // container makes later diagrams render at zero size. Printing only page 1 keeps it out of the PDF.
}
