/**
 * A Chromium page for tests that records everything that would make a deck unfit to present offline:
 * console errors, uncaught page errors, and every request that leaves 127.0.0.1 (blocked, not sent).
 */
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

