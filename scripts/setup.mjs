#!/usr/bin/env node
// Gets a fresh machine ready to build and export decks; `npm start` and `npm test` run it first.
//
//   1. node_modules missing or older than package-lock.json → `npm ci` (Playwright's browser download skipped:
//      we use the system Chromium).
//   2. No Chromium discoverable, no poppler (`pdftoppm`, `pdftohtml`, `pdfinfo`) or no `qpdf` → as root with apt-get:
//      `apt-get install chromium chromium-headless-shell poppler-utils qpdf`; otherwise stop and say what to install. The headless shell is what
//      briefdeck prints with (about twice as fast as the full browser, half the memory: scripts/export/browser.ts);
//      the full browser is for the stock `slidev export` (`export --slidev`, the comparison test). With a browser but
//      no headless shell, the shell is installed when apt can, and only suggested otherwise.
//
// Plain Node with no dependencies: it runs before `npm ci`. The browser discovery list lives in
// scripts/export/browser.ts; it is loaded through tsx once `npm ci` has put tsx in place.
// Quick (< 1 s) when everything is already there. Exit codes: 0 ready, 1 something is missing.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const say = msg => console.log(`setup: ${msg}`)

function mtime(path) {
  try {
    return statSync(path).mtimeMs
  }
  catch {
    return undefined
  }
}

function run(cmd, args, env = {}) {
  say(`running ${[cmd, ...args].join(' ')}`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`setup: \`${[cmd, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}).`)
    process.exit(1)
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK)
      return true
    }
    catch {}
  }
  return false
}

// 1. Dependencies. npm writes node_modules/.package-lock.json on every install: it is the install's timestamp.
const lock = mtime(join(root, 'package-lock.json'))
const installed = mtime(join(root, 'node_modules', '.package-lock.json'))
if (installed === undefined || (lock !== undefined && installed < lock)) {
  say(installed === undefined ? 'node_modules is missing' : 'package-lock.json is newer than node_modules')
  run('npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' })
}

// 2. System tools: a Chromium for export and the browser tests, poppler for PNG/text checks and PDF articles, qpdf
//    for the PDF reader's tests, LibreOffice for the PPTX.
const { tsImport } = await import('tsx/esm/api')
const { findBrowser, isHeadlessShell } = await tsImport('./export/browser.ts', import.meta.url)
const isShell = found => isHeadlessShell(found?.path)
const canApt = process.getuid?.() === 0 && onPath('apt-get')
const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' }
const missing = []
if (!findBrowser())
  missing.push('chromium', 'chromium-headless-shell')
// poppler also reads PDF articles (pdftohtml, pdfinfo: scripts/ingest/pdf.ts)
if (!onPath('pdftoppm') || !onPath('pdftohtml') || !onPath('pdfinfo'))
  missing.push('poppler-utils')
// qpdf makes the encrypted PDF the PDF reader's refusal test reads (test/formats/refusals.test.ts)
if (!onPath('qpdf'))
  missing.push('qpdf')
// The editable PPTX's render test: LibreOffice Impress converts it to PDF, with the deck's font (Inter) and a font for
// Chinese text (the PPTX names Noto Sans SC; any CJK font shows a viewer without it still gets glyphs).
if (!onPath('soffice'))
  missing.push('libreoffice-impress')
const fcList = args => spawnSync('fc-list', args, { encoding: 'utf8' }).stdout ?? ''
if (!fcList(['Inter']).trim())
  missing.push('fonts-inter')
if (!fcList([':charset=4e2d', 'family']).trim())
  missing.push('fonts-wqy-microhei')

if (missing.length > 0) {
  if (canApt) {
    say(`installing ${missing.join(', ')} with apt-get`)
    run('apt-get', ['update', '-qq'], aptEnv)
    // fonts-liberation, fonts-dejavu-core: fallbacks for glyphs outside the bundled @fontsource faces (Mermaid's
    // defaults; symbols such as ★ ▲ ▼ ◆ → in the components).
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing, 'fonts-liberation', 'fonts-dejavu-core'], aptEnv)
    if (!findBrowser()) {
      console.error('setup: chromium was installed but is still not found; set BRIEFDECK_CHROMIUM=/path/to/chromium.')
      process.exit(1)
    }
  }
  else {
    console.error(
      `setup: missing ${missing.join(' and ')}.\n`
      + `  On Debian/Ubuntu:  sudo apt-get install -y ${missing.join(' ')}\n`
      + (missing.includes('chromium')
        ? '  Or use an existing Chrome/Chromium:  export BRIEFDECK_CHROMIUM=/path/to/chrome\n'
        : ''),
    )
    process.exit(1)
  }
}
// A full browser but no headless shell: the shell is an optimisation, tried only when apt already knows the package
// (no `apt-get update` on every run), and a failure is not fatal.
if (!process.env.BRIEFDECK_CHROMIUM && !isShell(findBrowser()) && canApt
  && spawnSync('apt-cache', ['show', 'chromium-headless-shell'], { stdio: 'ignore' }).status === 0) {
  say('installing chromium-headless-shell with apt-get (faster exports)')
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell'], { stdio: 'inherit', env: { ...process.env, ...aptEnv } })
  if (r.status !== 0)
    say('could not install chromium-headless-shell; going on with the full browser')
}
const browser = findBrowser()
say(`ready (browser: ${browser.path} via ${browser.via})`)
if (!isShell(browser) && !process.env.BRIEFDECK_CHROMIUM)
  say('tip: install Chromium\'s headless shell (Debian: apt-get install chromium-headless-shell) for exports about twice as fast')
