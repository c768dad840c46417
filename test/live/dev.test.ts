/**
 * Watch mode end to end: `briefdeck dev` serves a generated deck with Slidev, the article is edited,
 * and a real browser sees the served slide change. The deck lives inside the project
 * (test/.tmp-live/, gitignored) so that Slidev finds the project's node_modules.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findFreePort } from '../../scripts/dev.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIN = join(ROOT, 'bin/briefdeck.js')
const FIXTURE = join(ROOT, 'test/fixtures/live/baltic-grid.txt')
const CHROMIUM = process.env.BRIEFDECK_CHROMIUM ?? '/usr/bin/chromium'
const WORK = join(ROOT, 'test/.tmp-live', `dev-${process.pid}`)

/** A running `briefdeck dev`, in its own process group, with everything it printed so far. */
interface Dev { child: ChildProcess; output: () => string; line: (re: RegExp) => Promise<RegExpMatchArray> }

const running: ChildProcess[] = []

function startDev(dir: string, port: number): Dev {
  const child = spawn(process.execPath, [BIN, 'dev', 'article.txt', '--port', String(port)], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let out = ''
  const waiters: (() => void)[] = []
  const onData = (b: Buffer) => { out += b.toString('utf8'); waiters.splice(0).forEach(w => w()) }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  const line = (re: RegExp) => new Promise<RegExpMatchArray>((resolve, reject) => {
    const check = () => {
      const m = out.match(re)
      if (m) return resolve(m)
      if (child.exitCode !== null) return reject(new Error(`briefdeck dev exited (${child.exitCode}) before printing ${re}:\n${out}`))
      waiters.push(check)
    }
    child.once('exit', () => waiters.splice(0).forEach(w => w()))
    check()
  })
  return { child, output: () => out, line }
}

const exited = (c: ChildProcess) => new Promise<number | null>(resolve => (c.exitCode !== null || c.signalCode !== null ? resolve(c.exitCode) : c.once('exit', code => resolve(code))))

function project(name: string): string {
  const dir = join(WORK, name)
  mkdirSync(dir, { recursive: true })
  copyFileSync(FIXTURE, join(dir, 'article.txt'))
  return dir
}

/** Pids of the live Slidev processes started by `parent` (Linux /proc). */
function slidevChildren(parent: number): number[] {
  return readdirSync('/proc').filter(d => /^\d+$/.test(d)).flatMap(pid => {
    try {
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1])
      return ppid === parent && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('slidev') ? [Number(pid)] : []
    } catch { return [] }
  })
}
const alive = (pid: number) => existsSync(`/proc/${pid}`)

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  for (const c of running) if (c.exitCode === null && c.signalCode === null) { try { process.kill(-c.pid!, 'SIGKILL') } catch { /* already gone */ } }
  await Promise.all(running.map(exited))
  rmSync(WORK, { recursive: true, force: true })
}, 60_000)

describe('briefdeck dev', () => {
  it('shows an article edit on the served slide in a real browser, keeping the presenter’s edit', { timeout: 180_000 }, async () => {
    const dir = project('watch')
    const dev = startDev(dir, await findFreePort(3300))
    const [, url] = await dev.line(/slides\s+(http:\/\/localhost:\d+\/)/)
    await dev.line(/watching article\.txt/)
    const page = await browser.newPage()
    await page.goto(`${url}#/conclusion`)
    await page.getByText('The next test is keeping the subsea cables safe.').first().waitFor({ timeout: 90_000 })

    const deck = join(dir, 'slides.md')
    writeFileSync(deck, readFileSync(deck, 'utf8').replace('"text":"Battery parks', '"text":"Our battery parks')) // the presenter, meanwhile
    const article = join(dir, 'article.txt')
    writeFileSync(article, readFileSync(article, 'utf8').replace('keeping the subsea cables safe', 'protecting the subsea cables from sabotage'))
    await page.getByText('The next test is protecting the subsea cables from sabotage.').first().waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByText('keeping the subsea cables safe').count()).toBe(0)
    expect(dev.output()).toMatch(/regenerated in/)
    expect(readFileSync(deck, 'utf8')).toContain('"text":"Our battery parks')
    expect(readFileSync(join(dir, '.briefdeck/base/slides.md'), 'utf8')).toContain('protecting the subsea cables from sabotage')
    await page.close()
  })

  it('takes the next free port when the asked one is in use, and stops Slidev on Ctrl-C', { timeout: 180_000 }, async () => {
    const port = await findFreePort(3400)
    const first = startDev(project('first'), port)
    await first.line(/slides\s+http:\/\/localhost:\d+\//)
    const second = startDev(project('second'), port)
    const [, taken] = await second.line(/slides\s+http:\/\/localhost:(\d+)\//)
    expect(Number(taken)).toBeGreaterThan(port)
    expect(second.output()).toContain(`port ${port} was taken`)

    process.kill(second.child.pid!, 'SIGINT')
    expect(await exited(second.child)).toBe(0)
    expect(second.output()).toMatch(/stopped \(SIGINT\)/)
    expect(await findFreePort(Number(taken), Number(taken))).toBe(Number(taken)) // Slidev went with it
  })

  it('stops Slidev when Ctrl-C comes while it is still starting', { timeout: 180_000 }, async () => {
    const dir = project('early-stop')
    const dev = startDev(dir, await findFreePort(3500))
    await dev.line(/starting Slidev/)
    await expect.poll(() => slidevChildren(dev.child.pid!), { timeout: 30_000 }).toHaveLength(1)
    const [slidev] = slidevChildren(dev.child.pid!)
    process.kill(dev.child.pid!, 'SIGINT')
    expect(await exited(dev.child)).toBe(0)
    expect(dev.output()).toMatch(/stopped \(SIGINT\) before Slidev was ready/)
    expect(alive(slidev!)).toBe(false)
  })
})
