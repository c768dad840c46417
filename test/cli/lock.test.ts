/**
 * The locks, in one process (a lock held by this process's own pid is as good as another run's): a run locks the
 * folders it writes, so two runs for different decks that write one `dist/` or one `exports/` cannot overlap,
 * however the folder is spelled; a second run refuses, or waits when told to; and a refused run leaves nothing.
 * (Two real `briefdeck build` runs into one `dist/`: test/export/stale-dist.test.ts.)
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LockHeld, withLock, withLocks } from '../../scripts/lock.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-lock-'))
  mkdirSync(join(dir, 'a'))
  mkdirSync(join(dir, 'b'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Holds the locks of `folders` until the returned function is called. */
async function hold(folders: Parameters<typeof withLocks>[0]): Promise<() => Promise<void>> {
  let release!: () => void
  const released = new Promise<void>((ok) => { release = ok })
  let taken!: () => void
  const isTaken = new Promise<void>((ok) => { taken = ok })
  const run = withLocks(folders, async () => { taken(); await released }, 0)
  await Promise.race([isTaken, run])
  return async () => { release(); await run }
}

describe('two runs that build into one output folder', () => {
  it('are one at a time even for decks in different folders: the second refuses, naming the folder', async () => {
    const release = await hold([{ deck: join(dir, 'a') }, { output: join(dir, 'dist') }])
    try {
      const second = withLocks([{ deck: join(dir, 'b') }, { output: join(dir, 'b', '..', 'dist') }], async () => 'ran', 0)
      await expect(second).rejects.toThrow(LockHeld)
      await expect(second).rejects.toThrow(`another briefdeck run (pid ${process.pid}) is working on ${join(dir, 'b', '..', 'dist')}; wait for it to finish`)
    }
    finally {
      await release()
    }
  })

  it('share one lock when one of them reaches the folder through a symlink', async () => {
    symlinkSync(dir, join(dir, 'b', 'up'))
    const release = await hold([{ output: join(dir, 'dist') }])
    try {
      await expect(withLocks([{ output: join(dir, 'b', 'up', 'dist') }], async () => 'ran', 0)).rejects.toThrow(LockHeld)
    }
    finally {
      await release()
    }
  })

  it('do not share one exports folder either', async () => {
    const release = await hold([{ deck: join(dir, 'a') }, { output: join(dir, 'exports') }])
    try {
      await expect(withLocks([{ deck: join(dir, 'b') }, { output: join(dir, 'exports') }], async () => 'ran', 0)).rejects.toThrow(/is working on .*exports/)
    }
    finally {
      await release()
    }
  })

  it('with a wait, the second runs once the first has finished, not before', async () => {
    const order: string[] = []
    const first = withLocks([{ output: join(dir, 'dist') }], async () => { order.push('first starts'); await delay(600); order.push('first ends') }, 0)
    await delay(50)
    const second = withLocks([{ deck: join(dir, 'b') }, { output: join(dir, 'dist') }], async () => { order.push('second starts') }, 10_000)
    await Promise.all([first, second])
    expect(order).toEqual(['first starts', 'first ends', 'second starts'])
  })
})

describe('a run', () => {
  it('writing other output folders goes ahead at once', async () => {
    const release = await hold([{ deck: join(dir, 'a') }, { output: join(dir, 'a', 'dist') }])
    try {
      await expect(withLocks([{ deck: join(dir, 'b') }, { output: join(dir, 'b', 'dist') }], async () => 'ran', 0)).resolves.toBe('ran')
    }
    finally {
      await release()
    }
  })

  it('that is refused leaves no folder behind that it made for its locks, and gives back the locks it took', async () => {
    const release = await hold([{ output: join(dir, 'dist') }])
    try {
      const refused = withLocks([{ deck: join(dir, 'new', 'deck') }, { output: join(dir, 'new', 'deck', 'dist') }, { output: join(dir, 'dist') }], async () => 'ran', 0)
      await expect(refused).rejects.toThrow(LockHeld)
      expect(readdirSync(dir).sort()).toEqual(['.briefdeck', 'a', 'b'])
      await expect(withLock(join(dir, 'new', 'deck'), async () => 'ran', 0)).resolves.toBe('ran')
    }
    finally {
      await release()
    }
    expect(readdirSync(dir).sort()).toEqual(['a', 'b'])
  })
})
