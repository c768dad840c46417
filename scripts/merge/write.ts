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
import { writeFileAtomicSync } from '../fsx.ts'
import { mergeDecks } from './merge.ts'

export { MergeRefused } from './errors.ts'

export interface WriteResult { action: 'created' | 'replaced' | 'merged' | 'unchanged' | 'forced'; note?: string; conflicts: string[] }

export function basePathFor(deckPath: string): string {
  return join(dirname(deckPath), '.briefdeck', 'base', basename(deckPath))
}

export function writeDeck(deckPath: string, generated: string, { force = false, now = new Date() }: { force?: boolean; now?: Date } = {}): WriteResult {
  const basePath = basePathFor(deckPath)
  const current = existsSync(deckPath) ? readFileSync(deckPath, 'utf8') : undefined
  const base = existsSync(basePath) ? readFileSync(basePath, 'utf8') : undefined
  const writeBase = () => { mkdirSync(dirname(basePath), { recursive: true }); writeFileAtomicSync(basePath, generated) }
  if (current === undefined) {
    writeFileAtomicSync(deckPath, generated)
    writeBase()
    return { action: 'created', conflicts: [] }
  }
  if (force) {
    const backups = join(dirname(deckPath), '.briefdeck', 'backups')
    mkdirSync(backups, { recursive: true })
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    const backup = join(backups, `${basename(deckPath, '.md')}.${stamp}.md`)
    writeFileAtomicSync(backup, current)
    writeFileAtomicSync(deckPath, generated)
    writeBase()
    return { action: 'forced', note: `old deck saved to ${backup}`, conflicts: [] }
  }
  if (current === generated) {
    if (base !== generated) writeBase()
    return { action: 'unchanged', conflicts: [] }
  }
  if (base !== undefined && current === base) {
    writeFileAtomicSync(deckPath, generated)
    writeBase()
    return { action: 'replaced', conflicts: [] }
  }
  const merged = mergeDecks(base, current, generated, deckPath)
  if (merged.text !== current) writeFileAtomicSync(deckPath, merged.text)
  writeBase()
  return { action: merged.text === current ? 'unchanged' : 'merged', note: `kept the presenter’s edits${merged.conflicts.length ? `; ${merged.conflicts.length} conflict(s): ${merged.conflicts.join(', ')} (see the hidden “conflict” slides)` : ''}`, conflicts: merged.conflicts }
}
