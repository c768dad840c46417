/**
 * One writer per folder. A run locks every folder it writes: the deck's own folder (slides.md, the merge base,
 * backups) and each output folder it replaces (dist/, exports/). A lock is a file created exclusively that holds
 * the owner's pid: `<deck dir>/.briefdeck/lock` for a deck's folder, `<parent>/.briefdeck/<name>.lock` beside an
 * output folder (not inside it: a build swaps the whole folder). Two decks that build into one `dist/` therefore
 * take the same lock. A lock whose process is gone is stale and taken over. A second run waits up to `waitMs`
 * (default 0: refuse at once) and then refuses with a clear message.
 *
 *   await withLocks([{ deck: 'talks' }, { output: 'dist' }, { output: 'exports' }], () => exportAll(…))
 */
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, rmdirSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

export class LockHeld extends Error {}

/** A folder a run writes: a deck's own folder, or an output folder the run replaces. */
export type LockedFolder = { deck: string } | { output: string }

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
    // another run removed the empty .briefdeck/ as it finished: make it again
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') { mkdirSync(dirname(file), { recursive: true }); return tryLock(file) }
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    let pid = 0
    try { pid = Number(readFileSync(file, 'utf8').trim()) } catch { /* released meanwhile: try again */ }
    if (!pid || !alive(pid)) { rmSync(file, { force: true }); return tryLock(file) }
    return false
  }
}

/**
 * One lock file to take: where it is (by real path), what it guards (for messages), the `.briefdeck/` holding it
 * and the first folder made for it (both as given, for the clean-up).
 */
interface Lock { file: string, folder: string, dir: string, created?: string }

/**
 * Where the lock of `folder` lives. The folder holding `.briefdeck/` is created if need be and named by its real
 * path, so `dist`, `./dist` and a symlinked path to the same folder share one lock.
 */
function lockFor(folder: LockedFolder): Lock {
  const [home, name, shown] = 'deck' in folder
    ? [resolve(folder.deck), 'lock', folder.deck]
    : [dirname(resolve(folder.output)), `${basename(resolve(folder.output))}.lock`, folder.output]
  const dir = join(home, '.briefdeck')
  const created = mkdirSync(dir, { recursive: true }) // the first folder it had to create, if any
  return { file: join(realpathSync(home), '.briefdeck', name), folder: shown, dir, ...(created ? { created: resolve(created) } : {}) }
}

/** Removes `dir` and its parents up to `top` (an ancestor or `dir` itself) while they are empty. */
function removeEmpty(dir: string, top: string): void {
  for (let d = dir; ; d = dirname(d)) {
    try { rmdirSync(d) } catch (e) {
      // not empty: it holds the merge base, another lock, or the run's output (gone: another lock's clean-up)
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return
    }
    if (d === top || d === dirname(d)) return
  }
}

/**
 * Runs `fn` holding the lock of every folder in `folders`. The locks are taken in one order (by path), so two runs
 * that wait for each other's folders cannot hold one each forever.
 */
export async function withLocks<T>(folders: LockedFolder[], fn: () => Promise<T>, waitMs = Number(process.env.BRIEFDECK_LOCK_WAIT_MS ?? 0)): Promise<T> {
  const byFile = new Map<string, Lock>()
  for (const lock of folders.map(lockFor)) // the first one named keeps the folders made for it
    byFile.set(lock.file, byFile.get(lock.file) ?? lock)
  const locks = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1))
  const held: Lock[] = []
  const release = () => {
    for (const lock of held.reverse())
      rmSync(lock.file, { force: true })
    // a .briefdeck/ (and any folder above it) made only to hold a lock is removed again
    for (const lock of locks)
      removeEmpty(lock.dir, lock.created ?? lock.dir)
  }
  const until = Date.now() + waitMs
  try {
    for (const lock of locks) {
      while (!tryLock(lock.file)) {
        if (Date.now() >= until) {
          let pid = '?'
          try { pid = readFileSync(lock.file, 'utf8').trim() } catch { /* released just now */ }
          throw new LockHeld(`another briefdeck run (pid ${pid}) is working on ${lock.folder}; wait for it to finish, or set BRIEFDECK_LOCK_WAIT_MS to wait (remove ${lock.file} only if that process is gone)`)
        }
        await new Promise(r => setTimeout(r, 200))
      }
      held.push(lock)
    }
  }
  catch (e) {
    release()
    throw e
  }
  try { return await fn() } finally { release() }
}

/** {@link withLocks} for one deck's folder (generating, merging: nothing but the deck's own files is written). */
export function withLock<T>(projectDir: string, fn: () => Promise<T>, waitMs?: number): Promise<T> {
  return withLocks([{ deck: projectDir }], fn, waitMs)
}
