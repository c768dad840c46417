/**
 * The edge of `briefdeck dev`: Slidev's dev server as a child process, a free port, and a watcher on
 * the article and its sidecar. Regeneration itself is passed in (the CLI's generate, which merges), so
 * this module knows nothing about decks; it only starts, watches, and stops cleanly.
 *
 * Slidev listens on `localhost` unless remote control is on; remote control needs a password, and even
 * then listens on `bind` (default 127.0.0.1) so that reaching it from another device is a deliberate choice.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { watch } from 'chokidar'

/** The first port ≥ `start` that nothing listens on, on IPv4 or IPv6 loopback. */
export async function findFreePort(start: number, last = start + 100): Promise<number> {
  for (let port = start; port <= last; port++) if (await free(port, '127.0.0.1') && await free(port, '::1')) return port
  throw new Error(`no free port between ${start} and ${last}; pass --port with a free one`)
}

function free(port: number, host: string): Promise<boolean> {
  return new Promise(resolve => {
    const srv = createServer()
    srv.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT')) // no IPv6 here: not a clash
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)))
  })
}

/** The URLs a presenter needs, for a deck served on `port`. */
export function devUrls(port: number, routerMode: 'hash' | 'history' = 'hash', password?: string) {
  const base = `http://localhost:${port}/`
  const route = routerMode === 'hash' ? `${base}#/` : base
  const query = password ? `?password=${encodeURIComponent(password)}` : ''
  return { slides: base, presenter: `${route}presenter/${query}`, overview: `${route}overview/` }
}

export interface SlidevOptions {
  slidesPath: string
  port: number
  /** Remote-control password; remote control stays off without one. */
  remote?: string
  /** Address to listen on in remote mode. */
  bind?: string
  open?: boolean
  /** One line of Slidev's own output. */
  onLine: (line: string) => void
  /** Aborting stops a server that is still starting (Ctrl-C during the first seconds). */
  signal?: AbortSignal
}

const slidevBin = (): string => join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

/** A running Slidev dev server. */
export interface Slidev {
  port: number
  child: ChildProcess
  /** Settles when the child exits, with its exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals>
  /** Stops the server: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
}

/**
 * Starts Slidev on `port`, or on the next free port if that one is taken meanwhile; resolves once it
 * answers HTTP, or with undefined if `signal` aborted the start (the child is stopped by then).
 */
export async function startSlidev(o: SlidevOptions, tries = 10): Promise<Slidev | undefined> {
  let port = await findFreePort(o.port)
  for (let attempt = 1; ; attempt++) {
    const started = await startOnce({ ...o, port })
    if (started === 'aborted') return undefined
    if (started !== 'port-taken') return started
    if (attempt >= tries) throw new Error(`ports ${o.port}–${port} are all taken; pass --port with a free one`)
    port = await findFreePort(port + 1)
  }
}

async function startOnce(o: SlidevOptions): Promise<Slidev | 'port-taken' | 'aborted'> {
  if (o.signal?.aborted) return 'aborted'
  const args = [slidevBin(), o.slidesPath, '--port', String(o.port)]
  if (o.remote) args.push('--remote', o.remote, '--bind', o.bind ?? '127.0.0.1')
  if (o.open) args.push('--open')
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  let portTaken = false
  const lines = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/already in use/i.test(line)) portTaken = true
      if (line.trim()) o.onLine(line.trimEnd())
    }
  }
  child.stdout!.on('data', lines)
  child.stderr!.on('data', lines)
  const exited = new Promise<number | NodeJS.Signals>(resolve => child.once('exit', (code, signal) => resolve(code ?? signal ?? 0)))
  const stop = async (graceMs = 5000) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }
  const aborted = new Promise<'aborted'>(resolve => o.signal?.addEventListener('abort', () => resolve('aborted'), { once: true }))
  const ready = await Promise.race([answers(o.port, child), exited.then(() => false), aborted])
  if (ready === true) return { port: o.port, child, exited, stop }
  await stop()
  if (ready === 'aborted') return 'aborted'
  if (portTaken) return 'port-taken'
  throw new Error(`Slidev stopped before serving ${o.slidesPath} (exit ${child.exitCode ?? child.signalCode}); its output is above`)
}

/** Polls the server until it answers, or the child is gone. */
async function answers(port: number, child: ChildProcess): Promise<boolean> {
  const until = Date.now() + 120_000
  while (child.exitCode === null && child.signalCode === null && Date.now() < until) {
    try {
      const res = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(2000) })
      await res.body?.cancel()
      if (res.ok) return true
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 150))
  }
  return false
}

/**
 * Calls `onChange` when any of `paths` changes (created, changed or replaced by an editor's atomic save).
 * Bursts of events are coalesced; a change during a run queues exactly one more run, never two at once.
 * `onChange` reports its own failures; it should not reject.
 */
export function watchSources(paths: string[], onChange: () => Promise<void>, debounceMs = 150) {
  const watcher = watch(paths, { ignoreInitial: true, atomic: true })
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  const run = async () => {
    if (running) { again = true; return }
    try {
      do {
        again = false
        running = onChange()
        await running
      } while (again)
    } finally { running = undefined }
  }
  const kick = () => { clearTimeout(timer); timer = setTimeout(() => void run(), debounceMs) }
  watcher.on('add', kick).on('change', kick).on('unlink', kick)
  const ready = new Promise<void>(resolve => watcher.once('ready', () => resolve()))
  return {
    ready,
    /** Stops watching and waits for a regeneration in progress to finish. */
    close: async () => { clearTimeout(timer); await watcher.close(); await running },
  }
}

/**
 * From now on, SIGINT or SIGTERM aborts the returned signal (its reason is the signal name) instead of
 * killing the process, so that the caller can stop its child and watcher first. `dispose` gives them back.
 */
export function stopOnSignals(): { signal: AbortSignal; stopped: Promise<NodeJS.Signals>; dispose: () => void } {
  const ac = new AbortController()
  const on = (sig: NodeJS.Signals) => { dispose(); ac.abort(sig) }
  const dispose = () => { process.off('SIGINT', on); process.off('SIGTERM', on) }
  process.on('SIGINT', on)
  process.on('SIGTERM', on)
  const stopped = new Promise<NodeJS.Signals>(resolve => ac.signal.addEventListener('abort', () => resolve(ac.signal.reason as NodeJS.Signals), { once: true }))
  return { signal: ac.signal, stopped, dispose }
}
