/**
 * What the tests know about a deck, read from its `slides.md` with @slidev/parser (never hard-coded), and a
 * build of it shared by the browser and export tests.
 *
 * The deck under test is `$BRIEFDECK_TEST_SLIDES`, else the project's `slides.md` when it exists (written by
 * `npm start`), else the hand-written fixture `test/fixtures/sample-slides.md`.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { parse } from '@slidev/parser'
import { plainText } from '../../scripts/render/escape.ts'
import { buildSite } from '../../scripts/export/build.ts'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixtureSlides = join(projectRoot, 'test', 'fixtures', 'sample-slides.md')

/** The slides file the browser and export tests run on. */
export function testSlidesPath(): string {
  if (process.env.BRIEFDECK_TEST_SLIDES)
    return resolve(process.env.BRIEFDECK_TEST_SLIDES)
  const projectSlides = join(projectRoot, 'slides.md')
  return existsSync(projectSlides) ? projectSlides : fixtureSlides
}

/** A slide as the SPA shows it. */
export interface ShownSlide {
  /** 1-based route number (hidden slides are not routes, so this is not the source index). */
  no: number
  title: string
  /** Markdown body without frontmatter and notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/** The slides the deck shows (frontmatter `hide`/`disabled` excluded), with the headmatter. */
export async function readDeck(slidesPath: string): Promise<{ slides: ShownSlide[], headmatter: Record<string, unknown> }> {
  const md = await parse(readFileSync(slidesPath, 'utf8'), slidesPath)
  const headmatter = (md.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const shown = md.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
  return {
    headmatter,
    slides: shown.map((s, i) => ({
      no: i + 1,
      // as a viewer reads it: the Markdown escapes of the renderer undone (an assertion title holds "$5.4", "U.S.")
      title: plainText(s.title ?? ''),
      content: s.content,
      frontmatter: s.frontmatter as Record<string, unknown>,
    })),
  }
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': '\'', '&#39;': '\'', '&lt;': '<', '&gt;': '>', '&amp;': '&' }

/**
 * The value of `:prop='…'` (or `:prop="…"`) on `<Component …>` in each slide that uses it, parsed as JSON
 * (the renderer serialises props as JSON; HTML entities are decoded first).
 */
export function componentProp(slides: ShownSlide[], component: string, prop: string): { slide: ShownSlide, value: unknown }[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\s:${prop}=(?:'([^']*)'|"([^"]*)")`, 's')
  return slides.flatMap((slide) => {
    const m = tag.exec(slide.content)
    if (!m)
      return []
    const raw = (m[1] ?? m[2] ?? '').replace(/&(quot|apos|#39|lt|gt|amp);/g, e => ENTITIES[e] ?? e)
    return [{ slide, value: JSON.parse(raw) as unknown }]
  })
}

/** Names (`name` fields) from a component's array prop. */
export function namesFrom(value: unknown): string[] {
  if (!Array.isArray(value))
    throw new TypeError(`expected an array prop, got ${typeof value}`)
  return value.map((item) => {
    const name = (item as { name?: unknown }).name
    if (typeof name !== 'string')
      throw new TypeError(`prop item without a string name: ${JSON.stringify(item)}`)
    return name
  })
}

/** A fingerprint of everything that shapes a build: the slides file and its user-root directories. */
function fingerprint(slidesPath: string): string {
  const hash = createHash('sha256')
  const root = dirname(slidesPath)
  hash.update(readFileSync(slidesPath))
  for (const dir of ['components', 'layouts', 'styles', 'setup', 'public']) {
    const full = join(root, dir)
    if (!existsSync(full))
      continue
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile())
        continue
      const file = join(entry.parentPath, entry.name)
      hash.update(relative(root, file)).update(readFileSync(file))
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Builds the deck once per content (cached under node_modules/.cache), so the site and export tests share one
 * build. Slidev builds in one project collide, so a lock directory serialises concurrent callers.
 */
export async function builtDeck(slidesPath: string): Promise<string> {
  const cache = join(projectRoot, 'node_modules', '.cache', 'briefdeck-test')
  const dist = join(cache, `dist-${fingerprint(slidesPath)}`)
  const lock = join(cache, 'build.lock')
  await mkdir(cache, { recursive: true })
  for (;;) {
    try {
      await mkdir(lock)
      break
    }
    catch {
      // Another test file is building; a lock older than 5 minutes is a leftover from a killed run.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000)
        await rm(lock, { recursive: true, force: true })
      await delay(200)
    }
  }
  try {
    if (!existsSync(join(dist, 'index.html'))) {
      // Builds of earlier versions of the deck are not needed any more.
      for (const old of readdirSync(cache).filter(d => d.startsWith('dist-')))
        await rm(join(cache, old), { recursive: true, force: true })
      await buildSite({ slidesPath, outDir: dist })
    }
  }
  finally {
    await rm(lock, { recursive: true, force: true })
  }
  return dist
}
