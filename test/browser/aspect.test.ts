/**
 * A presenter who changes the deck's shape (headmatter `canvasWidth` / `aspectRatio`) gets exports of that shape:
 * the PDF pages, the PNGs and the handout's slide frames follow the headmatter, not the default 980×552.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/export/browser.ts'
import { buildSite } from '../../scripts/export/build.ts'
import { exportFromBuild, summarise } from '../../scripts/outputs.ts'
import { ROOT } from '../helpers/generate.ts'
import { pngSize } from '../helpers/png.ts'

const DIR = join(ROOT, 'test', '.tmp-aspect')
const DECK = `---
theme: default
title: Four by three
exportFilename: four-by-three
routerMode: hash
canvasWidth: 800
aspectRatio: 4/3
fonts:
  provider: none
mcp: false
---

# Four by three

---

# Second slide

A slide of a 4:3 deck.

<!-- Notes for the second slide. -->
`

describe('a 4:3 deck, 800 px wide', () => {
  let pdf: PDFDocument
  let handout: PDFDocument
  let png: Buffer
  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true })
    mkdirSync(DIR, { recursive: true })
    const slidesPath = join(DIR, 'slides.md')
    writeFileSync(slidesPath, DECK)
    await buildSite({ slidesPath, outDir: join(DIR, 'dist') })
    const browser = await launchBrowser()
    try {
      await exportFromBuild({ slidesPath, distDir: join(DIR, 'dist'), exportsDir: join(DIR, 'exports'), formats: ['pdf', 'handout', 'png'], log: () => {}, stage: (_, fn) => Promise.resolve(fn()) }, browser)
    }
    finally {
      await browser.close()
    }
    pdf = await PDFDocument.load(await readFile(join(DIR, 'exports', 'four-by-three.pdf')))
    handout = await PDFDocument.load(await readFile(join(DIR, 'exports', 'four-by-three-handout.pdf')))
    png = await readFile(join(DIR, 'exports', 'four-by-three-png', '2.png'))
  }, 240_000)
  afterAll(() => { if (!process.env.BRIEFDECK_KEEP) rmSync(DIR, { recursive: true, force: true }) }) // BRIEFDECK_KEEP=1 keeps the exports to look at

  it('reads the canvas from the headmatter: 800 × ceil(800 / (4/3)) px', () => {
    expect(summarise(join(DIR, 'slides.md')).canvas).toEqual({ width: 800, height: 600 })
  })

  it('prints one 600 × 450 pt page (800 × 600 px) per slide', () => {
    expect(pdf.getPageCount()).toBe(2)
    for (const page of pdf.getPages())
      expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([600, 450])
  })

  it('draws each PNG at twice the canvas, 1600×1200', () => {
    expect(pngSize(png)).toEqual({ width: 1600, height: 1200 })
  })

  it('makes a handout of the two slides on one A4 page', () => {
    expect(handout.getPageCount()).toBe(1)
  })
})

describe('a headmatter aspectRatio that is not a ratio', () => {
  it('is refused by name before anything is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-aspect-'))
    const slidesPath = join(dir, 'slides.md')
    writeFileSync(slidesPath, '---\ntheme: default\naspectRatio: wide\n---\n\n# Hi\n')
    try {
      expect(() => summarise(slidesPath)).toThrow(`${slidesPath}: the headmatter's aspectRatio "wide" is not a ratio; write it like 16/9 or 4/3`)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
