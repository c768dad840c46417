/**
 * Input limits through the real CLI (`node bin/briefdeck.js generate`): each unusable input stops with exit 2 and
 * one `briefdeck: file:line: …` line naming the problem and the place, no stack trace, and no deck written; each
 * usable but extreme input gives a bounded deck (at most DEFAULT_MAX_SLIDES slides unless --max-slides says more).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { DEFAULT_MAX_BYTES } from '../../scripts/ingest/index.ts'
import { DEFAULT_MAX_SLIDES } from '../../scripts/plan/deck.ts'
import { briefdeck, filesUnder, type Run, tempDir, verdict } from '../fixtures/hostile/cli.ts'

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes an article into its own folder and runs `generate` on it into `<folder>/out/slides.md`. */
async function generate(name: string, bytes: Uint8Array | string, extra: string[] = []): Promise<Run & { out: string; article: string }> {
  const folder = join(dir, name.replace(/\W/g, '_'))
  mkdirSync(join(folder, 'out'), { recursive: true })
  const article = join(folder, name)
  if (bytes !== '') writeFileSync(article, bytes)
  else writeFileSync(article, '')
  const out = join(folder, 'out', 'slides.md')
  return { ...(await briefdeck(['generate', article, '-o', out, ...extra])), out, article }
}

/** The refusal contract: exit 2, exactly one verdict line that matches, no stack, nothing written. */
function refused(r: Run & { out: string }, message: RegExp) {
  expect(r.code, r.stderr).toBe(2)
  const lines = verdict(r)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(message)
  expect(r.stderr).not.toMatch(/^\s+at |Error:|\.ts:\d+:\d+\)/m)
  expect(existsSync(r.out)).toBe(false)
  expect(filesUnder(join(r.out, '..'))).toEqual([]) // only the (empty) lock folder
}

function slidesOf(r: Run & { out: string }) {
  expect(r.code, r.stderr).toBe(0)
  return parseSync(readFileSync(r.out, 'utf8'), r.out).slides
}

describe.concurrent('unusable input stops with one line, exit 2 and nothing written', () => {
  it('refuses an empty file', async () => {
    const r = await generate('empty.txt', '')
    refused(r, /^briefdeck: \S+empty\.txt:1: the article is empty/)
  })

  it('refuses a file of whitespace only', async () => {
    refused(await generate('blank.txt', ' \n\t\r\n   \n'), /blank\.txt:1: the article is empty/)
  })

  it('refuses binary data, naming the byte offset of the first NUL', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\n\nabc'), 0, 1, 2, 0xff])
    refused(await generate('binary.txt', bytes), /binary\.txt:3: found a NUL byte at byte offset 10 \(line 3\).*binary/)
  })

  it('refuses invalid UTF-8, naming the byte offset, the line and what to do', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\n\nCaf'), 0xe9, ...new TextEncoder().encode(' au lait.\n')])
    refused(await generate('latin1.txt', bytes), /latin1\.txt:3: invalid UTF-8 at byte offset 10 \(line 3; bytes e9 20 61 75\).*re-save the file as UTF-8/)
  })

  it('refuses a file over 50 MB with its size, the limit and how to raise it (generated here, never committed)', async () => {
    const bytes = Buffer.alloc(DEFAULT_MAX_BYTES + 1, 'word ')
    const r = await generate('huge.txt', bytes)
    refused(r, /huge\.txt:1: the article is 50\.0 MB \(52428801 bytes\), over the 50\.0 MB limit; .*--max-bytes/)
  })

  it('refuses a missing file', async () => {
    const r = await briefdeck(['generate', join(dir, 'nope.txt'), '-o', join(dir, 'nope-out', 'slides.md')])
    expect(r.code).toBe(2)
    expect(verdict(r)).toEqual([expect.stringMatching(/nope\.txt: no such file; give the path of an article/)])
    expect(existsSync(join(dir, 'nope-out', 'slides.md'))).toBe(false)
  })

  it('refuses a directory', async () => {
    mkdirSync(join(dir, 'a-folder'))
    const r = await briefdeck(['generate', join(dir, 'a-folder'), '-o', join(dir, 'folder-out', 'slides.md')])
    expect(r.code).toBe(2)
    expect(verdict(r)).toEqual([expect.stringMatching(/a-folder: is a directory; give an article file inside it/)])
  })

  it('refuses an unreadable file', async (ctx) => {
    // root reads any file whatever its mode, so chmod 000 proves nothing there
    if (process.getuid?.() === 0) ctx.skip('running as root: chmod 000 does not stop root from reading')
    const folder = join(dir, 'locked'); mkdirSync(folder)
    const article = join(folder, 'locked.txt'); writeFileSync(article, 'Title\n\nText.\n'); chmodSync(article, 0)
    const r = await briefdeck(['generate', article, '-o', join(folder, 'slides.md')])
    expect(r.code).toBe(2)
    expect(verdict(r)).toEqual([expect.stringMatching(/locked\.txt: cannot be read \(permission denied\)/)])
  })

  it('refuses a sidecar that is not YAML, with file:line', async () => {
    const folder = join(dir, 'bad-yaml'); mkdirSync(join(folder, 'out'), { recursive: true })
    writeFileSync(join(folder, 'a.txt'), 'Title\n\nSome text here. More text.\n')
    writeFileSync(join(folder, 'a.deck.yaml'), 'meta:\n  title: ok\nrisks: [\n  oops: {\n')
    const r = await briefdeck(['generate', join(folder, 'a.txt'), '-o', join(folder, 'out', 'slides.md')])
    expect(r.code).toBe(2)
    expect(verdict(r)).toEqual([expect.stringMatching(/a\.deck\.yaml:\d+: invalid YAML: /)])
    expect(existsSync(join(folder, 'out', 'slides.md'))).toBe(false)
  })

  it('refuses a sidecar that breaks the schema, with file:line and the key path', async () => {
    const folder = join(dir, 'bad-schema'); mkdirSync(join(folder, 'out'), { recursive: true })
    writeFileSync(join(folder, 'a.txt'), 'Title\n\nSome text here. More text.\n')
    writeFileSync(join(folder, 'a.deck.yaml'), 'meta:\n  title: ok\nrisks:\n  Sanctions:\n    likelihood: 9\n')
    const r = await briefdeck(['generate', join(folder, 'a.txt'), '-o', join(folder, 'out', 'slides.md')])
    expect(r.code).toBe(2)
    expect(verdict(r)).toEqual([expect.stringMatching(/a\.deck\.yaml:5: risks\.Sanctions\.likelihood: .*fix the sidecar/)])
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })
})

describe.concurrent('extreme but usable input gives a bounded deck', () => {
  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'A UTF-16 Article\n\nThe first paragraph says something. It has a second sentence.\n'
    const slides = slidesOf(await generate('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])))
    expect(slides[0]?.content).toContain('A UTF-16 Article')
  })

  it('turns a single 1 MB line into a bounded deck', async () => {
    const r = await generate('one-line.txt', `Title\n\n${'All work and no play makes a dull analyst. '.repeat(24_000)}\n`)
    const slides = slidesOf(r)
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.length).toBeLessThanOrEqual(DEFAULT_MAX_SLIDES)
    expect(readFileSync(r.out).length).toBeLessThan(4 * 1024 * 1024)
  })

  it('keeps 10,000 headings to the documented maximum, says so, and --max-slides raises it', async () => {
    const md = `# Many\n\n${Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n\nSection ${i} has one sentence.\n`).join('\n')}`
    const r = await generate('headings.md', md)
    expect(slidesOf(r)).toHaveLength(DEFAULT_MAX_SLIDES)
    expect(r.stderr).toMatch(/kept 80 .*raise it with --max-slides/)
    const more = await generate('headings-more.md', md, ['--max-slides', '120'])
    expect(slidesOf(more)).toHaveLength(120)
  })

  it('turns Markdown nested 1,000 levels deep (lists and quotes) into a bounded deck', async () => {
    const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
    const quote = `${'>'.repeat(1000)} a very deep quote`
    const slides = slidesOf(await generate('nested.md', `# Nested\n\n## Lists\n\n${list}\n\n## Quotes\n\n${quote}\n`))
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.length).toBeLessThanOrEqual(DEFAULT_MAX_SLIDES)
  })
})
