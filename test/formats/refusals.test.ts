/**
 * Documents briefdeck cannot read are refused through the real CLI with one clear line and exit 2, and nothing is
 * written: a scanned PDF (no text layer), an encrypted PDF, a truncated PDF, a damaged Word file and a
 * password-protected one (Word saves those as an OLE compound file, not a ZIP).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { briefdeck, tempDir, verdict } from '../fixtures/hostile/cli.ts'
import { encryptedPdf, scannedPdf, scratch, truncated } from '../helpers/documents.ts'
import { SHARED_DOCX, SHARED_PDFS } from '../helpers/formats.ts'

const PDF = join(SHARED_PDFS, '01-us-iran-ceasefire-crs.pdf')
const DOCX = join(SHARED_DOCX, '00-putins-gamble.libreoffice.docx')
const made = scratch()
const project = tempDir('briefdeck-refusals-')
afterAll(() => { rmSync(made, { recursive: true, force: true }); rmSync(project, { recursive: true, force: true }) })

const cases: [string, () => Promise<string> | string, RegExp][] = [
  ['a scanned PDF with no text layer', () => scannedPdf(PDF, made), /no text layer: run OCR first \(for example ocrmypdf\)/],
  ['an encrypted PDF', () => encryptedPdf(PDF, made), /the PDF is encrypted \(password-protected\); save an unprotected copy/],
  ['a truncated PDF', () => truncated(PDF, made, 'truncated.pdf'), /the PDF is damaged or truncated and cannot be read/],
  ['a damaged Word file', () => truncated(DOCX, made, 'damaged.docx'), /the Word file is damaged and cannot be read .*save it again/],
  ['a password-protected Word file', () => {
    const out = join(made, 'protected.docx')
    writeFileSync(out, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]))
    return out
  }, /the Word file is password-protected \(encrypted\) or in the old \.doc format/],
]

describe.concurrent('documents briefdeck cannot read', () => {
  const files = new Map<string, string>()
  beforeAll(async () => { for (const [name, make] of cases) files.set(name, await make()) })

  it.each(cases)('%s: one line naming the file, exit 2, nothing written', async (name, _make, message) => {
    const file = files.get(name)!
    const dir = join(project, name.replace(/\W+/g, '-'))
    mkdirSync(dir)
    const out = join(dir, 'slides.md')
    const r = await briefdeck(['generate', file, '-o', out], { cwd: dir })
    expect(r.code, r.stderr).toBe(2)
    const lines = verdict(r)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(file)
    expect(lines[0]).toMatch(message)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter(f => !f.startsWith('.'))).toEqual([])
  })
})
