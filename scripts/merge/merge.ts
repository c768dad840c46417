/**
 * Per-slide three-way merge of the last generated deck (base), the presenter's deck (current) and
 * the new generation (next). Slides are matched by their stable id (`briefdeck.id`, else
 * `routeAlias`), never by position. Pure.
 *
 * - untouched by the presenter → the new version;
 * - edited by the presenter, unchanged in the article → the presenter's version;
 * - both changed → a line-level diff3 (node-diff3); if that conflicts, the presenter's slide stays and the
 *   new version follows it as a hidden slide (`hide: true`) marked `briefdeck.conflict`; that slide stays
 *   until the presenter deletes it, or a later merge conflicts on the same id again and replaces it;
 * - added by the presenter (no id) → stays where it is; deleted by the presenter → stays deleted;
 * - the presenter's order is kept; a slide new in the article goes after its predecessor in the new order;
 * - no base (first merge, or `.briefdeck/` lost) → every existing slide counts as edited, none is deletable.
 */
import { parseSync, stringify } from '@slidev/parser'
import { merge as diff3 } from 'node-diff3'
import { yamlBlock } from '../render/escape.ts'
import { MergeRefused } from './errors.ts'

type ParsedSlide = ReturnType<typeof parseSync>['slides'][number]

/** The stable id of a parsed slide, if it has one. */
export function slideId(s: ParsedSlide): string | undefined {
  const fm = s.frontmatter as { briefdeck?: { id?: unknown; conflict?: unknown }; routeAlias?: unknown }
  if (fm.briefdeck?.conflict) return undefined
  const id = fm.briefdeck?.id ?? fm.routeAlias
  return typeof id === 'string' ? id : undefined
}

/** Parses a deck, refusing one whose frontmatter is broken (with the line). */
export function parseDeck(text: string, path: string) {
  const d = parseSync(text, path)
  for (const s of d.slides) {
    const err = s.frontmatterDoc?.errors?.[0]
    if (err) {
      const line = s.start + 1 + (err.linePos?.[0]?.line ?? 1)
      throw new MergeRefused(`${path}:${line}: slide ${s.index + 1} has invalid frontmatter (${err.message.split('\n')[0]}); fix it (or run with --force to regenerate, which backs it up) — nothing was changed`)
    }
  }
  return d
}

export interface MergeOutcome {
  /** The merged deck. */
  text: string
  /** Ids of slides where both sides changed and the presenter's version was kept. */
  conflicts: string[]
}

function conflictSlide(next: ParsedSlide, id: string): string {
  const fm = { ...(next.frontmatter as Record<string, unknown>) }
  const bd: Record<string, unknown> = { ...(fm.briefdeck as Record<string, unknown> | undefined), conflict: id }
  delete bd.id
  const body = next.content.trim()
  const note = next.note ? `\n\n<!--\n${next.note.trim()}\n-->` : ''
  return `---\n${yamlBlock({ ...fm, routeAlias: `${id}-conflict`, hide: true, briefdeck: bd })}\n---\n\n${body}${note}\n`
}

export function mergeDecks(baseText: string | undefined, currentText: string, nextText: string, path = 'slides.md'): MergeOutcome {
  const current = parseDeck(currentText, path)
  const next = parseDeck(nextText, 'generated')
  const base = baseText !== undefined ? parseDeck(baseText, 'base') : undefined
  const baseById = new Map((base?.slides ?? []).flatMap(s => { const id = slideId(s); return id ? [[id, s] as const] : [] }))
  const nextById = new Map(next.slides.flatMap(s => { const id = slideId(s); return id ? [[id, s] as const] : [] }))
  const currentIds = new Set(current.slides.map(slideId).filter(Boolean))
  /** `conflictOf`: an earlier hidden conflict slide, kept unless this merge emits a newer one for the same id. */
  const out: { id?: string; conflictOf?: string; raw: string }[] = []
  const conflicts: string[] = []
  const norm = (raw: string) => raw.trim()

  for (const cur of current.slides) {
    const id = slideId(cur)
    const fm = cur.frontmatter as { briefdeck?: { conflict?: string } }
    if (!id) {
      // a presenter's slide, or an earlier conflict slide the presenter has not resolved yet
      const conflictOf = typeof fm.briefdeck?.conflict === 'string' ? fm.briefdeck.conflict : undefined
      out.push(conflictOf ? { conflictOf, raw: cur.raw } : { raw: cur.raw })
      continue
    }
    const b = baseById.get(id)
    const n = nextById.get(id)
    if (!base || !b) { out.push({ id, raw: cur.raw }); continue } // no base: edited, never deletable
    const edited = norm(cur.raw) !== norm(b.raw)
    if (!n) { if (edited) out.push({ id, raw: cur.raw }); continue } // gone from the article: keep only if edited
    const changed = norm(n.raw) !== norm(b.raw)
    if (!edited) { out.push({ id, raw: n.raw }); continue }
    if (!changed) { out.push({ id, raw: cur.raw }); continue }
    const m = diff3(cur.raw.split('\n'), b.raw.split('\n'), n.raw.split('\n'))
    if (!m.conflict) { out.push({ id, raw: m.result.join('\n') }); continue }
    out.push({ id, raw: cur.raw })
    out.push({ raw: conflictSlide(n, id) })
    conflicts.push(id)
  }
  // An earlier conflict slide gives way to the newer one emitted for the same id in this merge.
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.conflictOf && conflicts.includes(out[k]!.conflictOf!)) out.splice(k, 1)
  // Slides new in the article (not in base, not in current): after their predecessor in the new order.
  next.slides.forEach((n, i) => {
    const id = slideId(n)
    if (!id || currentIds.has(id) || (base && baseById.has(id))) return
    let at = out.length
    for (let j = i - 1; j >= 0; j--) {
      const prev = slideId(next.slides[j]!)
      const k = out.findIndex(o => o.id === prev)
      if (k >= 0) { at = k + 1; break }
    }
    out.splice(at, 0, { id, raw: n.raw })
  })
  const text = stringify({ slides: out.map(o => ({ raw: o.raw })) } as unknown as Parameters<typeof stringify>[0])
  return { text, conflicts }
}
