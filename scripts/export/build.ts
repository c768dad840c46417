/**
 * `slidev build` as a child process, writing into a temp dir beside `outDir` and renaming into place only on
 * success: a build that fails or is killed half-way leaves the previous `outDir` as it was.
 *
 *   const { durationMs } = await buildSite({ slidesPath: 'slides.md', outDir: 'dist' })
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, rm, symlink } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
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

/** Runs Slidev's CLI with `args` from the deck's directory; resolves with its combined output. */
export function runSlidev(args: string[], { cwd, onProgress, signal }: {
  cwd: string
  onProgress?: (msg: string) => void
  signal?: AbortSignal
}): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [slidevBin(), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    })
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
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', fail)
    child.on('close', (code, sig) => {
      if (code === 0)
        ok(output)
      else
        fail(new SlidevBuildError(args[1] ?? '', code ?? sig ?? 'unknown', output))
    })
  })
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

/** Builds the deck into a static SPA at `outDir`. */
export async function buildSite({ slidesPath, outDir, base, onProgress, signal }: BuildSiteOptions): Promise<BuildSiteResult> {
  const slides = resolve(slidesPath)
  if (!existsSync(slides))
    throw new Error(`${slidesPath}: no such file; render the deck first (briefdeck render).`)
  const out = resolve(outDir)
  await mkdir(dirname(out), { recursive: true })
  const tmp = tempSibling(out, 'building')
  const started = performance.now()
  await prepareDeckDir(dirname(slides))
  try {
    const args = ['build', basename(slides), '--out', tmp]
    if (base)
      args.push('--base', base)
    await runSlidev(args, { cwd: dirname(slides), onProgress, signal })
    await replaceDir(tmp, out)
  }
  finally {
    await rm(tmp, { recursive: true, force: true })
  }
  return { outDir: out, durationMs: Math.round(performance.now() - started) }
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
