/**
 * Writing outputs so that an export killed half-way leaves the previous outputs intact:
 * write beside the target under a temp name, then rename over it.
 */
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A hidden temp path in the same directory as `target` (same file system, so `rename` is atomic). */
export function tempSibling(target: string, purpose: string): string {
  return join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${randomBytes(3).toString('hex')}`)
}

/** Writes `bytes` to `target` through a temp file and a rename. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = tempSibling(target, 'writing')
  try {
    await writeFile(tmp, bytes)
    await rename(tmp, target)
  }
  finally {
    await rm(tmp, { force: true })
  }
}

/** Puts directory `from` at `to`, replacing what was there; the old tree is removed only after the swap. */
export async function replaceDir(from: string, to: string): Promise<void> {
  const old = tempSibling(to, 'old')
  let moved = false
  try {
    await rename(to, old)
    moved = true
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw e
  }
  try {
    await rename(from, to)
  }
  catch (e) {
    if (moved)
      await rename(old, to) // put the previous output back
    throw e
  }
  if (moved)
    await rm(old, { recursive: true, force: true })
}
