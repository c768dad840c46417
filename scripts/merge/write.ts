/**
 * Writing slides.md without ever losing a presenter's work.
 *
 * The last generated deck is kept as the merge base in `.briefdeck/base/<name>` next to the deck.
 * - No slides.md yet: write it.
 * - slides.md equals the base (untouched by the presenter): replace it with the new generation.
 * - slides.md was edited: three-way merge per slide (merge.ts); conflicts are kept visible.
 * - `force`: back the current slides.md up to `.briefdeck/backups/<name>.<timestamp>.md`, then write.
 * Every write is write-then-rename, so a crash leaves the old file whole.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { ChangedMeanwhile, writeFileAtomicSync } from '../fsx.ts'
import { mergeDecks } from './merge.ts'

import { MergeRefused } from './errors.ts'

export { MergeRefused }

export interface WriteResult { action: 'created' | 'replaced' | 'merged' | 'unchanged' | 'forced'; note?: string; conflicts: string[] }

export function basePathFor(deckPath: string): string {
  return join(dirname(deckPath), '.briefdeck', 'base', basename(deckPath))
}

/** Attempts at writing the deck when it keeps changing on disk while being merged. */
const WRITE_ATTEMPTS = 3

/**
 * Writes a freshly generated deck to `deckPath`, keeping a presenter's edits (see the module comment). If the deck
 * changes on disk while it is being merged (Slidev saving an edit), the merge starts again from the new text; after
 * {@link WRITE_ATTEMPTS} tries it gives up with {@link MergeRefused}, with nothing overwritten.
 */
export function writeDeck(deckPath: string, generated: string, options: { force?: boolean; now?: Date } = {}): WriteResult {
  for (let attempt = 1; ; attempt++) {
    try {
      return writeDeckOnce(deckPath, generated, options)
    }
    catch (e) {
      if (!(e instanceof ChangedMeanwhile))
        throw e
      if (attempt >= WRITE_ATTEMPTS)
        throw new MergeRefused(`${deckPath}: it changed ${WRITE_ATTEMPTS} times while briefdeck was merging into it (is an editor or Slidev saving it continuously?); nothing was overwritten. Run again when it is quiet.`)
    }
  }
}

function writeDeckOnce(deckPath: string, generated: string, { force = false, now = new Date() }: { force?: boolean; now?: Date }): WriteResult {
  const basePath = basePathFor(deckPath)
  const current = existsSync(deckPath) ? readFileSync(deckPath, 'utf8') : undefined
  const ifUnchanged = current ?? null // the deck is replaced only if it is still what was read here
  const base = existsSync(basePath) ? readFileSync(basePath, 'utf8') : undefined
  const writeBase = () => { mkdirSync(dirname(basePath), { recursive: true }); writeFileAtomicSync(basePath, generated) }
  if (current === undefined) {
    mkdirSync(dirname(deckPath), { recursive: true }) // a new deck folder (decks/<name>/ for many articles)
    writeFileAtomicSync(deckPath, generated, { ifUnchanged })
    writeBase()
    return { action: 'created', conflicts: [] }
  }
  if (force) {
    const backups = join(dirname(deckPath), '.briefdeck', 'backups')
    mkdirSync(backups, { recursive: true })
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    const backup = join(backups, `${basename(deckPath, '.md')}.${stamp}.md`)
    writeFileAtomicSync(backup, current)
    writeFileAtomicSync(deckPath, generated, { ifUnchanged })
    writeBase()
    return { action: 'forced', note: `old deck saved to ${backup}`, conflicts: [] }
  }
  if (current === generated) {
    if (base !== generated) writeBase()
    return { action: 'unchanged', conflicts: [] }
  }
  if (base !== undefined && current === base) {
    writeFileAtomicSync(deckPath, generated, { ifUnchanged })
    writeBase()
    return { action: 'replaced', conflicts: [] }
  }
  const merged = mergeDecks(base, current, generated, deckPath)
  if (merged.text !== current) writeFileAtomicSync(deckPath, merged.text, { ifUnchanged })
  writeBase()
  return { action: merged.text === current ? 'unchanged' : 'merged', note: `kept the presenter’s edits${merged.conflicts.length ? `; ${merged.conflicts.length} conflict(s): ${merged.conflicts.join(', ')} (see the hidden “conflict” slides)` : ''}`, conflicts: merged.conflicts }
}
