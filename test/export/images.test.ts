/**
 * The file side of the PNG and PPTX exports, without a browser: the PNG folder is replaced whole or not at all,
 * and a PPTX whose notes do not line up with its images is refused. (The images themselves are checked in
 * test/browser/formats.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportPng, exportPptx } from '../../scripts/export/images.ts'

const png = (label: string) => Buffer.from(`not really a PNG: ${label}`)

describe('exportPng', () => {
  let dir: string
  let outDir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefdeck-images-'))
    outDir = join(dir, 'deck-png')
    await mkdir(outDir)
    for (const n of [1, 2, 3])
      await writeFile(join(outDir, `${n}.png`), png(`old ${n}`))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('replaces the folder whole: new 1.png and 2.png, no 3.png left from a longer deck', async () => {
    const written = await exportPng({ images: [png('new 1'), png('new 2')], outDir })
    expect(written).toEqual([join(outDir, '1.png'), join(outDir, '2.png')])
    expect(readdirSync(outDir).sort()).toEqual(['1.png', '2.png'])
    expect(readFileSync(join(outDir, '2.png'), 'utf8')).toContain('new 2')
  })

  it('leaves the old folder as it was, and no temp folder beside it, when writing an image fails', async () => {
    const broken = [png('new 1'), {} as unknown as Uint8Array] // writeFile refuses a plain object
    await expect(exportPng({ images: broken, outDir })).rejects.toThrow()
    expect(readdirSync(outDir).sort()).toEqual(['1.png', '2.png', '3.png'])
    expect(readFileSync(join(outDir, '1.png'), 'utf8')).toContain('old 1')
    expect(readdirSync(dir)).toEqual(['deck-png'])
  })
})

describe('exportPptx', () => {
  it('refuses notes for a different number of slides than it has images, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefdeck-images-'))
    try {
      const outFile = join(dir, 'deck.pptx')
      await expect(exportPptx({ images: [png('1'), png('2')], notes: ['only one'], outFile, meta: { title: 't' } }))
        .rejects.toThrow(/2 slide images but notes for 1 slides/)
      expect(existsSync(outFile)).toBe(false)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
