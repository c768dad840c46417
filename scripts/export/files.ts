/**
 * Writing outputs so that an export killed half-way leaves the previous outputs intact:
 * write beside the target under a temp name, then rename over it.
 */
import { rename, rm } from 'node:fs/promises'
import { tempSibling, writeFileAtomicSync } from '../fsx.ts'

export { tempSibling }

/** Writes `bytes` to `target` through a temp file and a rename (the project's one atomic writer, in fsx.ts). */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  writeFileAtomicSync(target, bytes)
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
