/**
 * A build started before its deck exists (`prepareBuild`, what `briefdeck all` does so that Slidev's modules load
 * while the article is turned into a deck): it builds the deck as written when `run` is called, not as it was when
 * the process started; a cancelled one writes nothing and leaves no process behind; and a run of `briefdeck all`
 * that fails before the build leaves no waiting Slidev process either.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DECK_SUPPORT, prepareBuild } from '../../scripts/export/build.ts'
import { briefdeck, ROOT } from '../fixtures/hostile/cli.ts'

const DIR = join(ROOT, 'test', '.tmp-prepared')

const deck = (title: string) => `---
theme: default
title: ${title}
routerMode: hash
fonts:
  provider: none
mcp: false
---

# ${title}

---

# Second slide

Written after the build process started.
`

/** Slidev processes held at briefdeck's gate (slidev-gate.mjs), by pid. */
function gatedProcesses(): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout
  return ps.split('\n').filter(line => line.includes('slidev-gate.mjs') && !line.includes(' ps '))
}

/** Everything in `dir` but the deck file, the support links prepareDeckDir adds and Slidev's own node_modules/.slidev. */
const leftovers = (dir: string) => readdirSync(dir).filter(f => f !== 'slides.md' && f !== 'node_modules' && !DECK_SUPPORT.includes(f as typeof DECK_SUPPORT[number]))

/** A folder `name` under DIR holding a deck titled `title`, and a build of it prepared into its dist/. */
function preparedDeck(name: string, title: string) {
  const dir = join(DIR, name)
  mkdirSync(dir)
  const slidesPath = join(dir, 'slides.md')
  writeFileSync(slidesPath, deck(title))
  return { dir, slidesPath, build: prepareBuild({ slidesPath, outDir: join(dir, 'dist') }) }
}

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
})
afterAll(() => rmSync(DIR, { recursive: true, force: true }))

describe('a build prepared before its deck is written', () => {
  it('builds the deck as it is when run, not as it was when the process started', async () => {
    const { dir, slidesPath, build } = preparedDeck('run', 'An early draft')
    writeFileSync(slidesPath, deck('The final deck'))
    const result = await build.run()
    expect(result.outDir).toBe(join(dir, 'dist'))
    const assets = readdirSync(join(dir, 'dist', 'assets'), { recursive: true }).map(String).filter(f => f.endsWith('.js'))
    const code = assets.map(f => readFileSync(join(dir, 'dist', 'assets', f), 'utf8')).join('\n')
    expect(code).toContain('The final deck')
    expect(code).not.toContain('An early draft')
    expect(leftovers(dir)).toEqual(['dist']) // no temp folder left beside it
    await build.cancel() // after run: nothing to cancel, and no error
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true)
  })

  it('writes nothing and leaves no process behind when cancelled', async () => {
    const { dir, build } = preparedDeck('cancel', 'Never built')
    expect(gatedProcesses()).toHaveLength(1)
    await build.cancel()
    expect(gatedProcesses()).toEqual([])
    expect(leftovers(dir)).toEqual([])
  })

  it('refuses to run twice', async () => {
    const dir = join(DIR, 'twice')
    mkdirSync(dir)
    const slidesPath = join(dir, 'missing.md')
    const build = prepareBuild({ slidesPath, outDir: join(dir, 'dist') })
    await expect(build.run()).rejects.toThrow(/missing\.md: no such file/)
    await expect(build.run()).rejects.toThrow(/already run/)
    expect(gatedProcesses()).toEqual([])
    expect(leftovers(dir)).toEqual([])
  })
})

describe('briefdeck all on an article it refuses', () => {
  it('exits 2 and leaves no waiting Slidev process and no build', async () => {
    const dir = join(DIR, 'refused')
    mkdirSync(dir)
    writeFileSync(join(dir, 'empty.txt'), '')
    const r = await briefdeck(['all', 'empty.txt'], { cwd: dir })
    expect(r.code, r.stderr).toBe(2)
    expect(gatedProcesses()).toEqual([])
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })
})
