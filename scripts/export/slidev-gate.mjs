/**
 * Preloaded with `node --import` ahead of Slidev's own CLI by build.ts ({@link prepareBuild}), so that a build can
 * start before its deck exists: it loads Slidev's Node side (`@slidev/cli` pulls in Vite, Vue's compiler, UnoCSS,
 * markdown-it, Shiki: ~1.4 s of module loading on the reference machine, most of `slidev build`'s start-up) while
 * briefdeck is still generating the deck, then holds Slidev's CLI until briefdeck writes `go` on stdin. Node caches
 * modules, so the CLI that runs next finds them loaded. End of input without `go` (the build turned out not to be
 * needed, or briefdeck died) ends the process without building.
 *
 * Plain JavaScript: it runs in Slidev's Node process, which has no TypeScript loader.
 */
import process from 'node:process'
import { isMainThread } from 'node:worker_threads'

if (isMainThread && process.env.BRIEFDECK_SLIDEV_GATE === '1') {
  delete process.env.BRIEFDECK_SLIDEV_GATE // not for Slidev's own children
  await import('@slidev/cli')
  const go = await new Promise((resolve) => {
    let input = ''
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk) => {
      input += chunk
      if (input.includes('\n'))
        resolve(input.startsWith('go\n'))
    })
    process.stdin.on('end', () => resolve(input.startsWith('go\n')))
    process.stdin.on('error', () => resolve(false))
  })
  process.stdin.destroy()
  if (!go)
    process.exit(0)
}
