/**
 * PDF ingest: poppler's `pdftohtml -xml` (pdflayout.ts gives lines in reading order) → the same {@link Unit}s the
 * Markdown and HTML readers produce → assemble.ts. Spans index the extracted text (one PDF line per text line, in
 * reading order) and carry the page and the line on the page (`p2 L14`).
 *
 * Stated rules, all about size, weight, position and repetition — never particular documents:
 * - **Body size**: the character-weighted most common font size.
 * - **Furniture**: a line in the top or bottom {@link BAND} of its page whose text (digits normalised) recurs in a band
 *   on at least two pages, or that is a page number, a bare URL, a product/version stamp, or small print. Furniture is
 *   kept out of the slides (as boilerplate, with why).
 * - **Contents pages**: a page with three or more dot-leader lines ("Introduction ........ 1") is skipped.
 * - **Footnotes**: the trailing run of small lines on a page (under the body size) that holds a line starting with a
 *   number; the page's first numbered line, and then a line numbered just above the last footnote (by at most 5),
 *   starts one; the others continue the one before (across pages too).
 * - **Captions**: "Figure N." lines are furniture, and so is everything after them up to and including the
 *   figure's Source/Note lines (the figure's own labels). "Table N." starts a table that ends at its Source/Note line;
 *   its lines become whole rows (cells by the columns its lines start at). Source/Note lines elsewhere are furniture.
 * - **Headings**: a whole line in bold at about the body size or larger, or in a font at least 1.5 pt larger than the
 *   body, of at most 20 words, not a bullet, not continued by a lower-case line; and any line that is a bookmark of
 *   the PDF's outline on its page. Consecutive heading lines of one style are one heading. Levels: the outline's
 *   depth, else the numbering ("2.1", when two or more headings are numbered), else the heading styles ranked by size
 *   (then bold); the largest heading on page 1 is the title.
 * - **Paragraphs**: lines join while the gap to the next stays under 1.45× the body line pitch; a paragraph continues
 *   across a column or page break when it has not ended in terminal punctuation.
 * - **Lists**: a line starting with a bullet glyph starts an item, and so does one starting "1." / "(a)" whose next
 *   line hangs under its text (or that follows such an item at the same indent: a numbered list); indented lines
 *   continue it; a bold lead-in that ends in "." or ":" is the item's (or paragraph's) label.
 * - **De-hyphenation**: `word-` + `word` across a line break joins without the hyphen only when the joined word
 *   occurs elsewhere in the document; otherwise the hyphen is real ("two-star", "U.S.-based") and stays; a suspended
 *   hyphen before "or"/"and" keeps its space ("Two- or three-star").
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article, Section, Span } from '../model.ts'
import { type Unit, assemble } from './assemble.ts'
import { IngestError, MissingToolError } from './errors.ts'
import { type OutlineItem, type PdfLine, type PdfPage, parseOutline, parsePdfXml } from './pdflayout.ts'
import { RE_FIGURE_CAPTION, isDateline } from './text.ts'
import { blockText } from '../text/tree.ts'

/** Top and bottom share of a page where running headers and footers sit. */
export const BAND = 0.09
/** The wider band where a header or footer that recurs at one height on two pages is looked for. */
export const WIDE_BAND = 0.15
/** Pages read per pdftohtml run (and per progress line). */
export const PAGES_PER_CHUNK = 50

export interface PdfOptions {
  /** Called with a progress line after every {@link PAGES_PER_CHUNK} pages of a longer document. */
  onProgress?: (message: string) => void
}

/** Runs poppler on the bytes; refuses encrypted, corrupt and image-only PDFs. */
export function readPdfPages(bytes: Uint8Array, path: string, options: PdfOptions = {}): { pages: PdfPage[]; outline: OutlineItem[] } {
  if (!/^\s*%PDF-/.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))) {
    throw new IngestError(`${path}: not a PDF (no %PDF- header); check the file, or give it the extension of its real format`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-'))
  try {
    const file = join(dir, 'in.pdf')
    writeFileSync(file, bytes)
    const info = run('pdfinfo', [file], path)
    if (info.status !== 0) throw refusal(path, info.stderr)
    const pagesTotal = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0)
    if (!pagesTotal) throw new IngestError(`${path}: the PDF has no pages; check the file`)
    const pages: PdfPage[] = []
    let outline: OutlineItem[] = []
    for (let first = 1; first <= pagesTotal; first += PAGES_PER_CHUNK) {
      const last = Math.min(pagesTotal, first + PAGES_PER_CHUNK - 1)
      const r = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-nodrm', '-zoom', '1', '-fontfullname', '-f', String(first), '-l', String(last), file], path)
      if (r.status !== 0 || !r.stdout.includes('<pdf2xml')) throw refusal(path, r.stderr)
      pages.push(...parsePdfXml(r.stdout))
      if (first === 1) outline = parseOutline(r.stdout)
      if (pagesTotal > PAGES_PER_CHUNK) options.onProgress?.(`${path}: read ${last} of ${pagesTotal} pages`)
    }
    if (!pages.some(p => p.lines.some(l => /[\p{L}\p{N}]{2}/u.test(l.text)))) {
      throw new IngestError(`${path}: no text layer: run OCR first (for example ocrmypdf)`)
    }
    return { pages, outline }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(tool: string, args: string[], path: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 })
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingToolError(`${path}: reading a PDF needs poppler's ${tool}, which is not installed; install poppler-utils (Debian: apt-get install poppler-utils), or run node scripts/setup.mjs`)
    throw new IngestError(`${path}: ${tool} failed (${r.error.message}); the PDF may be damaged or too large`)
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function refusal(path: string, stderr: string): IngestError {
  if (/incorrect password|encrypt/i.test(stderr)) return new IngestError(`${path}: the PDF is encrypted (password-protected); save an unprotected copy (for example qpdf --decrypt --password=… in.pdf out.pdf) and give that`)
  const why = stderr.split('\n').map(s => s.trim()).find(Boolean)
  return new IngestError(`${path}: the PDF is damaged or truncated and cannot be read${why ? ` (${why.replace(/^Syntax (Error|Warning)[^:]*:\s*/, '')})` : ''}; export it again from its source`)
}

const RE_TERMINAL = /[.!?:;]["”’)\]]*$/u
const RE_BULLET_START = /^•\s*/u
/** "1." "2)" "(3)" "(a)" at a line's start: a numbered item when its next line hangs under its text. */
const RE_NUMBER_ITEM = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\))\s+(?=\S)/u
const RE_DOT_LEADER = /(?:\.\s?){4,}\s*\d{1,4}$|…\s*\d{1,4}$/u
const RE_SOURCE = /^(Sources?|Notes?)\s*:/u
const RE_TABLE = /^Table\s+\d+[.:]?\s/u
const RE_FIGURE = /^(Figure|Chart|Map|Graph|Exhibit)\s+\d+[.:]?/u
const RE_STAMP = /^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$|^(https?:\/\/|www\.)\S+$|^[A-Z]{1,3}\d{3,6}$|\bversion\s+\d+\b|^[A-Z]{1,3}\d{3,6}\s*·/iu
const RE_AUTHOR_SECTION = /^author(s|\(s\))?( contact)? information$/i
const key = (t: string) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
const words = (t: string) => t.split(/\s+/).filter(Boolean).length

interface Furniture { text: string; reason: string; at: PdfLine }

/** Ingests a PDF into an Article. */
export function ingestPdf(bytes: Uint8Array, path: string, options: PdfOptions = {}): Article {
  const { pages, outline } = readPdfPages(bytes, path, options)
  return pdfArticle(pages, path, outline)
}

/** The Article of PDF pages (pure: no I/O). */
export function pdfArticle(pages: PdfPage[], path: string, outline: OutlineItem[] = []): Article {
  const all = pages.flatMap(p => p.lines)
  // Text and anchors: every line, in reading order.
  const lineNo = new Map<PdfLine, number>()
  all.forEach((l, i) => lineNo.set(l, i + 1))
  const anchors: { page: number; pageLine: number }[] = all.map(l => ({ page: l.page, pageLine: l.pageLine }))
  const text = all.map(l => l.text).join('\n')
  const spanOf = (first: PdfLine, last: PdfLine = first): Span => ({ line: lineNo.get(first)!, endLine: lineNo.get(last)!, page: first.page, pageLine: first.pageLine })

  const sizeWeight = new Map<number, number>()
  // lines low on the page (where footnotes sit, and long reports have more footnote text than body) count less
  const heightOf = new Map(pages.map(p => [p.number, p.height]))
  for (const l of all) sizeWeight.set(l.size, (sizeWeight.get(l.size) ?? 0) + l.text.length * (l.top < heightOf.get(l.page)! * 0.55 ? 1 : 0.25))
  const body = [...sizeWeight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
  const small = (l: PdfLine) => l.size < body - 0.5
  const pitches: number[] = []
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1]!, b = all[i]!
    if (a.page === b.page && a.region === b.region && a.size === body && b.size === body && b.top > a.top) pitches.push(b.top - a.top)
  }
  pitches.sort((a, b) => a - b)
  const pitch = pitches[pitches.length >> 1] ?? body * 1.2

  // The title: the largest text on page 1 (never furniture, though a running header may repeat it).
  const first = pages[0]!
  const titleLine = first.lines.filter(l => /\p{L}{2}/u.test(l.text) && !RE_STAMP.test(l.text)).reduce<PdfLine | undefined>((a, b) => (!a || b.size > a.size ? b : a), undefined)
  const furniture: Furniture[] = []
  const skip = new Set<PdfLine>()
  const drop = (l: PdfLine, reason: string) => { if (!skip.has(l) && l !== titleLine) { skip.add(l); furniture.push({ text: l.text, reason, at: l }) } }

  // Running headers and footers: repetition in the bands, and stamps.
  const inBand = (l: PdfLine, p: PdfPage, share = BAND) => l.top < p.height * share || l.base > p.height * (1 - share)
  const wide = (l: PdfLine, p: PdfPage) => inBand(l, p, WIDE_BAND)
  // the same text at the same height on two pages; then that text anywhere in the wide band
  const atHeight = new Map<string, Set<number>>()
  for (const p of pages) for (const l of p.lines) if (wide(l, p)) { const k = `${key(l.text)}@${Math.round(l.top / 6)}`; if (!atHeight.has(k)) atHeight.set(k, new Set()); atHeight.get(k)!.add(p.number) }
  const running = new Set<string>()
  for (const [k, ps] of atHeight) if (ps.size >= 2) running.add(k.replace(/@-?\d+$/, ''))
  const bandPages = new Map<string, Set<number>>()
  for (const p of pages) for (const l of p.lines) if (wide(l, p) && running.has(key(l.text))) { const k = key(l.text); if (!bandPages.has(k)) bandPages.set(k, new Set()); bandPages.get(k)!.add(p.number) }
  // Contents pages
  for (const p of pages) {
    if (p.lines.filter(l => RE_DOT_LEADER.test(l.text)).length >= 3) for (const l of p.lines) drop(l, 'contents page')
  }
  // Footnotes: the trailing run of small lines holding a numbered line.
  const footnotes: { label: string; lines: PdfLine[] }[] = []
  const footLines = new Set<PdfLine>()
  for (const p of pages) {
    // from the page's foot up (footnotes sit at the bottom whatever column the reading order ends in)
    const ls = p.lines.filter(l => !skip.has(l) && !(wide(l, p) && ((bandPages.get(key(l.text))?.size ?? 0) >= 2 || RE_STAMP.test(l.text.trim()))))
      .sort((a, b) => a.top - b.top || a.left - b.left)
    // the trailing run of lines in the size of the page's last line, when that is small print
    const size = ls[ls.length - 1]?.size
    if (size === undefined || !small(ls[ls.length - 1]!)) continue
    let k = ls.length
    while (k > 0 && ls[k - 1]!.size === size && ls[k - 1]!.top > p.height * 0.3) k--
    const numbered = (l: PdfLine) => /^\d{1,3}\s+\S/.test(l.text)
    let start = ls.slice(k).findIndex(numbered)
    if (start < 0) continue
    start += k
    // lines right above the first numbered one (no gap) continue the last footnote of an earlier page
    let from = start
    while (from > k && ls[from]!.top - ls[from - 1]!.base < size * 0.9 && ls[from - 1]!.top < ls[from]!.top && !RE_SOURCE.test(ls[from - 1]!.text)) from--
    const run = ls.slice(from)
    for (const [i, l] of run.entries()) {
      if (i < start - from) { if (footnotes.length) { footnotes[footnotes.length - 1]!.lines.push(l); footLines.add(l) } continue }
      // footnote numbers only go up: a wrapped line that happens to start with a number ("see p. / 15 …") continues
      const n = /^\d+/.exec(l.text)?.[0]
      const last = footnotes[footnotes.length - 1]
      // (a page's first numbered line always starts one: numbering may restart, by chapter or by part)
      const up = !!last && (i === start - from || (Number(n) > Number(last.label) && Number(n) <= Number(last.label) + 5))
      if (numbered(l) && (!last || up)) footnotes.push({ label: n!, lines: [l] })
      else if (last) last.lines.push(l)
      else continue
      footLines.add(l)
    }
  }
  for (const p of pages) {
    for (const l of p.lines) {
      if (skip.has(l) || footLines.has(l) || !wide(l, p)) continue
      if ((bandPages.get(key(l.text))?.size ?? 0) >= 2) drop(l, 'running header or footer')
      else if (RE_STAMP.test(l.text.trim())) drop(l, 'page number or stamp')
      else if (inBand(l, p) && l.size < body - 1) drop(l, 'small print in the page margin')
    }
  }
  // Signature lines ("**Name**, Analyst in …") are the authors; lone product codes are stamps.
  const signatures: string[] = []
  const signatureLines = new Set<PdfLine>()
  let sigPrev: PdfLine | undefined
  for (const l of all) {
    if (skip.has(l) || footLines.has(l)) continue
    const after = sigPrev
    sigPrev = l
    const alone = !after || after.page !== l.page || l.top - after.base > pitch * 0.6 || signatureLines.has(after)
    if (RE_STAMP.test(l.text.trim()) && (small(l) || l.bold)) { drop(l, 'page number or stamp'); continue }
    const m = l.lead ? /^([^,]{3,60}),\s+(\S.*)$/u.exec(l.text) : undefined
    if (m && alone && /^\p{Lu}/u.test(m[2]!) && m[1] === l.lead!.replace(/,$/, '') && words(l.text) <= 14 && !/[.;]$/.test(l.text) && !RE_BULLET_START.test(l.text)) { signatures.push(m[1]!); signatureLines.add(l); drop(l, 'author signature') }
  }

  // Captions, figures and Source/Note lines; tables.
  const tables = new Map<PdfLine, { lines: PdfLine[]; caption: string; end: PdfLine }>()
  for (const p of pages) {
    const ls = p.lines.filter(l => !skip.has(l) && !footLines.has(l))
    for (let i = 0; i < ls.length; i++) {
      const l = ls[i]!
      const figure = RE_FIGURE.test(l.text), table = RE_TABLE.test(l.text)
      if (!figure && !table && !RE_SOURCE.test(l.text)) continue
      if (RE_SOURCE.test(l.text)) {
        if (!small(l) && !/^Sources?:/.test(l.text)) continue
        drop(l, 'Source or Note line')
        for (let j = i + 1; j < ls.length && ls[j]!.size === l.size && ls[j]!.top - ls[j - 1]!.base < pitch && !RE_SOURCE.test(ls[j]!.text); j++) { drop(ls[j]!, 'Source or Note line'); i = j }
        continue
      }
      // caption lines: this one and those of its style right under it
      let c = i
      while (c + 1 < ls.length && ls[c + 1]!.size === l.size && ls[c + 1]!.bold === l.bold && ls[c + 1]!.top - ls[c]!.base < pitch) c++
      const caption = ls.slice(i, c + 1).map(x => x.text).join(' ')
      const src = ls.findIndex((x, j) => j > c && RE_SOURCE.test(x.text))
      if (table && src > c + 1) {
        tables.set(l, { lines: ls.slice(c + 1, src), caption, end: ls[src - 1]! })
        for (let j = i; j < src; j++) skip.add(ls[j]!)
        i = src - 1
        continue
      }
      for (let j = i; j <= c; j++) drop(ls[j]!, table ? 'table caption' : 'figure caption')
      if (figure && src > c) for (let j = c + 1; j < src; j++) drop(ls[j]!, 'text inside a figure')
      i = src > c ? src - 1 : c
    }
  }

  // Words for de-hyphenation.
  const vocabulary = new Set<string>()
  for (const l of all) for (const w of l.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w && !w.endsWith('-')) vocabulary.add(w)
  const join = (a: string, b: string): string => {
    // only the end of the text so far is looked at: a paragraph grows line by line
    const end = a.slice(-64)
    const m = /([\p{L}]+)-$/u.exec(end)
    const n = /^([\p{Ll}]+)/u.exec(b)
    if (m && n && !/-[\p{L}]+-$/u.test(end) && vocabulary.has((m[1]! + n[1]!).toLowerCase())) return a.slice(0, -1) + b
    if (end.endsWith('\u00ad')) return a.slice(0, -1) + b
    // (a suspended hyphen keeps its space: "Two-" + "or three-star generals" is "Two- or three-star")
    if (/[\p{L}\p{N}]-$/u.test(end) && /^(?:or|and|nor|to)\s/u.test(b)) return `${a} ${b}`
    return /[-–—/]$/.test(end) ? a + b : `${a} ${b}`
  }

  // The cover: short labels above the title are furniture; datelines are head lines, not headings.
  for (const l of first.lines) if (titleLine && l !== titleLine && l.top < titleLine.top && l.size !== titleLine.size && words(l.text) <= 3 && !isDateline(l.text)) drop(l, 'cover label')

  // A cover sidebar (first two pages): a short region of short unpunctuated lines — a report number, a date, an
  // author in bold and their role. Its date and authors are metadata; none of it is body text.
  const coverDates: string[] = []
  const coverAuthors: string[] = []
  for (const p of pages.slice(0, 2)) {
    const regions = new Map<number, PdfLine[]>()
    for (const l of p.lines) if (!skip.has(l) && !footLines.has(l)) regions.set(l.region, [...(regions.get(l.region) ?? []), l])
    for (const ls of regions.values()) {
      const info = ls.filter(l => !((l.bold && l.size > body + 1) || l.size >= body + 3))
      if (info.length < 2 || ls.length > 9 || !info.every(l => words(l.text) <= 6 && !RE_TERMINAL.test(l.text) && l !== titleLine)) continue
      if (!info.some(l => isDateline(l.text) || RE_STAMP.test(l.text.trim()))) continue
      for (const l of info) {
        if (isDateline(l.text)) coverDates.push(l.text)
        else if (l.bold && /^(\p{Lu}[\p{L}.'’-]*\s?){2,4}$/u.test(l.text)) coverAuthors.push(l.text)
        drop(l, 'cover sidebar')
      }
    }
  }

  // Heading styles and levels.
  // a page set in a smaller size (a summary page) has its own body size
  const pageBody = new Map<number, number>()
  for (const p of pages) {
    const w = new Map<number, number>()
    for (const l of p.lines) if (l.top < p.height * 0.55) w.set(l.size, (w.get(l.size) ?? 0) + l.text.length)
    const [size, chars] = [...w.entries()].sort((a, b) => b[1] - a[1])[0] ?? [body, 0]
    pageBody.set(p.number, chars >= 600 ? size : body)
  }
  const headingish = (l: PdfLine) => { const b = Math.min(body, pageBody.get(l.page)!); return (l.bold && l.size >= b - 0.5) || l.size >= body + 1.5 }
  // The outline, when there is one, is the author's own word on what the headings are and how deep they sit.
  const outlined = new Map<string, OutlineItem>()
  for (const o of outline) outlined.set(`${o.page}|${key(o.title)}`, o)
  const outlineOf = (l: PdfLine) => outlined.get(`${l.page}|${key(l.text)}`)
  const isHeading = (l: PdfLine, next?: PdfLine) => !!outlineOf(l) || headingish(l) && !isDateline(l.text) && /\p{L}/u.test(l.text) && words(l.text) <= 20 && !RE_BULLET_START.test(l.text)
    && !RE_FIGURE_CAPTION.test(l.text) && !RE_SOURCE.test(l.text) && !(next && !headingish(next) && /^\p{Ll}/u.test(next.text) && next.top - l.base < pitch)
  const styleOf = (l: PdfLine) => `${l.size}${l.bold ? 'b' : ''}`

  // Walk the lines in reading order, building units.
  const units: Unit[] = []
  let para: { lines: PdfLine[]; text: string; item: boolean; indent: number; bulletLeft: number; numbered?: boolean } | undefined
  let lastBulletLeft = -Infinity
  /** Where the current numbered list's markers stand. */
  let numberedAt: number | undefined
  let list: { items: { text: string; span: Span }[]; first: PdfLine; last: PdfLine; ordered: boolean } | undefined
  const flushPara = () => {
    if (!para) return
    const first = para.lines[0]!, last = para.lines[para.lines.length - 1]!
    let t = para.text.replace(para.numbered ? RE_NUMBER_ITEM : RE_BULLET_START, '')
    const lead = first.lead?.replace(para.numbered ? RE_NUMBER_ITEM : RE_BULLET_START, '')
    if (lead && /[.:]$/.test(lead) && t.startsWith(lead) && lead.length <= 60) t = `**${lead.replace(/[.:]$/, '')}.** ${t.slice(lead.length).trim()}`
    if (para.item) {
      list ??= { items: [], first, last, ordered: !!para.numbered }
      list.items.push({ text: t, span: spanOf(first, last) })
      list.last = last
    } else {
      flushList()
      units.push({ kind: 'para', text: t, span: spanOf(first, last) })
    }
    para = undefined
  }
  const flushList = () => {
    if (!list) return
    units.push({ kind: 'list', ordered: list.ordered, start: 1, items: list.items, span: spanOf(list.first, list.last) })
    list = undefined
  }
  const flush = () => { flushPara(); flushList() }

  let heading: { lines: PdfLine[]; style: string } | undefined
  const headings: { unit: Extract<Unit, { kind: 'heading' }>; style: string; size: number; bold: boolean; page: number }[] = []
  const flushHeading = () => {
    if (!heading) return
    const first = heading.lines[0]!, last = heading.lines[heading.lines.length - 1]!
    const unit: Extract<Unit, { kind: 'heading' }> = { kind: 'heading', level: 2, title: heading.lines.map(l => l.text).reduce(join), span: spanOf(first, last) }
    units.push(unit)
    headings.push({ unit, style: heading.style, size: first.size, bold: first.bold, page: first.page })
    heading = undefined
  }

  // A line that reaches (nearly) the right edge of the text on its page: a paragraph can go on after it.
  const colWidth = (() => { const w = all.filter(l => l.size === body).map(l => l.right - l.left).sort((a, b) => a - b); return w[Math.floor(w.length * 0.75)] ?? 300 })()
  const full = (l: PdfLine) => l.right - l.left >= colWidth * 0.8

  const body_ = all.filter(l => !skip.has(l) && !footLines.has(l) || tables.has(l))
  // A heading set well above everything else on its page (a sidebar's "Summary" label over the summary) opens the
  // page, though its column is read after the main one.
  const onPage = new Map<number, PdfLine[]>()
  for (const l of body_) { const on = onPage.get(l.page); if (on) on.push(l); else onPage.set(l.page, [l]) }
  for (const on of onPage.values()) {
    if (on.length < 2) continue
    const top = on.reduce((a, b) => (b.top < a.top ? b : a))
    if (top === on[0] || !on.every(l => l === top || l.top - top.base >= pitch * 1.5)) continue
    const at = body_.indexOf(top)
    if (!isHeading(top, body_[at + 1])) continue
    body_.splice(at, 1)
    body_.splice(body_.indexOf(on[0]!), 0, top)
  }
  let prev: PdfLine | undefined
  for (let i = 0; i < body_.length; i++) {
    const l = body_[i]!
    const tbl = tables.get(l)
    if (tbl) {
      flushHeading(); flush()
      units.push({ kind: 'para', text: tbl.caption, span: spanOf(l) })
      units.push(tableUnit(tbl.lines, spanOf(tbl.lines[0] ?? l, tbl.end)))
      prev = undefined
      continue
    }
    const next = body_[i + 1]
    if (isHeading(l, next)) {
      flush()
      const st = styleOf(l)
      if (heading && heading.style === st && prev && l.page === prev.page && l.top - prev.base < l.size * 1.6 && l.top > prev.top) heading.lines.push(l)
      else { flushHeading(); heading = { lines: [l], style: st } }
      prev = l
      continue
    }
    flushHeading()
    // a numbered item: its next line hangs under its text, or it follows a numbered item set at the same place
    const hangs = !!next && next.page === l.page && next.top > l.top && next.top - l.top <= pitch * 1.6 && next.left > l.left + 3 && !RE_NUMBER_ITEM.test(next.text)
    const numberedItem = RE_NUMBER_ITEM.test(l.text) && (hangs || (numberedAt !== undefined && Math.abs(l.left - numberedAt) <= 2))
    const bullet = RE_BULLET_START.test(l.text) || numberedItem
    // the next line of the same column: below the last, overlapping it horizontally, not far away
    const sameFlow = !!prev && l.page === prev.page && l.top > prev.top && l.top - prev.top <= pitch * 3
      && Math.min(l.right, prev.right) - Math.max(l.left, prev.left) >= 0.5 * Math.min(l.right - l.left, prev.right - prev.left)
    const gap = prev && sameFlow ? l.top - prev.top : Infinity
    // the rest of the same printed line (split at a wide space): part of the same text
    if (para && prev && l.page === prev.page && Math.abs(l.base - prev.base) <= 1.5 && l.left > prev.right && l.left - prev.right < body * 3 && !bullet) {
      para.lines.push(l); para.text = `${para.text} ${l.text}`; prev = l; continue
    }
    if (para) {
      const lastText = para.text
      const continues =
        !bullet && l.size === para.lines[para.lines.length - 1]!.size && (
          sameFlow ? gap <= pitch * 1.45 && (!para.item || l.left >= para.indent - 2)
            : !RE_TERMINAL.test(lastText) && full(para.lines[para.lines.length - 1]!))
      const pageTurnBullet = bullet && !sameFlow && !RE_TERMINAL.test(lastText) && /^•\s*\p{Ll}/u.test(l.text)
      if (continues || pageTurnBullet) {
        para.lines.push(l)
        para.text = join(para.text, l.text.replace(pageTurnBullet ? RE_BULLET_START : /^$/, ''))
        prev = l
        continue
      }
      const inItem = para.item && !bullet && sameFlow && l.left >= para.indent - 2 && l.left > para.bulletLeft + 2
      flushPara()
      if (inItem) { para = { lines: [l], text: l.text, item: true, indent: l.left, bulletLeft: lastBulletLeft }; prev = l; continue }
    }
    if (!bullet && list && !(sameFlow && l.left > lastBulletLeft + 2)) flushList()
    const indent = bullet ? (next && next.page === l.page && next.region === l.region && next.left > l.left + 2 && !RE_BULLET_START.test(next.text) && !RE_NUMBER_ITEM.test(next.text) ? next.left : l.left + 6) : l.left
    const item = bullet || (!!list && sameFlow && l.left > lastBulletLeft + 2)
    numberedAt = numberedItem ? l.left : item ? numberedAt : undefined
    if (bullet) lastBulletLeft = l.left
    para = { lines: [l], text: l.text, item, indent, bulletLeft: bullet ? l.left : lastBulletLeft, ...(numberedItem ? { numbered: true } : {}) }
    prev = l
  }
  flushHeading(); flush()
  for (const f of footnotes) {
    const t = f.lines.map(l => l.text).reduce(join).replace(/^\d+\s+/, '')
    units.push({ kind: 'footnote', label: f.label, text: t, span: spanOf(f.lines[0]!, f.lines[f.lines.length - 1]!) })
  }

  // Levels: the largest heading style on page 1 (first in reading order) is the title; the rest rank by size, bold first.
  const titleH = headings.filter(h => h.page === pages[0]!.number).sort((a, b) => b.size - a.size)[0]
  const ranked = [...new Map(headings.filter(h => h.style !== titleH?.style || h === titleH).map(h => [h.style, h])).values()]
    .filter(h => h !== titleH).sort((a, b) => b.size - a.size || Number(b.bold) - Number(a.bold)).map(h => h.style)
  // Precedence: outline, then numbering ("2.1 Scope", when two or more headings are numbered), then style.
  const RE_NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/
  const numbered = headings.filter(h => RE_NUMBERED.test(h.unit.title)).length >= 2
  for (const h of headings) {
    const o = outlined.get(`${h.page}|${key(h.unit.title)}`)
    const n = numbered ? RE_NUMBERED.exec(h.unit.title)?.[1] : undefined
    h.unit.level = h === titleH ? 1 : o ? 2 + o.depth : n ? 1 + n.split('.').length : 2 + Math.max(0, ranked.indexOf(h.style))
  }
  // A title-style heading elsewhere (a report's title repeated over its summary) is no section.
  const headingOf = new Map<Unit, (typeof headings)[number]>(headings.map(h => [h.unit, h]))
  let ordered = units.filter(u => !(u.kind === 'heading' && titleH && u !== titleH.unit && headingOf.get(u)?.style === titleH.style && key(u.title) === key(titleH.unit.title)))
  if (titleH) {
    // Cover lines read before the title (a date, a report number) follow it, where assemble looks for the head.
    const at = ordered.indexOf(titleH.unit)
    ordered = [titleH.unit, ...ordered.slice(0, at).filter(u => u.kind === 'para'), ...ordered.slice(0, at).filter(u => u.kind !== 'para'), ...ordered.slice(at + 1)]
  }

  // The title again over the summary (whole, or split over two headings) is no section.
  const titleKey = titleH ? key(titleH.unit.title) : undefined
  const repeats = new Set<Unit>()
  ordered.forEach((u, i) => {
    if (u.kind !== 'heading' || !titleKey || u === titleH?.unit) return
    const v = ordered[i + 1]
    if (key(u.title) === titleKey) repeats.add(u)
    else if (v?.kind === 'heading' && key(`${u.title} ${v.title}`) === titleKey) { repeats.add(u); repeats.add(v) }
  })
  for (const u of repeats) furniture.push({ text: (u as { title: string }).title, reason: 'the title repeated', at: all[u.span.line - 1]! })
  ordered = ordered.filter(u => !repeats.has(u))
  const article = assemble({ path, format: 'pdf', text, units: ordered })
  if (!article.byline && (signatures.length || coverAuthors.length)) article.byline = (signatures.length ? signatures : coverAuthors).join('; ')
  if (!article.dateline && coverDates[0]) article.dateline = coverDates[0]
  // Author information is who wrote it, not briefing content.
  const prune = (ss: Section[]): Section[] => ss.filter(s => {
    if (!RE_AUTHOR_SECTION.test(s.title)) { s.children = prune(s.children); return true }
    article.boilerplate.push({ text: s.title, reason: 'author information', span: s.span })
    for (const b of s.blocks) article.boilerplate.push({ text: blockText(b), reason: 'author information', span: b.span })
    return false
  })
  article.sections = prune(article.sections)
  for (const f of furniture) article.boilerplate.push({ text: f.text, reason: f.reason, span: spanOf(f.at) })
  anchorSpans(article, anchors)
  article.lineAnchors = anchors
  return article
}

/**
 * Cells of a table's lines. Columns start where lines start in at least a quarter of the rows (header cells are
 * often centred, so a line belongs to the last column starting left of its middle); a line holding fewer cells
 * than there are columns, at the table's line pitch under the row before, continues that row's cells.
 */
function tableUnit(lines: PdfLine[], span: Span): Extract<Unit, { kind: 'table' }> {
  const rows: PdfLine[][] = []
  for (const l of [...lines].sort((a, b) => a.base - b.base || a.left - b.left)) {
    const r = rows.find(x => Math.abs(x[0]!.base - l.base) <= Math.max(1.5, l.size * 0.3))
    if (r) r.push(l); else rows.push([l])
  }
  rows.sort((a, b) => a[0]!.base - b[0]!.base)
  const lefts = lines.map(l => l.left).sort((a, b) => a - b)
  const clusters: number[][] = []
  for (const x of lefts) { const c = clusters[clusters.length - 1]; if (c && x - c[c.length - 1]! <= 8) c.push(x); else clusters.push([x]) }
  let starts = clusters.filter(c => c.length >= Math.max(2, rows.length * 0.25)).map(c => c[0]!)
  if (!starts.length) starts = [lefts[0] ?? 0]
  const col = (l: PdfLine) => { const mid = (l.left + l.right) / 2; let c = 0; for (let k = 0; k < starts.length; k++) if (mid >= starts[k]! - 4) c = k; return c }
  const gaps = rows.slice(1).map((r, i) => r[0]!.base - rows[i]![0]!.base).sort((a, b) => a - b)
  const linePitch = gaps[0] ?? 0
  const out: string[][] = []
  rows.forEach((r, i) => {
    const cells: string[] = Array.from({ length: starts.length }, () => '')
    for (const l of r.sort((a, b) => a.left - b.left)) { const c = col(l); cells[c] = cells[c] ? `${cells[c]} ${l.text}` : l.text }
    const filled = cells.filter(Boolean).length
    const gap = i > 0 ? r[0]!.base - rows[i - 1]![0]!.base : Infinity
    if (out.length > 1 && filled < starts.length && gap <= linePitch * 1.15) out[out.length - 1] = out[out.length - 1]!.map((c, k) => (cells[k] ? `${c} ${cells[k]}`.trim() : c))
    else out.push(cells)
  })
  const [header = [], ...rest] = out
  return { kind: 'table', header, rows: rest, span }
}

/** Adds the page and page line to every span that has only text lines (sentences, items, references). */
export function anchorSpans(article: Article, anchors: ({ page: number; pageLine: number } | { paragraph: number })[]): void {
  const fix = (s: Span | undefined) => {
    if (!s || s.page !== undefined || s.paragraph !== undefined) return
    const a = anchors[s.line - 1]
    if (a) Object.assign(s, a)
  }
  const walk = (ss: Section[]) => {
    for (const sec of ss) {
      fix(sec.span)
      for (const b of sec.blocks) {
        fix(b.span)
        if (b.kind === 'list') for (const it of b.items) { fix(it.span); it.sentences.forEach(x => fix(x.span)) }
        else if (b.kind !== 'table') b.sentences.forEach(x => fix(x.span))
      }
      walk(sec.children)
    }
  }
  walk(article.sections)
  fix(article.titleSpan); fix(article.meta.span)
  article.references.forEach(r => fix(r.span))
  article.boilerplate.forEach(b => fix(b.span))
}
