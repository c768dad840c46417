/**
 * `npm run bench`: measures generation, the whole `briefdeck all`, PDF export alone and many decks, prints a table
 * and writes BENCHMARKS.md. Every figure is a median of `--runs` runs (default 3), each run a fresh child process;
 * comparisons run in turn (A B A B …) in the same invocation so that their ratio survives a noisy machine.
 *
 *   npm run bench                       # everything (~15 min on 2 cores)
 *   npm run bench -- --only a,c --runs 5
 *   npm run bench -- --out /tmp/b.md    # write elsewhere (default BENCHMARKS.md)
 *   npm run bench -- --runs-many 1      # (d) takes minutes per run
 *
 * Sections: a generation · b `briefdeck all` vs `slidev build` + `slidev export` · c PDF export alone at 14/60/150
 * slides · d `briefdeck all` over the shared articles · e PDF and Word ingest (39-, 3- and 507-page PDFs, two Word files) · f the editable PPTX (sample, 150 slides). Memory is the peak of the whole process tree (Chromium and
 * Vite children included), polled from /proc every 50 ms.
 *
 * Internal: `tsx scripts/bench.ts __gen …` is the measured generation child, `__ingest <file>` the ingest child.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mustMeasure, type RunResult } from './bench/proc.ts'
import { syntheticArticle } from './bench/synthetic.ts'
import { marpDeck } from './bench/marp.ts'
import { findBrowser, isHeadlessShell } from './export/browser.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SHARED = resolve(ROOT, '..', 'shared', 'articles')
const SAMPLE = join(ROOT, 'content', '00-putins-gamble.txt')
const LONG = join(SHARED, '10-seabed-mining-abnj-long-crs.md')
const SELF = fileURLToPath(import.meta.url)
const NODE = process.execPath
const TSX = ['--import', 'tsx']

// ─── measured children ──────────────────────────────────────────────────────────────────────────────────────────

async function childGen(argv: string[]): Promise<void> {
  const [source, maxSlides] = argv
  const { generate } = await import('./pipeline.ts')
  let bytes: Uint8Array
  let path: string
  if (source!.startsWith('synthetic:')) {
    const words = Number(source!.slice(10))
    bytes = new TextEncoder().encode(syntheticArticle(words))
    path = `synthetic-${words}.md`
  }
  else {
    bytes = readFileSync(source!)
    path = source!
  }
  const words = new TextDecoder().decode(bytes).split(/\s+/).filter(Boolean).length
  const rssBefore = process.memoryUsage().rss
  const t0 = performance.now()
  const gen = generate(bytes, path, maxSlides ? { maxSlides: Number(maxSlides) } : {})
  const cold = performance.now() - t0
  // Warm repeats (same process, JIT-compiled): up to 5, within ~1.5 s.
  const warm: number[] = []
  const until = performance.now() + 1500
  while (warm.length < 5 && performance.now() + cold < until) {
    const t = performance.now()
    generate(bytes, path, maxSlides ? { maxSlides: Number(maxSlides) } : {})
    warm.push(performance.now() - t)
  }
  process.stdout.write(`${JSON.stringify({ words, cold, warm: median(warm), slides: gen.deck.slides.length, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`)
}

/** The measured document-ingest child: first call (the reader's modules loaded on it) and warm repeats. */
async function childIngest(argv: string[]): Promise<void> {
  const [source] = argv
  const { ingestAsync } = await import('./ingest/index.ts')
  const bytes = readFileSync(source!)
  let progress = 0
  const t0 = performance.now()
  const article = await ingestAsync(bytes, source!, { onProgress: () => { progress++ } })
  const cold = performance.now() - t0
  const warm: number[] = []
  const until = performance.now() + 3000
  while (warm.length < 5 && performance.now() + cold < until) {
    const t = performance.now()
    await ingestAsync(bytes, source!)
    warm.push(performance.now() - t)
  }
  const pages = article.lineAnchors?.reduce((m, a) => ('page' in a ? Math.max(m, a.page) : m), 0) ?? 0
  process.stdout.write(`${JSON.stringify({ cold, warm: median(warm), progress, pages, sections: article.sections.length, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`)
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

function median(xs: number[]): number {
  if (!xs.length)
    return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const fmtMs = (ms: number) => (Number.isNaN(ms) ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`)
const fmtMiB = (b: number) => (b ? `${Math.round(b / 2 ** 20)} MiB` : '–')
const fmtX = (r: number) => `${r.toFixed(2)}×`
const log = (s: string) => process.stderr.write(`${s}\n`)

function slidevBin(): string {
  return join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
}
/** The browser briefdeck prints with (the headless shell when there is one), and the full browser. */
const SHELL = findBrowser(process.env, 'shell')?.path
const FULL = findBrowser(process.env, 'full')?.path
/** Both kinds are on this machine, so each comparison is also run with the other one. */
const BOTH = !!SHELL && !!FULL && SHELL !== FULL
const browserName = (path: string | undefined) => (isHeadlessShell(path) ? 'headless shell' : 'full Chromium')
/** Marp CLI, when given (`--marp path/to/marp`): the reference the issue's 150-slide target is set against. */
let MARP: string | undefined

/** A scratch copy of the project (tracked top-level entries; node_modules linked), so runs never touch the work tree. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'))
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
  for (const top of new Set(tracked.map(f => f.split('/')[0]!)))
    cpSync(join(ROOT, top), join(dir, top), { recursive: true })
  rmSync(join(dir, '.briefdeck', 'lock'), { force: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

function table(head: string[], rows: string[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.join(' | ')} |`)]
  return lines.join('\n')
}

/** Least-squares slope and intercept of y on x, and R². */
function fit(xs: number[], ys: number[]): { slope: number, intercept: number, r2: number } {
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my)
    sxx += (xs[i]! - mx) ** 2
    syy += (ys[i]! - my) ** 2
  }
  const slope = sxy / sxx
  return { slope, intercept: my - slope * mx, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 }
}

// ─── sections ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Section { title: string, body: string, targets: string[] }

async function benchGeneration(runs: number): Promise<Section> {
  const inputs: { label: string, source: string }[] = [
    { label: 'sample (00-putins-gamble.txt)', source: SAMPLE },
    { label: '20k-word shared article (10-seabed…)', source: LONG },
    ...[1e3, 1e4, 1e5, 1e6].map(w => ({ label: `synthetic ${w >= 1e6 ? `${w / 1e6}M` : `${w / 1e3}k`} words`, source: `synthetic:${w}` })),
  ]
  const res = new Map<string, { words: number, cold: number[], warm: number[], slides: number, maxRss: number[], rssBefore: number[] }>()
  /** The whole `briefdeck generate` command (Node and tsx start-up, module loading, reading, writing), per real article. */
  const cliRuns = new Map<string, number[]>()
  const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-bench-gen-'))
  for (let r = 0; r < runs; r++) {
    for (const input of inputs) {
      if (!input.source.startsWith('synthetic:')) {
        log(`(a) run ${r + 1}/${runs}: briefdeck generate ${input.label}`)
        const cli = await mustMeasure(NODE, [join(ROOT, 'bin', 'briefdeck.js'), 'generate', input.source, '-o', join(scratch, 'slides.md'), '--force'], { cwd: ROOT })
        cliRuns.set(input.label, [...(cliRuns.get(input.label) ?? []), cli.ms])
      }
      log(`(a) run ${r + 1}/${runs}: ${input.label}`)
      const out = await mustMeasure(NODE, [...TSX, SELF, '__gen', input.source], { cwd: ROOT })
      const j = JSON.parse(out.stdout.trim().split('\n').pop()!) as { words: number, cold: number, warm: number, slides: number, maxRss: number, rssBefore: number }
      const e = res.get(input.label) ?? { words: j.words, cold: [], warm: [], slides: j.slides, maxRss: [], rssBefore: [] }
      e.cold.push(j.cold)
      if (typeof j.warm === "number")
        e.warm.push(j.warm)
      e.maxRss.push(j.maxRss)
      e.rssBefore.push(j.rssBefore)
      res.set(input.label, e)
    }
  }
  rmSync(scratch, { recursive: true, force: true })
  const rows = inputs.map(({ label }) => {
    const e = res.get(label)!
    const cold = median(e.cold)
    const cli = cliRuns.get(label)
    return [label, e.words.toLocaleString('en'), String(e.slides), fmtMs(cold), fmtMs(median(e.warm)), cli ? fmtMs(median(cli)) : '–', (cold / (e.words / 1000)).toFixed(2), fmtMiB(median(e.maxRss)), fmtMiB(median(e.maxRss) - median(e.rssBefore))]
  })
  const syn = inputs.filter(i => i.source.startsWith('synthetic:')).map(i => res.get(i.label)!)
  const f = fit(syn.map(e => e.words), syn.map(e => median(e.cold)))
  const fr = fit(syn.map(e => e.words), syn.map(e => median(e.maxRss)))
  const sample = res.get(inputs[0]!.label)!
  const long = res.get(inputs[1]!.label)!
  const body = `${table(['input', 'words', 'slides', 'time (1st call, fresh process)', 'time (warm, same process)', 'whole `briefdeck generate` command', 'ms / 1k words (1st call)', 'peak RSS', 'RSS added by generate'], rows)}

Linearity (synthetic inputs, first-call time): fitted **${(f.slope * 1000).toFixed(2)} ms per 1k words** + ${fmtMs(f.intercept)} fixed, R² = ${f.r2.toFixed(4)}; peak RSS grows ${(fr.slope * 1000 / 2 ** 20).toFixed(2)} MiB per 1k words (R² = ${fr.r2.toFixed(4)}). The 1st-call time includes JIT warm-up and lazy initialisation (compromise's lexicon); the warm time is the median of up to 5 repeats in the same process. The whole command adds Node and tsx start-up and loading the pipeline's modules (compromise alone takes ~0.5 s to load, most of it unpacking its lexicon) and writing slides.md with the merge. Synthetic decks are capped at 80 slides (the planner's default ceiling), so the render stage stops growing; ingest and analysis see every word.`
  return {
    title: '(a) Generation: article → slides.md',
    body,
    targets: [
      `generation of the sample under 50 ms: ${fmtMs(median(sample.cold))} first call, ${fmtMs(median(sample.warm))} warm — ${median(sample.cold) < 50 ? 'met' : median(sample.warm) < 50 ? 'met warm only (not on the first call in a fresh process)' : 'not met'}`,
      `generation of the 20k-word article under 300 ms: ${fmtMs(median(long.cold))} first call, ${fmtMs(median(long.warm))} warm — ${median(long.cold) < 300 ? 'met' : median(long.warm) < 300 ? 'met warm only' : 'not met'}`,
    ],
  }
}

/** (e) PDF and Word ingest, and what the PDF path adds to the whole `briefdeck generate` command. */
async function benchDocuments(runs: number): Promise<Section> {
  const pdf39 = join(SHARED, 'pdf', '10-seabed-mining-abnj-long-crs.pdf')
  const pdf3 = join(SHARED, 'pdf', '16-space-force-primer-crs.pdf')
  const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-bench-doc-'))
  // 500 pages and more: the 39-page report 13 times over (qpdf), for the progress lines and the bounds
  const pdf500 = join(scratch, 'report-507-pages.pdf')
  execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: 13 }, () => pdf39), '--', pdf500], { stdio: 'ignore' })
  const inputs = [
    { label: '39-page report (10-seabed…pdf)', source: pdf39, target: 1500 },
    { label: '3-page In Focus (16-space-force…pdf)', source: pdf3, target: 300 },
    { label: '507-page PDF (the 39 pages ×13)', source: pdf500 },
    { label: 'Word, LibreOffice (00-putins-gamble…docx)', source: join(SHARED, 'docx', '00-putins-gamble.libreoffice.docx'), target: 200 },
    { label: 'Word, pandoc (18-decentralized-finance…docx)', source: join(SHARED, 'docx', '18-decentralized-finance-crs.pandoc.docx'), target: 200 },
  ]
  const res = new Map<string, { cold: number[], warm: number[], tree: number[], progress: number, pages: number }>()
  const cli = { pdf: [] as number[], md: [] as number[] }
  for (let r = 0; r < runs; r++) {
    for (const input of inputs) {
      log(`(e) run ${r + 1}/${runs}: ${input.label}`)
      const out = await mustMeasure(NODE, [...TSX, SELF, '__ingest', input.source], { cwd: ROOT })
      const j = JSON.parse(out.stdout.trim().split('\n').pop()!) as { cold: number, warm: number, progress: number, pages: number, maxRss: number }
      const e = res.get(input.label) ?? { cold: [], warm: [], tree: [], progress: j.progress, pages: j.pages }
      e.cold.push(j.cold); e.warm.push(typeof j.warm === "number" ? j.warm : Number.NaN); e.tree.push(Math.max(out.treeRss, j.maxRss))
      res.set(input.label, e)
    }
    for (const [key, file] of [['pdf', pdf39], ['md', LONG]] as const) {
      log(`(e) run ${r + 1}/${runs}: briefdeck generate ${file.split('/').pop()}`)
      const run = await mustMeasure(NODE, [join(ROOT, 'bin', 'briefdeck.js'), 'generate', file, '-o', join(scratch, `${key}.md`), '--force'], { cwd: ROOT })
      cli[key].push(run.ms)
    }
  }
  rmSync(scratch, { recursive: true, force: true })
  const rows = inputs.map(i => {
    const e = res.get(i.label)!
    return [i.label, e.pages ? String(e.pages) : '–', fmtMs(median(e.cold)), fmtMs(median(e.warm)), fmtMiB(median(e.tree)), e.progress ? String(e.progress) : '–']
  })
  const get = (label: string) => res.get(label)!
  const added = median(cli.pdf) - median(cli.md)
  const body = `${table(['input', 'pages', 'ingest (1st call, reader loaded on it)', 'ingest (warm)', 'peak RSS (process tree, poppler included)', 'progress lines'], rows)}

The whole \`briefdeck generate\` command on the same report: ${fmtMs(median(cli.pdf))} from the PDF, ${fmtMs(median(cli.md))} from its Markdown (${added >= 0 ? '+' : ''}${fmtMs(added)}). \`briefdeck all\` differs between the two only in this step. PDFs are read by poppler's \`pdftohtml -xml\` in runs of 50 pages (one progress line each), then laid out in Node; Word files by mammoth.`
  const t = (label: string, target: number, what: string) => { const c = median(get(label).cold); return `${what} under ${fmtMs(target)}: ${fmtMs(c)} first call, ${fmtMs(median(get(label).warm))} warm — ${c < target ? 'met' : median(get(label).warm) < target ? 'met warm only' : 'not met'}` }
  const rss39 = median(get(inputs[0]!.label).tree)
  return {
    title: '(e) Documents: PDF and Word ingest',
    body,
    targets: [
      `${t(inputs[0]!.label, 1500, '39-page PDF ingest')}; peak RSS ${fmtMiB(rss39)} (under 300 MiB: ${rss39 < 300 * 2 ** 20 ? 'met' : 'not met'})`,
      t(inputs[1]!.label, 300, '3-page In Focus PDF ingest'),
      t(inputs[3]!.label, 200, 'DOCX ingest (LibreOffice file)'),
      t(inputs[4]!.label, 200, 'DOCX ingest (pandoc file)'),
      `PDF path adds at most 1 s to the whole command: ${fmtMs(added)} — ${added <= 1000 ? 'met' : 'not met'}`,
    ],
  }
}

interface Tally { ms: number[], rss: number[], pss: number[] }
const tally = (): Tally => ({ ms: [], rss: [], pss: [] })
function add(t: Tally, ...rs: RunResult[]): void {
  t.ms.push(rs.reduce((a, r) => a + r.ms, 0))
  t.rss.push(Math.max(...rs.map(r => r.treeRss)))
  t.pss.push(Math.max(...rs.map(r => r.treePss)))
}
const memCells = (t: Tally) => [fmtMiB(median(t.pss)), fmtMiB(median(t.rss))]

async function benchAll(runs: number): Promise<Section> {
  const proj = scratchProject()
  try {
    const cli = [...TSX, join(proj, 'scripts', 'cli.ts')]
    const cold = tally()
    const warm = tally()
    // The baseline as the issue measured it (full Chromium), and with the headless shell briefdeck prints with.
    const baselines = [FULL, ...(BOTH ? [SHELL] : [])].map(exe => ({ exe: exe!, t: tally(), build: [] as number[], export: [] as number[] }))
    const clean = () => {
      for (const d of ['dist', 'exports']) // the build's stamp is inside dist/
        rmSync(join(proj, d), { recursive: true, force: true })
    }
    for (let r = 0; r < runs; r++) {
      clean()
      log(`(b) run ${r + 1}/${runs}: briefdeck all (cold: no dist/)`)
      add(cold, await mustMeasure(NODE, [...cli, 'all', 'content/00-putins-gamble.txt'], { cwd: proj }))
      log(`(b) run ${r + 1}/${runs}: briefdeck all (warm: dist/ up to date)`)
      add(warm, await mustMeasure(NODE, [...cli, 'all', 'content/00-putins-gamble.txt'], { cwd: proj }))
      for (const base of baselines) {
        log(`(b) run ${r + 1}/${runs}: slidev build + slidev export (${browserName(base.exe)})`)
        const out = mkdtempSync(join(tmpdir(), 'briefdeck-bench-out-'))
        const b = await mustMeasure(NODE, [slidevBin(), 'build', 'slides.md', '--out', join(out, 'dist')], { cwd: proj })
        const e = await mustMeasure(NODE, [slidevBin(), 'export', 'slides.md', '--output', join(out, 'deck.pdf'), '--executable-path', base.exe, '--timeout', '60000'], { cwd: proj })
        rmSync(out, { recursive: true, force: true })
        add(base.t, b, e)
        base.build.push(b.ms)
        base.export.push(e.ms)
      }
    }
    const issueBase = baselines[0]!
    const ratio = median(cold.ms) / median(issueBase.t.ms)
    const ratioWarm = median(warm.ms) / median(issueBase.t.ms)
    const ratioShell = BOTH ? median(cold.ms) / median(baselines[1]!.t.ms) : undefined
    const peak = Math.max(median(cold.pss), median(warm.pss))
    const vs = (t: Tally) => baselines.map(base => fmtX(median(t.ms) / median(base.t.ms))).join(' / ')
    const body = table(['run (sample deck)', 'produces', 'time', `vs baseline (${baselines.map(b => browserName(b.exe)).join(' / ')})`, 'peak tree PSS', 'peak tree RSS (sum)'], [
      ['`briefdeck all` cold (generate + build + PDF + handout)', 'HTML, PDF, handout', fmtMs(median(cold.ms)), vs(cold), ...memCells(cold)],
      ['`briefdeck all` warm (dist/ up to date, build skipped)', 'HTML, PDF, handout', fmtMs(median(warm.ms)), vs(warm), ...memCells(warm)],
      ...baselines.map(base => [`baseline \`slidev build\` (${fmtMs(median(base.build))}) + \`slidev export\` (${fmtMs(median(base.export))}), ${browserName(base.exe)}`, 'HTML, PDF', fmtMs(median(base.t.ms)), base === issueBase ? '1.00×' : fmtX(median(base.t.ms) / median(issueBase.t.ms)), ...memCells(base.t)]),
    ]) + `\n\nEach row is whole processes (Node start-up and Chromium launch included); a baseline is the two Slidev commands run one after the other on the same slides.md. briefdeck prints with ${browserName(SHELL)} (${SHELL}); the first baseline runs \`slidev export\` with ${browserName(FULL)} (${FULL}), as the issue measured it${BOTH ? `, the second with the ${browserName(SHELL)}, to separate the browser from the pipeline` : ''}. Order per run: cold, warm, ${baselines.map(b => `baseline (${browserName(b.exe)})`).join(', ')}.`
    return {
      title: '(b) `briefdeck all` on the sample vs `slidev build` + `slidev export`',
      body,
      targets: [
        `\`briefdeck all\` at most 0.6× the baseline: ${fmtX(ratio)} cold (${fmtMs(median(cold.ms))} vs ${fmtMs(median(issueBase.t.ms))})${ratioShell !== undefined ? `, ${fmtX(ratioShell)} against the baseline with the headless shell` : ''}, ${fmtX(ratioWarm)} warm — ${ratio <= 0.6 ? (ratioShell === undefined || ratioShell <= 0.6 ? 'met' : 'met against the issue\'s baseline, not against the headless-shell one') : ratioWarm <= 0.6 ? 'met only when dist/ is up to date' : 'not met'}`,
        `peak memory of the whole run under 1 GiB: ${fmtMiB(peak)} PSS (${fmtMiB(Math.max(median(cold.rss), median(warm.rss)))} RSS summed) — ${peak < 2 ** 30 ? 'met' : 'not met'}`,
      ],
    }
  }
  finally {
    rmSync(proj, { recursive: true, force: true })
  }
}

/** One way of printing a built deck of `n` slides to `out`: the command line of a measured child process. */
interface PdfVariant { key: string, label: string, command: (n: number, out: string) => [string, ...string[]], env?: NodeJS.ProcessEnv, fast?: boolean }

async function benchPdf(runs: number): Promise<Section> {
  const proj = scratchProject()
  try {
    const { generate } = await import('./pipeline.ts')
    const article = new TextEncoder().encode(syntheticArticle(40_000))
    const sizes = [14, 60, 150]
    const cli = [NODE, join(proj, 'bin', 'briefdeck.js')]
    const exportCmd = (n: number, out: string): [string, ...string[]] => [...cli as [string, string], 'export', `deck-${n}.md`, '--dist', `dist-${n}`, '--format', 'pdf', '-o', out]
    const variants: PdfVariant[] = [
      { key: 'fast', label: `\`briefdeck export\`, ${browserName(SHELL)}`, fast: true, command: exportCmd, env: { BRIEFDECK_CHROMIUM: SHELL } },
      ...(BOTH ? [{ key: 'fast-full', label: '`briefdeck export`, full Chromium', fast: true, command: exportCmd, env: { BRIEFDECK_CHROMIUM: FULL } }] : []),
      { key: 'slidev', label: `\`slidev export\`, ${browserName(FULL)}`, command: (n, out) => [NODE, slidevBin(), 'export', `deck-${n}.md`, '--output', join(out, 'deck.pdf'), '--executable-path', FULL!, '--timeout', '120000'] },
      ...(MARP
        ? [FULL, ...(BOTH ? [SHELL] : [])].map(exe => ({ key: `marp-${browserName(exe)}`, label: `Marp CLI \`--pdf\`, ${browserName(exe)}`, command: (n: number, out: string): [string, ...string[]] => [MARP!, '--pdf', '--browser-path', exe!, `marp-${n}.md`, '-o', join(out, 'deck.pdf')] }))
        : []),
    ]
    const res = new Map<string, Tally>()
    /** The PDF stage of `briefdeck export` (serve dist/, load the print view, print, assemble), from its output. */
    const stage = new Map<number, number[]>()
    const got = (k: string) => { const t = res.get(k) ?? tally(); res.set(k, t); return t }
    for (const n of sizes) {
      const gen = generate(article, `synthetic-${n}.md`, { maxSlides: n })
      writeFileSync(join(proj, `deck-${n}.md`), gen.markdown)
      writeFileSync(join(proj, `marp-${n}.md`), marpDeck(gen.deck))
      log(`(c) building deck-${n}.md`)
      await mustMeasure(cli[0]!, [...cli.slice(1), 'build', `deck-${n}.md`, '-o', `dist-${n}`], { cwd: proj })
    }
    for (let r = 0; r < runs; r++) {
      for (const n of sizes) {
        for (const v of variants) {
          log(`(c) run ${r + 1}/${runs}: ${n} slides, ${v.label}`)
          const out = join(proj, `out-${n}-${v.key}`)
          rmSync(out, { recursive: true, force: true })
          mkdirSync(out)
          const [cmd, ...args] = v.command(n, out)
          const run = await mustMeasure(cmd, args, { cwd: proj, env: { ...process.env, ...v.env } })
          add(got(`${n}:${v.key}`), run)
          if (!v.fast)
            continue
          if (!/^✓ build site → \S+ \(up to date/m.test(run.stderr))
            throw new Error(`deck-${n}: briefdeck export rebuilt dist-${n}; the measure would include a build`)
          const pages = Number(/^ {2}(\d+) pages/m.exec(run.stderr)?.[1])
          if (pages !== n)
            throw new Error(`deck-${n}: briefdeck export printed ${pages} pages:\n${run.stderr}`)
          const secs = /✓ PDF → .*\((\d+(?:\.\d+)?) (s|ms)\)/.exec(run.stderr)
          if (v.key === 'fast' && secs)
            stage.set(n, [...(stage.get(n) ?? []), Number(secs[1]) * (secs[2] === 's' ? 1000 : 1)])
        }
      }
    }
    const m = (n: number, k: string) => median(got(`${n}:${k}`).ms)
    const slope = (k: string) => (m(150, k) - m(14, k)) / (150 - 14)
    const rows = sizes.map(n => [String(n), ...variants.map(v => fmtMs(m(n, v.key))), fmtMs(median(stage.get(n) ?? [])), fmtX(m(n, 'fast') / m(n, 'slidev')), ...memCells(got(`${n}:fast`)), ...memCells(got(`${n}:slidev`))])
    rows.push(['slope, ms/slide', ...variants.map(v => slope(v.key).toFixed(1)), '', '', '', '', '', ''])
    const marpShell = MARP && BOTH ? `marp-${browserName(SHELL)}` : undefined
    const marpFull = MARP ? `marp-${browserName(FULL)}` : undefined
    const body = `${table(['slides', ...variants.map(v => v.label), 'briefdeck: its PDF stage', 'briefdeck / slidev', 'briefdeck: peak PSS', 'briefdeck: peak RSS', 'slidev: peak PSS', 'slidev: peak RSS'], rows)}

Every cell is a whole command, as a user runs it. The slope is (time at 150 − time at 14) / 136. Decks are generated from one 40k-word synthetic article with \`maxSlides\` = 14/60/150 and built once each with \`briefdeck build\`; \`briefdeck export --format pdf\` then finds dist/ current and prints from it (Node and tsx start-up, loading Playwright and pdf-lib, Chromium launch, then its PDF stage: loading Slidev's print view until every slide is ready, one \`page.pdf\`, assembling with pdf-lib), while \`slidev export\` runs from slides.md as usual (its own dev server).${MARP ? ' Marp prints the same slides\' text (`scripts/bench/marp.ts`: each title and every string the slide shows, as a list; no components), with Marp CLI ' + (execFileSync(MARP, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0] ?? '') + '.' : ' Marp CLI was not measured (no `--marp`); the target below uses the issue\'s figure.'} Order per run and size: ${variants.map(v => v.label).join(', ')}.`
    const t150 = m(150, 'fast')
    const issueRef = marpFull ? m(150, marpFull) : 5800
    const issueRefText = marpFull ? `Marp with full Chromium, as the issue measured it, here ${fmtMs(issueRef)}` : 'Marp 5.8 s in the issue, not re-measured'
    return {
      title: '(c) PDF export alone',
      body,
      targets: [
        `PDF export of a 150-slide deck within 1.5× Marp's time (${issueRefText}; 1.5× = ${fmtMs(issueRef * 1.5)}): ${fmtMs(t150)}, ${fmtX(t150 / issueRef)} — ${t150 <= issueRef * 1.5 ? 'met' : 'not met'}${marpShell ? `; against Marp with the same headless shell (${fmtMs(m(150, marpShell))}) ${fmtX(t150 / m(150, marpShell))} — ${t150 <= m(150, marpShell) * 1.5 ? 'within 1.5× too' : 'not within 1.5×'}` : ''}`,
        `slope under 30 ms per slide: ${slope('fast').toFixed(1)} ms/slide — ${slope('fast') < 30 ? 'met' : 'not met'}`,
      ],
    }
  }
  finally {
    rmSync(proj, { recursive: true, force: true })
  }
}

/**
 * (f) The editable PPTX: `briefdeck export --format pptx` (no build, no browser) for the sample and a 150-slide deck,
 * both generated by `briefdeck generate` (which stores the deck model the export draws from). Whole command, as a user
 * runs it, and its PPTX stage from its own output; memory is the process's peak.
 */
async function benchEditable(runs: number): Promise<Section> {
  const proj = scratchProject()
  try {
    const cli = [NODE, join(proj, 'bin', 'briefdeck.js')]
    writeFileSync(join(proj, 'synthetic.md'), syntheticArticle(40_000))
    const decks = [
      { key: 'sample', label: 'sample (00-putins-gamble.txt)', gen: ['generate', 'content/00-putins-gamble.txt', '-o', 'sample/slides.md'], slides: 'sample/slides.md' },
      { key: '150', label: '150 slides (synthetic 40k words, --max-slides 150)', gen: ['generate', 'synthetic.md', '--max-slides', '150', '-o', 'big/slides.md'], slides: 'big/slides.md' },
    ]
    for (const d of decks) await mustMeasure(cli[0]!, [...cli.slice(1), ...d.gen], { cwd: proj })
    const res = new Map<string, { t: Tally, stage: number[], slides: number }>()
    for (let r = 0; r < runs; r++) {
      for (const d of decks) {
        log(`(f) run ${r + 1}/${runs}: ${d.label}`)
        const run = await mustMeasure(cli[0]!, [...cli.slice(1), 'export', d.slides, '--format', 'pptx', '-o', join(proj, `out-${d.key}`)], { cwd: proj })
        const e = res.get(d.key) ?? { t: tally(), stage: [], slides: 0 }
        add(e.t, run)
        const secs = /✓ pptx \(editable\) → .*\((\d+(?:\.\d+)?) (s|ms)\)/.exec(run.stderr)
        if (!secs)
          throw new Error(`${d.slides}: no PPTX stage in the output:\n${run.stderr}`)
        e.stage.push(Number(secs[1]) * (secs[2] === 's' ? 1000 : 1))
        e.slides = Number(/^ {2}(\d+) slides/m.exec(run.stderr)?.[1])
        res.set(d.key, e)
      }
    }
    const rows = decks.map((d) => {
      const e = res.get(d.key)!
      return [d.label, String(e.slides), fmtMs(median(e.t.ms)), fmtMs(median(e.stage)), ...memCells(e.t)]
    })
    const sample = res.get('sample')!
    const big = res.get('150')!
    const bigRss = median(big.t.rss)
    return {
      title: '(f) Editable PPTX export',
      body: `${table(['deck', 'slides', 'whole `briefdeck export --format pptx`', 'its PPTX stage', 'peak PSS', 'peak RSS'], rows)}

The whole command includes Node and tsx start-up and loading pptxgenjs, JSZip and @slidev/parser; the stage is reading slides.md and the stored deck model, laying out and measuring every text, pptxgenjs writing the package and the repair-cause fixes with the reproducible re-zip. No browser and no build.`,
      targets: [
        `sample deck to PPTX under 1 s: whole command ${fmtMs(median(sample.t.ms))}, PPTX stage ${fmtMs(median(sample.stage))} — ${median(sample.t.ms) < 1000 ? 'met' : median(sample.stage) < 1000 ? 'met by the stage only (not with start-up)' : 'not met'}`,
        `150-slide deck under 5 s: whole command ${fmtMs(median(big.t.ms))} — ${median(big.t.ms) < 5000 ? 'met' : 'not met'}; peak RSS under 300 MiB: ${fmtMiB(bigRss)} — ${bigRss < 300 * 2 ** 20 ? 'met' : 'not met'}`,
      ],
    }
  }
  finally {
    rmSync(proj, { recursive: true, force: true })
  }
}

async function benchMany(runs: number): Promise<Section> {
  const articles = readdirSync(SHARED).filter(f => /\.(txt|md|html)$/.test(f) && f !== 'SOURCES.md').map(f => join(SHARED, f))
  const proj = scratchProject()
  try {
    const cli = [...TSX, join(proj, 'scripts', 'cli.ts')]
    const cores = cpus().length
    const variants = [{ key: 'seq', label: '`briefdeck all --jobs 1` (one build at a time, one browser)', args: ['--jobs', '1'] }, { key: 'pool', label: `\`briefdeck all --jobs ${cores}\` (${cores} builds at once, one browser)`, args: ['--jobs', String(cores)] }]
    const res = new Map<string, Tally>()
    for (let r = 0; r < runs; r++) {
      for (const v of variants) {
        rmSync(join(proj, 'decks'), { recursive: true, force: true })
        log(`(d) run ${r + 1}/${runs}: ${v.key}`)
        const out = await mustMeasure(NODE, [...cli, 'all', ...v.args, ...articles], { cwd: proj })
        const t = res.get(v.key) ?? tally()
        add(t, out)
        res.set(v.key, t)
        const decks = readdirSync(join(proj, 'decks')).filter(d => existsSync(join(proj, 'decks', d, 'dist', 'index.html')))
        if (decks.length !== articles.length)
          throw new Error(`(d) only ${decks.length} of ${articles.length} decks were built`)
      }
    }
    const rows = variants.map(v => {
      const t = res.get(v.key)!
      return [v.label, String(articles.length), fmtMs(median(t.ms)), (articles.length / (median(t.ms) / 60_000)).toFixed(2), ...memCells(t)]
    })
    const seq = res.get('seq')!
    const pool = res.get('pool')!
    const perMinute = (t: Tally) => (articles.length / (median(t.ms) / 60_000)).toFixed(2)
    return {
      title: `(d) Many decks: \`briefdeck all\` over the ${articles.length} shared articles`,
      body: `${table(['run', 'decks', 'time', 'decks / minute', 'peak tree PSS', 'peak tree RSS (sum)'], rows)}\n\nEach deck: generate, \`slidev build\` into decks/<name>/dist, PDF and handout into exports/; each deck is printed as soon as it is built, while the next ones build. The default is \`--jobs\` = cores − 1 (at most one build per 2 GiB of memory). Order per run: --jobs 1, --jobs ${cores}.`,
      targets: [`decks per minute for the ${articles.length} shared articles: ${perMinute(seq)} with one build at a time (peak ${fmtMiB(median(seq.pss))} PSS), ${perMinute(pool)} with ${cores} (peak ${fmtMiB(median(pool.pss))} PSS)`],
    }
  }
  finally {
    rmSync(proj, { recursive: true, force: true })
  }
}

// ─── main ───────────────────────────────────────────────────────────────────────────────────────────────────────

function machine(): string {
  const mem = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`
  const version = (exe: string | undefined) => {
    try {
      return execFileSync(exe!, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    }
    catch {
      return '?'
    }
  }
  const chromium = BOTH ? `${version(SHELL)} (headless shell, ${SHELL}) and full Chromium (${FULL})` : `${version(SHELL)} (${SHELL})`
  const slidev = (JSON.parse(readFileSync(join(ROOT, 'node_modules', '@slidev', 'cli', 'package.json'), 'utf8')) as { version: string }).version
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  return `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${mem} memory, Node ${process.version}, ${chromium}, Slidev ${slidev}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at start ${load} (other builds share the machine)`
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '__gen')
    return childGen(argv.slice(1))
  if (argv[0] === '__ingest')
    return childIngest(argv.slice(1))
  let only = ['a', 'b', 'c', 'd', 'e', 'f']
  let runs = 3
  let runsMany: number | undefined
  let out = join(ROOT, 'BENCHMARKS.md')
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const v = () => { const x = argv[++i]; if (x === undefined) throw new Error(`${a} needs a value`); return x }
    if (a === '--only')
      only = v().split(',').map(s => s.trim())
    else if (a === '--runs')
      runs = Number(v())
    else if (a === '--runs-many')
      runsMany = Number(v())
    else if (a === '--out')
      out = resolve(v())
    else if (a === '--marp')
      MARP = resolve(v())
    else if (a === '--help' || a === '-h') {
      process.stdout.write('npm run bench -- [--only a,b,c,d,e,f] [--runs N] [--runs-many N (for d; default --runs)] [--out BENCHMARKS.md] [--marp path/to/marp]\n  a generation · b briefdeck all vs slidev build+export · c PDF export 14/60/150 · d many decks · e PDF and Word ingest · f editable PPTX\n')
      return
    }
    else throw new Error(`unknown option ${a}`)
  }
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('--runs must be a positive whole number')
  const header = machine()
  log(`machine: ${header}`)
  const sections: Section[] = []
  const started = performance.now()
  const all: Record<string, (n: number) => Promise<Section>> = { a: benchGeneration, b: benchAll, c: benchPdf, d: benchMany, e: benchDocuments, f: benchEditable }
  for (const key of only) {
    const fn = all[key]
    if (!fn)
      throw new Error(`unknown section ${key}; choose from a, b, c, d, e`)
    sections.push(await fn(key === 'd' ? runsMany ?? runs : runs))
  }
  const doc = `# Benchmarks

Written by \`npm run bench -- ${argv.join(' ')}\` in ${fmtMs(performance.now() - started)}. Figures are medians of ${runs} runs${runsMany !== undefined && only.includes('d') ? ` (${runsMany} for (d))` : ''}, each a fresh process;
compared commands ran in turn (A B A B) in the same invocation.

Machine: ${header}.

Memory: *peak tree PSS* is the largest sum, over the process and all its descendants (Chromium's renderers, Vite's workers), of
proportional set size, polled from /proc every 50 ms; *peak tree RSS (sum)* adds each process's RSS and so counts pages
shared between Chromium's processes several times (it is the figure \`top\` would add up).

${sections.map(s => `## ${s.title}\n\n${s.body}\n`).join('\n')}
## Targets (issue 7)

${sections.flatMap(s => s.targets).map(t => `- ${t}`).join('\n')}
`
  process.stdout.write(`${doc}\n`)
  writeFileSync(out, doc)
  log(`wrote ${out}`)
}

await main(process.argv.slice(2))
