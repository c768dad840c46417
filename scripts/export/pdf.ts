/**
 * The fast PDF export: serve the built `dist/` on 127.0.0.1, open it once in one Chromium page with a
 * one-slide-high viewport, print each slide as its own 980×552 px page (moving between slides client-side), and
 * assemble the pages with pdf-lib. Text stays selectable and fonts are embedded (Chromium's printing does both).
 *
 * Why not `slidev export`: it prints one page N slides tall, which grows superlinearly with the deck
 * (see notes/slidev-export.md). {@link exportWithSlidev} is kept for comparison.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-chromium'
import { findBrowser, launchBrowser, NoBrowserError } from './browser.ts'
import { runSlidev } from './build.ts'
import { openDeck, type RouterMode, showSlide } from './deck-page.ts'
import { tempSibling, writeFileAtomic } from './files.ts'
import { addOutline, applyMeta, createReproducibleDocument, type OutlineItem, type PdfMeta, saveReproducible } from './pdfdoc.ts'
import { serveStatic } from './serve.ts'

/** Slidev's default canvas: 980 px wide, 16:9 (Slidev rounds the height up to 552). */
export const CANVAS = { width: 980, height: 552 } as const

/** Options for {@link exportPdf}. */
export interface ExportPdfOptions {
  /** The built site (output of `buildSite`). */
  distDir: string
  /** Where the PDF goes, e.g. `exports/<slug>.pdf`. Written through a temp file and a rename. */
  outFile: string
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
  /** Longest wait for one slide to be ready. @default 30000 */
  timeoutMs?: number
  /**
   * Browser pages printing at once (one browser context, each page takes the next slide from a shared queue).
   * Waiting for a slide to settle is mostly idle frames, so a few pages keep the CPU busy. @default DEFAULT_PAGES
   */
  pages?: number
  onProgress?: (msg: string) => void
}

/** Pages printing concurrently by default: on 2 cores more pages were slower, not faster (see BENCHMARKS.md, (c)). */
export const DEFAULT_PAGES = 1

/** What {@link exportPdf} did. */
export interface ExportPdfResult {
  outFile: string
  /** Pages written (= slides shown). */
  pages: number
  /** Size of the file. */
  bytes: number
  /** Wall time, split: loading the SPA, printing all slides, assembling and writing. */
  durationMs: { total: number, load: number, print: number, assemble: number }
}

/** Exports the built deck as one PDF page per slide. */
export async function exportPdf({
  distDir,
  outFile,
  meta,
  outline,
  routerMode = 'history',
  canvas = CANVAS,
  browser: shared,
  timeoutMs = 30_000,
  pages = DEFAULT_PAGES,
  onProgress,
}: ExportPdfOptions): Promise<ExportPdfResult> {
  const started = performance.now()
  const server = await serveStatic(distDir)
  const browser = shared ?? await launchBrowser()
  const pagePdfs: Uint8Array[] = []
  let loadedAt = started
  let printedAt = started
  try {
    const context = await browser.newContext({ viewport: canvas, deviceScaleFactor: 1 })
    try {
      const opts = { baseUrl: server.url, routerMode, print: true, timeoutMs }
      const first = await context.newPage()
      const total = await openDeck(first, opts) ?? 0
      if (total === 0)
        throw new Error(`${distDir}: the built deck shows no slides (is it a Slidev build?)`)
      loadedAt = performance.now()
      onProgress?.(`printing ${total} slides`)
      const printOne = (page: Page) => page.pdf({
        width: `${canvas.width}px`,
        height: `${canvas.height}px`,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        pageRanges: '1',
        printBackground: true,
        preferCSSPageSize: true,
      })
      // Slides are handed out in order from one counter; each page moves client-side to the slide it takes.
      let next = 1
      let done = 0
      const worker = async (page: Page, opened: boolean) => {
        if (!opened)
          await openDeck(page, opts)
        let shown = 1
        for (let no = next++; no <= total; no = next++) {
          if (no !== shown)
            await showSlide(page, no, opts)
          shown = no
          pagePdfs[no - 1] = await printOne(page)
          onProgress?.(`slide ${no}/${total} (${++done} printed)`)
        }
      }
      const extra = Math.max(0, Math.min(pages, total) - 1)
      const others = await Promise.all(Array.from({ length: extra }, () => context.newPage()))
      await Promise.all([worker(first, true), ...others.map(p => worker(p, false))])
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

  const doc = await createReproducibleDocument()
  for (const bytes of pagePdfs) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false })
    const [copied] = await doc.copyPages(src, [0])
    doc.addPage(copied)
  }
  applyMeta(doc, meta)
  if (outline)
    addOutline(doc, outline)
  const bytes = await saveReproducible(doc)
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, bytes)
  const done = performance.now()
  return {
    outFile: target,
    pages: pagePdfs.length,
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
  const chrome = executablePath ?? findBrowser()?.path
  if (!chrome)
    throw new NoBrowserError('$BRIEFDECK_CHROMIUM, the Playwright cache, PATH')
  const slides = resolve(slidesPath)
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  const tmp = format === 'png' ? tempSibling(target, 'slidev') : `${tempSibling(target, 'slidev')}.${format}`
  try {
    await runSlidev(['export', slides, '--output', tmp, '--format', format, '--executable-path', chrome, '--timeout', String(timeoutMs)], {
      cwd: dirname(slides),
      onProgress,
    })
    if (format === 'png') await rm(target, { recursive: true, force: true })
    await rename(tmp, target)
  }
  finally {
    await rm(tmp, { recursive: true, force: true })
  }
  return { outFile: target, durationMs: Math.round(performance.now() - started) }
}
