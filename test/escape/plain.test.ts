import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mdText, notesText, plainText } from '../../scripts/render/escape.ts'

// Printable text without control characters and without surrogates (those are replaced, by design).
const printable = fc.string({ unit: fc.constantFrom(...'abcXYZ 019.,:;!?-+*_`[]{}()<>&#$|~^=@/\\\'"’—–阵风 '.split('')), maxLength: 60 })
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('reading escaped text back for print', () => {
  it('gives back the exact field text from mdText, whitespace collapsed', () => {
    fc.assert(fc.property(printable, s => { expect(plainText(mdText(s))).toBe(squash(s)) }), { numRuns: 2000 })
  })

  it('gives back the exact note text from notesText', () => {
    fc.assert(fc.property(printable, s => { expect(squash(plainText(notesText(s)))).toBe(squash(s)) }), { numRuns: 2000 })
  })
})
