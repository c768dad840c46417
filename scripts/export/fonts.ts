/**
 * Fonts for text that pdf-lib draws itself (the handout's notes): the bundled @fontsource faces, Inter for
 * Latin/Cyrillic/Greek/Vietnamese and Noto Sans SC for CJK, read as WOFF (fontkit reads WOFF, not WOFF2).
 *
 * @fontsource splits each face into `unicode-range` subsets (Noto Sans SC into ~100 files). A {@link FontStack}
 * picks, per character, the first subset that covers it, embeds only the subsets a document uses (each
 * subsetted again to the glyphs used), and replaces characters no subset covers with `?`, counting them.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'
import { parseUnicodeRange, woffToSfnt } from './woff.ts'

export { parseUnicodeRange, woffToSfnt }

/** One @fontsource subset file and the code points it covers. */
interface Subset {
  /** e.g. `Inter-latin-700`: used as the embedded font's name (a fixed name keeps output reproducible). */
  name: string
  file: string
  /** Sorted, inclusive [from, to] code point ranges. */
  ranges: [number, number][]
}

/** A run of text drawn with one font. */
export interface TextRun {
  text: string
  font: PDFFont
}

/** The packages searched, in order of preference. */
const FAMILIES = [
  { pkg: '@fontsource/inter', prefix: 'inter', label: 'Inter' },
  { pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', label: 'NotoSansSC' },
] as const

function subsetsFor(weight: 400 | 700): Subset[] {
  const require = createRequire(import.meta.url)
  const out: Subset[] = []
  for (const { pkg, prefix, label } of FAMILIES) {
    const root = dirname(require.resolve(`${pkg}/package.json`))
    const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>
    // Named subsets (latin, cyrillic, …) first: they are the small, common ones.
    const keys = Object.keys(ranges).sort((a, b) => Number(a.startsWith('[')) - Number(b.startsWith('[')))
    for (const key of keys) {
      const id = key.replace(/^\[(\d+)\]$/, '$1')
      out.push({
        name: `${label}-${id}-${weight}`,
        file: join(root, 'files', `${prefix}-${id}-${weight}-normal.woff`),
        ranges: parseUnicodeRange(ranges[key]!),
      })
    }
  }
  return out
}

function covers(subset: Subset, cp: number): boolean {
  for (const [a, b] of subset.ranges) {
    if (cp < a)
      return false
    if (cp <= b)
      return true
  }
  return false
}

/**
 * How far shaped width may stray from the per-character estimate, as factors of it: at most 8 % wider and 3 % narrower
 * (measured: 0 % to 4.5 % wider). Between the two the exact width is computed.
 */
const ESTIMATE_BAND = { over: 1.08, under: 0.97 } as const

/** Per-document font selection with fallback; create one per PDFDocument. */
export class FontStack {
  private readonly subsets: Subset[]
  private readonly embedded = new Map<string, PDFFont>()
  private readonly pick = new Map<number, Subset | null>()
  /** Characters replaced by `?` because no bundled font has them. */
  readonly replaced = new Set<string>()

  constructor(private readonly doc: PDFDocument, weight: 400 | 700 = 400) {
    doc.registerFontkit(fontkit)
    this.subsets = subsetsFor(weight)
  }

  private subsetFor(cp: number): Subset | null {
    let hit = this.pick.get(cp)
    if (hit === undefined) {
      hit = this.subsets.find(s => covers(s, cp)) ?? null
      this.pick.set(cp, hit)
    }
    return hit
  }

  private async font(subset: Subset): Promise<PDFFont> {
    let font = this.embedded.get(subset.name)
    if (!font) {
      // Contextual alternates off: Inter's `calt` (e.g. parentheses raised beside capitals) made every shaping
      // call ~3× slower, and the handout shapes each line at least twice (2.1 s instead of 6.1 s for a 58-slide deck).
      font = await this.doc.embedFont(woffToSfnt(readFileSync(subset.file)), { subset: true, customName: subset.name, features: { calt: false } })
      this.embedded.set(subset.name, font)
    }
    return font
  }

  /** Splits `text` into runs that each one font can draw; uncovered characters become `?`. */
  async runs(text: string): Promise<TextRun[]> {
    const runs: TextRun[] = []
    let current: { subset: Subset, text: string } | undefined
    const latin = this.subsetFor(0x3F)!
    for (const ch of text) {
      const cp = ch.codePointAt(0)!
      let subset = this.subsetFor(cp)
      let out = ch
      if (!subset) {
        this.replaced.add(ch)
        subset = latin
        out = '?'
      }
      if (current && current.subset === subset) {
        current.text += out
      }
      else {
        if (current)
          runs.push({ text: current.text, font: await this.font(current.subset) })
        current = { subset, text: out }
      }
    }
    if (current)
      runs.push({ text: current.text, font: await this.font(current.subset) })
    return runs
  }

  private readonly advance = new Map<string, number>()

  /**
   * Width of `text` at `size` points from per-character advances (cached), without kerning or other shaping: a
   * cheap estimate of {@link width}, which shapes the whole string with fontkit (the handout's hot spot).
   */
  async estimate(text: string, size: number): Promise<number> {
    let w = 0
    for (const run of await this.runs(text)) {
      for (const ch of run.text) {
        const key = `${run.font.name}\u0000${ch}`
        let a = this.advance.get(key)
        if (a === undefined) {
          a = run.font.widthOfTextAtSize(ch, 1000)
          this.advance.set(key, a)
        }
        w += a
      }
    }
    return w * size / 1000
  }

  /**
   * Whether `text` fits in `maxWidth`: the same answer as `width(text, size) <= maxWidth`, but strings clearly inside
   * or outside the limit are decided from the estimate alone. Shaping (kerning, contextual alternates) moved the
   * width by +0.0 % to +4.5 % of the estimate over 45,838 note strings from the shared articles' decks, in both
   * weights; {@link ESTIMATE_BAND} leaves room on either side of that.
   */
  async fits(text: string, size: number, maxWidth: number): Promise<boolean> {
    const guess = await this.estimate(text, size)
    if (guess * ESTIMATE_BAND.over <= maxWidth)
      return true
    if (guess * ESTIMATE_BAND.under > maxWidth)
      return false
    return await this.width(text, size) <= maxWidth
  }

  /** Width of `text` at `size` points, across fallback fonts. */
  async width(text: string, size: number): Promise<number> {
    let w = 0
    for (const run of await this.runs(text))
      w += run.font.widthOfTextAtSize(run.text, size)
    return w
  }
}
