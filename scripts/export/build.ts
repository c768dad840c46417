/**
 * `slidev build` as a child process, writing into a temp dir beside `outDir` and renaming into place only on
 * success: a build that fails or is killed half-way leaves the previous `outDir` as it was. A build can carry a
 * stamp ({@link buildStamp}: which deck, which fingerprint), written into the folder last, so that the folder itself
 * says what it holds.
 *
 *   const { durationMs } = await buildSite({ slidesPath: 'slides.md', outDir: 'dist' })
 *
 * A build can also be started before its deck is written ({@link prepareBuild}): the child loads Slidev's modules
 * while the caller generates, and builds when told to (slidev-gate.mjs).
 *
 *   const build = prepareBuild({ slidesPath: 'slides.md', outDir: 'dist' })
 *   await writeTheDeck()              // meanwhile Slidev's Node side loads (~1.4 s)
 *   await build.run()                 // or build.cancel() when no build is needed
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { replaceDir, tempSibling } from './files.ts'

/** Options for {@link buildSite}. */
export interface BuildSiteOptions {
  /** The deck, e.g. `slides.md`. Its directory is Slidev's user root (components/, styles/, public/). */
  slidesPath: string
  /** Where the static site goes, e.g. `dist`. Replaced as a whole on success. */
  outDir: string
  /** Public base path for hosting in a sub-directory, e.g. `/briefing/`. @default '/' */
  base?: string
  /** Progress lines (Slidev's own output, trimmed). */
  onProgress?: (msg: string) => void
  /** Stop the build (the temp dir is removed, `outDir` is untouched). */
  signal?: AbortSignal
  /**
   * What the built folder is to say it holds ({@link buildStamp}): written into it as {@link STAMP_FILE}, the last
   * file of the build, before the folder is moved into place, so `outDir` never holds a build and another's stamp.
   */
  stamp?: BuildStamp
}

/** What {@link buildSite} did. */
export interface BuildSiteResult {
  /** Absolute path of the built site. */
  outDir: string
  /** Wall time of the Slidev build. */
  durationMs: number
}

/** Raised when `slidev build` exits non-zero; carries the tail of its output. */
export class SlidevBuildError extends Error {
  constructor(slidesPath: string, code: number | string, output: string) {
    super(`slidev build ${slidesPath} failed (${code}). Last output:\n${output.trim().split('\n').slice(-25).join('\n')}`)
    this.name = 'SlidevBuildError'
  }
}

/** Path of Slidev's CLI script, resolved from this project's node_modules. */
export function slidevBin(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

/** A running Slidev CLI process. */
interface SlidevProcess {
  /** Resolves with its combined output when it exits 0; rejects with {@link SlidevBuildError} otherwise. */
  done: Promise<string>
  /** Lets a gated process go on from the gate into Slidev's CLI. */
  open: () => void
  /** Stops it (SIGTERM), at the gate or building. `done` is then settled and ignored. */
  stop: () => void
  /** Settles when the process has exited, however it ended. */
  exited: Promise<void>
}

/** The preload that holds a gated Slidev process until {@link SlidevProcess.open}. */
const GATE = fileURLToPath(new URL('./slidev-gate.mjs', import.meta.url))

/**
 * Starts Slidev's CLI with `args` from the deck's directory. With `gated`, Slidev's modules load at once but its
 * CLI waits for {@link SlidevProcess.open}.
 */
function spawnSlidev(args: string[], { cwd, onProgress, signal, gated = false }: {
  cwd: string
  onProgress?: (msg: string) => void
  signal?: AbortSignal
  gated?: boolean
}): SlidevProcess {
  const child = spawn(process.execPath, [...(gated ? ['--import', pathToFileURL(GATE).href] : []), slidevBin(), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...(gated ? { BRIEFDECK_SLIDEV_GATE: '1' } : {}) },
    stdio: [gated ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    signal,
  })
  // A gated process must not keep briefdeck alive: should briefdeck end without opening or stopping it, its stdin
  // closes and the gate ends the process. Opening the gate takes the handles back (the build is then awaited).
  const handles = [child, child.stdin, child.stdout, child.stderr] as { ref?: () => void, unref?: () => void }[]
  if (gated)
    for (const h of handles) h?.unref?.()
  let stopped = false
  const exited = new Promise<void>(ok => child.once('close', () => ok()))
  const done = new Promise<string>((ok, fail) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      output = (output + text).slice(-64_000)
      for (const line of text.split('\n')) {
        const trimmed = line.trim()
        if (trimmed)
          onProgress?.(trimmed)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.stdin?.on('error', () => {}) // a child that has already exited: its exit code tells what happened
    child.on('error', fail)
    child.on('close', (code, sig) => {
      if (code === 0 && !stopped)
        ok(output)
      else
        fail(stopped ? new Error('slidev stopped') : new SlidevBuildError(args[1] ?? '', code ?? sig ?? 'unknown', output))
    })
  })
  return {
    done,
    exited,
    open: () => {
      for (const h of handles) h?.ref?.()
      child.stdin?.end('go\n')
    },
    stop: () => {
      stopped = true
      done.catch(() => {})
      for (const h of handles) h?.ref?.() // whoever stops it may wait for `exited`
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM')
    },
  }
}

/** Runs Slidev's CLI with `args` from the deck's directory; resolves with its combined output. */
export function runSlidev(args: string[], options: { cwd: string, onProgress?: (msg: string) => void, signal?: AbortSignal }): Promise<string> {
  return spawnSlidev(args, options).done
}

/** What a deck folder needs from the project for Slidev to find the components, layouts, styles, setup and footer. */
export const DECK_SUPPORT = ['components', 'layouts', 'styles', 'setup', 'public', 'global-top.vue', 'global-bottom.vue'] as const

/** The project root: the folder holding briefdeck's own package.json. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Slidev takes the deck's folder as its user root. A deck outside the project root (`decks/<name>/slides.md`)
 * gets relative symlinks to the project's components, styles, setup and footer, so every deck looks the same
 * (symlinks, not copies: the components import ../scripts/model.ts, which Vite resolves from the real path).
 * An entry the deck folder already has (the presenter's own, or a dangling link) is left alone.
 */
export async function prepareDeckDir(deckDir: string): Promise<void> {
  const dir = resolve(deckDir)
  if (dir === PROJECT_ROOT) return
  for (const name of DECK_SUPPORT) {
    const from = join(PROJECT_ROOT, name)
    const to = join(dir, name)
    if (existsSync(from) && !lstatSync(to, { throwIfNoEntry: false })) await symlink(relative(dir, from), to)
  }
}

/** A `slidev build` started ahead of its deck (see {@link prepareBuild}). */
export interface PreparedBuild {
  /**
   * Builds once the deck is written; resolves as {@link buildSite} does (`durationMs` counts from this call). The
   * stamp, known only once the deck is written, is written into the build as {@link BuildSiteOptions.stamp} is.
   */
  run: (stamp?: BuildStamp) => Promise<BuildSiteResult>
  /**
   * No build after all: the waiting process leaves without building, and nothing is written; settles once it has
   * exited. A no-op once `run` was called, so a caller can cancel in a `finally` whatever happened.
   */
  cancel: () => Promise<void>
}

/**
 * Starts `slidev build` for a deck that may not be written yet: Slidev's modules load now, the build itself runs on
 * {@link PreparedBuild.run}, at most once.
 */
export function prepareBuild({ slidesPath, outDir, base, onProgress, signal, stamp: given }: BuildSiteOptions): PreparedBuild {
  const slides = resolve(slidesPath)
  const out = resolve(outDir)
  const tmp = tempSibling(out, 'building')
  const args = ['build', basename(slides), '--out', tmp, ...(base ? ['--base', base] : [])]
  const slidev = spawnSlidev(args, { cwd: dirname(slides), onProgress, signal, gated: true })
  let ran = false
  return {
    async run(stamp = given) {
      if (ran)
        throw new Error(`${slidesPath}: this prepared build has already run`)
      ran = true
      const started = performance.now()
      try {
        if (!existsSync(slides))
          throw new Error(`${slidesPath}: no such file; generate the deck first (briefdeck generate <article> -o ${slidesPath})`)
        await mkdir(dirname(out), { recursive: true })
        await prepareDeckDir(dirname(slides))
        slidev.open()
        await slidev.done
        if (stamp)
          await writeFile(join(tmp, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`)
        await replaceDir(tmp, out)
      }
      catch (e) {
        slidev.stop()
        await slidev.exited
        throw e
      }
      finally {
        await rm(tmp, { recursive: true, force: true })
      }
      return { outDir: out, durationMs: Math.round(performance.now() - started) }
    },
    cancel: async () => {
      if (ran)
        return
      slidev.stop()
      await slidev.exited
    },
  }
}

/** Builds the deck into a static SPA at `outDir` (a prepared build, run at once). */
export function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  return prepareBuild(options).run()
}

/** What a build depends on in the deck's user root, besides slides.md. */
const USER_ROOT_ENTRIES = ['components', 'layouts', 'styles', 'setup', 'public', 'global-top.vue', 'global-bottom.vue', 'vite.config.ts', 'uno.config.ts']

/**
 * A hash of everything that shapes `slidev build` of `slidesPath`: the slides file, the user root's components,
 * layouts, styles, setup, public files and global layers, the base path and Slidev's version.
 */
export function buildFingerprint(slidesPath: string, base = '/'): string {
  const hash = createHash('sha256')
  const root = dirname(resolve(slidesPath))
  const require = createRequire(import.meta.url)
  hash.update(readFileSync(require.resolve('@slidev/cli/package.json'))).update(base).update(readFileSync(slidesPath))
  for (const entry of USER_ROOT_ENTRIES) {
    const full = join(root, entry)
    if (!existsSync(full))
      continue
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name))
      : [full]
    for (const file of files.sort())
      hash.update(relative(root, file)).update('\0').update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 32)
}

/** The file inside a built folder that says which deck it is a build of. */
export const STAMP_FILE = '.briefdeck-build.json'

/**
 * What a built folder holds: the deck (its path from the folder, so a published site does not carry the builder's
 * home folder), the {@link buildFingerprint} of everything that shaped the build, and the Slidev version and base
 * path it was built with (both in the fingerprint too; kept for whoever reads the file).
 */
export interface BuildStamp {
  deck: string
  fingerprint: string
  slidev: string
  base: string
}

/** The stamp a build of `slidesPath` into `outDir` carries (see {@link BuildStamp}). */
export function buildStamp(slidesPath: string, outDir: string, base = '/'): BuildStamp {
  const require = createRequire(import.meta.url)
  const { version } = JSON.parse(readFileSync(require.resolve('@slidev/cli/package.json'), 'utf8')) as { version: string }
  return {
    deck: relative(resolve(outDir), resolve(slidesPath)).split(sep).join('/'),
    fingerprint: buildFingerprint(slidesPath, base),
    slidev: version,
    base,
  }
}

/** The stamp inside `outDir`, or undefined when it has none (no build, a build killed half-way, an older briefdeck). */
export async function readBuildStamp(outDir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(outDir, STAMP_FILE), 'utf8')) as unknown
  }
  catch {
    return undefined
  }
}

/** Whether `outDir` holds a whole build carrying exactly `stamp`. */
export async function holdsBuild(outDir: string, stamp: BuildStamp): Promise<boolean> {
  return isDeepStrictEqual(await readBuildStamp(outDir), stamp) && existsSync(join(outDir, 'index.html'))
}
