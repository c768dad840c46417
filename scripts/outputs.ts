/**
 * The export recipe: one Slidev build, then every requested output from that build with one browser.
 * Reads the deck as it is on disk (presenter edits included) with @slidev/parser, so the handout's
 * notes are the notes the presenter sees.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseAspectRatio, parseSync } from '@slidev/parser'
import { plainText } from './render/escape.ts'
import type { Browser } from 'playwright-chromium'
import { buildFingerprint, buildSite, prepareBuild, type PreparedBuild } from './export/build.ts'
import { writeFileAtomic } from './export/files.ts'
import type { HandoutSlide } from './export/handout.ts'
import { launchBrowser, loadPlaywright } from './export/browser.ts'
import type { OutlineItem, PdfMeta } from './export/pdfdoc.ts'

export type ExportFormat = 'pdf' | 'handout' | 'png' | 'pptx'

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
    const kind = String(((s.frontmatter as { briefdeck?: { kind?: string } }).briefdeck?.kind) ?? '')
    const title = plainText(s.title ?? '').replace(/<[^>]+>/g, '') || `Slide ${i + 1}`
    // the renderer names each slide's section (the kicker over an assertion title); older decks: the heading
    const named = (s.frontmatter as { briefdeck?: { section?: unknown } }).briefdeck?.section
    if (typeof named === 'string' && named) section = plainText(named)
    else if (['title', 'section', 'risks', 'scenarios', 'conclusion', 'appendix'].includes(kind) || !section) section = title.replace(/\s\(\d+\/\d+\)$/, '').replace(/: likelihood × impact$/, '')
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
const needsImages = (formats: readonly ExportFormat[]) => formats.some(f => f === 'png' || f === 'pptx')

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

/** Where the fingerprint of each dist/'s last build is kept: `.briefdeck/build.json` beside the deck. */
const stampFile = (slidesPath: string) => join(dirname(resolve(slidesPath)), '.briefdeck', 'build.json')

async function readStamps(slidesPath: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(stampFile(slidesPath), 'utf8')) as Record<string, string>
  }
  catch {
    return {}
  }
}

/**
 * Builds the site unless `distDir` already holds a build of exactly this deck (same slides.md, components, styles,
 * Slidev version: see {@link buildFingerprint}); returns whether it built. A failed build leaves no stamp.
 */
export async function buildIfChanged(o: Pick<ExportAllOptions, 'slidesPath' | 'distDir' | 'stage' | 'log' | 'prepared'>): Promise<boolean> {
  const key = resolve(o.distDir)
  const print = buildFingerprint(o.slidesPath)
  const stamps = await readStamps(o.slidesPath)
  if (stamps[key] === print && existsSync(join(key, 'index.html'))) {
    o.log(`✓ build site → ${o.distDir} (up to date, ${print.slice(0, 8)})`)
    return false
  }
  delete stamps[key]
  await mkdir(dirname(stampFile(o.slidesPath)), { recursive: true })
  await writeFileAtomic(stampFile(o.slidesPath), new TextEncoder().encode(JSON.stringify(stamps, null, 2)))
  const prepared = o.prepared
  await o.stage(`build site → ${o.distDir}`, () => prepared ? prepared.run() : buildSite({ slidesPath: o.slidesPath, outDir: o.distDir }))
  const after = await readStamps(o.slidesPath)
  after[key] = print
  await writeFileAtomic(stampFile(o.slidesPath), new TextEncoder().encode(`${JSON.stringify(after, null, 2)}\n`))
  return true
}

/** Every requested output from an existing build of the deck, printed with `browser` (left open). */
export async function exportFromBuild(o: ExportAllOptions, browser: Browser): Promise<void> {
  const { exportPdf, exportWithSlidev } = await pdfModule()
  const summary = summariseOnce(o.slidesPath)
  const exportsDir = o.exportsDir ?? 'exports'
  await mkdir(exportsDir, { recursive: true })
  const pdf = join(exportsDir, `${summary.slug}.pdf`)
  const printed: Promise<string> = o.useSlidev
    ? o.stage(`slidev export → ${pdf}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: resolve(pdf) })).then(r => r.outFile)
    : o.stage(`PDF → ${pdf}`, () => exportPdf({ distDir: o.distDir, outFile: pdf, meta: summary.meta, outline: summary.outline, routerMode: summary.routerMode, canvas: summary.canvas, browser }))
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
  const images = o.formats.filter(f => f === 'png' || f === 'pptx')
  if (!images.length)
    return
  const pngDir = resolve(join(exportsDir, `${summary.slug}-png`))
  const pptx = resolve(join(exportsDir, `${summary.slug}.pptx`))
  if (o.useSlidev) {
    for (const f of images)
      await o.stage(`slidev export ${f} → ${f === 'png' ? pngDir : pptx}`, () => exportWithSlidev({ slidesPath: o.slidesPath, outFile: f === 'png' ? pngDir : pptx, format: f }))
    return
  }
  const { exportPng, exportPptx, screenshotSlides } = await imagesModule()
  // One set of screenshots of the print view serves both formats.
  const shot = await o.stage(`screenshot ${summary.slides.length} slides`, () => screenshotSlides({ distDir: o.distDir, routerMode: summary.routerMode, canvas: summary.canvas, browser }))
  if (images.includes('png'))
    await o.stage(`png → ${pngDir}`, () => exportPng({ images: shot.images, outDir: pngDir }))
  if (images.includes('pptx')) {
    const notes = summary.slides.map(s => [s.text, ...(s.sources ?? [])].filter(Boolean).join('\n\n'))
    const r = await o.stage(`pptx → ${pptx}`, () => exportPptx({ images: shot.images, outFile: pptx, notes, meta: summary.meta, canvas: summary.canvas }))
    o.log(`  ${r.slides} slides, ${(r.bytes / 1024).toFixed(0)} KiB`)
  }
}

export async function exportAll(o: ExportAllOptions): Promise<void> {
  summariseOnce(o.slidesPath) // a deck @slidev/parser cannot read fails here, before the build
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
  const browser = await launchBrowser().catch(async (e: unknown) => {
    await cancelAll()
    throw e
  })
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
      if (d.formats.length)
        printing = printing.then(() => (failure ? undefined : exportFromBuild(d, browser))).catch((error: unknown) => { failure ??= { error } })
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
    await browser.close()
  }
}
