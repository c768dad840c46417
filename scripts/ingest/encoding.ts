/**
 * Bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM; normalises CRLF and
 * CR to LF and strips the BOM, so spans index the same lines whatever the file's origin.
 * Binary data (NUL bytes) and invalid UTF-8 are unusable input: they throw an {@link IngestError}
 * naming the byte offset and the line, and saying what to do.
 */
import { IngestError } from './errors.ts'

/** 1-based line of byte `offset`: LF bytes before it, plus one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. Linear. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) { i++; continue }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80 }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800 }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000 }
    else return i
    if (i + need >= n) return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function decodeUtf16(bytes: Uint8Array, path: string, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new IngestError(`${path}: the file starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes (${bytes.length}), so it is truncated or not UTF-16; re-save the file as UTF-8`, lineAt(bytes, bytes.length))
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2))
  } catch {
    throw new IngestError(`${path}: the file starts with a ${encoding.toUpperCase()} byte-order mark but contains an invalid UTF-16 sequence (an unpaired surrogate); re-save the file as UTF-8`)
  }
}

/**
 * Decodes article bytes to LF-normalised text without a BOM.
 * @throws IngestError for binary data, invalid UTF-8, invalid UTF-16, or an empty article.
 */
export function decodeArticle(bytes: Uint8Array, path: string): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes, path, 'utf-16le')
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes, path, 'utf-16be')
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    const nul = bytes.indexOf(0, start)
    if (nul >= 0) {
      const line = lineAt(bytes, nul)
      throw new IngestError(`${path}: found a NUL byte at byte offset ${nul} (line ${line}): this looks like a binary file, or UTF-16 text without a byte-order mark; export the article as plain text and re-save the file as UTF-8`, line)
    }
    const bad = firstInvalidUtf8(bytes, start)
    if (bad >= 0) {
      const line = lineAt(bytes, bad)
      const hex = Array.from(bytes.subarray(bad, bad + 4), b => b.toString(16).padStart(2, '0')).join(' ')
      throw new IngestError(`${path}: invalid UTF-8 at byte offset ${bad} (line ${line}; bytes ${hex}): the file is probably in a legacy encoding such as Windows-1252 or Latin-1; re-save the file as UTF-8`, line)
    }
    text = new TextDecoder('utf-8').decode(bytes.subarray(start))
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!text.trim()) throw new IngestError(`${path}: the article is empty (the file has no text besides whitespace); put the article text in it, or give another file`)
  return text
}
