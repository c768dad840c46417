/**
 * Reading the bundled @fontsource files without a font library: their `unicode-range` subsets and the WOFF 1.0
 * wrapper. Kept apart from fonts.ts (which loads fontkit for pdf-lib) so the editable PPTX can measure text with
 * neither.
 */
import { inflateSync } from 'node:zlib'

/** Parses a CSS `unicode-range` value (`U+0000-00FF,U+0131`). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const a = Number.parseInt(from ?? '', 16)
    return [a, to ? Number.parseInt(to, 16) : a] as [number, number]
  }).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)).sort((x, y) => x[0] - y[0])
}

/**
 * Unpacks a WOFF 1.0 file into the plain TrueType/OpenType font it wraps (W3C WOFF File Format 1.0, §3–5): the
 * same tables, each inflated with node:zlib where it was compressed, behind a rebuilt SFNT table directory.
 * fontkit reads WOFF itself, but inflates with a pure-JS decoder on every embed: that was a fifth of the handout's
 * time. Throws on anything that is not WOFF 1.0.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (woff.byteLength < 44 || src.getUint32(0) !== 0x774F4646) // 'wOFF'
    throw new Error('not a WOFF 1.0 font')
  const numTables = src.getUint16(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + 20 * i
    return {
      tag: src.getUint32(at),
      offset: src.getUint32(at + 4),
      compLength: src.getUint32(at + 8),
      origLength: src.getUint32(at + 12),
      checksum: src.getUint32(at + 16),
    }
  })
  const pad4 = (n: number) => (n + 3) & ~3
  const headerSize = 12 + 16 * numTables
  const out = new Uint8Array(tables.reduce((size, t) => size + pad4(t.origLength), headerSize))
  const dst = new DataView(out.buffer)
  const power = 2 ** Math.floor(Math.log2(numTables))
  dst.setUint32(0, src.getUint32(4)) // flavor: 0x00010000 (TrueType) or 'OTTO' (CFF)
  dst.setUint16(4, numTables)
  dst.setUint16(6, power * 16) // searchRange
  dst.setUint16(8, Math.log2(power)) // entrySelector
  dst.setUint16(10, numTables * 16 - power * 16) // rangeShift
  let offset = headerSize
  tables.forEach((t, i) => {
    const packed = woff.subarray(t.offset, t.offset + t.compLength)
    const data = t.compLength < t.origLength ? inflateSync(packed) : packed
    if (data.byteLength !== t.origLength)
      throw new Error(`WOFF table ${i} inflates to ${data.byteLength} bytes, expected ${t.origLength}`)
    out.set(data, offset)
    const entry = 12 + 16 * i
    dst.setUint32(entry, t.tag)
    dst.setUint32(entry + 4, t.checksum)
    dst.setUint32(entry + 8, offset)
    dst.setUint32(entry + 12, t.origLength)
    offset += pad4(t.origLength)
  })
  return out
}

