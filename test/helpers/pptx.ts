/**
 * Editable-PPTX fixtures: a deck folder as `briefdeck generate` leaves it (slides.md, the merge base's neighbour
 * `.briefdeck/deck/slides.md.json`), the PPTX exported from it, and its parts read back by unzipping.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { afterAll } from 'vitest'
import type { Deck } from '../../scripts/model.ts'
import { renderDeck } from '../../scripts/render/slidev.ts'
import { saveDeckModel } from '../../scripts/export/pptx-model.ts'
import { exportEditablePptx } from '../../scripts/export/pptx-source.ts'
import { elementText, readZip } from './zip.ts'

export const CANVAS = { width: 980, height: 552 }

/** Folders {@link deckFolder} made in this test file, removed once the file's tests are done. */
const made: string[] = []
afterAll(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }) })

/** A deck folder holding `deck` as generate writes it (removed after the test file); `model: false` leaves the deck model out. */
export function deckFolder(deck: Deck, { model = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-'))
  made.push(dir)
  const slides = join(dir, 'slides.md')
  writeFileSync(slides, renderDeck(deck))
  if (model) saveDeckModel(slides, deck)
  return slides
}

/** The PPTX of slides.md, with what the export reported. */
export async function exportPptxOf(slidesPath: string) {
  const outFile = join(slidesPath, '..', 'out.pptx')
  const r = await exportEditablePptx({ slidesPath, outFile, canvas: CANVAS })
  return { ...r, bytes: readFileSync(outFile), parts: readZip(readFileSync(outFile)) }
}

/** Slide parts in slide order. */
export function slideXml(parts: Map<string, Buffer>): string[] {
  const n = [...parts.keys()].filter(k => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length
  return Array.from({ length: n }, (_, i) => parts.get(`ppt/slides/slide${i + 1}.xml`)!.toString('utf8'))
}

/** The text of a slide part: its runs joined by paragraph (a space between runs of different paragraphs). */
export function slideWords(xml: string): string {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map(p => elementText(p[1]!, 'a:t').join('')).join(' ')
}

/** The text of the title placeholder shape of a slide part. */
export function titleText(xml: string): string | undefined {
  const sp = [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)].find(m => /<p:ph[^>]*type="title"/.test(m[1]!))
  return sp ? elementText(sp[1]!, 'a:t').join('') : undefined
}

/** The slides slides.md shows (not hidden), as @slidev/parser reads them. */
export function shownSlides(slidesPath: string) {
  return parseSync(readFileSync(slidesPath, 'utf8'), slidesPath).slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
}
