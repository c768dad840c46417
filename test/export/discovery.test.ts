/**
 * Browser discovery, on a fake machine: temp folders stand for $PATH and Playwright's cache, holding empty
 * executable files named like the real programs. Nothing is launched.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/export/browser.ts'

let root: string
const bin = () => join(root, 'bin')
const cache = () => join(root, 'ms-playwright')

/** An empty executable file at `path` (relative to the fake machine's root). */
function program(path: string): string {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, '')
  chmodSync(full, 0o755)
  return full
}

/** The environment of the fake machine: its own PATH and Playwright cache, nothing else. */
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: bin(), PLAYWRIGHT_BROWSERS_PATH: cache(), ...extra })

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefdeck-discovery-'))
  mkdirSync(bin())
  mkdirSync(cache())
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('browser discovery', () => {
  it('prefers the headless shell on PATH to the full browser beside it', () => {
    program('bin/chromium')
    const shell = program('bin/chromium-headless-shell')
    expect(findBrowser(env())).toEqual({ path: shell, via: 'PATH (chromium-headless-shell)' })
  })

  it('prefers the full browser when asked (for the stock slidev export), and takes the shell when it is all there is', () => {
    const full = program('bin/chromium')
    const shell = program('bin/chromium-headless-shell')
    expect(findBrowser(env(), 'full')?.path).toBe(full)
    rmSync(full)
    expect(findBrowser(env(), 'full')?.path).toBe(shell)
  })

  it('takes the full browser when there is no headless shell', () => {
    const full = program('bin/chromium')
    expect(findBrowser(env())).toEqual({ path: full, via: 'PATH (chromium)' })
  })

  it('looks in Playwright\'s cache before PATH, newest revision first, shell before full browser', () => {
    program('bin/chromium-headless-shell')
    program('ms-playwright/chromium-1180/chrome-linux/chrome')
    program('ms-playwright/chromium_headless_shell-1179/chrome-linux/headless_shell')
    const newest = program('ms-playwright/chromium_headless_shell-1187/chrome-linux/headless_shell')
    expect(findBrowser(env())).toEqual({ path: newest, via: 'playwright cache' })
    expect(findBrowser(env(), 'full')?.path).toBe(join(cache(), 'chromium-1180', 'chrome-linux', 'chrome'))
  })

  it('skips a file that is not executable', () => {
    const shell = program('bin/chromium-headless-shell')
    chmodSync(shell, 0o644)
    const full = program('bin/chromium')
    expect(findBrowser(env())?.path).toBe(full)
  })

  it('takes $BRIEFDECK_CHROMIUM as the only candidate, and $CHROME_PATH before any search', () => {
    program('bin/chromium-headless-shell')
    const chosen = program('elsewhere/my-chrome')
    expect(findBrowser(env({ BRIEFDECK_CHROMIUM: chosen }))).toEqual({ path: chosen, via: '$BRIEFDECK_CHROMIUM' })
    expect(findBrowser(env({ BRIEFDECK_CHROMIUM: join(root, 'missing') }))).toBeUndefined()
    expect(findBrowser(env({ CHROME_PATH: chosen }))).toEqual({ path: chosen, via: '$CHROME_PATH' })
  })
})
