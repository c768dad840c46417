/**
 * PNG and PPTX exports from the same static build and the same print view as the PDF: serve `dist/` on 127.0.0.1,
 * open Slidev's `/print` view once ({@link openPrintView}: every slide stacked with its footer, all ready), and
 * screenshot each `.print-slide-container` at device scale factor 2 (980×552 canvas → 1960×1104 PNG, the scale
 * `slidev export` uses). The images are then written as a folder of `1.png`, `2.png`, … ({@link exportPng}) and/or
 * put one per slide into a PPTX with the deck's speaker notes ({@link exportPptx}), so asking for both costs one
 * set of screenshots.
 *
 * Why not `slidev export --format png|pptx`: each call starts its own Vite dev server (hundreds of modules compiled
 * on the fly) and its own Chromium, about 17 s per format for the sample deck, while the export already has a build
 * and an open browser. No dev server here, one build, one print view.
 *
 *   const images = await screenshotSlides({ distDir, deck: { slidesPath, titles }, routerMode, browser })
 *   await exportPng({ images, outDir: 'exports/deck-png' })
 *   await exportPptx({ images, outFile: 'exports/deck.pptx', notes, meta })
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-chromium'
import PptxGenJS from 'pptxgenjs'
import { launchBrowser, newDeckContext } from './browser.ts'
import { checkPrintView, type ExpectedDeck, openPrintView, type RouterMode } from './deck-page.ts'
import { replaceDir, tempSibling, writeFileAtomic } from './files.ts'
import { CANVAS } from './pdf.ts'
import type { PdfMeta } from './pdfdoc.ts'
import { serveStatic } from './serve.ts'

/** `slidev export`'s device scale factor for PNG and PPTX: a 980 px canvas gives 1960 px images. */
export const IMAGE_SCALE = 2

/** Options for {@link screenshotSlides}. */
export interface ScreenshotOptions {
  /** The built site (output of `buildSite`). */
  distDir: string
  /**
   * The deck these are images of: the print view must show its slides (count and titles, in order), or no
   * screenshot is taken ({@link StaleBuildError}: `distDir` is a build of another deck).
   */
  deck: ExpectedDeck
  /** Must match the build's headmatter `routerMode`. @default 'history' */
  routerMode?: RouterMode
  /** Canvas size in CSS px (headmatter `canvasWidth` / `aspectRatio`). @default CANVAS */
  canvas?: { width: number, height: number }
  /** Device pixels per CSS px. @default IMAGE_SCALE */
  scale?: number
  /** Reuse an open browser (it is left open); otherwise one is launched and closed. */
  browser?: Browser
  /** Longest wait for the print view to be ready, and for each screenshot. @default 30000 */
  timeoutMs?: number
  onProgress?: (msg: string) => void
}

/** What {@link screenshotSlides} took. */
export interface SlideImages {
  /** One PNG per shown slide, in order. */
  images: Buffer[]
  /** Wall time: loading the print view until every slide is ready, then the screenshots. */
  durationMs: { total: number, load: number, shoot: number }
}

/** Screenshots every slide of the print view, in order, at canvas size × `scale`. */
export async function screenshotSlides({
  distDir,
  deck,
  routerMode = 'history',
  canvas = CANVAS,
  scale = IMAGE_SCALE,
  browser: shared,
  timeoutMs = 30_000,
  onProgress,
}: ScreenshotOptions): Promise<SlideImages> {
  const started = performance.now()
  const server = await serveStatic(distDir)
  const browser = shared ?? await launchBrowser()
  const images: Buffer[] = []
  let loadedAt = started
  try {
    const context = await newDeckContext(browser, { viewport: canvas, deviceScaleFactor: scale })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(timeoutMs)
      const total = await openPrintView(page, { baseUrl: server.url, routerMode, timeoutMs })
      await checkPrintView(page, deck, distDir)
      loadedAt = performance.now()
      onProgress?.(`screenshotting ${total} slides`)
      const slides = page.locator('#print-content > .print-slide-container')
      // Element screenshots as `slidev export` takes them (same container, same scale), so the pixels match its
      // output; the viewport is one slide high, so each is a scroll and a one-slide capture.
      for (let i = 0; i < total; i++)
        images.push(await slides.nth(i).screenshot({ type: 'png' }))
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
  const done = performance.now()
  return {
    images,
    durationMs: { total: Math.round(done - started), load: Math.round(loadedAt - started), shoot: Math.round(done - loadedAt) },
  }
}

/**
 * Writes `images` as `1.png`, `2.png`, … (1-based slide numbers, as `slidev export --format png` names them) into
 * `outDir`. The folder is built beside it under a temp name and swapped in whole, so a failure leaves the previous
 * folder as it was. Returns the paths written.
 */
export async function exportPng({ images, outDir }: { images: readonly Uint8Array[], outDir: string }): Promise<string[]> {
  const target = resolve(outDir)
  await mkdir(dirname(target), { recursive: true })
  const tmp = tempSibling(target, 'png')
  try {
    await mkdir(tmp)
    await Promise.all(images.map((png, i) => writeFile(join(tmp, `${i + 1}.png`), png)))
    await replaceDir(tmp, target)
  }
  finally {
    await rm(tmp, { recursive: true, force: true })
  }
  return images.map((_, i) => join(target, `${i + 1}.png`))
}

/** Options for {@link exportPptx}. */
export interface ExportPptxOptions {
  /** One PNG per shown slide, in order (from {@link screenshotSlides}). */
  images: readonly Uint8Array[]
  /** Where the PPTX goes, e.g. `exports/<slug>.pptx`. Written through a temp file and a rename. */
  outFile: string
  /** Speaker notes in plain text, one entry per image (empty for none). */
  notes: readonly string[]
  /** Title, author, subject. */
  meta: PdfMeta
  /** Canvas size in CSS px: the slide is canvas / 96 inches, as in `slidev export`. @default CANVAS */
  canvas?: { width: number, height: number }
}

/**
 * Writes a PPTX with one slide per image, the image as the slide's full-size background (as `slidev export` does,
 * so it cannot be nudged out of place), its notes as speaker notes, and the deck's title, author and subject.
 * Returns the file's size.
 */
export async function exportPptx({ images, outFile, notes, meta, canvas = CANVAS }: ExportPptxOptions): Promise<{ outFile: string, slides: number, bytes: number }> {
  if (notes.length !== images.length)
    throw new Error(`${outFile}: ${images.length} slide images but notes for ${notes.length} slides (the print view and `
      + 'slides.md disagree on which slides are shown)')
  const pptx = new PptxGenJS()
  const layout = `${canvas.width}x${canvas.height}`
  pptx.defineLayout({ name: layout, width: canvas.width / 96, height: canvas.height / 96 })
  pptx.layout = layout
  pptx.title = meta.title
  if (meta.author)
    pptx.author = meta.author
  if (meta.subject)
    pptx.subject = meta.subject
  images.forEach((png, i) => {
    const slide = pptx.addSlide()
    slide.background = { data: `data:image/png;base64,${Buffer.from(png).toString('base64')}` }
    const note = notes[i]?.trim()
    if (note)
      slide.addNotes(note)
  })
  // Stored, not deflated: the images are PNGs already, and the XML parts are small.
  const bytes = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, bytes)
  return { outFile: target, slides: images.length, bytes: bytes.length }
}
