/**
 * The export recipe: one Slidev build, then every requested output from that build with one browser.
 * Reads the deck as it is on disk (presenter edits included) with @slidev/parser, so the handout's
 * notes are the notes the presenter sees.
 */
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseAspectRatio, parseSync } from '@slidev/parser'
import { plainText } from './render/escape.ts'
import type { Browser } from 'playwright-chromium'
import { buildSite, buildStamp, holdsBuild, prepareBuild, prepareDeckDir, STAMP_FILE, type PreparedBuild } from './export/build.ts'
import type { HandoutSlide } from './export/handout.ts'
import { launchBrowser, loadPlaywright } from './export/browser.ts'
import { slideTitle } from './export/deck-page.ts'
import type { OutlineItem, PdfMeta } from './export/pdfdoc.ts'

/**
 * `pdf` the slides as printed · `handout` slides with their notes, for reading · `png` one image per slide ·
 * `pptx` an editable PowerPoint built from the deck (no browser) · `pptx-images` one screenshot per slide in a PPTX.
 */
export type ExportFormat = 'pdf' | 'handout' | 'png' | 'pptx' | 'pptx-images'

/** Formats printed from the built site with Chromium (all but the editable PPTX). */
export const browserFormats = (formats: readonly ExportFormat[]) => formats.filter(f => f !== 'pptx')

export interface ExportAllOptions {
  slidesPath: string
  distDir: string
  exportsDir?: string
  formats: ExportFormat[]
  layout?: 1 | 2 | 3
  useSlidev?: boolean
  log: (msg: string) => void
  stage: <T>(label: string, fn: () => Promise<T> | T) => Promise<T>
  meta?: { slug: string; title: string; themes: string[]; author?: string; subtitle?: string; language: string }
  /**
   * A build of `slidesPath` into `distDir` started before the deck was written ({@link prepareBuild}), so Slidev's
   * modules loaded while the deck was generated. Run when a build is needed; the caller cancels it in any case
   * once the export is over (a no-op after it ran), so that an unused one leaves without building.
   */
  prepared?: PreparedBuild
  /** Build even if `distDir` already holds a build of this deck (`briefdeck build --force`). */
  force?: boolean
}

/** What the exports need to know about the deck, read from slides.md. */
export interface DeckSummary {
  slug: string
  meta: PdfMeta
  routerMode: 'hash' | 'history'
  /** The slide canvas in CSS px, as Slidev sizes it: headmatter `canvasWidth` × ceil(width / `aspectRatio`). */
  canvas: { width: number, height: number }
  /** Shown (not hidden) slides, in order. */
  slides: HandoutSlide[]
  outline: OutlineItem[]
}


export function summarise(slidesPath: string): DeckSummary {
  const text = readFileSync(slidesPath, 'utf8')
  const d = parseSync(text, slidesPath)
  const head = (d.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const bd = (head.briefdeck ?? {}) as Record<string, unknown>
  const slug = String(head.exportFilename ?? bd.slug ?? 'slides')
  const shown = d.slides.filter(s => !(s.frontmatter as { hide?: boolean }).hide && !(s.frontmatter as { disabled?: boolean }).disabled)
  let section = ''
  const slides: HandoutSlide[] = shown.map((s, i) => {
    const bd = (s.frontmatter as { briefdeck?: { kind?: string; section?: unknown } }).briefdeck
    const kind = String(bd?.kind ?? '')
    const title = slideTitle(s.title, i)
    // a slide with an assertion title names its section in `briefdeck.section` (its kicker): bookmarks read by section
    if (typeof bd?.section === 'string' && bd.section) section = plainText(bd.section)
    else if (['title', 'section', 'divider', 'risks', 'scenarios', 'conclusion', 'appendix'].includes(kind) || !section) section = title.replace(/\s\(\d+\/\d+\)$/, '').replace(/: likelihood × impact$/, '')
    const note = plainText(s.note ?? '')
    const paragraphs = note.split(/\n\s*\n/)
    const sources = paragraphs.filter(p => /^\(L\d/.test(p))
    const rest = paragraphs.filter(p => !/^\(L\d/.test(p))
    return { slideNo: i + 1, title, section, text: rest.join('\n\n'), sources }
  })
  const outline: OutlineItem[] = []
  for (const s of slides) if (!outline.some(o => o.title === s.section)) outline.push({ title: s.section ?? s.title, page: s.slideNo - 1 })
  const keywords = typeof head.keywords === 'string' ? head.keywords.split(',').map(k => k.trim()).filter(Boolean) : []
  const meta: PdfMeta = {
    title: plainText(String(head.title ?? slug)),
    ...(typeof head.author === 'string' ? { author: head.author } : {}),
    subject: plainText(typeof head.info === 'string' ? head.info : String(head.title ?? '')),
    keywords,
    language: String((bd.language as string | undefined) ?? 'en'),
  }
  const width = typeof head.canvasWidth === 'number' && head.canvasWidth > 0 ? head.canvasWidth : 980
  let aspect: number
  try {
    aspect = parseAspectRatio((head.aspectRatio ?? 16 / 9) as string | number)
  }
  catch {
    aspect = Number.NaN
  }
  if (!(Number.isFinite(aspect) && aspect > 0))
    throw new Error(`${slidesPath}: the headmatter's aspectRatio ${JSON.stringify(head.aspectRatio)} is not a ratio; write it like 16/9 or 4/3`)
  const canvas = { width, height: Math.ceil(width / aspect) }
  return { slug, meta, routerMode: head.routerMode === 'hash' ? 'hash' : 'history', canvas, slides, outline }
}

/** The exporters' modules, imported on first use (Node caches them: importing again is free). */
const pdfModule = () => import('./export/pdf.ts')
const handoutModule = () => import('./export/handout.ts')
const imagesModule = () => import('./export/images.ts')
const needsImages = (formats: readonly ExportFormat[]) => formats.some(f => f === 'png' || f === 'pptx-images')

/**
 * Loads the modules `formats` need: the PDF exporter (pdf-lib) and Playwright always, the handout's (fontkit) and
 * the images' (pptxgenjs) only when asked for. Together they take ~0.5–1 s to load, which `build`, `generate` and
 * `check` never need; {@link exportAll} starts loading them before the build, so the load overlaps Slidev's build.
 */
function loadExporters(formats: readonly ExportFormat[]): Promise<unknown> {
  return Promise.all([pdfModule(), formats.includes('handout') ? handoutModule() : undefined, needsImages(formats) ? imagesModule() : undefined]).then(loadPlaywright)
}

/**
 * {@link summarise}, parsed once per text of the file: an export reads the deck before its build (to fail early)
 * and again to print it, and @slidev/parser takes ~80 ms on a 150-slide deck; reading the file to compare is ~1 ms.
 */
const summaries = new Map<string, { text: string, summary: DeckSummary }>()
function summariseOnce(slidesPath: string): DeckSummary {
  const path = resolve(slidesPath)
  const text = readFileSync(path, 'utf8')
  const hit = summaries.get(path)
  if (hit?.text === text)
    return hit.summary
  const summary = summarise(slidesPath)
  summaries.set(path, { text, summary })
  return summary
}

/** Where an older briefdeck kept the fingerprints of the builds, beside the deck: no longer read, removed on the next build. */
const oldStampFile = (slidesPath: string) => join(dirname(resolve(slidesPath)), '.briefdeck', 'build.json')

/**
 * Builds the site unless `distDir` already holds a build of exactly this deck: the stamp inside it
 * ({@link STAMP_FILE}) must be this deck's (same path, slides.md, components, styles, Slidev version: see
 * {@link buildStamp}). Whatever else built into `distDir` since (another deck, a build killed half-way) left
 * another stamp or none. Returns whether it built.
 */
export async function buildIfChanged(o: Pick<ExportAllOptions, 'slidesPath' | 'distDir' | 'stage' | 'log' | 'prepared' | 'force'>): Promise<boolean> {
  const out = resolve(o.distDir)
  // A deck outside the project gets its links to the project's components and styles first: they are part of
  // what the stamp hashes, and a first build that hashed the folder without them would never be up to date.
  await prepareDeckDir(dirname(resolve(o.slidesPath)))
  const stamp = buildStamp(o.slidesPath, out)
  if (!o.force && await holdsBuild(out, stamp)) {
    o.log(`✓ build site → ${o.distDir} (up to date, ${stamp.fingerprint.slice(0, 8)})`)
    return false
  }
  // From here until the new build is in place, dist/ claims nothing: a run killed meanwhile leaves it unstamped.
  await rm(join(out, STAMP_FILE), { force: true })
  await rm(oldStampFile(o.slidesPath), { force: true })
  const prepared = o.prepared
  await o.stage(`build site → ${o.distDir}`, () => prepared ? prepared.run(stamp) : buildSite({ slidesPath: o.slidesPath, outDir: o.distDir, stamp }))
  return true
}

/** Every requested output from an existing build of the deck, printed with `browser` (left open). */
export async function exportFromBuild(o: ExportAllOptions, browser: Browser): Promise<void> {
  const { exportPdf, exportWithSlidev } = await pdfModule()
  const summary = summariseOnce(o.slidesPath)
  const exportsDir = o.exportsDir ?? 'exports'
  const pdf = join(exportsDir, `${summary.slug}.pdf`)
  // What every export from the build checks the print view against before it writes anything.
  const deck = { slidesPath: o.slidesPath, titles: summary.slides.map(s => s.title) }
  const printed: Promise<string> = o.useSlidev
    ? o.stage(`slidev export → ${pdf}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: resolve(pdf) })).then(r => r.outFile)
    : o.stage(`PDF → ${pdf}`, () => exportPdf({ distDir: o.distDir, outFile: pdf, deck, meta: summary.meta, outline: summary.outline, routerMode: summary.routerMode, canvas: summary.canvas, browser }))
      .then((r) => {
        o.log(`  ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KiB`)
        return r.outFile
      })
  // The handout lays out its notes while Chromium prints (Node would otherwise sit idle), then draws the slides in.
  const handout = o.formats.includes('handout')
    ? o.stage(`handout (${o.layout ?? 2} per page) → ${join(exportsDir, `${summary.slug}-handout.pdf`)}`, async () => (await handoutModule()).exportHandout({
        slidePdf: printed,
        aspect: summary.canvas.width / summary.canvas.height,
        outFile: join(exportsDir, `${summary.slug}-handout.pdf`),
        slides: summary.slides,
        layout: o.layout ?? 2,
        meta: summary.meta,
      })).then(r => o.log(`  ${r.pages} pages${r.replacedGlyphs.length ? `; no font for ${r.replacedGlyphs.join('')}` : ''}`))
    : undefined
  await Promise.all([printed, handout])
  const images = o.formats.filter(f => f === 'png' || f === 'pptx-images')
  if (!images.length)
    return
  const pngDir = resolve(join(exportsDir, `${summary.slug}-png`))
  const pptx = resolve(join(exportsDir, `${summary.slug}-images.pptx`))
  if (o.useSlidev) {
    for (const f of images)
      await o.stage(`slidev export ${f} → ${f === 'png' ? pngDir : pptx}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: f === 'png' ? pngDir : pptx, format: f === 'png' ? 'png' : 'pptx' }))
    return
  }
  const { exportPng, exportPptx, screenshotSlides } = await imagesModule()
  // One set of screenshots of the print view serves both formats.
  const shot = await o.stage(`screenshot ${summary.slides.length} slides`, () => screenshotSlides({ distDir: o.distDir, deck, routerMode: summary.routerMode, canvas: summary.canvas, browser }))
  if (images.includes('png'))
    await o.stage(`png → ${pngDir}`, () => exportPng({ images: shot.images, outDir: pngDir }))
  if (images.includes('pptx-images')) {
    const notes = summary.slides.map(s => [s.text, ...(s.sources ?? [])].filter(Boolean).join('\n\n'))
    const r = await o.stage(`pptx (images) → ${pptx}`, () => exportPptx({ images: shot.images, outFile: pptx, notes, meta: summary.meta, canvas: summary.canvas }))
    o.log(`  ${r.slides} slides, ${(r.bytes / 1024).toFixed(0)} KiB`)
  }
}

/** The editable PPTX (`pptx`), from slides.md and the stored deck model: no build, no browser. */
export async function exportEditable(o: ExportAllOptions): Promise<void> {
  const summary = summariseOnce(o.slidesPath)
  const outFile = resolve(join(o.exportsDir ?? 'exports', `${summary.slug}.pptx`))
  const { exportEditablePptx } = await import('./export/pptx-source.ts')
  const r = await o.stage(`pptx (editable) → ${outFile}`, () => exportEditablePptx({ slidesPath: o.slidesPath, outFile, canvas: summary.canvas }))
  o.log(`  ${r.slides} slides (${r.counts.model} from the deck model, ${r.counts.markdown} read back from slides.md), ${(r.bytes / 1024).toFixed(0)} KiB`)
  for (const w of r.warnings)
    o.log(`  warning: ${w}`)
}

export async function exportAll(o: ExportAllOptions): Promise<void> {
  summariseOnce(o.slidesPath) // a deck @slidev/parser cannot read fails here, before the build
  if (o.formats.includes('pptx'))
    await exportEditable(o)
  // only the editable PPTX asked of `export`: nothing to build or print
  if (o.formats.length && !browserFormats(o.formats).length && !o.prepared)
    return
  o = { ...o, formats: browserFormats(o.formats) }
  const exporters = o.formats.length ? loadExporters(o.formats) : undefined
  exporters?.catch(() => {}) // awaited below; a failure surfaces there, not as an unhandled rejection
  await buildIfChanged(o)
  if (!exporters)
    return
  await exporters
  // Chromium starts after the build, not during it: overlapping Vite's peak with Chromium's pushed the whole run
  // past 1 GiB, for ~0.3 s saved on start-up.
  const browser = await launchBrowser()
  try {
    await exportFromBuild(o, browser)
  }
  finally {
    await browser.close()
  }
}

/**
 * Many decks with one browser: up to `jobs` decks build at once (each in its own folder, decks/<name>/, where
 * Slidev keeps its own node_modules/.slidev, so builds do not collide), and each deck is printed as soon as it is
 * built, one at a time, in the one browser. The build a free worker will take next is prepared
 * ({@link prepareBuild}) when a worker starts one, so its modules load meanwhile. On the 2-core reference machine
 * two builds at once took 9.6 s where one after the other took 13.5 s; each build peaks at ~650 MiB, so `jobs` 1
 * keeps the run's memory near a single deck's.
 */
export async function exportMany(decks: ExportAllOptions[], jobs: number): Promise<void> {
  if (!decks.length)
    return
  loadExporters([...new Set(decks.flatMap(d => d.formats))]).catch(() => {}) // overlaps the first builds; exportFromBuild imports again (and reports a failure)
  const prepared = new Map<number, PreparedBuild>()
  const prepare = (i: number) => {
    const d = decks[i]
    if (d && !prepared.has(i))
      prepared.set(i, prepareBuild({ slidesPath: d.slidesPath, outDir: d.distDir }))
  }
  const cancelAll = () => Promise.all([...prepared.values()].map(p => p.cancel()))
  prepare(0)
  const needsBrowser = decks.some(d => browserFormats(d.formats).length)
  const browser = needsBrowser
    ? await launchBrowser().catch(async (e: unknown) => {
      await cancelAll()
      throw e
    })
    : undefined
  let next = 0
  let failure: { error: unknown } | undefined
  let printing = Promise.resolve()
  const worker = async () => {
    while (!failure && next < decks.length) {
      const i = next++
      const d = decks[i]!
      prepare(i)
      prepare(next)
      try {
        await buildIfChanged({ ...d, prepared: prepared.get(i) })
      }
      catch (error) {
        failure ??= { error }
        return
      }
      finally {
        await prepared.get(i)?.cancel() // dist/ was current, or the build failed: the prepared process leaves
      }
      if (d.formats.length) {
        const printed = { ...d, formats: browserFormats(d.formats) }
        printing = printing.then(async () => {
          if (failure)
            return
          if (d.formats.includes('pptx'))
            await exportEditable(d)
          if (printed.formats.length && browser)
            await exportFromBuild(printed, browser)
        }).catch((error: unknown) => { failure ??= { error } })
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, decks.length)) }, worker))
    await printing
    if (failure)
      throw failure.error
  }
  finally {
    await cancelAll()
    await browser?.close()
  }
}
