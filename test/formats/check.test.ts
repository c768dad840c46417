/** `briefdeck check` on a PDF and on a Word file: every message is placed at a page and line, or a paragraph. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefdeck, ROOT } from '../fixtures/hostile/cli.ts'
import { SHARED_DOCX, SHARED_PDFS } from '../helpers/formats.ts'

describe.concurrent('briefdeck check on documents', () => {
  it.each([
    [join(SHARED_PDFS, '16-space-force-primer-crs.pdf'), /^p\d+ L\d+ (error|warning|info) /],
    [join(SHARED_DOCX, '16-space-force-primer-crs.libreoffice.docx'), /^¶\d+ (error|warning|info) /],
  ])('%s: messages at its own anchors', async (file, anchor) => {
    const r = await briefdeck(['check', file], { cwd: ROOT })
    expect(r.code, r.stderr).not.toBe(2)
    const lines = r.stdout.split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) {
      expect(l.startsWith(`${file}:`)).toBe(true)
      expect(l.slice(file.length + 1)).toMatch(anchor)
    }
  })
})
