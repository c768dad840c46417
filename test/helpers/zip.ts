/**
 * Reading a zip (a PPTX) for the export tests: every entry by name, stored or deflated, found through the central
 * directory, inflated with node:zlib. No zip library needed.
 */
import { inflateRawSync } from 'node:zlib'

/** Every file in the zip, by its path inside it. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = b.lastIndexOf(Buffer.from('PK\u0005\u0006', 'latin1'))
  if (end < 0)
    throw new Error('not a zip: no end of central directory')
  const count = b.readUInt16LE(end + 10)
  let at = b.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(at) !== 0x02014B50)
      throw new Error(`not a zip: bad central directory entry ${i}`)
    const method = b.readUInt16LE(at + 10)
    const compressed = b.readUInt32LE(at + 20)
    const nameLength = b.readUInt16LE(at + 28)
    const extraLength = b.readUInt16LE(at + 30)
    const commentLength = b.readUInt16LE(at + 32)
    const local = b.readUInt32LE(at + 42)
    const name = b.toString('utf8', at + 46, at + 46 + nameLength)
    const dataAt = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28)
    const data = b.subarray(dataAt, dataAt + compressed)
    if (method !== 0 && method !== 8)
      throw new Error(`${name}: unsupported zip compression method ${method}`)
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': '\'', '&lt;': '<', '&gt;': '>', '&amp;': '&' }

/** The text of every `<tag>…</tag>` in an XML part (no nesting inside), entities decoded: `<a:t>` for text runs. */
export function elementText(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map(m => m[1]!.replace(/&(quot|apos|lt|gt|amp);/g, e => ENTITIES[e]!))
}
