/**
 * Crash safety: the CLI is killed (SIGKILL, injected by fsx.ts with BRIEFDECK_FAULT=before-rename)
 * after writing the new deck to a temp file and before renaming it over slides.md. The old slides.md
 * and its merge base must be intact, byte for byte, and the next run must go through.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/briefdeck.js', import.meta.url))
const FIXTURE = fileURLToPath(new URL('../fixtures/live/baltic-grid.txt', import.meta.url))

let dir = ''
const briefdeck = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })
const reviseArticle = () => writeFileSync(join(dir, 'a.txt'), readFileSync(FIXTURE, 'utf8').replace('keeping the subsea cables safe', 'protecting the subsea cables'))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-crash-'))
  copyFileSync(FIXTURE, join(dir, 'a.txt'))
  expect(briefdeck(['generate', 'a.txt']).status).toBe(0)
}, 60_000) // each run is a fresh node + tsx start: seconds under load
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('a crash between write and rename', { timeout: 60_000 }, () => {
  it('leaves an untouched slides.md and its base whole', () => {
    const before = { deck: readFileSync(join(dir, 'slides.md')), base: readFileSync(join(dir, '.briefdeck/base/slides.md')) }
    reviseArticle()
    const run = briefdeck(['generate', 'a.txt'], { BRIEFDECK_FAULT: 'before-rename' })
    expect(run.signal).toBe('SIGKILL')
    expect(readdirSync(dir).some(f => f.startsWith('.slides.md.') && f.endsWith('.tmp'))).toBe(true) // it did get as far as writing
    expect(readFileSync(join(dir, 'slides.md')).equals(before.deck)).toBe(true)
    expect(readFileSync(join(dir, '.briefdeck/base/slides.md')).equals(before.base)).toBe(true)
  })

  it('leaves a presenter’s edited slides.md whole in the middle of a merge', () => {
    const mine = readFileSync(join(dir, 'slides.md'), 'utf8').replace('**Storage:** Battery parks', '**Storage:** Our battery parks')
    writeFileSync(join(dir, 'slides.md'), mine)
    reviseArticle()
    expect(briefdeck(['generate', 'a.txt'], { BRIEFDECK_FAULT: 'before-rename' }).signal).toBe('SIGKILL')
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(mine)
  })

  it('does not stop the next run (the dead run’s lock is taken over)', () => {
    reviseArticle()
    expect(briefdeck(['generate', 'a.txt'], { BRIEFDECK_FAULT: 'before-rename' }).signal).toBe('SIGKILL')
    const next = briefdeck(['generate', 'a.txt'])
    expect(next.status, next.stderr).toBe(0)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toContain('protecting the subsea cables')
  })
})
