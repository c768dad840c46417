/**
 * Live editing commands: `briefdeck dev` (Slidev dev server + watch + merge on change) and
 * `briefdeck status` (which slides are edited, conflicted or stale).
 *
 * Both go through the same merge as `generate` (merge/write.ts), so a presenter's edits to slides.md
 * survive every regeneration. The merge base lives in `.briefdeck/base/` next to the deck and is meant
 * to be committed with it (only `.briefdeck/lock` and `.briefdeck/backups/` are ignored), so a colleague's
 * regeneration merges too. Without a base every generated slide counts as edited: nothing is lost.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { InvalidArgumentError, type Command } from 'commander'
import type { GenerateCliOptions } from './cli.ts'
import { readArticle, readSidecar, sidecarPathFor, UserError } from './cli.ts'
import { devUrls, startSlidev, stopOnSignals, watchSources } from './dev.ts'
import { IngestError } from './ingest/errors.ts'
import { withLock } from './lock.ts'
import { parseDeck } from './merge/merge.ts'
import { basePathFor } from './merge/write.ts'
import { deckStatus, formatStatus, recordedSource, type SlideState } from './status.ts'

/** What the live commands borrow from the CLI (it is the only module that prints). */
export interface CliKit {
  log: (msg: string) => void
  stage: <T>(label: string, fn: () => Promise<T> | T) => Promise<T>
  runGenerate: (article: string, opts: GenerateCliOptions) => Promise<unknown>
}

interface DevCliOptions { output: string; sidecar?: string; port: number; remote?: string; bind: string; open?: boolean }
interface StatusCliOptions { article?: string; sidecar?: string }

const port = (v: string) => { const n = Number(v); if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('expected a port number (1–65535)'); return n }
const password = (v: string) => { if (!v.trim()) throw new InvalidArgumentError('remote control needs a non-empty password'); return v }
const took = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`)

/** The article a deck was generated from, when it is recorded in the headmatter and still there. */
function articleOf(deckPath: string): string | undefined {
  if (!existsSync(deckPath)) return undefined
  const src = recordedSource(readFileSync(deckPath, 'utf8'), deckPath)
  if (!src) return undefined
  return [resolve(src), resolve(dirname(deckPath), src)].find(p => existsSync(p))
}

/** The sidecar to watch: the given one, else `<article>.deck.yaml` (watched even before it exists). */
const sidecarToWatch = (article: string, given?: string) => given ?? join(dirname(article), `${basename(article, extname(article))}.deck.yaml`)

export function registerLiveCommands(program: Command, kit: CliKit): void {
  program.command('dev')
    .description('serve the deck with Slidev (slides, presenter view); when the article or sidecar changes, regenerate and merge')
    .argument('[article]', 'the article to watch (default: the one recorded in the deck)')
    .option('-o, --output <file>', 'the deck', 'slides.md')
    .option('--sidecar <file>', 'sidecar YAML (default: <article>.deck.yaml next to the article)')
    .option('--port <n>', 'first port to try; the next free one is used if it is taken', port, 3030)
    .option('--remote <password>', 'turn on Slidev remote control, protected by this password', password)
    .option('--bind <ip>', 'address to listen on with --remote (0.0.0.0 to reach it from other devices)', '127.0.0.1')
    .option('--open', 'open the slides in the default browser')
    .action(async (given: string | undefined, o: DevCliOptions) => { await runDev(given, o, kit) })

  program.command('status')
    .description('which slides the presenter edited, added or deleted, which are in conflict, and which are stale against the article')
    .argument('[slides]', 'the deck', 'slides.md')
    .option('--article <file>', 'the article to compare with (default: the one recorded in the deck)')
    .option('--sidecar <file>', 'sidecar YAML (default: <article>.deck.yaml next to the article)')
    .action(async (slides: string, o: StatusCliOptions) => { await runStatus(slides, o) })
}

/** Failures while watching are reported and the server keeps running; the deck is left as it was. */
function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

async function runDev(given: string | undefined, o: DevCliOptions, kit: CliKit): Promise<void> {
  const stop = stopOnSignals() // from the start: Ctrl-C while Slidev is starting must not orphan it
  try { await serve(given, o, kit, stop) } finally { stop.dispose() }
}

async function serve(given: string | undefined, o: DevCliOptions, kit: CliKit, stop: ReturnType<typeof stopOnSignals>): Promise<void> {
  const deck = o.output
  const article = given ?? articleOf(deck)
  if (given && !existsSync(given)) throw new UserError(`${given}: no such file; give the path of an article (.txt, .md, .html, .pdf or .docx)`)
  if (!article && !existsSync(deck)) throw new UserError(`${deck}: no deck yet and no article given; run \`briefdeck dev <article>\``)
  const regenerate = (a: string) => withLock(dirname(resolve(deck)), () => kit.runGenerate(a, { output: deck, ...(o.sidecar ? { sidecar: o.sidecar } : {}) }), 10_000)
  if (article) await regenerate(article)
  else kit.log(`no article given or recorded in ${deck}: serving it without watching`)

  if (stop.signal.aborted) return void kit.log(`stopped (${String(stop.signal.reason)})`)

  const routerMode = (parseDeck(readFileSync(deck, 'utf8'), deck).slides[0]?.frontmatter as { routerMode?: 'hash' | 'history' } | undefined)?.routerMode ?? 'hash'
  const t0 = performance.now()
  kit.log(`▸ starting Slidev on ${deck}…`)
  const slidev = await startSlidev({
    slidesPath: deck, port: o.port, bind: o.bind, open: !!o.open,
    ...(o.remote ? { remote: o.remote } : {}),
    onLine: line => { if (!/^\s*shortcuts\b/.test(line)) kit.log(`  slidev │ ${line}`) },
    signal: stop.signal,
  })
  if (!slidev) return void kit.log(`stopped (${String(stop.signal.reason)}) before Slidev was ready`)
  const urls = devUrls(slidev.port, routerMode, o.remote)
  kit.log(`✓ Slidev ready in ${took(performance.now() - t0)}${slidev.port !== o.port ? ` (port ${o.port} was taken)` : ''}`)
  kit.log(`  slides     ${urls.slides}`)
  kit.log(`  presenter  ${urls.presenter}`)
  kit.log(`  overview   ${urls.overview}`)
  if (o.remote) kit.log(`  remote control is on (password protected), listening on ${o.bind}${/^(127\.|::1$|localhost$)/.test(o.bind) ? ' only: pass --bind 0.0.0.0 to reach it from another device' : ''}`)

  const watcher = article
    ? watchSources([article, sidecarToWatch(article, o.sidecar)], async () => {
        const t = performance.now()
        kit.log(`↻ ${article} or its sidecar changed: regenerating (merge, the presenter’s edits are kept)`)
        try {
          await regenerate(article)
          kit.log(`✓ regenerated in ${took(performance.now() - t)}; Slidev reloads the changed slides`)
        } catch (e) {
          kit.log(`briefdeck: ${describeFailure(e)} — ${deck} was left as it was; fix it and save again`)
        }
      })
    : undefined
  await watcher?.ready
  if (article) kit.log(`  watching ${article} (and its sidecar); Ctrl-C to stop`)

  const ended = await Promise.race([stop.stopped.then(sig => ({ sig })), slidev.exited.then(code => ({ code }))])
  await watcher?.close()
  await slidev.stop()
  // A terminal's Ctrl-C reaches Slidev too (same process group): its exit on that signal is a clean stop.
  const clean = 'sig' in ended || stop.signal.aborted || ended.code === 'SIGINT' || ended.code === 'SIGTERM'
  if (!clean) throw new Error(`Slidev stopped by itself (exit ${ended.code}); its output is above`)
  kit.log(`stopped (${'sig' in ended ? ended.sig : String(stop.signal.reason ?? ended.code)})`)
}

async function runStatus(slides: string, o: StatusCliOptions): Promise<void> {
  if (!existsSync(slides)) throw new UserError(`${slides}: no such deck; give its path, or run \`briefdeck generate <article>\` first`)
  const current = readFileSync(slides, 'utf8')
  const basePath = basePathFor(slides)
  const base = existsSync(basePath) ? readFileSync(basePath, 'utf8') : undefined
  const article = o.article ?? articleOf(slides)
  let fresh: string | undefined
  if (article) {
    const bytes = await readArticle(article)
    const sidecar = await readSidecar(sidecarPathFor(article, o.sidecar))
    const { generateAsync } = await import('./pipeline.ts')
    try { fresh = (await generateAsync(bytes, article, { sidecar })).markdown } catch (e) {
      if (e instanceof IngestError) throw new UserError(`${article}:${e.line}: ${e.message}`)
      throw e
    }
  }
  const rows = deckStatus(current, base, fresh, slides)
  process.stdout.write(`${formatStatus(rows)}\n`)
  const count = (s: SlideState) => rows.filter(r => r.state === s).length
  const summary = (['untouched', 'edited', 'added', 'deleted', 'conflict', 'stale'] as const).filter(count).map(s => `${count(s)} ${s}`).join(', ')
  process.stdout.write(`\n${summary}${base === undefined ? `; no base at ${basePath}: every generated slide counts as edited` : ''}${article ? '' : '; stale not checked: pass --article <file>'}\n`)
}
