/**
 * `briefdeck all a.txt b.md` in a project that has never built a deck: each article gets its own folder
 * (decks/<name>/slides.md and dist/), its PDF with one page per shown slide, and its handout, from one run with
 * one browser and the builds side by side; and no Slidev process is left waiting afterwards. Two articles whose
 * decks would share a folder are refused before anything is written.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { briefdeck, ROOT, type Run } from '../fixtures/hostile/cli.ts'
import { readDeck } from '../helpers/deck.ts'
import { SHARED_ARTICLES } from '../helpers/generate.ts'
import { normaliseText, pdfPageTexts } from '../helpers/pdf.ts'

// Inside the repository, so that Slidev finds node_modules from the deck folders (test/.tmp-* is ignored by git).
const PROJECT = join(ROOT, 'test', '.tmp-many')
const ARTICLES = [join(ROOT, 'content', '00-putins-gamble.txt'), join(SHARED_ARTICLES, '08-strait-of-hormuz-non-oil-shipments-crs.md')]
const name = (article: string) => basename(article).replace(/\.[^.]+$/, '')

let run: Run

beforeAll(async () => {
  rmSync(PROJECT, { recursive: true, force: true })
  mkdirSync(PROJECT, { recursive: true })
  run = await briefdeck(['all', ...ARTICLES], { cwd: PROJECT })
}, 240_000)
afterAll(() => rmSync(PROJECT, { recursive: true, force: true }))

describe('briefdeck all with two articles in a fresh project', () => {
  it('succeeds and reports decks per minute', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^2 decks; \d+(\.\d)? decks per minute$/m)
  })

  it.each(ARTICLES.map(name))('builds %s into its own folder, with a PDF page per shown slide and a handout', async (deck) => {
    const slidesPath = join(PROJECT, 'decks', deck, 'slides.md')
    expect(existsSync(join(PROJECT, 'decks', deck, 'dist', 'index.html'))).toBe(true)
    const { slides, headmatter } = await readDeck(slidesPath)
    const slug = String(headmatter.exportFilename)
    const pdf = readFileSync(join(PROJECT, 'exports', `${slug}.pdf`))
    const pages = await pdfPageTexts(pdf)
    expect(pages).toHaveLength(slides.length)
    // every page carries its slide's title (as the PDF text shows it: whitespace and quotes normalised)
    slides.forEach((slide, i) => {
      const title = normaliseText(slide.title.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, ''))
      if (title)
        expect.soft(normaliseText(pages[i]!), `${deck} page ${i + 1}`).toContain(title.slice(0, 20))
    })
    const handout = await PDFDocument.load(readFileSync(join(PROJECT, 'exports', `${slug}-handout.pdf`)))
    expect(handout.getPageCount()).toBe(Math.ceil(slides.length / 2))
  })

  it('leaves no Slidev process waiting', () => {
    const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout
    expect(ps.split('\n').filter(l => l.includes('slidev-gate.mjs'))).toEqual([])
  })
})

describe('briefdeck all with two articles of the same name', () => {
  it('refuses with exit 2, naming both and the folder, before writing anything', async () => {
    const project = join(PROJECT, 'same-name')
    mkdirSync(join(project, 'a'), { recursive: true })
    mkdirSync(join(project, 'b'), { recursive: true })
    cpSync(ARTICLES[0]!, join(project, 'a', 'report.txt'))
    cpSync(ARTICLES[1]!, join(project, 'b', 'report.md'))
    const r = await briefdeck(['all', 'a/report.txt', 'b/report.md'], { cwd: project })
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr).toContain('briefdeck: b/report.md: its deck would go to decks/report/, like the deck of a/report.txt; give the articles different file names')
    expect(readdirSync(project).sort()).toEqual(['a', 'b'])
  })
})
