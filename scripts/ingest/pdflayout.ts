/**
 * PDF layout, step 1: poppler's `pdftohtml -xml` output → positioned text lines per page, in reading order.
 *
 * Why poppler and not pdfjs-dist: on the 39-page shared report pdftohtml reads every text fragment with its font
 * (size, full name with "-Bold") in 0.14 s and 12 MiB; pdfjs-dist's legacy build needs 1.05 s for the text alone and
 * 1.8 s once `getOperatorList()` is run for the font names that carry bold (there is no bold flag in its text
 * content), over the 1.5 s budget before any layout work. pdftohtml runs synchronously in its own process, so
 * ingest stays one synchronous, pure function for every format; the set-up already installs poppler-utils.
 *
 * Stated rules (geometry only, never particular documents):
 * - **Lines**: fragments whose baselines agree (±25 % of the font size) and whose horizontal gap is under 0.6 of the font
 *   size join into a line (a table's cells stay apart); a lone bullet glyph joins the text right of it, and so does
 *   the text right after a footnote mark. A raised fragment under 80 % of the line's
 *   size that is only digits is a footnote mark (kept apart from the text).
 * - **Reading order**: recursive XY-cut. A region is split at a vertical gutter (an x-range no line crosses, at least
 *   {@link MIN_GUTTER} wide) when there is one; otherwise at its horizontal gaps into bands, and consecutive bands
 *   that share a gutter (measured against the page's text extent, so a band that only fills one column still shares
 *   it) are cut together. Left column before right, top before bottom. Never from the page size; only lines set
 *   apart in the top and bottom 9 % of the page (running headers and footers) are read before and after the rest.
 */
import type { Span } from '../model.ts'

/** Narrowest whitespace between columns, in points. */
export const MIN_GUTTER = 9
/** Top and bottom share of a page where a running header or footer is set apart before the columns are cut. */
const EDGE_BAND = 0.09
/** An edge gap narrower than this (points) is margin, not a column gutter. */
const MARGIN_SLIVER = 30
/** Least whitespace between a running header or footer and the text, in points. */
const SEPARATION = 6

/** A run of text in one font. */
interface Frag { top: number; base: number; left: number; right: number; size: number; bold: boolean; text: string }

/** One line of text on a page. */
export interface PdfLine {
  page: number
  top: number
  base: number
  left: number
  right: number
  /** Font size (the size most of its characters have). */
  size: number
  /** Every character is bold. */
  bold: boolean
  /** Leading bold text when the line starts bold and continues regular ("In space." …). */
  lead?: string
  text: string
  /** Footnote marks raised after words on this line. */
  marks: string[]
  /** 1-based line on its page in reading order. */
  pageLine: number
  /** Index of the region (column piece) of the page the line was read in. */
  region: number
}

/** A page: its size and its lines in reading order. */
export interface PdfPage { number: number; width: number; height: number; lines: PdfLine[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
  if (e[0] === '#') { const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)); return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '' }
  return ENTITIES[e.toLowerCase()] ?? m
})
const RE_BOLD_FONT = /bold|black|heavy|demi|semibold/i
/** Bullet glyphs as fonts encode them (Symbol's private-use bullet included). */
const RE_BULLET_GLYPH = /^[•▪●◦■□➢►‣∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc-]$/u

/** Parses `pdftohtml -xml` output into pages of lines in reading order. */
export function parsePdfXml(xml: string): PdfPage[] {
  const pages: PdfPage[] = []
  const fonts = new Map<string, { size: number; bold: boolean }>()
  const rePage = /<page number="(\d+)"[^>]*?height="([\d.]+)" width="([\d.]+)">([\s\S]*?)<\/page>/g
  for (const pm of xml.matchAll(rePage)) {
    const body = pm[4]!
    for (const f of body.matchAll(/<fontspec id="(\d+)" size="([-\d.]+)" family="([^"]*)"/g)) fonts.set(f[1]!, { size: Math.abs(Number(f[2])), bold: RE_BOLD_FONT.test(f[3]!) })
    const frags: Frag[] = []
    for (const t of body.matchAll(/<text top="([-\d.]+)" left="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)" font="(\d+)">([\s\S]*?)<\/text>/g)) {
      const raw = t[6]!
      const text = decode(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ')
      if (!text.trim()) continue
      const font = fonts.get(t[5]!) ?? { size: Number(t[4]), bold: false }
      const top = Number(t[1]), left = Number(t[2]), width = Number(t[3]), height = Number(t[4])
      frags.push({ top, base: top + height, left, right: left + width, size: font.size, bold: font.bold || /^\s*<b>/.test(raw), text })
    }
    const number = Number(pm[1])
    pages.push({ number, height: Number(pm[2]), width: Number(pm[3]), lines: readingOrder(linesOf(frags, number), Number(pm[2])) })
  }
  return pages
}

/** One bookmark of the PDF's outline: its title, page and depth (0 = top level). */
export interface OutlineItem { title: string; page: number; depth: number }

/** The outline (bookmarks) `pdftohtml -xml` prints after the pages, if the PDF has one. */
export function parseOutline(xml: string): OutlineItem[] {
  const at = xml.indexOf('<outline>')
  if (at < 0) return []
  const out: OutlineItem[] = []
  let depth = -1
  for (const m of xml.slice(at).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (m[0] === '<outline>') depth++
    else if (m[0] === '</outline>') depth--
    else out.push({ title: decode(m[2]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim(), page: Number(m[1]), depth: Math.max(0, depth) })
  }
  return out
}

/** Groups a page's fragments into lines. */
function linesOf(frags: Frag[], page: number): PdfLine[] {
  const sorted = [...frags].sort((a, b) => a.base - b.base || a.left - b.left)
  const median = sorted.map(f => f.size).sort((a, b) => a - b)[sorted.length >> 1] ?? 10
  // raised small text (footnote marks, "119th"): joined to the line it sits on after the lines are built
  const raised = (f: Frag) => f.size < median * 0.8 && f.text.trim().length <= 4 && sorted.some(g => g !== f && g.size >= median * 0.8 && f.base < g.base - 0.5 && f.base > g.top && (f.left >= g.left - 2 || (f.right >= g.left - 3 && f.right <= g.left + 2)) && f.left <= g.right + g.size)
  const marks = sorted.filter(raised)
  const normal = sorted.filter(f => !marks.includes(f))
  type Acc = { frags: Frag[]; base: number; top: number; right: number; size: number }
  const open: Acc[] = []
  for (const f of normal) {
    const tol = Math.max(1.5, 0.25 * f.size)
    const bullet = (a: Acc) => a.frags.length === 1 && RE_BULLET_GLYPH.test(a.frags[0]!.text.trim())
    const line = open.find(a => Math.abs(a.base - f.base) <= tol && f.left >= a.right - 2 && f.left - a.right <= (bullet(a) ? 40 : Math.max(a.size, f.size) * 0.6))
    if (line) { line.frags.push(f); line.right = Math.max(line.right, f.right); line.size = Math.max(line.size, f.size); line.top = Math.min(line.top, f.top) }
    else open.push({ frags: [f], base: f.base, top: f.top, right: f.right, size: f.size })
  }
  const isRaised = new Set<Frag>()
  for (const m of marks) {
    const host = open.find(a => m.base <= a.base + 1 && m.base >= a.top - 2 && (m.left >= a.frags[0]!.left - 2 || (m.right >= a.frags[0]!.left - 3 && m.right <= a.frags[0]!.left + 2)) && m.left <= a.right + a.size)
    if (!host) continue
    host.frags.push(m); isRaised.add(m); host.right = Math.max(host.right, m.right)
    // the text after a footnote mark, set apart from the words before it only by the mark, is the same line
    const tol = Math.max(1.5, 0.25 * host.size)
    const rest = open.find(b => b !== host && Math.abs(b.base - host.base) <= tol && b.frags[0]!.left >= m.right - 2 && b.frags[0]!.left - m.right <= host.size * 0.6)
    if (rest) {
      host.frags.push(...rest.frags); host.right = Math.max(host.right, rest.right); host.top = Math.min(host.top, rest.top)
      open.splice(open.indexOf(rest), 1)
    }
  }
  const lines: PdfLine[] = open.map(a => {
    a.frags.sort((x, y) => x.left - y.left)
    let text = ''
    let lead = ''
    let leading = true
    const marksOf: string[] = []
    const weight = new Map<number, number>()
    let boldChars = 0, chars = 0
    let prevRight = a.frags[0]!.left
    for (const [k, f] of a.frags.entries()) {
      const t = f.text.trim()
      if (isRaised.has(f)) {
        prevRight = f.right
        if (/^\d+$/.test(t) && k === 0) { text = `${t} `; continue } // a footnote's own number
        if (/^[\d,*†‡]+$/.test(t)) { marksOf.push(t); continue }
        text += t // an ordinal suffix ("119th") or the like: part of the word before it
        continue
      }
      const sep = text && !/\s$/.test(text) && !/^\s/.test(f.text) && f.left - prevRight > f.size * 0.15 ? ' ' : ''
      text += sep + f.text
      prevRight = f.right
      const n = f.text.replace(/\s/g, '').length
      chars += n; if (f.bold) boldChars += n
      weight.set(f.size, (weight.get(f.size) ?? 0) + n)
      if (leading && f.bold) lead += sep + f.text; else if (f.text.trim()) leading = false
    }
    text = text.replace(/\s+/g, ' ').trim()
    const first = a.frags[0]!
    const size = [...weight.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? first.size
    const bold = chars > 0 && boldChars / chars >= 0.9
    return {
      page, top: a.top, base: a.base, left: first.left, right: a.right, size, bold,
      ...(!bold && lead.trim() ? { lead: lead.replace(/\s+/g, ' ').trim() } : {}),
      text: text.replace(/^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc▪●◦■➢►‣∙]\s*/u, '• '), marks: marksOf, pageLine: 0, region: 0,
    }
  })
  return lines
}

/** Gaps of at least MIN_GUTTER in the x-projection of `lines` within [from, to] (edges included). */
function gaps(lines: PdfLine[], from: number, to: number): [number, number][] {
  const spans = lines.map(l => [l.left, l.right] as const).sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  let reach = from
  for (const [l, r] of spans) {
    if (l - reach >= MIN_GUTTER) out.push([reach, l])
    reach = Math.max(reach, r)
  }
  if (to - reach >= MIN_GUTTER) out.push([reach, to])
  return out
}

/** Horizontal bands of `lines`: lines that overlap vertically share a band. */
function bands(lines: PdfLine[]): PdfLine[][] {
  const sorted = [...lines].sort((a, b) => a.top - b.top)
  const out: PdfLine[][] = []
  let reach = -Infinity
  for (const l of sorted) {
    if (l.top >= reach - 0.5) out.push([])
    out[out.length - 1]!.push(l)
    reach = Math.max(reach, l.base)
  }
  return out
}

const overlap = (a: [number, number], b: [number, number]): [number, number] | undefined => {
  const l = Math.max(a[0], b[0]), r = Math.min(a[1], b[1])
  return r - l >= MIN_GUTTER ? [l, r] : undefined
}

/** Orders a page's lines for reading (XY-cut) and numbers them. */
function readingOrder(all: PdfLine[], height: number): PdfLine[] {
  if (!all.length) return all
  // Running headers and footers set apart (by at least SEPARATION) in the page's top and bottom bands are read
  // first and last, so that a header straddling the gutter does not hide the columns under it.
  const header: PdfLine[] = [], footer: PdfLine[] = []
  let lines = all
  for (const top of [true, false]) {
    for (;;) {
      const edge = top ? Math.min(...lines.map(l => l.top)) : Math.max(...lines.map(l => l.base))
      const cand = lines.filter(l => (top ? l.top <= edge + 1 : l.base >= edge - 1))
      const others = lines.filter(l => !cand.includes(l))
      if (!others.length || !cand.every(l => (top ? l.base < height * EDGE_BAND : l.top > height * (1 - EDGE_BAND)))) break
      const gap = top ? Math.min(...others.map(l => l.top)) - Math.max(...cand.map(l => l.base)) : Math.min(...cand.map(l => l.top)) - Math.max(...others.map(l => l.base))
      if (gap < SEPARATION) break
      ;(top ? header : footer).push(...cand)
      lines = others
    }
  }
  const out: PdfLine[] = []
  let region = 0
  const minX = Math.min(...lines.map(l => l.left)), maxX = Math.max(...lines.map(l => l.right))
  const emit = (ls: PdfLine[]) => {
    region++
    for (const l of [...ls].sort((a, b) => a.top - b.top || a.left - b.left)) { l.region = region; out.push(l) }
  }
  const cut = (ls: PdfLine[], depth: number): void => {
    if (depth > 60 || ls.length <= 1) { emit(ls); return }
    const lo = Math.min(...ls.map(l => l.left)), hi = Math.max(...ls.map(l => l.right))
    const inner = gaps(ls, lo, hi)
    if (inner.length) {
      const widest = inner.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a))
      const x = (widest[0] + widest[1]) / 2
      cut(ls.filter(l => l.right <= x), depth + 1)
      cut(ls.filter(l => l.right > x), depth + 1)
      return
    }
    // consecutive bands that share a gutter (against the page's extent) are read together, column by column
    const groups: PdfLine[][] = []
    let shared: [number, number][] = []
    for (const b of bands(ls)) {
      const gs = gaps(b, minX, maxX)
      // a sliver of margin at the page's edge is no gutter: it would chain a full-width paragraph to the columns
      const next = shared.flatMap(s => gs.map(g => overlap(s, g)).filter((x): x is [number, number] => !!x))
        .filter(g => !((g[0] <= minX + 0.5 || g[1] >= maxX - 0.5) && g[1] - g[0] < MARGIN_SLIVER))
      if (groups.length && next.length) { groups[groups.length - 1]!.push(...b); shared = next }
      else { groups.push([...b]); shared = gs }
    }
    if (groups.length === 1) { emit(ls); return }
    for (const g of groups) cut(g, depth + 1)
  }
  if (header.length) emit(header)
  cut(lines, 0)
  if (footer.length) emit(footer)
  out.forEach((l, i) => { l.pageLine = i + 1 })
  return out
}

/** The span of one line of the extracted text. */
export const lineSpan = (line: number, l: PdfLine): Span => ({ line, endLine: line, page: l.page, pageLine: l.pageLine })
