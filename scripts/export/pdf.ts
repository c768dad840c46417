/**
 * The fast PDF export: serve the built `dist/` on 127.0.0.1, open Slidev's print view (every slide stacked, one per
 * printed page, footer included) in one Chromium page with a one-slide-high viewport, wait until every slide is
 * ready, print it with one `page.pdf` call, and copy the pages into a reproducible document with pdf-lib (metadata,
 * bookmarks). Text stays selectable and fonts are embedded (Chromium's printing does both).
 *
 * Why not `slidev export`: it starts a dev server (hundreds of modules compiled on the fly) and prints from a page
 * N slides tall at device scale factor 2, which grows superlinearly with the deck (see notes/slidev-export.md). The
 * same print view from a static build in a one-slide-high viewport prints 150 slides in about half a second.
 * Before printing, the print view's slides are checked against the deck's ({@link checkPrintView}): a `dist/` that
 * holds another deck's build is refused, not printed under this deck's name.
 * {@link exportWithSlidev} is kept for comparison (`briefdeck export --slidev`); PNG and PPTX come from the same print view (images.ts).
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-chromium'
import { findBrowser, launchBrowser, newDeckContext, NoBrowserError } from './browser.ts'
import { runSlidev } from './build.ts'
import { checkPrintView, type ExpectedDeck, openPrintView, type RouterMode } from './deck-page.ts'
import { tempSibling, writeFileAtomic } from './files.ts'
import type { OutlineItem, PdfMeta } from './pdfdoc.ts'
import { serveStatic } from './serve.ts'

/** Slidev's default canvas: 980 px wide, 16:9 (Slidev rounds the height up to 552). */
export const CANVAS = { width: 980, height: 552 } as const

/** Options for {@link exportPdf}. */
export interface ExportPdfOptions {
  /** The built site (output of `buildSite`). */
  distDir: string
  /** Where the PDF goes, e.g. `exports/<slug>.pdf`. Written through a temp file and a rename. */
  outFile: string
  /**
   * The deck this is an export of: the print view must show its slides (count and titles, in order), or nothing
   * is written ({@link StaleBuildError}: `distDir` is a build of another deck).
   */
  deck: ExpectedDeck
  /** Title, author, subject, keywords. */
  meta: PdfMeta
  /** Bookmarks; `page` is the 0-based slide index among shown slides. */
  outline?: OutlineItem[]
  /** Must match the build's headmatter `routerMode`. @default 'history' */
  routerMode?: RouterMode
  /** Canvas size in CSS px (headmatter `canvasWidth` / `aspectRatio`). @default CANVAS */
  canvas?: { width: number, height: number }
  /** Reuse an open browser (it is left open); otherwise one is launched and closed. */
  browser?: Browser
  /** Longest wait for the print view to be ready, and for the print itself. @default 30000 */
  timeoutMs?: number
  onProgress?: (msg: string) => void
}

/** What {@link exportPdf} did. */
export interface ExportPdfResult {
  outFile: string
  /** Pages written (= slides shown). */
  pages: number
  /** Size of the file. */
  bytes: number
  /** Wall time, split: loading the print view until every slide is ready, printing, assembling and writing. */
  durationMs: { total: number, load: number, print: number, assemble: number }
}

/** Exports the built deck as one PDF page per slide. */
export async function exportPdf({
  distDir,
  outFile,
  deck,
  meta,
  outline,
  routerMode = 'history',
  canvas = CANVAS,
  browser: shared,
  timeoutMs = 30_000,
  onProgress,
}: ExportPdfOptions): Promise<ExportPdfResult> {
  const started = performance.now()
  // pdf-lib (~0.25 s to load) is needed only once Chromium has printed: it loads while the print view does.
  const assembler = import('./pdfdoc.ts')
  assembler.catch(() => {}) // awaited below
  const server = await serveStatic(distDir)
  const browser = shared ?? await launchBrowser()
  let printed: Uint8Array
  let total = 0
  let loadedAt = started
  let printedAt = started
  try {
    const context = await newDeckContext(browser, { viewport: canvas, deviceScaleFactor: 1 })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(timeoutMs)
      total = await openPrintView(page, { baseUrl: server.url, routerMode, timeoutMs })
      await checkPrintView(page, deck, distDir)
      loadedAt = performance.now()
      onProgress?.(`printing ${total} slides`)
      printed = await page.pdf({
        width: `${canvas.width}px`,
        height: `${canvas.height}px`,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        preferCSSPageSize: true,
      })
      printedAt = performance.now()
    }
    finally {
      await context.close()
    }
  }
  finally {
    if (!shared)
      await browser.close()
    await server.close()
  }

  const { reproducibleCopy } = await assembler
  const { bytes, pages } = await reproducibleCopy(printed, meta, outline)
  if (pages !== total)
    throw new Error(`${distDir}: the print view shows ${total} slides but printed ${pages} pages `
      + '(a slide taller than the canvas, or a stray element after the last slide)')
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, bytes)
  const done = performance.now()
  return {
    outFile: target,
    pages: total,
    bytes: bytes.length,
    durationMs: {
      total: Math.round(done - started),
      load: Math.round(loadedAt - started),
      print: Math.round(printedAt - loadedAt),
      assemble: Math.round(done - printedAt),
    },
  }
}

/** Options for {@link exportWithSlidev}. */
export interface ExportWithSlidevOptions {
  slidesPath: string
  outFile: string
  /** Chromium to use; discovered when absent. */
  executablePath?: string
  /** Slidev's per-slide timeout. @default 30000 */
  timeoutMs?: number
  /** `pdf` (a file), `pptx` (a file, speaker notes included) or `png` (a folder of one image per slide). @default 'pdf' */
  format?: 'pdf' | 'pptx' | 'png'
  onProgress?: (msg: string) => void
}

/** The stock `slidev export` (dev server + one N-slides-tall page), for comparison. */
export async function exportWithSlidev({ slidesPath, outFile, executablePath, timeoutMs = 30_000, format = 'pdf', onProgress }: ExportWithSlidevOptions): Promise<{ outFile: string, durationMs: number }> {
  const started = performance.now()
  // The full browser first: Slidev launches it with its own flags, and the headless shell without
  // --font-render-hinting=none breaks lines differently (browser.ts).
  const chrome = executablePath ?? findBrowser(process.env, 'full')?.path
  if (!chrome)
    throw new NoBrowserError('$BRIEFDECK_CHROMIUM, the Playwright cache, PATH')
  const slides = resolve(slidesPath)
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  const tmp = format === 'png' ? tempSibling(target, 'slidev') : `${tempSibling(target, 'slidev')}.${format}`
  try {
    // Slidev can report success and leave nothing behind (seen on a loaded machine: an empty PNG folder); that is
    // retried once and then refused, never renamed into place as if it were the export.
    for (let attempt = 1; ; attempt++) {
      await runSlidev(['export', slides, '--output', tmp, '--format', format, '--executable-path', chrome, '--timeout', String(timeoutMs)], {
        cwd: dirname(slides),
        onProgress,
      })
      if (await wroteExport(tmp, format)) break
      await rm(tmp, { recursive: true, force: true })
      if (attempt === 2)
        throw new Error(`slidev export --format ${format} of ${slides} finished but wrote ${format === 'png' ? 'no PNG' : 'an empty file'} (twice); nothing was written to ${target}. Fix: rerun on a less loaded machine, or raise Slidev's timeout (now ${timeoutMs} ms per slide)`)
      onProgress?.(`slidev export wrote nothing; retrying once`)
    }
    if (format === 'png') await rm(target, { recursive: true, force: true })
    await rename(tmp, target)
  }
  finally {
    await rm(tmp, { recursive: true, force: true })
  }
  return { outFile: target, durationMs: Math.round(performance.now() - started) }
}

/** Did `slidev export` leave an export at `path`: a folder holding a PNG, or a non-empty file? */
export async function wroteExport(path: string, format: 'pdf' | 'pptx' | 'png'): Promise<boolean> {
  try {
    if (format === 'png') return (await readdir(path)).some(f => f.endsWith('.png'))
    return (await stat(path)).size > 0
  }
  catch { return false }
}
