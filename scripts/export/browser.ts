/**
 * Finding and launching the Chromium that every browser step shares.
 *
 *   const browser = await launchBrowser()          // throws NoBrowserError with the fix
 *   try { … } finally { await browser.close() }
 *
 * Discovery order (first hit wins): $BRIEFDECK_CHROMIUM (when set, it is the only candidate: a wrong path is an
 * error, not a reason to pick some other browser), $CHROME_PATH, Playwright's browser cache
 * ($PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright), the programs on $PATH, then the usual absolute install
 * paths. `scripts/setup.mjs` imports this module, so the list lives here only.
 *
 * Within each place, Chromium's headless shell (Debian's `chromium-headless-shell`, Playwright's
 * `chromium_headless_shell-*`) comes before the full browser: it is the same Blink without the browser UI, and on
 * the 2-core reference machine it launched in 0.8 s instead of 1.1 s, opened a page in 0.3 s instead of 0.75 s,
 * printed the sample deck in 1.7 s instead of 3.2 s and idled at 188 MiB PSS instead of 379 MiB. Launched with
 * `--font-render-hinting=none` ({@link CHROMIUM_ARGS}) it lays text out exactly as the full browser does
 * (`pdftotext -layout` of the sample deck's PDF is identical); without that flag it hints glyph advances and lines
 * break differently. The stock `slidev export` launches Chromium with its own flags, so it asks for the full
 * browser first ({@link findBrowser} with `prefer: 'full'`).
 */
import { accessSync, constants, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-chromium'

/** A browser found on this machine, and which rule found it (for messages). */
export interface FoundBrowser {
  /** Absolute path of the executable. */
  path: string
  /** The rule that found it, e.g. `$BRIEFDECK_CHROMIUM`, `playwright cache`, `PATH (chromium)`. */
  via: string
}

/** Whether an executable is Chromium's headless shell (by its name: Debian's and Playwright's both say so). */
export const isHeadlessShell = (path: string | undefined): boolean => /headless[-_]shell/.test(path ?? '')

/** Which build {@link findBrowser} looks for first: the headless shell (our own printing) or the full browser. */
export type BrowserPreference = 'shell' | 'full'

/** Headless-shell programs looked up on $PATH, in order. */
const SHELL_PATH_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'] as const
/** Full-browser programs looked up on $PATH, in order. */
const FULL_PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const

/** Where distributions install the headless shell when $PATH does not say. */
const SHELL_ABSOLUTE_PATHS = ['/usr/lib/chromium/chromium-headless-shell'] as const
/** Where distributions and vendors install Chrome/Chromium when $PATH does not say. */
const FULL_ABSOLUTE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const

/**
 * Flags for a headless, offline, reproducible Chromium in containers and CI. `--font-render-hinting=none` makes
 * the headless shell place glyphs as the full browser does, so print and screen break lines alike.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--font-render-hinting=none',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
] as const

/** Raised when no browser is found; the message says how to get one. */
export class NoBrowserError extends Error {
  constructor(tried: string) {
    super(
      `No Chromium found (looked at ${tried}).\n`
      + 'Install one with:  sudo apt-get install -y chromium\n'
      + 'or point briefdeck at an existing Chrome/Chromium:  export BRIEFDECK_CHROMIUM=/path/to/chrome',
    )
    this.name = 'NoBrowserError'
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/**
 * Executables of one kind in Playwright's cache, newest revision first (`chromium-1187` before `chromium-1180`):
 * `chromium-<rev>/chrome-linux/chrome` (or `chrome-linux64`) for the full browser, and
 * `chromium_headless_shell-<rev>/chrome-linux/headless_shell` (or `…/chrome-headless-shell`) for the shell.
 */
function playwrightCacheCandidates(env: NodeJS.ProcessEnv, kind: BrowserPreference): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0'
    ? env.PLAYWRIGHT_BROWSERS_PATH
    : join(homedir(), '.cache', 'ms-playwright')
  const prefix = kind === 'shell' ? 'chromium_headless_shell-' : 'chromium-'
  let dirs: string[]
  try {
    dirs = readdirSync(root).filter(d => d.startsWith(prefix) && /^\d+$/.test(d.slice(prefix.length)))
  }
  catch {
    return []
  }
  dirs.sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)))
  const inside = kind === 'shell'
    ? [['chrome-linux', 'headless_shell'], ['chrome-headless-shell-linux64', 'chrome-headless-shell'], ['chrome-linux64', 'chrome-headless-shell']]
    : [['chrome-linux', 'chrome'], ['chrome-linux64', 'chrome']]
  return dirs.flatMap(d => inside.map(parts => join(root, d, ...parts)))
}

/** Where {@link findBrowser} looks, in order, after the environment variables: each place, preferred kind first. */
function candidates(env: NodeJS.ProcessEnv, prefer: BrowserPreference): FoundBrowser[] {
  const kinds: BrowserPreference[] = prefer === 'shell' ? ['shell', 'full'] : ['full', 'shell']
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  const onPath = (names: readonly string[]) => names.flatMap(name => pathDirs.map(dir => ({ path: join(dir, name), via: `PATH (${name})` })))
  return [
    ...kinds.flatMap(k => playwrightCacheCandidates(env, k).map(path => ({ path, via: 'playwright cache' }))),
    ...kinds.flatMap(k => onPath(k === 'shell' ? SHELL_PATH_NAMES : FULL_PATH_NAMES)),
    ...kinds.flatMap(k => (k === 'shell' ? SHELL_ABSOLUTE_PATHS : FULL_ABSOLUTE_PATHS).map(path => ({ path, via: 'well-known path' }))),
  ]
}

/**
 * Finds a Chrome/Chromium executable without launching it; `undefined` when there is none. `prefer` picks which
 * kind wins within each place (default: the headless shell); the other kind is still taken when it is all there is.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, prefer: BrowserPreference = 'shell'): FoundBrowser | undefined {
  if (env.BRIEFDECK_CHROMIUM)
    return isExecutable(env.BRIEFDECK_CHROMIUM) ? { path: env.BRIEFDECK_CHROMIUM, via: '$BRIEFDECK_CHROMIUM' } : undefined
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH))
    return { path: env.CHROME_PATH, via: '$CHROME_PATH' }
  return candidates(env, prefer).find(c => isExecutable(c.path))
}

/** A short list of what `findBrowser` looks at, for error messages. */
function describeSearch(env: NodeJS.ProcessEnv): string {
  if (env.BRIEFDECK_CHROMIUM)
    return `$BRIEFDECK_CHROMIUM=${env.BRIEFDECK_CHROMIUM}, which is not an executable file`
  const set = env.CHROME_PATH ? [`$CHROME_PATH=${env.CHROME_PATH} (not executable)`] : []
  return [...set, 'the Playwright cache', `${[...SHELL_PATH_NAMES, ...FULL_PATH_NAMES].join('/')} on $PATH`, '/usr/bin, /usr/lib/chromium and /opt'].join(', ')
}

/** The browser {@link launchBrowser} would use; throws NoBrowserError (with the fix) when there is none. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const found = findBrowser(env)
  if (!found)
    throw new NoBrowserError(describeSearch(env))
  return found
}

/** Options for {@link launchBrowser}. */
export interface LaunchOptions {
  /** Use this executable instead of discovery. */
  executablePath?: string
  /** Environment to discover from (tests pass their own). */
  env?: NodeJS.ProcessEnv
}

/** Launches headless Chromium through playwright-chromium. Close it in a `finally`. */
export async function launchBrowser({ executablePath, env = process.env }: LaunchOptions = {}): Promise<Browser> {
  const path = executablePath ?? findBrowser(env)?.path
  if (!path)
    throw new NoBrowserError(describeSearch(env))
  const { chromium } = loadPlaywright()
  return chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS] })
}

/**
 * playwright-chromium, loaded on first use with `require`: its one large CommonJS bundle took ~530 ms to load that
 * way against ~700 ms through `import()`, which first scans it for named exports (on the 2-core reference machine,
 * under tsx). Node caches it after the first call.
 */
export function loadPlaywright(): typeof import('playwright-chromium') {
  return createRequire(import.meta.url)('playwright-chromium') as typeof import('playwright-chromium')
}

/**
 * A browser context for a deck, as a visible tab in a desktop browser sees it. Slidev asks for a screen wake lock
 * when a deck is played (so the screen stays on while presenting) and does not catch a refusal; a desktop browser
 * grants it to a visible page without asking, the headless shell refuses it unless the permission is granted, and
 * the refusal surfaced as an uncaught NotAllowedError on every deck.
 */
export function newDeckContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ ...options, permissions: ['screen-wake-lock', ...(options.permissions ?? [])] })
}
