/**
 * Text measurement for the editable PPTX: we size every text box ourselves, because pptxgenjs's `fit: 'shrink'` only
 * takes effect after someone edits the text in PowerPoint. Widths come from the deck's own font (Inter, the bundled
 * @fontsource WOFF files, advances read from their cmap and hmtx tables); characters Inter lacks (CJK) are counted one em wide, as Noto Sans SC
 * draws them. A viewer without Inter substitutes a font (LibreOffice without Inter: DejaVu Sans, up to about 15 % wider in bold), so every
 * width is taken {@link SUBSTITUTE_MARGIN} wider than Inter's: text sized here still fits its box in the substitute.
 *
 * Units are canvas px (the HTML deck's 980 px canvas; 1 px = 0.75 pt in the PPTX).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseUnicodeRange, woffToSfnt } from './woff.ts'

/** Widths are measured this much wider than Inter's, for a viewer that substitutes a wider sans (LibreOffice without Inter: DejaVu Sans, up to about 15 % wider in bold). */
export const SUBSTITUTE_MARGIN = 1.15

/**
 * Advance widths (em) by code point, read from a TrueType/OpenType font's `cmap` (format 4 or 12) and `hmtx` tables.
 * Only that is needed to wrap lines; fontkit reads it too, but takes 0.4–1 s to load, twice the whole export.
 */
export function advanceTable(sfnt: Uint8Array): Map<number, number> {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength)
  const tables = new Map<string, number>()
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i
    tables.set(String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3)), v.getUint32(at + 8))
  }
  const head = tables.get('head')
  const hhea = tables.get('hhea')
  const hmtx = tables.get('hmtx')
  const cmap = tables.get('cmap')
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error('font: no head/hhea/hmtx/cmap table')
  const unitsPerEm = v.getUint16(head + 18)
  const metrics = v.getUint16(hhea + 34)
  const advanceOf = (glyph: number) => v.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm
  const out = new Map<number, number>()
  // the best subtable: format 12 (full Unicode) over format 4 (BMP), Windows Unicode encodings
  let best: { offset: number, format: number } | undefined
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const platform = v.getUint16(cmap + 4 + 8 * i)
    const encoding = v.getUint16(cmap + 6 + 8 * i)
    const offset = cmap + v.getUint32(cmap + 8 + 8 * i)
    const format = v.getUint16(offset)
    if ((platform === 3 && (encoding === 1 || encoding === 10)) || platform === 0) {
      if ((format === 12 && best?.format !== 12) || (format === 4 && !best)) best = { offset, format }
    }
  }
  if (!best) throw new Error('font: no Unicode cmap')
  const o = best.offset
  if (best.format === 12) {
    for (let g = 0, n = v.getUint32(o + 12); g < n; g++) {
      const start = v.getUint32(o + 16 + 12 * g)
      const end = v.getUint32(o + 20 + 12 * g)
      const glyph = v.getUint32(o + 24 + 12 * g)
      for (let cp = start; cp <= end; cp++) out.set(cp, advanceOf(glyph + cp - start))
    }
    return out
  }
  const segs = v.getUint16(o + 6) / 2
  const ends = o + 14
  const starts = ends + 2 * segs + 2
  const deltas = starts + 2 * segs
  const ranges = deltas + 2 * segs
  for (let k = 0; k < segs; k++) {
    const end = v.getUint16(ends + 2 * k)
    const start = v.getUint16(starts + 2 * k)
    const delta = v.getInt16(deltas + 2 * k)
    const range = v.getUint16(ranges + 2 * k)
    for (let cp = start; cp <= end && cp !== 0xFFFF; cp++) {
      let glyph: number
      if (range === 0) glyph = (cp + delta) & 0xFFFF
      else {
        const g = v.getUint16(ranges + 2 * k + range + 2 * (cp - start))
        glyph = g === 0 ? 0 : (g + delta) & 0xFFFF
      }
      if (glyph) out.set(cp, advanceOf(glyph))
    }
  }
  return out
}

/** Inter's subsets by unicode range; each is read the first time a character needs it. */
interface Subset { file: string, ranges: [number, number][], table?: Map<number, number> }
const subsets = new Map<400 | 700, Subset[]>()

function subsetsFor(weight: 400 | 700): Subset[] {
  let hit = subsets.get(weight)
  if (!hit) {
    const root = dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json'))
    const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>
    hit = Object.entries(ranges).map(([name, range]) => ({ file: join(root, 'files', `inter-${name}-${weight}-normal.woff`), ranges: parseUnicodeRange(range) }))
    subsets.set(weight, hit)
  }
  return hit
}

const advances = new Map<string, number>()

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u

/** Advance of one character in em (1 = the font size); 1 em for characters Inter lacks (CJK, as Noto Sans SC draws them). */
function advance(ch: string, weight: 400 | 700): number {
  const key = `${weight}${ch}`
  let a = advances.get(key)
  if (a === undefined) {
    const cp = ch.codePointAt(0)!
    // zero-width characters (joiners, the byte-order mark) draw nothing
    const subset = subsetsFor(weight).find(s => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi))
    if (subset) subset.table ??= advanceTable(woffToSfnt(readFileSync(subset.file)))
    a = ZERO_WIDTH.test(ch) ? 0 : subset?.table?.get(cp) ?? 1
    advances.set(key, a)
  }
  return a
}

/** A run of text in one weight. */
export interface Run { text: string, bold?: boolean }

/** Width of `text` at `size` px (with the substitute margin). */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${bold ? 1 : 0}${text}`
  let w = ems.get(key)
  if (w === undefined) {
    w = 0
    for (const ch of text) w += advance(ch, bold ? 700 : 400)
    if (ems.size < 200_000) ems.set(key, w)
  }
  return w * size * SUBSTITUTE_MARGIN
}
const ems = new Map<string, number>()

/** CJK and other scripts without spaces break between any two characters. */
const BREAK_ANYWHERE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u

/** Words of runs with their widths; a space belongs to the word before it. */
function pieces(runs: Run[], size: number): { w: number, space: number }[] {
  const out: { w: number, space: number }[] = []
  for (const run of runs) {
    for (const token of run.text.match(/[^\s]+|\s+/g) ?? []) {
      if (/^\s+$/.test(token)) {
        const last = out[out.length - 1]
        if (last) last.space += textWidth(' ', size, run.bold)
        continue
      }
      if (BREAK_ANYWHERE.test(token)) {
        for (const ch of token) out.push({ w: textWidth(ch, size, run.bold), space: 0 })
      }
      else {
        out.push({ w: textWidth(token, size, run.bold), space: 0 })
      }
    }
  }
  return out
}

/** Lines a paragraph takes when wrapped at `width` px. A word wider than the line takes the lines it needs. */
export function lineCount(runs: Run[], size: number, width: number): number {
  let lines = 1
  let x = 0
  for (const p of pieces(runs, size)) {
    if (x > 0 && x + p.w > width) {
      lines++
      x = 0
    }
    if (p.w > width) {
      lines += Math.ceil(p.w / width) - 1
      x = p.w % width
    }
    else {
      x += p.w
    }
    x += p.space
  }
  return lines
}

/** A paragraph to fit: its runs, its indent (px) and the space after it (em of its size). */
export interface FitPara { runs: Run[], indent?: number, after?: number, /** Size relative to the box's size (headings). */ scale?: number }

/** Height of `paras` at `size` px in a box `width` px wide, with `lineHeight` (multiple of the size). */
export function paragraphsHeight(paras: FitPara[], size: number, width: number, lineHeight: number): number {
  let h = 0
  paras.forEach((p, i) => {
    const s = size * (p.scale ?? 1)
    h += lineCount(p.runs, s, width - (p.indent ?? 0)) * s * lineHeight
    if (i < paras.length - 1) h += (p.after ?? 0) * s
  })
  return h
}

/**
 * The largest whole px size from `max` down to `min` at which `paras` fit `width` × `height`; `min` (and
 * `fits: false`) when even that overflows, so the caller can say so.
 */
export function fitSize(paras: FitPara[], box: { width: number, height: number }, sizes: { max: number, min: number }, lineHeight = 1.25): { size: number, fits: boolean, height: number } {
  for (let size = sizes.max; size >= sizes.min; size--) {
    const height = paragraphsHeight(paras, size, box.width, lineHeight)
    if (height <= box.height) return { size, fits: true, height }
  }
  return { size: sizes.min, fits: false, height: paragraphsHeight(paras, sizes.min, box.width, lineHeight) }
}
