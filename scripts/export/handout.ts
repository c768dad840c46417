/**
 * The handout: A4 portrait pages with 1, 2 or 3 slides each, every slide beside or above its speaker notes and
 * source excerpts. Slides are the slide PDF's own pages embedded as vector form XObjects (text stays text);
 * notes are drawn with the bundled fonts (see fonts.ts). With 3 per page, the right column has ruled lines for
 * the reader's own notes. Bookmarks group slides by section.
 *
 *   await exportHandout({ slidePdf: 'exports/deck.pdf', outFile: 'exports/deck-handout.pdf', slides, layout: 2, meta })
 */
import { readFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib'
import { writeFileAtomic } from './files.ts'
import { FontStack } from './fonts.ts'
import { addOutline, applyMeta, createReproducibleDocument, type OutlineItem, type PdfMeta, saveReproducible } from './pdfdoc.ts'

/** One slide as the handout shows it (the CLI builds these from the Deck model). */
export interface HandoutSlide {
  /** 1-based page of the slide PDF. */
  slideNo: number
  title: string
  /** Section the slide belongs to: bookmarks group by it. */
  section?: string
  /** Speaker notes, plain text; blank lines separate paragraphs. */
  text: string
  /** Source excerpts, each e.g. `L12–14: “…”`; printed after the notes in a smaller size. */
  sources?: string[]
}

/** Slides per page. */
export type HandoutLayout = 1 | 2 | 3

/** Options for {@link exportHandout}. */
export interface ExportHandoutOptions {
  /**
   * The slide PDF from `exportPdf`: its path, or a promise of it. With a promise the notes are laid out while the
   * slides are still printing, and the slides are drawn in when the PDF arrives. (Only the slide's aspect ratio is
   * needed earlier: {@link ExportHandoutOptions.aspect}.)
   */
  slidePdf: string | Promise<string>
  /** Width / height of a slide; with a promised `slidePdf` it lets the notes go first. @default read from the PDF */
  aspect?: number
  outFile: string
  slides: HandoutSlide[]
  layout: HandoutLayout
  meta: PdfMeta
  onProgress?: (msg: string) => void
}

/** What {@link exportHandout} did. */
export interface ExportHandoutResult {
  outFile: string
  pages: number
  bytes: number
  durationMs: number
  /** Characters no bundled font covers, drawn as `?` (distinct characters). */
  replacedGlyphs: string[]
  /** Slides whose notes did not fit their box and were cut with `…`. */
  truncatedNotes: number[]
}

const A4 = { width: 595.28, height: 841.89 } as const
const MARGIN = 42
const FOOTER = 22
const INK = rgb(0.13, 0.13, 0.15)
const MUTED = rgb(0.42, 0.42, 0.46)
const RULE = rgb(0.78, 0.78, 0.8)

interface Box { x: number, y: number, width: number, height: number }

/** Where the slide picture and the text go in one cell, per layout. y is the box's bottom edge (PDF space). */
function cells(layout: HandoutLayout, aspect: number): { slide: Box, text: Box, lines?: Box }[] {
  const top = A4.height - MARGIN
  const bottom = MARGIN + FOOTER
  const width = A4.width - 2 * MARGIN
  const gap = 18
  const cellHeight = (top - bottom - gap * (layout - 1)) / layout
  return Array.from({ length: layout }, (_, i) => {
    const cellTop = top - i * (cellHeight + gap)
    if (layout === 3) {
      const sw = width * 0.52
      const sh = sw / aspect
      return {
        slide: { x: MARGIN, y: cellTop - sh, width: sw, height: sh },
        text: { x: MARGIN, y: cellTop - cellHeight, width: sw, height: cellHeight - sh - 8 },
        lines: { x: MARGIN + sw + 16, y: cellTop - cellHeight, width: width - sw - 16, height: cellHeight },
      }
    }
    const sw = layout === 1 ? width : width * 0.78
    const sh = sw / aspect
    return {
      slide: { x: MARGIN, y: cellTop - sh, width: sw, height: sh },
      text: { x: MARGIN, y: cellTop - cellHeight, width, height: cellHeight - sh - 10 },
    }
  })
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, or anywhere in words too long (CJK has no spaces).
 * Lines come one at a time, so a caller that runs out of room stops the work there (long notes are cut, and
 * wrapping all of them cost seconds on a 20k-word article).
 */
async function* wrap(fonts: FontStack, text: string, size: number, maxWidth: number): AsyncGenerator<string> {
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/(?<=\s)/)) {
      const candidate = line + word
      if (await fonts.fits(candidate.trimEnd(), size, maxWidth)) {
        line = candidate
        continue
      }
      if (line.trim())
        yield line.trimEnd()
      line = ''
      for (const ch of word) {
        if (line && !await fonts.fits((line + ch).trimEnd(), size, maxWidth)) {
          yield line.trimEnd()
          line = ''
        }
        line += ch
      }
    }
    yield line.trimEnd()
  }
}

async function drawLine(page: PDFPage, fonts: FontStack, text: string, x: number, y: number, size: number, color = INK): Promise<void> {
  let cursor = x
  const runs = await fonts.runs(text)
  for (const [i, run] of runs.entries()) {
    page.drawText(run.text, { x: cursor, y, size, font: run.font, color })
    if (i < runs.length - 1) // measuring shapes the text again: only when another run follows
      cursor += run.font.widthOfTextAtSize(run.text, size)
  }
}

interface Block { text: string, size: number, fonts: FontStack, color?: typeof INK, gapBefore?: number }

/** Draws blocks top-down inside `box`; returns false when something had to be cut. */
async function drawBlocks(page: PDFPage, box: Box, blocks: Block[]): Promise<boolean> {
  let y = box.y + box.height
  let last: { line: string, y: number, block: Block } | undefined
  for (const block of blocks) {
    y -= block.gapBefore ?? 0
    const lineHeight = block.size * 1.35
    for await (const line of wrap(block.fonts, block.text, block.size, box.width)) {
      if (y - lineHeight < box.y) {
        if (last) // mark the cut at the end of the last line drawn
          await drawLine(page, last.block.fonts, ' …', box.x + await last.block.fonts.width(last.line, last.block.size), last.y, last.block.size, MUTED)
        return false
      }
      y -= lineHeight
      const baseline = y + block.size * 0.25
      await drawLine(page, block.fonts, line, box.x, baseline, block.size, block.color)
      last = { line, y: baseline, block }
    }
  }
  return true
}

function ruledLines(page: PDFPage, box: Box): void {
  const spacing = 20
  for (let y = box.y + box.height - spacing; y >= box.y; y -= spacing)
    page.drawLine({ start: { x: box.x, y }, end: { x: box.x + box.width, y }, thickness: 0.5, color: RULE })
}

/** Writes the handout PDF. */
export async function exportHandout({ slidePdf, aspect, outFile, slides, layout, meta, onProgress }: ExportHandoutOptions): Promise<ExportHandoutResult> {
  const started = performance.now()
  if (![1, 2, 3].includes(layout))
    throw new Error(`handout layout must be 1, 2 or 3 slides per page, not ${layout}`)
  const loadSlides = async () => {
    const path = await slidePdf
    const source = await PDFDocument.load(await readFile(path), { updateMetadata: false })
    const total = source.getPageCount()
    for (const s of slides) {
      if (!Number.isInteger(s.slideNo) || s.slideNo < 1 || s.slideNo > total)
        throw new Error(`handout: slide ${s.slideNo} ("${s.title}") is not in ${path}, which has ${total} pages`)
    }
    return source
  }
  // Without a known aspect the PDF is needed first; with one, the notes are laid out while it is being printed.
  let source = aspect ? undefined : await loadSlides()
  const slideAspect = aspect ?? source!.getPage(0).getWidth() / source!.getPage(0).getHeight()

  const doc = await createReproducibleDocument()
  const regular = new FontStack(doc, 400)
  const bold = new FontStack(doc, 700)
  const layoutCells = cells(layout, slideAspect)
  const slideCells: { page: PDFPage, box: Box }[] = []
  const pageCount = Math.ceil(slides.length / layout)
  const truncated: number[] = []
  const outline: OutlineItem[] = []

  let page: PDFPage | undefined
  for (const [i, slide] of slides.entries()) {
    const cell = layoutCells[i % layout]!
    if (i % layout === 0) {
      page = doc.addPage([A4.width, A4.height])
      const pageNo = doc.getPageCount()
      await drawLine(page, regular, `${meta.title}`, MARGIN, MARGIN - 6, 8, MUTED)
      const label = `${pageNo} / ${pageCount}`
      page.drawText(label, { x: A4.width - MARGIN - (await regular.width(label, 8)), y: MARGIN - 6, size: 8, font: (await regular.runs(label))[0]!.font, color: MUTED })
    }
    const p = page!
    slideCells.push({ page: p, box: cell.slide })
    const blocks: Block[] = [{ text: `${slide.slideNo}. ${slide.title}`, size: layout === 1 ? 12 : 10, fonts: bold }]
    if (slide.text.trim())
      blocks.push({ text: slide.text.trim(), size: layout === 3 ? 8 : 9.5, fonts: regular, gapBefore: 3 })
    if (slide.sources?.length)
      blocks.push({ text: slide.sources.join('\n'), size: layout === 3 ? 7 : 8, fonts: regular, color: MUTED, gapBefore: 5 })
    if (!await drawBlocks(p, cell.text, blocks))
      truncated.push(slide.slideNo)
    if (cell.lines)
      ruledLines(p, cell.lines)

    const item: OutlineItem = { title: slide.title, page: doc.getPageCount() - 1 }
    const last = outline[outline.length - 1]
    if (slide.section) {
      if (last?.title === slide.section && last.children)
        last.children.push(item)
      else
        outline.push({ title: slide.section, page: item.page, children: [item] })
    }
    else {
      outline.push(item)
    }
    onProgress?.(`handout: slide ${i + 1}/${slides.length}`)
  }

  // The slides go in last (they do not overlap the text), each under its frame.
  source ??= await loadSlides()
  const embedded = slides.length ? await doc.embedPdf(source, slides.map(s => s.slideNo - 1)) : []
  for (const [i, { page, box }] of slideCells.entries()) {
    page.drawPage(embedded[i]!, box)
    page.drawRectangle({ ...box, borderColor: RULE, borderWidth: 0.75 })
  }
  applyMeta(doc, meta)
  addOutline(doc, outline)
  const bytes = await saveReproducible(doc)
  const target = resolve(outFile)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, bytes)
  return {
    outFile: target,
    pages: doc.getPageCount(),
    bytes: bytes.length,
    durationMs: Math.round(performance.now() - started),
    replacedGlyphs: [...new Set([...regular.replaced, ...bold.replaced])],
    truncatedNotes: truncated,
  }
}
