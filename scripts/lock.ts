/**
 * One briefdeck run per project at a time: `.briefdeck/lock` is created exclusively and holds the
 * owner's pid. A lock whose process is gone is stale and taken over. A second run waits up to
 * `waitMs` (default 0: refuse at once) and then refuses with a clear message.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export class LockHeld extends Error {}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM' }
}

function tryLock(file: string): boolean {
  try {
    const fd = openSync(file, 'wx')
    writeSync(fd, String(process.pid))
    closeSync(fd)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    const pid = Number(readFileSync(file, 'utf8').trim())
    if (!pid || !alive(pid)) { rmSync(file, { force: true }); return tryLock(file) }
    return false
  }
}

export async function withLock<T>(projectDir: string, fn: () => Promise<T>, waitMs = Number(process.env.BRIEFDECK_LOCK_WAIT_MS ?? 0)): Promise<T> {
  const dir = join(projectDir, '.briefdeck')
  const created = mkdirSync(dir, { recursive: true }) // the first folder it had to create, if any
  const file = join(dir, 'lock')
  const until = Date.now() + waitMs
  while (!tryLock(file)) {
    if (Date.now() >= until) {
      const pid = readFileSync(file, 'utf8').trim()
      throw new LockHeld(`another briefdeck run (pid ${pid}) is working on ${projectDir}; wait for it to finish, or set BRIEFDECK_LOCK_WAIT_MS to wait (remove ${file} only if that process is gone)`)
    }
    await new Promise(r => setTimeout(r, 200))
  }
  try { return await fn() } finally {
    rmSync(file, { force: true })
    // a refused run writes nothing: don't leave an empty .briefdeck/ behind
    try { rmdirSync(dir) } catch { /* not empty: it holds the merge base */ }
    if (created && created !== dir) try { rmdirSync(projectDir) } catch { /* the run wrote into it */ }
  }
}
