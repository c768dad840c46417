/**
 * Running one measured child process: wall time, and the peak memory of its whole process tree (Chromium's
 * renderers, Vite's workers and esbuild included), polled from /proc every ~50 ms.
 *
 * Two memory figures: `treeRss` sums each process's RSS (what `top` shows; pages shared between Chromium's
 * processes are counted once per process, so it over-counts), `treePss` sums the proportional set size
 * (shared pages split between their users; the better "how much memory does this run take" number), sampled every
 * 10th poll because reading it is costly. A first version that listed all of /proc and read smaps_rollup every 50 ms
 * slowed the measured `slidev build` by ~60 % on 2 cores; this one reads only the tree's own /proc entries.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface RunResult {
  ms: number
  /** Peak of the summed RSS of the tree, bytes. */
  treeRss: number
  /** Peak of the summed PSS of the tree, bytes (0 where smaps_rollup is not readable). */
  treePss: number
  code: number | null
  stdout: string
  stderr: string
}

const PAGE = 4096

/** The process and its descendants, from /proc/<pid>/task/<tid>/children (only our tree is read, not all of /proc). */
function tree(root: number): number[] {
  const out: number[] = []
  const todo = [root]
  while (todo.length) {
    const pid = todo.pop()!
    out.push(pid)
    let tasks: string[]
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    }
    catch {
      continue
    }
    for (const tid of tasks) {
      try {
        for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' '))
          if (c.trim())
            todo.push(Number(c))
      }
      catch {}
    }
  }
  return out
}

function sample(root: number, withPss: boolean): { rss: number, pss: number } {
  let rss = 0
  let pss = 0
  for (const pid of tree(root)) {
    try {
      rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE
    }
    catch {}
    if (!withPss)
      continue
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
      if (m)
        pss += Number(m[1]) * 1024
    }
    catch {}
  }
  return { rss, pss }
}

/** Runs `cmd args` and resolves when it exits (a non-zero exit is reported, not thrown). */
export function measure(cmd: string, args: string[], opts: { cwd: string, env?: NodeJS.ProcessEnv, pollMs?: number }): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const t0 = performance.now()
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8') })
    child.stderr.on('data', (c: Buffer) => { stderr = (stderr + c.toString('utf8')).slice(-20_000) })
    let treeRss = 0
    let treePss = 0
    let tick = 0
    const poll = () => {
      if (!child.pid)
        return
      // smaps_rollup makes the kernel walk every mapping (Chromium has thousands): PSS every 10th tick only.
      const s = sample(child.pid, tick++ % 10 === 0)
      treeRss = Math.max(treeRss, s.rss)
      treePss = Math.max(treePss, s.pss)
    }
    const timer = setInterval(poll, opts.pollMs ?? 50)
    child.on('error', (e) => { clearInterval(timer); fail(e) })
    child.on('close', (code) => {
      clearInterval(timer)
      ok({ ms: performance.now() - t0, treeRss, treePss, code, stdout, stderr })
    })
  })
}

/** Like {@link measure}, but throws with the tail of stderr when the process fails. */
export async function mustMeasure(cmd: string, args: string[], opts: { cwd: string, env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const r = await measure(cmd, args, opts)
  if (r.code !== 0)
    throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd}) exited ${r.code}:\n${r.stderr.split('\n').slice(-20).join('\n')}`)
  return r
}
