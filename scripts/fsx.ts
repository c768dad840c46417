/** File writes that never leave a half-written file: write a temp sibling, fsync, rename over the target. */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
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

/** The target changed on disk after the caller read it: another program (e.g. Slidev saving an edit) wrote it. */
export class ChangedMeanwhile extends Error {
  override name = 'ChangedMeanwhile'
  constructor(readonly target: string) { super(`${target} changed while it was being rewritten`) }
}

/** Options for {@link writeFileAtomicSync}. */
export interface AtomicWriteOptions {
  /**
   * What the caller read from `target` before computing `data` (`null`: it did not exist). Just before the rename the
   * file is read again; if it differs, nothing is replaced and {@link ChangedMeanwhile} is thrown, so an edit saved
   * meanwhile is not overwritten. (A write landing between that check and the rename, microseconds, is still lost;
   * editors do not honour our lock.)
   */
  ifUnchanged?: string | null
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return null
    throw e
  }
}

/** Makes a rename in `dir` durable (Linux; where a directory cannot be opened or synced, this does nothing). */
function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  }
  catch {}
  finally {
    if (fd !== undefined)
      closeSync(fd)
  }
}

/**
 * Writes `data` to `target` through a temp sibling, fsync, a rename and an fsync of the directory: the only atomic
 * writer in the project. With `ifUnchanged`, refuses to replace a file that changed since the caller read it.
 */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, { ifUnchanged }: AtomicWriteOptions = {}): void {
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
  if (ifUnchanged !== undefined && readOrNull(target) !== ifUnchanged) {
    rmSync(tmp, { force: true })
    throw new ChangedMeanwhile(target)
  }
  renameSync(tmp, target)
  fsyncDir(dirname(target))
}
