/**
 * `slidev export` can report success and leave nothing behind; exportWithSlidev reads what it left before it
 * renames it into place (pdf.ts).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wroteExport } from '../../scripts/export/pdf.ts'

describe('what slidev export left behind', () => {
  let dir: string
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'briefdeck-slidev-out-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('is no PNG export when the folder holds no PNG', async () => {
    await mkdir(join(dir, 'empty'))
    await writeFile(join(dir, 'empty', 'log.txt'), 'x')
    expect(await wroteExport(join(dir, 'empty'), 'png')).toBe(false)
  })

  it('is a PNG export when the folder holds a PNG', async () => {
    await mkdir(join(dir, 'full'))
    await writeFile(join(dir, 'full', '1.png'), 'x')
    expect(await wroteExport(join(dir, 'full'), 'png')).toBe(true)
  })

  it('is no PDF when the file is empty or missing, and is one when it holds bytes', async () => {
    await writeFile(join(dir, 'empty.pdf'), '')
    await writeFile(join(dir, 'deck.pdf'), '%PDF-1.7')
    expect(await wroteExport(join(dir, 'empty.pdf'), 'pdf')).toBe(false)
    expect(await wroteExport(join(dir, 'missing.pdf'), 'pdf')).toBe(false)
    expect(await wroteExport(join(dir, 'deck.pdf'), 'pdf')).toBe(true)
  })
})
