/**
 * The Deck `briefdeck generate` planned, kept beside slides.md (next to the merge base) so that the editable PPTX can
 * draw unedited slides from the typed model (pptx-source.ts). Small on purpose: generate loads only this.
 */
import { mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Deck } from '../model.ts'
import { writeFileAtomicSync } from '../fsx.ts'

/** Where generate keeps the Deck of `slidesPath`. */
export function deckModelPath(slidesPath: string): string {
  return join(dirname(slidesPath), '.briefdeck', 'deck', `${basename(slidesPath)}.json`)
}

/** Keeps `deck` beside slides.md for the editable PPTX (written atomically). */
export function saveDeckModel(slidesPath: string, deck: Deck): void {
  const path = deckModelPath(slidesPath)
  mkdirSync(dirname(path), { recursive: true })
  writeFileAtomicSync(path, `${JSON.stringify(deck)}\n`)
}

