/**
 * A Chromium page for tests that records everything that would make a deck unfit to present offline:
 * console errors, uncaught page errors, and every request that leaves 127.0.0.1 (blocked, not sent).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-chromium'
import { launchBrowser, newDeckContext } from '../../scripts/export/browser.ts'
import { CANVAS } from '../../scripts/export/pdf.ts'

export { launchBrowser }

/** What a guarded page saw. */
export interface PageReport {
  consoleErrors: string[]
  pageErrors: string[]
  /** URLs that were blocked because they are not loopback, data: or blob:. */
  blockedRequests: string[]
}

function isLocal(url: string): boolean {
  const u = new URL(url)
  return u.protocol === 'data:' || u.protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
}

/** Opens a page with a one-slide viewport, every non-loopback request blocked and recorded. */
export async function guardedPage(browser: Browser): Promise<{ page: Page, report: PageReport }> {
  const context = await newDeckContext(browser, { viewport: { ...CANVAS } })
  const report: PageReport = { consoleErrors: [], pageErrors: [], blockedRequests: [] }
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLocal(url))
      return route.continue()
    report.blockedRequests.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      report.consoleErrors.push(`${msg.text()} (${msg.location().url})`)
  })
  page.on('pageerror', err => report.pageErrors.push(err.stack || `${err.name}: ${err.message}`))
  return { page, report }
}

/** Elements of slide `no` whose box leaves the slide's canvas by more than 1 px. */
export function overflowing(page: Page, no: number) {
  return page.evaluate((no) => {
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)!
    const box = slide.getBoundingClientRect()
    const out: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) {
        const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
        out.push(`${what} "${(el.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`)
      }
    }
    return { canvas: { width: box.width, height: box.height }, out }
  }, no)
}


/**
 * Words of slide `no` that the browser broke inside, across two lines ("launcher / s"): a word runs from space to
 * space, and may break only after a hyphen or a dash. URLs and paths (a token with / ? = % & @) may break anywhere;
 * CJK text (which breaks between characters) and SVG text are not read.
 */
export function brokenWords(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)!
    const out: string[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      if (!text.trim() || node.parentElement?.closest('svg')) continue
      for (const token of text.matchAll(/\S+/gu)) {
        if (/[/?=%&@]/u.test(token[0])) continue
        for (const m of token[0].matchAll(/[^\-–—]+/gu)) {
          if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(m[0]) || m[0].length < 2) continue
          const range = document.createRange()
          range.setStart(node, token.index! + m.index!)
          range.setEnd(node, token.index! + m.index! + m[0].length)
          const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)))
          if (tops.size > 1) out.push(m[0])
        }
      }
    }
    return out
  }, no)
}

/** What a viewer sees on one slide, measured in canvas px (1 px ≈ 1 pt on a projector). */
export interface SlideMeasure {
  /** The font size carrying the median character of the body text (not title, kicker, anchors, footer). */
  body: number
  /** The smallest font size of text a viewer must read (anchors, footer and tables are reported apart). */
  min: number
  /** Where `min` was found (tag.class "text"). */
  minAt: string
  /** The smallest font size in a table (12 px allowed in dense tables). */
  tableMin: number
  /** Words of body text. */
  words: number
  /**
   * Where the middle of the content block sits in the space between the title and the footer: 0 = at the title,
   * 0.5 = centred, 1 = on the footer. Undefined on slides without a title over content (cover, divider).
   */
  centre?: number
  /** Share of that space the content block fills, 0–1. */
  fill?: number
  /** Px by which the content block runs into the footer (0 when it ends above it). */
  intoFooter?: number
}

/** Measures type sizes, words and content balance of slide `no` (open in the SPA). */
export function measureSlide(page: Page, no: number): Promise<SlideMeasure> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)!
    const layout = slide.querySelector('.slidev-layout') ?? slide
    const sizes: { px: number, chars: number, at: string }[] = []
    let tableMin = Infinity
    let words = 0
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const el = node.parentElement
      if (!text || !el) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const r = range.getBoundingClientRect()
      // invisible (display: none, a closed tooltip) or visually hidden (screen-reader only, clipped to 1 px)
      if (r.width < 2 || r.height < 2) continue
      const cs = getComputedStyle(el)
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue
      if (el.closest('h1, .bd-kicker, .bd-ref, .table-source, .bd-table-source, .bd-footer, [role="tooltip"]')) continue
      let px = parseFloat(cs.fontSize)
      const svg = el.closest('svg')
      if (svg && svg.viewBox.baseVal?.width) px *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
      if (el.closest('table')) {
        tableMin = Math.min(tableMin, px)
        continue
      }
      const name = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`
      sizes.push({ px: Math.round(px * 10) / 10, chars: text.length, at: `${name} "${text.slice(0, 30)}"` })
      words += text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
    }
    // character-weighted median
    const sorted = [...sizes].sort((a, b) => a.px - b.px)
    const total = sorted.reduce((n, s) => n + s.chars, 0)
    let acc = 0
    let body = 0
    for (const s of sorted) {
      acc += s.chars
      if (acc >= total / 2) { body = s.px; break }
    }
    const smallest = sorted[0]
    // balance: the content block between the title and the footer
    const h1 = layout.querySelector(':scope > h1')
    const footer = slide.querySelector('.bd-footer') ?? document.querySelector('.bd-footer')
    let centre: number | undefined
    let fill: number | undefined
    let intoFooter: number | undefined
    if (h1 && layout.classList.contains('default')) {
      const top = h1.getBoundingClientRect().bottom
      const lr = layout.getBoundingClientRect()
      const bottom = footer ? footer.getBoundingClientRect().top : lr.bottom
      const after = [...layout.children].filter(c => c !== h1 && (h1.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING))
      const rects = after.map(c => c.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0)
      if (rects.length) {
        const cTop = Math.min(...rects.map(r => r.top))
        const cBottom = Math.max(...rects.map(r => r.bottom))
        centre = ((cTop + cBottom) / 2 - top) / (bottom - top)
        fill = (cBottom - cTop) / (bottom - top)
        intoFooter = Math.max(0, Math.round(cBottom - bottom))
      }
    }
    return {
      body,
      min: smallest?.px ?? 0,
      minAt: smallest?.at ?? '',
      tableMin: Number.isFinite(tableMin) ? tableMin : 0,
      words,
      ...(centre === undefined ? {} : { centre: Math.round(centre * 100) / 100, fill: Math.round(fill! * 100) / 100, intoFooter: intoFooter! }),
    }
  }, no)
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Puts axe-core into the page (again after each navigation that reloads it). */
export async function addAxe(page: Page): Promise<void> {
  await page.addScriptTag({ content: AXE })
}

/** axe-core's `run`, as the page holds it. */
type AxeRun = (el: Element, o: object) => Promise<{ violations: { id: string, impact: string, nodes: { target: string[] }[] }[] }>

/** The rules whose outcome depends on colour alone: what a brand's colours can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * axe-core's serious and critical findings on slide `no` (the page must hold axe, e.g. by `page.addScriptTag`).
 * Slidev keeps every slide it has shown (and, after a few seconds, all of them) in the document, hidden, and axe
 * walks the whole document on each run, so a late slide of a long deck cost five times an early one. The other
 * slides are parked (taken out, a comment in their place) while axe runs and put back, unchanged, after; they are
 * hidden and never under the slide, so what axe finds on this slide does not change. What needs the whole document
 * (ids unique across slides) is {@link axeDocument}'s. `rules` limits the run (e.g. to {@link COLOUR_RULES}).
 */
export function axeSlide(page: Page, no: number, rules?: string[]): Promise<string[]> {
  return page.evaluate(async ([no, rules]) => {
    const axe = (window as unknown as { axe: { run: AxeRun } }).axe
    const slide = document.querySelector(`[data-slidev-no="${no}"]`)!
    const parked = [...document.querySelectorAll('[data-slidev-no]')].filter(el => el !== slide).map((el) => {
      const mark = document.createComment(`parked slide ${el.getAttribute('data-slidev-no')}`)
      el.replaceWith(mark)
      return [mark, el] as const
    })
    try {
      const r = await axe.run(slide, { resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) })
      return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} at ${v.nodes.map(n => n.target.join(' ')).slice(0, 2).join(', ')}`)
    }
    finally {
      for (const [mark, el] of parked) mark.replaceWith(el)
    }
  }, [no, rules] as const)
}

/**
 * The rule that needs every slide at once: an id that a label or a reference names, used twice anywhere. axe files
 * its failures as "needs review" (`reviewOnFail`), never as violations, so a per-slide run never reported one.
 */
export const DOCUMENT_RULES = ['duplicate-id-aria']

/** The ids {@link DOCUMENT_RULES} finds twice on the whole document, failed or for review (show every slide first). */
export function axeDocument(page: Page): Promise<string[]> {
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string, nodes: { target: string[] }[] }[], incomplete: { id: string, nodes: { target: string[] }[] }[] }> } }).axe
    const r = await axe.run(document.documentElement, { resultTypes: ['violations', 'incomplete'], runOnly: rules })
    return [...r.violations, ...r.incomplete].map(v => `${v.id} at ${v.nodes.map(n => n.target.join(' ')).slice(0, 2).join(', ')}`)
  }, DOCUMENT_RULES)
}
