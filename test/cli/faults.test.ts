/**
 * Faults through the real CLI: no browser, an export killed half-way, a full disk, and two runs at once. In each
 * case the user gets a clear message and an exit code, and what was on disk before is still there, byte for byte.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { briefdeck, filesUnder, ROOT, startBriefdeck, tempDir, verdict } from '../fixtures/hostile/cli.ts'

const dir = tempDir('briefdeck-faults-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const ARTICLE = join(ROOT, 'content', '00-putins-gamble.txt')
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |\.ts:\d+:\d+\)/m)

describe.concurrent('faults', () => {
  it('without a browser, export stops at once (before building) with exit 3 and says how to get one', async () => {
    const project = join(dir, 'no-browser'); mkdirSync(project)
    cpSync(join(ROOT, 'slides.md'), join(project, 'slides.md'))
    const r = await briefdeck(['export', 'slides.md', '--format', 'pdf'], {
      cwd: project,
      // an explicit BRIEFDECK_CHROMIUM is the only candidate, so /usr/bin/chromium is not found behind its back
      env: { BRIEFDECK_CHROMIUM: '/nonexistent/chromium', PATH: dirname(process.execPath) },
    })
    expect(r.code, r.stderr).toBe(3)
    expect(r.stderr).toMatch(/No Chromium found \(looked at \$BRIEFDECK_CHROMIUM=\/nonexistent\/chromium/)
    expect(r.stderr).toMatch(/apt-get install -y chromium/)
    expect(r.stderr).toMatch(/export BRIEFDECK_CHROMIUM=\/path\/to\/chrome/)
    noStack(r.stderr)
    expect(filesUnder(project)).toEqual(['slides.md']) // nothing built
  })

  it('on a full disk (ENOSPC), generate exits 3 with a clean message and leaves the previous deck as it was', async () => {
    const project = join(dir, 'enospc'); mkdirSync(project)
    const out = join(project, 'slides.md')
    expect((await briefdeck(['generate', ARTICLE, '-o', out])).code).toBe(0)
    const before = readFileSync(out)
    const r = await briefdeck(['generate', ARTICLE, '-o', out, '--force'], { env: { BRIEFDECK_FAULT: 'enospc' } })
    expect(r.code, r.stderr).toBe(3)
    expect(verdict(r)).toEqual(['briefdeck: the disk is full (ENOSPC); free some space and run again — earlier outputs were left as they were'])
    noStack(r.stderr)
    expect(readFileSync(out).equals(before)).toBe(true)
    expect(readdirSync(project).filter(f => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a second run on the same project with exit 5 while the first holds the lock', async () => {
    const project = join(dir, 'locked'); mkdirSync(join(project, '.briefdeck'), { recursive: true })
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      writeFileSync(join(project, '.briefdeck', 'lock'), String(holder.pid))
      const r = await briefdeck(['generate', ARTICLE, '-o', join(project, 'slides.md')])
      expect(r.code, r.stderr).toBe(5)
      expect(verdict(r)).toEqual([expect.stringMatching(new RegExp(`another briefdeck run \\(pid ${holder.pid}\\) is working on .*locked; wait for it to finish, or set BRIEFDECK_LOCK_WAIT_MS`))])
      expect(existsSync(join(project, 'slides.md'))).toBe(false)
    }
    finally { holder.kill() }
  })

  it('takes over a lock whose process is gone', async () => {
    const project = join(dir, 'stale'); mkdirSync(join(project, '.briefdeck'), { recursive: true })
    writeFileSync(join(project, '.briefdeck', 'lock'), '999999999')
    const r = await briefdeck(['generate', ARTICLE, '-o', join(project, 'slides.md')])
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(join(project, '.briefdeck', 'lock'))).toBe(false)
  })
})

describe('an export killed half-way', () => {
  it('leaves the previous dist/ and PDF byte for byte', async () => {
    // Inside the project's node_modules so Slidev resolves its theme and addons as it does for a real deck.
    const project = join(ROOT, 'node_modules', '.cache', 'briefdeck-faults', `kill-${process.pid}`)
    rmSync(project, { recursive: true, force: true })
    mkdirSync(join(project, 'dist', 'assets'), { recursive: true })
    mkdirSync(join(project, 'exports'))
    for (const f of ['slides.md', 'components', 'styles', 'global-bottom.vue']) cpSync(join(ROOT, f), join(project, f), { recursive: true })
    const previous = { 'dist/index.html': '<!doctype html><title>previous build</title>', 'dist/assets/app.js': 'console.log("previous")', 'exports/00-putins-gamble.pdf': '%PDF-1.7 previous export' }
    for (const [f, text] of Object.entries(previous)) writeFileSync(join(project, f), text)
    // Slidev builds in one project collide: take the lock the browser tests' builder uses (test/helpers/deck.ts).
    const lock = join(ROOT, 'node_modules', '.cache', 'briefdeck-test', 'build.lock')
    mkdirSync(dirname(lock), { recursive: true })
    for (let i = 0; ; i++) {
      try { mkdirSync(lock); break } catch { if (i > 1500) throw new Error('build lock busy for 5 minutes'); await delay(200) }
    }
    try {
      const run = startBriefdeck(['export', 'slides.md', '--format', 'pdf'], { cwd: project })
      // kill a few seconds into the Slidev build (a build takes well over ten seconds; slidev writes its output last)
      for (let i = 0; !run.stderr().includes('▸ build site'); i++) {
        if (i > 1200 || run.child.exitCode !== null) throw new Error(`the build never started: ${run.stderr()}`)
        await delay(100)
      }
      await delay(3000)
      expect(run.stderr(), 'the build finished before it could be killed').not.toContain('✓ build site')
      process.kill(-run.child.pid!, 'SIGKILL')
      const r = await run.done
      expect(r.code).toBe(null) // killed, not finished
      for (const [f, text] of Object.entries(previous)) expect(readFileSync(join(project, f), 'utf8'), f).toBe(text)
    }
    finally {
      rmSync(lock, { recursive: true, force: true })
      rmSync(project, { recursive: true, force: true })
    }
  })
})
