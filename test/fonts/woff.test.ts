/**
 * The handout's fonts are unpacked from @fontsource's WOFF files with node:zlib (woffToSfnt) instead of fontkit's
 * pure-JS inflater. The unpacked font must be the same font: same glyphs, same metrics, same shaping.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { woffToSfnt } from '../../scripts/export/fonts.ts'

const require = createRequire(import.meta.url)
const fontFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file)

interface Face { numGlyphs: number, unitsPerEm: number, postscriptName: string | null, layout: (text: string) => { glyphs: { id: number }[], positions: { xAdvance: number }[] } }
const open = (bytes: Uint8Array) => fontkit.create(bytes as Buffer) as unknown as Face

describe.each([
  ['Inter latin 400', '@fontsource/inter', 'inter-latin-400-normal.woff', 'The S-400 deal (2018): “Russia–India”, $5.4 billion.'],
  ['Inter cyrillic 700', '@fontsource/inter', 'inter-cyrillic-700-normal.woff', 'Концепция внешней политики Российской Федерации'],
  ['Noto Sans SC subset', '@fontsource/noto-sans-sc', 'noto-sans-sc-116-400-normal.woff', '战'],
])('unpacking %s from WOFF', (_name, pkg, file, sample) => {
  const woff = readFileSync(fontFile(pkg, file))
  const fromWoff = open(woff)
  const fromSfnt = open(woffToSfnt(woff))

  it('gives a font with the same glyph count, units per em and name', () => {
    expect([fromSfnt.numGlyphs, fromSfnt.unitsPerEm, fromSfnt.postscriptName])
      .toEqual([fromWoff.numGlyphs, fromWoff.unitsPerEm, fromWoff.postscriptName])
  })

  it('shapes text into the same glyphs with the same advances', () => {
    const shape = (face: Face) => {
      const run = face.layout(sample)
      return run.glyphs.map((g, i) => [g.id, run.positions[i]!.xAdvance])
    }
    expect(shape(fromSfnt)).toEqual(shape(fromWoff))
    expect(shape(fromSfnt).filter(([id]) => id === 0), 'characters the subset lacks (.notdef)').toEqual([])
  })
})

describe('woffToSfnt', () => {
  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new TextEncoder().encode('not a font at all, just some text padding it out past 44 bytes')))
      .toThrow(/not a WOFF 1\.0 font/)
  })
})
