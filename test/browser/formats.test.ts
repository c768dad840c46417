/**
 * PPTX (with speaker notes) and PNG exports, made by `slidev export` from the deck under test.
 * Slow (two Slidev exports), so each runs once.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportWithSlidev } from '../../scripts/export/pdf.ts'
import { readDeck, testSlidesPath } from '../helpers/deck.ts'

const slidesPath = testSlidesPath()

/** Names of the files in a zip (PPTX), read from its local file headers (stored uncompressed). */
function zipEntries(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes)
  const out: string[] = []
  for (let i = b.indexOf('PK\u0003\u0004'); i >= 0; i = b.indexOf('PK\u0003\u0004', i + 4)) {
    const nameLength = b.readUInt16LE(i + 26)
    out.push(b.subarray(i + 30, i + 30 + nameLength).toString('utf8'))
  }
  return out
}

describe(`the PPTX and PNG exports of ${slidesPath}`, () => {
  let out: string
  let shown = 0
  beforeAll(async () => {
    shown = (await readDeck(slidesPath)).slides.length
    out = await mkdtemp(join(tmpdir(), 'briefdeck-formats-'))
    await exportWithSlidev({ slidesPath, outFile: join(out, 'deck.pptx'), format: 'pptx' })
    await exportWithSlidev({ slidesPath, outFile: join(out, 'png'), format: 'png' })
  }, 300_000)

  it('writes one PPTX slide per shown slide, with speaker notes', async () => {
    const entries = zipEntries(await readFile(join(out, 'deck.pptx')))
    expect(entries.filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(shown)
    expect(entries.filter(e => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e)).length).toBeGreaterThan(0)
  })

  it('writes one PNG per shown slide', async () => {
    const pngs = (await readdir(join(out, 'png'))).filter(f => f.endsWith('.png'))
    expect(pngs).toHaveLength(shown)
    const first = await readFile(join(out, 'png', pngs.sort()[0]!))
    expect(first.subarray(1, 4).toString()).toBe('PNG')
  })
})
