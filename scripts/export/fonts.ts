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

/** Parses a CSS `unicode-range` value (`U+0000-00FF,U+0131`). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const a = Number.parseInt(from ?? '', 16)
    return [a, to ? Number.parseInt(to, 16) : a] as [number, number]
  }).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)).sort((x, y) => x[0] - y[0])
}

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
      font = await this.doc.embedFont(readFileSync(subset.file), { subset: true, customName: subset.name })
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
   * Whether `text` fits in `maxWidth`: the same answer as `width(text, size) <= maxWidth`, but strings far from the
   * limit (more than 10 % either side of it, far beyond what kerning moves) are decided from the estimate alone.
   */
  async fits(text: string, size: number, maxWidth: number): Promise<boolean> {
    const guess = await this.estimate(text, size)
    if (guess <= maxWidth * 0.9)
      return true
    if (guess > maxWidth * 1.1)
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
