/**
 * briefdeck's command line: the only module that prints, reads arguments or sets exit codes.
 *
 * Exit codes: 0 ok · 1 `check` found errors · 2 bad input or usage (nothing written) ·
 * 3 environment (no browser, disk full) · 4 a build or export step failed · 5 another run holds the lock.
 */
import { Command, InvalidArgumentError } from 'commander'
import { existsSync } from 'node:fs'
import { availableParallelism, totalmem } from 'node:os'
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { Sidecar } from './sidecar.ts'
import { IngestError, MissingToolError } from './ingest/errors.ts'
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_SLIDES } from './limits.ts'
import { writeDeck, MergeRefused } from './merge/write.ts'
import { withLock, withLocks, LockHeld } from './lock.ts'
import { browserFormats, exportAll, exportMany, type ExportFormat } from './outputs.ts'
import { registerLiveCommands } from './live.ts'
import { NoBrowserError, requireBrowser } from './export/browser.ts'
import { prepareBuild } from './export/build.ts'
import { StaleBuildError } from './export/deck-page.ts'
import type { TitleStyle } from './plan/deck.ts'

/**
 * Builds at once for many decks: one core is left for printing and the handouts (which run beside the builds), and
 * each build gets 2 GiB (a Slidev build peaks at ~650 MiB; Chromium and the CLI need the rest). On the 2-core
 * reference machine two builds at once were 4 % faster than one for 44 % more memory (1661 against 1156 MiB PSS,
 * 8 shared articles), so there it is one.
 */
const DEFAULT_JOBS = Math.max(1, Math.min(availableParallelism() - 1, Math.floor(totalmem() / 2 ** 31)))

/** A user-facing failure: one line, an exit code, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) { super(message) }
}

const log = (msg: string) => process.stderr.write(`${msg}\n`)
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`)

/** Runs `fn`, printing `label … duration`. */
async function stage<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now()
  log(`▸ ${label}…`)
  const out = await fn()
  log(`✓ ${label} (${ms(performance.now() - t0)})`)
  return out
}

export async function readArticle(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`${path}: no such file; give the path of an article (.txt, .md, .html, .pdf or .docx)`)
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory; give an article file inside it`)
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${path}: cannot be read (permission denied); check its permissions (chmod +r)`)
    throw new UserError(`${path}: cannot be read (${code ?? (e as Error).message})`)
  }
}

/** The sidecar next to the article (`<name>.deck.yaml`), or the one given. */
export function sidecarPathFor(article: string, given?: string): string | undefined {
  if (given) return given
  const p = join(dirname(article), `${basename(article, extname(article))}.deck.yaml`)
  return existsSync(p) ? p : undefined
}

export async function readSidecar(path: string | undefined): Promise<Sidecar> {
  if (!path) return {}
  let text: string
  try { text = await readFile(path, 'utf8') } catch { throw new UserError(`${path}: sidecar not found; remove --sidecar or create the file`) }
  const { parseSidecar, SidecarError } = await import('./sidecar.ts')
  try { return parseSidecar(text) } catch (e) {
    if (e instanceof SidecarError) throw new UserError(`${path}:${e.line}: ${e.keyPath ? `${e.keyPath}: ` : ''}${e.message}; fix the sidecar (schema: sidecar.schema.json)`)
    throw e
  }
}


export interface GenerateCliOptions { output: string; sidecar?: string; maxSlides?: number; maxBytes?: number; force?: boolean; titles?: TitleStyle; theme?: 'light' | 'dark' }

const TITLE_STYLES: readonly TitleStyle[] = ['assertion', 'heading']

/**
 * The `titles` a presenter set in the deck's headmatter (the first slide's frontmatter of an existing slides.md), so a
 * regenerated deck keeps the choice; undefined when there is no deck or no such key.
 */
export async function headmatterTitles(deckPath: string): Promise<TitleStyle | undefined> {
  let text: string
  try { text = await readFile(deckPath, 'utf8') } catch { return undefined }
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text)
  if (!m) return undefined
  const { parse } = await import('yaml')
  let head: unknown
  try { head = parse(m[1]!) } catch { return undefined } // a broken headmatter is the merge's to report, with its line
  const value = (head as { titles?: unknown } | null)?.titles
  if (value === undefined) return undefined
  if (!TITLE_STYLES.includes(value as TitleStyle)) {
    const line = m[1]!.split('\n').findIndex(l => /^titles\s*:/.test(l)) + 2
    throw new UserError(`${deckPath}:${line}: titles: ${JSON.stringify(value)} is not a title style; write "assertion" or "heading"`)
  }
  return value as TitleStyle
}

/**
 * A sidecar's `brand.logo` file (relative to the sidecar), embedded as a data URI: the deck must show offline and
 * from any folder, so it may not point at a file beside the article.
 */
export async function embedLogo(sidecar: Sidecar, sidecarPath: string | undefined): Promise<Sidecar> {
  const logo = sidecar.brand?.logo
  if (!logo || /^data:/i.test(logo)) return sidecar
  const file = resolve(sidecarPath ? dirname(sidecarPath) : '.', logo)
  let bytes: Buffer
  try { bytes = await readFile(file) } catch { throw new UserError(`${sidecarPath ?? 'sidecar'}: brand.logo: ${file} cannot be read; give the path of an .svg or .png file relative to the sidecar`) }
  if (bytes.length > 512 * 1024) throw new UserError(`${sidecarPath ?? 'sidecar'}: brand.logo: ${file} is ${Math.round(bytes.length / 1024)} KiB; a logo must be under 512 KiB (export a smaller PNG or an SVG)`)
  const mime = /\.svg$/i.test(file) ? 'image/svg+xml' : 'image/png'
  if (mime === 'image/png' && !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))) throw new UserError(`${sidecarPath ?? 'sidecar'}: brand.logo: ${file} is not a PNG file; give an .svg or .png`)
  return { ...sidecar, brand: { ...sidecar.brand, logo: `data:${mime};base64,${bytes.toString('base64')}` } }
}

/** `file:line: message` for input the reader could not use (its message may already start with the path). */
const ingestMessage = (article: string, e: IngestError) => `${article}:${e.line}: ${e.message.startsWith(`${article}: `) ? e.message.slice(article.length + 2) : e.message}`

export async function runGenerate(article: string, opts: GenerateCliOptions): Promise<{ slug: string; title: string; themes: string[]; author?: string; subtitle?: string; language: string }> {
  const bytes = await stage(`read ${article}`, () => readArticle(article))
  const { generateAsync } = await import('./pipeline.ts')
  const sidecarPath = sidecarPathFor(article, opts.sidecar)
  const sidecar = await embedLogo(await readSidecar(sidecarPath), sidecarPath)
  // the flag wins, then the sidecar, then the deck's own headmatter (a presenter's choice survives regeneration)
  const titles = opts.titles ?? sidecar.titles ?? (opts.force ? undefined : await headmatterTitles(opts.output))
  const gen = await stage('generate deck', async () => {
    try { return await generateAsync(bytes, article, { sidecar, onProgress: log, ...(titles ? { titles } : {}), ...(opts.theme ? { theme: opts.theme } : {}), ...(opts.maxSlides ? { maxSlides: opts.maxSlides } : {}), ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) }) } catch (e) {
      if (e instanceof MissingToolError) throw new UserError(ingestMessage(article, e), 3)
      if (e instanceof IngestError) throw new UserError(ingestMessage(article, e))
      throw e
    }
  })
  for (const d of gen.deck.diagnostics.filter(x => x.severity !== 'info' && (x.rule === 'sidecar' || x.rule === 'brand') || x.rule === 'max-slides')) log(`${article}:${d.line}: ${d.severity}: ${d.message}`)
  const result = await stage(`write ${opts.output}`, () => writeDeck(opts.output, gen.markdown, { force: !!opts.force }))
  // the planned Deck, beside the merge base: the editable PPTX draws unedited slides from it
  const { saveDeckModel } = await import('./export/pptx-model.ts')
  saveDeckModel(opts.output, gen.deck)
  log(`  ${gen.deck.slides.length} slides → ${opts.output}${result.note ? ` (${result.note})` : ''}`)
  return { slug: gen.deck.meta.slug, title: gen.deck.meta.title, themes: gen.deck.meta.themes, language: gen.deck.meta.language, ...(gen.deck.meta.author ? { author: gen.deck.meta.author } : {}), ...(gen.deck.meta.subtitle ? { subtitle: gen.deck.meta.subtitle } : {}) }
}

const positiveInt = (v: string) => { const n = Number(v); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number'); return n }
const formats = (v: string): ExportFormat[] => {
  const all: ExportFormat[] = ['pdf', 'handout', 'png', 'pptx', 'pptx-images']
  const fs = v.split(',').map(s => s.trim()) as ExportFormat[]
  for (const f of fs) if (!all.includes(f)) throw new InvalidArgumentError(`unknown format "${f}"; choose from ${all.join(', ')}`)
  return fs
}
const titleStyle = (v: string): TitleStyle => { if (!TITLE_STYLES.includes(v as TitleStyle)) throw new InvalidArgumentError(`expected ${TITLE_STYLES.join(' or ')}`); return v as TitleStyle }
const themeName = (v: string) => { if (v !== 'light' && v !== 'dark') throw new InvalidArgumentError('expected light or dark'); return v as 'light' | 'dark' }
const layout = (v: string) => { if (!['1', '2', '3'].includes(v)) throw new InvalidArgumentError('expected 1, 2 or 3'); return Number(v) as 1 | 2 | 3 }

/** The options every command that generates a deck takes (generate, all). */
function generateOptions(cmd: Command, outputHelp: string): Command {
  return cmd
    .option('-o, --output <file>', outputHelp, 'slides.md')
    .option('--sidecar <file>', 'sidecar YAML (default: <article>.deck.yaml next to the article)')
    .option('--max-slides <n>', `slide ceiling (default ${DEFAULT_MAX_SLIDES})`, positiveInt)
    .option('--max-bytes <n>', `largest article accepted, in bytes (default ${DEFAULT_MAX_BYTES}, 50 MB)`, positiveInt)
    .option('--titles <style>', 'section slide headlines: "assertion" (the section’s key sentence, its heading above; default) or "heading" (also sidecar/headmatter `titles:`)', titleStyle)
    .option('--force', 'regenerate from scratch; the old slides.md is backed up first')
    .option('--theme <name>', 'built-in look: light (default) or dark, for rooms with projectors', themeName)
}

/** The options every command that exports takes (export, all). */
function exportOptions(cmd: Command): Command {
  return cmd
    .option('--format <list>', 'pdf,handout,png,pptx,pptx-images (pptx: editable PowerPoint, no browser; pptx-images: one screenshot per slide)', formats, ['pdf', 'handout'] as ExportFormat[])
    .option('--layout <n>', 'handout slides per page: 1, 2 or 3', layout, 2 as 1 | 2 | 3)
}

export function program(): Command {
  const p = new Command('briefdeck')
    .description('Turn an analytical article into a Slidev briefing deck, exported to HTML, PDF and handouts.')
    .showHelpAfterError()
    .exitOverride()

  generateOptions(p.command('generate')
    .description('article (.txt/.md/.html/.pdf/.docx) → slides.md, merging with a presenter’s edits')
    .argument('<article>', 'the article file'), 'where to write the deck')
    .action(async (article: string, o: GenerateCliOptions) => { await withLock(dirname(resolve(o.output)), () => runGenerate(article, o)) })

  p.command('build')
    .description('slides.md → a static site (works offline, from any static server)')
    .argument('[slides]', 'the deck', 'slides.md')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option('--force', 'build even if the output folder already holds a build of this deck')
    .action(async (slides: string, o: { out: string; force?: boolean }) => {
      await withLocks([{ deck: dirname(resolve(slides)) }, { output: o.out }], () => exportAll({ slidesPath: slides, distDir: o.out, formats: [], force: !!o.force, log, stage }))
    })

  exportOptions(p.command('export')
    .description('slides.md → exports/<slug>.pdf (+ handout, png, pptx, pptx-images); --format pptx alone needs no browser')
    .argument('[slides]', 'the deck', 'slides.md')
    .option('-o, --out <dir>', 'output folder', 'exports')
    .option('--dist <dir>', 'the built site to print from (built first)', 'dist'))
    .option('--slidev', 'print with the stock `slidev export` instead of the fast path')
    .action(async (slides: string, o: { out: string; dist: string; format: ExportFormat[]; layout: 1 | 2 | 3; slidev?: boolean }) => {
      if (browserFormats(o.format).length)
        requireBrowser() // before a minute of building, not after
      await withLocks([{ deck: dirname(resolve(slides)) }, { output: o.dist }, { output: o.out }], () => exportAll({ slidesPath: slides, distDir: o.dist, exportsDir: o.out, formats: o.format, layout: o.layout, useSlidev: !!o.slidev, log, stage }))
    })

  exportOptions(generateOptions(p.command('all')
    .description('generate + build + export, for one or more articles')
    .argument('<articles...>', 'article files'), 'deck file (single article only)'))
    .option('--jobs <n>', 'many articles: decks built at once (the default leaves a core for printing and gives each build 2 GiB); one browser prints each as it is built', positiveInt, DEFAULT_JOBS)
    .action(async (articles: string[], o: GenerateCliOptions & { format: ExportFormat[]; layout: 1 | 2 | 3; jobs: number }) => {
      const t0 = performance.now()
      if (browserFormats(o.format).length) requireBrowser()
      // The deck folders, and every folder built or exported into. With many articles these are decks/<name>/ and
      // decks/<name>/dist/ (named as below), and the project folder the decks/ folder is in.
      const many = articles.length > 1 ? articles.map(a => join('decks', basename(a, extname(a)))) : []
      const folders = many.length
        ? [{ deck: dirname(resolve(o.output)) }, ...many.flatMap(d => [{ deck: d }, { output: join(d, 'dist') }]), { output: 'exports' }]
        : [{ deck: dirname(resolve(o.output)) }, { output: 'dist' }, { output: 'exports' }]
      await withLocks(folders, async () => {
        if (articles.length === 1) {
          // Slidev's build process starts now and loads its modules while the deck is generated; it builds once the
          // deck is written, or leaves without building if generation fails or dist/ is already current.
          const prepared = prepareBuild({ slidesPath: o.output, outDir: 'dist' })
          try {
            const meta = await runGenerate(articles[0]!, o)
            await exportAll({ slidesPath: o.output, distDir: 'dist', exportsDir: 'exports', formats: o.format, layout: o.layout, useSlidev: false, log, stage, meta, prepared })
          }
          finally {
            await prepared.cancel()
          }
          return
        }
        // Many: generate every deck first (a bad article stops the run before any build), then build and print.
        const folders = new Map<string, string>()
        for (const article of articles) {
          const folder = join('decks', basename(article, extname(article)))
          const other = folders.get(folder)
          if (other !== undefined)
            throw new UserError(`${article}: its deck would go to ${folder}/, like the deck of ${other}; give the articles different file names`)
          folders.set(folder, article)
        }
        const decks: Parameters<typeof exportMany>[0] = []
        for (const article of articles) {
          const out = join('decks', basename(article, extname(article)), 'slides.md')
          const meta = await runGenerate(article, { ...o, output: out })
          decks.push({ slidesPath: out, distDir: join(dirname(out), 'dist'), exportsDir: 'exports', formats: o.format, layout: o.layout, useSlidev: false, log, stage, meta })
        }
        await exportMany(decks, o.jobs)
        log(`${decks.length} decks; ${(decks.length / ((performance.now() - t0) / 60_000)).toFixed(1)} decks per minute`)
      })
      log(`done in ${ms(performance.now() - t0)}`)
    })

  p.command('check')
    .description('lint an article: prints file:line:col severity message; exit 1 on errors')
    .argument('<article>', 'the article file')
    .action(async (article: string) => {
      const bytes = await readArticle(article)
      const { lintArticleAsync } = await import('./check.ts')
      let ds: Awaited<ReturnType<typeof lintArticleAsync>>
      try { ds = await lintArticleAsync(bytes, article) } catch (e) {
        if (e instanceof MissingToolError) throw new UserError(ingestMessage(article, e), 3)
        if (e instanceof IngestError) throw new UserError(ingestMessage(article, e))
        throw e
      }
      // a PDF or Word file has no lines a reader could open at: its page and line, or paragraph, instead
      for (const d of ds) process.stdout.write(`${article}:${d.anchor ?? `${d.line}:${d.column}`} ${d.severity} ${d.message} [${d.rule}]\n`)
      if (ds.some(d => d.severity === 'error')) process.exitCode = 1
    })
  registerLiveCommands(p, { log, stage, runGenerate })
  return p
}

/** Entry point: maps every failure to one line and an exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv)
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string }
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') { process.exitCode = 0; return }
    if (err.code?.startsWith('commander.')) { process.exitCode = 2; return }
    if (e instanceof UserError) { log(`briefdeck: ${e.message}`); process.exitCode = e.exitCode; return }
    if (e instanceof MergeRefused) { log(`briefdeck: ${e.message}`); process.exitCode = 2; return }
    if (e instanceof LockHeld) { log(`briefdeck: ${e.message}`); process.exitCode = 5; return }
    if (e instanceof NoBrowserError) { log(`briefdeck: ${e.message}`); process.exitCode = 3; return }
    if (e instanceof StaleBuildError) { log(`briefdeck: ${e.message}`); process.exitCode = 4; return } // a dist/ of another deck: nothing exported
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOSPC') { log('briefdeck: the disk is full (ENOSPC); free some space and run again — earlier outputs were left as they were'); process.exitCode = 3; return }
    log(`briefdeck: ${(e as Error).message}`)
    if (process.env.BRIEFDECK_DEBUG) log((e as Error).stack ?? '')
    process.exitCode = 4
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main(process.argv)

