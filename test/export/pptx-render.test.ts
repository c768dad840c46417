/**
 * The editable PPTX rendered by LibreOffice Impress headless (Debian `libreoffice-impress`, installed by
 * scripts/setup.mjs) to PDF, for the sample deck and three shared articles (a table and a timeline; a long one with
 * tables and a risk matrix; a Russian one): the PDF's text holds every title and risk name, every word lies inside
 * its page, and the Chinese and Cyrillic text is drawn with an embedded font that has the glyphs.
 *
 * The machine has Inter (the deck's font, Debian fonts-inter) and a CJK font that is not the Noto Sans SC the PPTX
 * names (fonts-wqy-microhei): the Chinese text must still be drawn, found through its `lang` and East Asian font slot.
 * (LibreOffice cannot use the bundled @fontsource files: each holds one unicode-range subset, and it draws a whole run
 * from one file.)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deck } from '../../scripts/model.ts'
import { generateFile, SAMPLE, SAMPLE_SIDECAR, SHARED_ARTICLES } from '../helpers/generate.ts'
import { deckFolder, exportPptxOf } from '../helpers/pptx.ts'

const SOFFICE = ['soffice', 'libreoffice'].find(b => spawnSync(b, ['--version'], { stdio: 'ignore' }).status === 0)

/** Families fontconfig has with a glyph for the character `cp` (hex). */
const familiesCovering = (cp: string) => execFileSync('fc-list', [`:charset=${cp}`, 'family'], { encoding: 'utf8' }).split(/[\n,]/).map(f => f.trim().replace(/\s+/g, '')).filter(Boolean)
/** Embedded font names in pdffonts output, without the subset prefix and spaces. */
const embedded = (pdffonts: string) => pdffonts.split('\n').slice(2).filter(l => /\syes\s+yes\s+yes\s/.test(l)).map(l => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))

interface Rendered { deck: Deck, text: string, pages: { width: number, height: number, words: { text: string, x0: number, y0: number, x1: number, y1: number }[] }[], fonts: string }

const ARTICLES = ['06-china-primer-us-china-relations-crs.md', '10-seabed-mining-abnj-long-crs.md', '12-russia-foreign-policy-concept-2000-excerpt-ru.txt']
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

describe.runIf(SOFFICE)('the editable PPTX in LibreOffice Impress', () => {
  const rendered = new Map<string, Rendered>()
  let dir = ''
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-lo-'))
    const decks = new Map<string, Deck>([['sample', generateFile(SAMPLE, SAMPLE_SIDECAR).deck], ...ARTICLES.map(a => [a, generateFile(join(SHARED_ARTICLES, a)).deck] as [string, Deck])])
    const files: string[] = []
    for (const [name, deck] of decks) {
      const r = await exportPptxOf(deckFolder(deck))
      const file = join(dir, `${basename(name).replace(/\.\w+$/, '')}.pptx`)
      writeFileSync(file, r.bytes)
      files.push(file)
    }
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files], { stdio: 'ignore', timeout: 240_000 })
    for (const [name, deck] of decks) {
      const pdf = join(dir, 'pdf', `${basename(name).replace(/\.\w+$/, '')}.pdf`)
      const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
      const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)].map(p => ({
        width: Number(p[1]), height: Number(p[2]),
        words: [...p[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(w => ({ x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: w[5]! })),
      }))
      rendered.set(name, { deck, pages, text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }), fonts: execFileSync('pdffonts', [pdf], { encoding: 'utf8' }) })
    }
  }, 300_000)

  for (const name of ['sample', ...ARTICLES]) {
    describe(name, () => {
      it('has a page per slide, and each page\'s text holds its slide\'s title', () => {
        const r = rendered.get(name)!
        expect(r.pages).toHaveLength(r.deck.slides.length)
        // a line broken after a hyphen or dash reads "Indo- Pacific" in pdftotext: the break is not a space
        const joined = (t: string) => collapse(t).replace(/([-—–])\s+/gu, '$1')
        const pageTexts = r.text.split('\f').map(joined)
        r.deck.slides.forEach((s, i) => expect(pageTexts[i], `slide ${i + 1}`).toContain(joined(s.title)))
      })

      it('holds every risk name on the risk slide', () => {
        const r = rendered.get(name)!
        const pageTexts = r.text.split('\f').map(collapse)
        r.deck.slides.forEach((s, i) => {
          for (const b of s.blocks) if (b.kind === 'risk-matrix') for (const risk of b.risks) expect(pageTexts[i]).toContain(collapse(risk.name))
        })
      })

      it('never breaks a range of numbers across lines ("High 10–" / "16")', () => {
        for (const [n, p] of rendered.get(name)!.pages.entries()) {
          p.words.forEach((w, k) => {
            const next = p.words[k + 1]
            if (next && /\d[–—-]$/u.test(w.text) && /^\d/u.test(next.text) && next.y0 > w.y1 - 1) expect.fail(`page ${n + 1}: "${w.text}" / "${next.text}"`)
          })
        }
      })

      it('draws no word over another (no text box spills into its neighbour)', () => {
        for (const [n, p] of rendered.get(name)!.pages.entries()) {
          const ws = p.words.filter(w => w.text.trim())
          for (let a = 0; a < ws.length; a++) {
            for (let b = a + 1; b < ws.length; b++) {
              const A = ws[a]!
              const B = ws[b]!
              const ix = Math.min(A.x1, B.x1) - Math.max(A.x0, B.x0)
              const iy = Math.min(A.y1, B.y1) - Math.max(A.y0, B.y0)
              const smaller = Math.min((A.x1 - A.x0) * (A.y1 - A.y0), (B.x1 - B.x0) * (B.y1 - B.y0))
              if (ix > 0 && iy > 0) expect(ix * iy / smaller, `page ${n + 1}: "${A.text}" and "${B.text}" overlap`).toBeLessThan(0.2)
            }
          }
        }
      })

      it('draws every word inside its page', () => {
        for (const [n, p] of rendered.get(name)!.pages.entries()) {
          for (const w of p.words) {
            expect(w.x0 >= 0 && w.y0 >= 0 && w.x1 <= p.width + 0.5 && w.y1 <= p.height + 0.5, `page ${n + 1}: "${w.text}" at ${w.x0},${w.y0}–${w.x1},${w.y1} of ${p.width}×${p.height}`).toBe(true)
          }
        }
      })
    })
  }

  it('draws the sample\'s stray Chinese words (kept in its corrections) with an embedded font that has them', () => {
    const r = rendered.get('sample')!
    expect(r.text).toContain('阵风战斗机')
    const cjk = familiesCovering('9635') // 阵
    expect(cjk.length).toBeGreaterThan(0)
    expect(embedded(r.fonts).some(f => cjk.some(c => f.startsWith(c) || f.startsWith(c.replace(/[^A-Za-z]/g, ''))))).toBe(true)
  })

  it('draws the Russian article in Inter, embedded, which has Cyrillic', () => {
    const r = rendered.get(ARTICLES[2]!)!
    expect(r.text).toMatch(/[а-яё]{4,}/i)
    expect(familiesCovering('0436')).toContain('Inter') // ж
    expect(embedded(r.fonts).some(f => f.startsWith('Inter'))).toBe(true)
    expect(embedded(r.fonts).filter(f => f.startsWith('DejaVu'))).toEqual([])
  })
})

describe.skipIf(SOFFICE)('without LibreOffice', () => {
  it('cannot check the render: install libreoffice-impress (scripts/setup.mjs does with apt-get)', () => {
    expect.fail('soffice not found; run `node scripts/setup.mjs` or `apt-get install libreoffice-impress`')
  })
})
