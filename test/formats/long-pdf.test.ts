/**
 * A long PDF (the 39-page shared report twice over, 78 pages, joined with qpdf) is read in runs of 50 pages with a
 * progress line for each, through the real CLI, and still becomes a deck within the slide ceiling.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { briefdeck, tempDir } from '../fixtures/hostile/cli.ts'
import { SHARED_PDFS } from '../helpers/formats.ts'

const dir = tempDir('briefdeck-long-pdf-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a 78-page PDF', () => {
  it('prints a progress line per 50 pages and is generated within --max-slides', async () => {
    const report = join(SHARED_PDFS, '10-seabed-mining-abnj-long-crs.pdf')
    const long = join(dir, 'long.pdf')
    execFileSync('qpdf', ['--empty', '--pages', report, report, '--', long], { stdio: 'ignore' })
    const r = await briefdeck(['generate', long, '-o', join(dir, 'slides.md'), '--max-slides', '30'], { cwd: dir })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr.split('\n').filter(l => /read \d+ of 78 pages/.test(l))).toEqual([`${long}: read 50 of 78 pages`, `${long}: read 78 of 78 pages`])
    expect(existsSync(join(dir, 'slides.md'))).toBe(true)
    const slides = Number(/(\d+) slides → /.exec(r.stderr)?.[1])
    expect(slides).toBeGreaterThan(5)
    expect(slides).toBeLessThanOrEqual(30)
  })
})
