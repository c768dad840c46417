/** File writes that never leave a half-written file: write a temp sibling, fsync, rename over the target. */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** A hidden temp path in the same directory as `target` (same file system, so `rename` is atomic). */
export function tempSibling(target: string, purpose: string): string {
  return join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${randomBytes(3).toString('hex')}`)
}

/**
 * Fault hooks for tests, from `$BRIEFDECK_FAULT`: `before-rename` kills the process between write and rename;
 * `enospc` fails the write as a full disk does (the temp file is removed, the target is untouched).
 */
export const faults = { beforeRename: undefined as undefined | ((tmp: string, target: string) => void) }

/** Writes `data` to `target` through a temp sibling, fsync and a rename: the only atomic writer in the project. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const tmp = `${tempSibling(target, 'writing')}.tmp`
  const fd = openSync(tmp, 'w')
  try {
    if (process.env.BRIEFDECK_FAULT === 'enospc') throw Object.assign(new Error(`ENOSPC: no space left on device, write '${tmp}'`), { code: 'ENOSPC', errno: -28, syscall: 'write' })
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(fd)
  if (process.env.BRIEFDECK_FAULT === 'before-rename') process.kill(process.pid, 'SIGKILL')
  faults.beforeRename?.(tmp, target)
  renameSync(tmp, target)
}
