/**
 * A build is known by what is in it (issue 11). Several decks in one project, all through the real CLI:
 * - a deck built into the project's dist/ after another does not leave that other deck's slides to be printed
 *   under its own name: `briefdeck all` rebuilds, and the PDF is the deck's;
 * - a dist/ whose stamp lies (another deck's build, same number of slides) is refused by every export, exit 4;
 * - two builds at once into one dist/: one refuses, and dist/ holds the other's build, whole and stamped;
 * - a build killed mid-way leaves dist/ stamped as nothing, and the next run builds again.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printViewMismatch, StaleBuildError } from '../../scripts/export/deck-page.ts'
import { screenshotSlides } from '../../scripts/export/images.ts'
import { briefdeck, ROOT, type Run, startBriefdeck } from '../fixtures/hostile/cli.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { readDeck } from '../helpers/deck.ts'
import { SAMPLE } from '../helpers/generate.ts'
import { normaliseText, pdfPageTexts } from '../helpers/pdf.ts'

// Inside the repository, so that Slidev finds node_modules from the deck folders (test/.tmp-* is ignored by git).
const DIR = join(ROOT, 'test', '.tmp-stale')
beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
})
afterAll(() => { if (!process.env.BRIEFDECK_KEEP) rmSync(DIR, { recursive: true, force: true }) })

/** A project folder under DIR (made in the describe's beforeAll: DIR is emptied before any test runs). */
const project = (name: string) => join(DIR, name)

/** Writes a hand-made deck at `path`: one slide per title, the first title also the deck's. */
function writeDeck(path: string, titles: string[]): void {
  mkdirSync(join(path, '..'), { recursive: true })
  const head = `---\ntheme: default\ntitle: ${titles[0]}\nexportFilename: ${titles[0]!.toLowerCase().replace(/\W+/g, '-')}\nrouterMode: hash\nfonts:\n  provider: none\nmcp: false\n---\n\n`
  writeFileSync(path, head + titles.map((t, i) => `${i ? '---\n\n' : ''}# ${t}\n\nAbout ${t.toLowerCase()}.\n`).join('\n'))
}

/** The file a build writes into the folder it built, saying which deck it is a build of. */
const STAMP_FILE = '.briefdeck-build.json'
/** The stamp a built folder carries, or undefined. */
const stampIn = (dist: string) => (existsSync(join(dist, STAMP_FILE)) ? JSON.parse(readFileSync(join(dist, STAMP_FILE), 'utf8')) as { deck: string } : undefined)

/** Whether a run built the site, rather than finding it up to date. */
const built = (r: Run) => /✓ build site → \S+ \(\d/.test(r.stderr) && !r.stderr.includes('(up to date')

/** The text of each page of a PDF. */
const pagesOf = async (file: string) => pdfPageTexts(readFileSync(file))

/** Whether each page carries its title (as the PDF shows text: whitespace and quotes normalised). */
function expectTitles(pages: string[], titles: string[], what: string): void {
  expect(pages, what).toHaveLength(titles.length)
  titles.forEach((title, i) => expect.soft(normaliseText(pages[i]!), `${what}, page ${i + 1}`).toContain(normaliseText(title).slice(0, 20)))
}

describe('an export of a deck after another deck was built into the same dist/', () => {
  const dir = project('sequence')
  const OTHER = ['Another briefing', 'Its first point', 'Its second point', 'Its third point']
  let first: Run
  let unchanged: Run
  let other: Run
  let otherStamp: { deck: string } | undefined
  let again: Run

  beforeAll(async () => {
    // The sample deck is built into dist/ (and found up to date the next time); then another deck, of another
    // length, is exported into its own folder but built into the project's default dist/; then the sample again.
    mkdirSync(dir)
    first = await briefdeck(['all', SAMPLE], { cwd: dir })
    unchanged = await briefdeck(['all', SAMPLE], { cwd: dir })
    writeDeck(join(dir, 'other', 'slides.md'), OTHER)
    other = await briefdeck(['export', 'other/slides.md', '-o', 'other/exports', '--format', 'pdf'], { cwd: dir })
    otherStamp = stampIn(join(dir, 'dist'))
    again = await briefdeck(['all', SAMPLE], { cwd: dir })
  }, 400_000)

  it('finds dist/ up to date while nothing else built into it', () => {
    expect(first.code, first.stderr).toBe(0)
    expect(unchanged.code, unchanged.stderr).toBe(0)
    expect(built(unchanged), unchanged.stderr).toBe(false)
  })

  it('builds the other deck into dist/, whose stamp then names it', () => {
    expect(other.code, other.stderr).toBe(0)
    expect(built(other), other.stderr).toBe(true)
    expect(otherStamp?.deck).toBe('../other/slides.md')
  })

  it('rebuilds the first deck, rather than finding dist/ up to date', () => {
    expect(again.code, again.stderr).toBe(0)
    expect(built(again), again.stderr).toBe(true)
    expect(stampIn(join(dir, 'dist'))?.deck).toBe('../slides.md')
  })

  it('writes the first deck\'s PDF: its page count and its titles, none of the other deck\'s', async () => {
    const { slides, headmatter } = await readDeck(join(dir, 'slides.md'))
    expect(slides.length).not.toBe(OTHER.length) // the case the issue met: 18 pages printed for a 15-slide deck
    const pages = await pagesOf(join(dir, 'exports', `${String(headmatter.exportFilename)}.pdf`))
    expectTitles(pages, slides.map(s => s.title.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, '')), 'the sample deck\'s PDF')
    expect(normaliseText(pages.join(' '))).not.toContain(normaliseText('Its second point'))
  })

  it('leaves no record of builds beside the deck', () => {
    expect(existsSync(join(dir, '.briefdeck', 'build.json'))).toBe(false)
    expect(existsSync(join(dir, 'other', '.briefdeck'))).toBe(false)
  })
})

describe('a dist/ holding another deck\'s build with the same number of slides, under a stamp that lies', () => {
  const dir = project('same-count')
  const A = ['Opening', 'Risks ahead', 'Outlook']
  const B = ['Opening', 'Costs ahead', 'Outlook']
  let refused: Run

  beforeAll(async () => {
    writeDeck(join(dir, 'a', 'slides.md'), A)
    writeDeck(join(dir, 'b', 'slides.md'), B)
    const a = await briefdeck(['build', 'a/slides.md'], { cwd: dir })
    expect(a.code, a.stderr).toBe(0)
    const b = await briefdeck(['build', 'b/slides.md', '-o', 'dist-b'], { cwd: dir })
    expect(b.code, b.stderr).toBe(0)
    // dist/ gets deck b's build, keeping deck a's stamp (a folder copied over from elsewhere, say)
    cpSync(join(dir, 'dist', STAMP_FILE), join(dir, 'dist-b', STAMP_FILE))
    rmSync(join(dir, 'dist'), { recursive: true })
    renameSync(join(dir, 'dist-b'), join(dir, 'dist'))
    refused = await briefdeck(['export', 'a/slides.md', '-o', 'a/exports', '--format', 'pdf,handout'], { cwd: dir })
  }, 300_000)

  it('is taken as up to date by its stamp, and then refused with exit 4, naming the folder, the difference and the fix', () => {
    expect(refused.stderr).toContain('(up to date')
    expect(refused.code, refused.stderr).toBe(4)
    expect(refused.stderr).toContain('briefdeck: dist is not a build of a/slides.md (its slide 2 is "Costs ahead" where a/slides.md has "Risks ahead"); nothing was exported. Rebuild it with `briefdeck build a/slides.md -o dist --force`, or remove dist/')
  })

  it('writes no PDF and no handout', () => {
    expect(existsSync(join(dir, 'a', 'exports'))).toBe(false)
  })

  it('gives no slide images for the PNG and PPTX exports either', async () => {
    const browser = await launchBrowser()
    try {
      const shot = screenshotSlides({ distDir: join(dir, 'dist'), deck: { slidesPath: 'a/slides.md', titles: A }, routerMode: 'hash', browser })
      await expect(shot).rejects.toThrow(StaleBuildError)
      await expect(shot).rejects.toThrow(/its slide 2 is "Costs ahead" where a\/slides\.md has "Risks ahead"/)
    }
    finally {
      await browser.close()
    }
  })

  it('exports the deck once rebuilt as the message says', async () => {
    const rebuilt = await briefdeck(['build', 'a/slides.md', '-o', 'dist', '--force'], { cwd: dir })
    expect(rebuilt.code, rebuilt.stderr).toBe(0)
    const r = await briefdeck(['export', 'a/slides.md', '-o', 'a/exports', '--format', 'pdf'], { cwd: dir })
    expect(r.code, r.stderr).toBe(0)
    expectTitles(await pagesOf(join(dir, 'a', 'exports', 'opening.pdf')), A, 'deck a\'s PDF')
  }, 120_000)
})

describe('the print view check on its own', () => {
  const deck = ['Opening', 'Risks ahead', 'Outlook']
  it('passes a print view showing the deck\'s slides, titles as Slidev records them (escapes, tags)', () => {
    expect(printViewMismatch(['Opening', 'Risks <span v-pre>ahead</span>', '<b>Outlook</b>'], deck, 'slides.md')).toBeUndefined()
  })
  it('catches the same slides in another order', () => {
    expect(printViewMismatch(['Opening', 'Outlook', 'Risks ahead'], deck, 'slides.md')).toBe('its slide 2 is "Outlook" where slides.md has "Risks ahead"')
  })
  it('catches a slide more or less', () => {
    expect(printViewMismatch([...deck, 'Annex'], deck, 'slides.md')).toBe('its print view shows 4 slides where slides.md has 3')
    expect(printViewMismatch(deck.slice(1), deck, 'slides.md')).toBe('its print view shows 2 slides where slides.md has 3')
  })
  it('refuses a build that does not say which slides it holds', () => {
    expect(printViewMismatch(undefined, deck, 'slides.md')).toMatch(/does not say which slides it holds/)
    expect(printViewMismatch(['Opening', null, 'Outlook'], deck, 'slides.md')).toMatch(/slide 2 has no slide number/)
  })
})

describe('two builds at once into one dist/', () => {
  const dir = project('at-once')
  const A = ['First deck', 'Its point']
  const B = ['Second deck', 'Its point', 'Its other point']
  let runs: Run[] = []

  beforeAll(async () => {
    writeDeck(join(dir, 'a', 'slides.md'), A)
    writeDeck(join(dir, 'b', 'slides.md'), B)
    runs = await Promise.all([briefdeck(['build', 'a/slides.md'], { cwd: dir }), briefdeck(['build', 'b/slides.md'], { cwd: dir })])
  }, 300_000)

  it('one builds, the other refuses with exit 5 naming dist', () => {
    expect(runs.map(r => r.code).sort(), runs.map(r => r.stderr).join('\n---\n')).toEqual([0, 5])
    expect(runs.find(r => r.code === 5)!.stderr).toMatch(/briefdeck: another briefdeck run \(pid \d+\) is working on dist; wait for it to finish/)
  })

  it('leaves dist/ whole, stamped with the deck that built it, and that deck exports from it as it is', async () => {
    const winner = runs[0]!.code === 0 ? { path: 'a/slides.md', titles: A } : { path: 'b/slides.md', titles: B }
    expect(stampIn(join(dir, 'dist'))?.deck).toBe(`../${winner.path}`)
    expect(readdirSync(dir).filter(f => f.startsWith('.dist.'))).toEqual([]) // no half-built folder left beside it
    const r = await briefdeck(['export', winner.path, '--format', 'pdf'], { cwd: dir })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('(up to date')
    const pdf = readdirSync(join(dir, 'exports')).find(f => f.endsWith('.pdf'))!
    expectTitles(await pagesOf(join(dir, 'exports', pdf)), winner.titles, `${winner.path}'s PDF`)
  }, 120_000)
})

describe('a build killed mid-way', () => {
  const dir = project('killed')
  let killed: Run
  let next: Run

  beforeAll(async () => {
    writeDeck(join(dir, 'a', 'slides.md'), ['Kept deck', 'Its point'])
    writeDeck(join(dir, 'b', 'slides.md'), ['Killed deck', 'Its point', 'Its other point'])
    const a = await briefdeck(['build', 'a/slides.md'], { cwd: dir })
    expect(a.code, a.stderr).toBe(0)
    expect(stampIn(join(dir, 'dist'))?.deck).toBe('../a/slides.md')
    const run = startBriefdeck(['build', 'b/slides.md'], { cwd: dir })
    for (let i = 0; !run.stderr().includes('▸ build site'); i++) {
      if (i > 1200 || run.child.exitCode !== null) throw new Error(`the build never started: ${run.stderr()}`)
      await delay(100)
    }
    await delay(2000)
    process.kill(-run.child.pid!, 'SIGKILL')
    killed = await run.done
  }, 300_000)

  it('was killed before it finished', () => {
    expect(killed.code).toBe(null)
    expect(killed.stderr, 'the build finished before it could be killed').not.toContain('✓ build site')
  })

  it('leaves the previous build in dist/, stamped as nothing', () => {
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true)
    expect(stampIn(join(dir, 'dist'))).toBeUndefined()
  })

  it('is followed by a run that builds again, and stamps dist/', async () => {
    next = await briefdeck(['build', 'a/slides.md'], { cwd: dir })
    expect(next.code, next.stderr).toBe(0)
    expect(built(next), next.stderr).toBe(true)
    expect(stampIn(join(dir, 'dist'))?.deck).toBe('../a/slides.md')
  }, 120_000)
})
