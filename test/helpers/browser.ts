/**
 * A Chromium page for tests that records everything that would make a deck unfit to present offline:
 * console errors, uncaught page errors, and every request that leaves 127.0.0.1 (blocked, not sent).
 */
import type { Browser, Page } from 'playwright-chromium'
import { launchBrowser } from '../../scripts/export/browser.ts'
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
  const context = await browser.newContext({ viewport: { ...CANVAS } })
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
  page.on('pageerror', err => report.pageErrors.push(err.stack ?? err.message))
  return { page, report }
}
