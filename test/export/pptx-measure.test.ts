/**
 * The editable PPTX sizes its text from Inter's advance widths, read straight from the font's cmap and hmtx tables;
 * these must be the widths fontkit (a full font library) reads, or text would be sized wrong.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { woffToSfnt } from '../../scripts/export/woff.ts'
import { advanceTable, fitSize, lineCount, textWidth } from '../../scripts/export/pptx-measure.ts'

const root = dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json'))

describe('advance widths', () => {
  for (const file of ['inter-latin-400-normal.woff', 'inter-cyrillic-700-normal.woff']) {
    it(`match fontkit's for every character of ${file}`, () => {
      const sfnt = woffToSfnt(readFileSync(join(root, 'files', file)))
      const font = fontkit.create(sfnt)
      const table = advanceTable(sfnt)
      expect(table.size).toBeGreaterThan(90)
      for (const [cp, em] of table) expect(em).toBeCloseTo(font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm, 6)
    })
  }
})

describe('line wrapping', () => {
  it('wraps a sentence onto more lines in a narrower box, and bold text is wider', () => {
    const runs = [{ text: 'Sanctions on BrahMos components could strain India’s ability to counter Pakistan.' }]
    expect(lineCount(runs, 20, 900)).toBe(1)
    expect(lineCount(runs, 20, 300)).toBeGreaterThan(2)
    expect(textWidth('Realistic', 20, true)).toBeGreaterThan(textWidth('Realistic', 20))
  })

  it('gives a word joiner no width (they keep a range of numbers on one line)', () => {
    expect(textWidth('10\u2060–\u206016', 20)).toBe(textWidth('10–16', 20))
  })

  it('breaks CJK text between characters, which has no spaces', () => {
    expect(lineCount([{ text: '阵风战斗机阵风战斗机阵风战斗机' }], 20, 100)).toBeGreaterThanOrEqual(3)
  })

  it('picks the largest size that fits, and says when even the smallest does not', () => {
    const paras = [{ runs: [{ text: 'A hybrid model emerges, where India retains key Russian systems while reducing dependency.' }] }]
    const roomy = fitSize(paras, { width: 800, height: 200 }, { max: 24, min: 10 })
    const tight = fitSize(paras, { width: 300, height: 60 }, { max: 24, min: 10 })
    expect(roomy).toMatchObject({ size: 24, fits: true })
    expect(tight.size).toBeLessThan(24)
    expect(tight.height).toBeLessThanOrEqual(60)
    expect(fitSize(paras, { width: 100, height: 10 }, { max: 24, min: 10 }).fits).toBe(false)
  })
})
