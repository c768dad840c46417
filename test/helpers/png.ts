/**
 * Just enough PNG for the export tests: read the size, decode 8-bit RGB/RGBA (what Chromium's screenshots are) to
 * pixels with node:zlib, and measure how far two images are apart. No image library needed.
 */
import { inflateSync } from 'node:zlib'

/** A decoded image: `data` holds RGBA, 4 bytes per pixel, row by row. */
export interface Pixels {
  width: number
  height: number
  data: Uint8Array
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

/** Width and height from the IHDR chunk; throws when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number, height: number } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!b.subarray(0, 8).equals(SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG')
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG (anything else throws). */
export function decodePng(bytes: Uint8Array): Pixels {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const { width, height } = pngSize(b)
  const depth = b[24]
  const colorType = b[25]
  const interlace = b[28]
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0
  if (depth !== 8 || !channels || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`)
  const idat: Buffer[] = []
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at)
    const type = b.toString('latin1', at + 4, at + 8)
    if (type === 'IDAT')
      idat.push(b.subarray(at + 8, at + 8 + length))
    if (type === 'IEND')
      break
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const rows = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const src = y * (stride + 1) + 1
    const row = y * stride
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[row + x - channels]! : 0
      const up = y > 0 ? rows[row - stride + x]! : 0
      const upLeft = y > 0 && x >= channels ? rows[row - stride + x - channels]! : 0
      const v = raw[src + x]!
      rows[row + x] = filter === 0
        ? v
        : filter === 1
          ? v + left
          : filter === 2
            ? v + up
            : filter === 3
              ? v + ((left + up) >> 1)
              : v + paeth(left, up, upLeft)
    }
  }
  if (channels === 4)
    return { width, height, data: rows }
  const data = new Uint8Array(width * height * 4)
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!
    data[j + 1] = rows[i + 1]!
    data[j + 2] = rows[i + 2]!
    data[j + 3] = 255
  }
  return { width, height, data }
}

/**
 * The largest mean absolute RGB difference over `tileWidth`×`tileHeight` tiles, 0 to 1: a region that is missing
 * or moved in one image shows up in its tiles, while antialiasing differences (two Chromium builds rasterise the
 * same glyph edges a little differently) stay spread thin. Sizes must match; a partial last row or column of
 * tiles is left out.
 */
export function maxTileDiff(a: Pixels, b: Pixels, tileWidth: number, tileHeight: number): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} against ${b.width}×${b.height}`)
  let worst = 0
  for (let ty = 0; ty + tileHeight <= a.height; ty += tileHeight) {
    for (let tx = 0; tx + tileWidth <= a.width; tx += tileWidth) {
      let sum = 0
      for (let y = ty; y < ty + tileHeight; y++) {
        for (let x = tx; x < tx + tileWidth; x++) {
          const i = (y * a.width + x) * 4
          sum += Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!)
        }
      }
      worst = Math.max(worst, sum / (tileWidth * tileHeight * 3 * 255))
    }
  }
  return worst
}
