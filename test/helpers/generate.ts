/** Shared test helpers: paths and a one-call generation. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { generate, type GenerateOptions, type Generation } from '../../scripts/pipeline.ts'
import { parseSidecar } from '../../scripts/sidecar.ts'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const SAMPLE = join(ROOT, 'content', '00-putins-gamble.txt')
export const SAMPLE_SIDECAR = join(ROOT, 'content', '00-putins-gamble.deck.yaml')
export const SHARED_ARTICLES = resolve(ROOT, '..', 'shared', 'articles')

/** The shared articles (skipped gracefully only if the folder is absent — it is present in CI). */
export function sharedArticles(): string[] {
  return readdirSync(SHARED_ARTICLES).filter(f => /\.(txt|md|html)$/.test(f) && f !== 'SOURCES.md').map(f => join(SHARED_ARTICLES, f))
}

/** Generates a deck from an article file (named relative to the project, as the CLI is given it), with its sidecar when one is given. */
export function generateFile(path: string, sidecarPath?: string, options: GenerateOptions = {}): Generation {
  const sidecar = sidecarPath ? parseSidecar(readFileSync(sidecarPath, 'utf8')) : {}
  return generate(readFileSync(path), relative(ROOT, path), { sidecar, ...options })
}

/** Generates from an inline article text. */
export function generateText(text: string, path = 'article.txt'): Generation {
  return generate(new TextEncoder().encode(text), path)
}
