/**
 * Finding and launching the Chromium that every browser step shares.
 *
 *   const browser = await launchBrowser()          // throws NoBrowserError with the fix
 *   try { … } finally { await browser.close() }
 *
 * Discovery order (first hit wins): $BRIEFDECK_CHROMIUM (when set, it is the only candidate: a wrong path is an
 * error, not a reason to pick some other browser), $CHROME_PATH, Playwright's browser cache
 * ($PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright), `chromium`, `chromium-browser`, `google-chrome`,
 * `google-chrome-stable` on $PATH, then the usual absolute install paths. `scripts/setup.mjs` imports this
 * module, so the list lives here only.
 */
import { accessSync, constants, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { Browser } from 'playwright-chromium'

/** A browser found on this machine, and which rule found it (for messages). */
export interface FoundBrowser {
  /** Absolute path of the executable. */
  path: string
  /** The rule that found it, e.g. `$BRIEFDECK_CHROMIUM`, `playwright cache`, `PATH (chromium)`. */
  via: string
}

/** Programs looked up on $PATH, in order. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const

/** Where distributions and vendors install Chrome/Chromium when $PATH does not say. */
const ABSOLUTE_PATHS = [
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

/** Flags for a headless, offline, reproducible Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
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

/** Executables in Playwright's cache, newest revision first (`chromium-1187` sorts after `chromium-1180`). */
function playwrightCacheCandidates(env: NodeJS.ProcessEnv): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0'
    ? env.PLAYWRIGHT_BROWSERS_PATH
    : join(homedir(), '.cache', 'ms-playwright')
  let dirs: string[]
  try {
    dirs = readdirSync(root).filter(d => /^chromium-\d+$/.test(d))
  }
  catch {
    return []
  }
  dirs.sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
  return dirs.flatMap(d => [join(root, d, 'chrome-linux', 'chrome'), join(root, d, 'chrome-linux64', 'chrome')])
}

/** Finds a Chrome/Chromium executable without launching it; `undefined` when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  if (env.BRIEFDECK_CHROMIUM)
    return isExecutable(env.BRIEFDECK_CHROMIUM) ? { path: env.BRIEFDECK_CHROMIUM, via: '$BRIEFDECK_CHROMIUM' } : undefined
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH))
    return { path: env.CHROME_PATH, via: '$CHROME_PATH' }
  for (const path of playwrightCacheCandidates(env)) {
    if (isExecutable(path))
      return { path, via: 'playwright cache' }
  }
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of PATH_NAMES) {
    for (const dir of pathDirs) {
      const path = join(dir, name)
      if (isExecutable(path))
        return { path, via: `PATH (${name})` }
    }
  }
  for (const path of ABSOLUTE_PATHS) {
    if (isExecutable(path))
      return { path, via: 'well-known path' }
  }
  return undefined
}

/** A short list of what `findBrowser` looks at, for error messages. */
function describeSearch(env: NodeJS.ProcessEnv): string {
  if (env.BRIEFDECK_CHROMIUM)
    return `$BRIEFDECK_CHROMIUM=${env.BRIEFDECK_CHROMIUM}, which is not an executable file`
  const set = env.CHROME_PATH ? [`$CHROME_PATH=${env.CHROME_PATH} (not executable)`] : []
  return [...set, 'the Playwright cache', `${PATH_NAMES.join('/')} on $PATH`, '/usr/bin and /opt'].join(', ')
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
  const { chromium } = await import('playwright-chromium')
  return chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS] })
}
