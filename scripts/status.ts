/**
 * `briefdeck status`: where each slide of the presenter's deck stands against the merge base and,
 * when the article is at hand, against a fresh generation. Pure: texts in, rows out.
 *
 * - `untouched`: as last generated, and the article has not changed it;
 * - `stale`: as last generated, but regenerating would change it, remove it, or add it (new in the article);
 * - `edited`: the presenter changed it (with no base, every generated slide counts as edited, as in the merge);
 * - `added`: the presenter's own slide (no id);
 * - `deleted`: generated last time, removed by the presenter (it stays deleted);
 * - `conflict`: a hidden conflict slide with the new version follows the presenter's edit, unresolved.
 */
import { parseDeck, slideId } from './merge/merge.ts'

export type SlideState = 'untouched' | 'edited' | 'added' | 'deleted' | 'conflict' | 'stale'

/** One row of the status table. */
export interface SlideStatus {
  /** The slide's stable id; a presenter's slide has none and shows as `(slide N)`. */
  id: string
  /** 1-based position in slides.md; absent for slides that are not in it (deleted, or new in the article). */
  position?: number
  /** The slide's first heading, for people. */
  title: string
  state: SlideState
  /** Why, when the state alone does not say it. */
  note?: string
}

type Parsed = ReturnType<typeof parseDeck>['slides'][number]

const conflictOf = (s: Parsed): string | undefined => {
  const c = (s.frontmatter as { briefdeck?: { conflict?: unknown } }).briefdeck?.conflict
  return typeof c === 'string' ? c : undefined
}
const byId = (slides: Parsed[]) => new Map(slides.flatMap(s => { const id = slideId(s); return id ? [[id, s] as const] : [] }))
const same = (a: Parsed, b: Parsed) => a.raw.trim() === b.raw.trim()

/** The article recorded in a deck's headmatter (`briefdeck.source`), if any. */
export function recordedSource(deckText: string, path: string): string | undefined {
  const fm = parseDeck(deckText, path).slides[0]?.frontmatter as { briefdeck?: { source?: unknown } } | undefined
  return typeof fm?.briefdeck?.source === 'string' ? fm.briefdeck.source : undefined
}

/**
 * Status of every slide: `current` is slides.md, `base` the last generated deck (undefined when lost),
 * `fresh` what the article generates now (undefined when the article is not known).
 */
export function deckStatus(current: string, base: string | undefined, fresh: string | undefined, path = 'slides.md'): SlideStatus[] {
  const cur = parseDeck(current, path).slides
  const baseSlides = base === undefined ? undefined : byId(parseDeck(base, 'base').slides)
  const freshSlides = fresh === undefined ? undefined : parseDeck(fresh, 'generated').slides
  const freshById = freshSlides && byId(freshSlides)
  const hiddenFor = new Map(cur.flatMap((s, i) => { const c = conflictOf(s); return c ? [[c, i + 1] as const] : [] }))
  const rows: SlideStatus[] = []

  cur.forEach((s, i) => {
    if (conflictOf(s)) return // reported on the row of the slide it belongs to
    const id = slideId(s)
    const at = { position: i + 1, title: s.title ?? '' }
    if (!id) { rows.push({ id: `(slide ${i + 1})`, ...at, state: 'added' }); return }
    const hidden = hiddenFor.get(id)
    if (hidden) { rows.push({ id, ...at, state: 'conflict', note: `the new version is hidden slide ${hidden}; keep one and delete the other` }); return }
    const b = baseSlides?.get(id)
    if (!baseSlides) { rows.push({ id, ...at, state: 'edited', note: 'no base (.briefdeck/base): kept as the presenter’s' }); return }
    if (!b) { rows.push({ id, ...at, state: 'edited', note: 'not in the base: kept as the presenter’s' }); return }
    const n = freshById?.get(id)
    const articleChanged = freshById !== undefined && (!n || !same(n, b))
    if (!same(s, b)) {
      rows.push({ id, ...at, state: 'edited', ...(articleChanged ? { note: n ? 'the article changed it too: regenerating merges or adds a conflict slide' : 'gone from the article: kept because edited' } : {}) })
      return
    }
    if (articleChanged) { rows.push({ id, ...at, state: 'stale', note: n ? 'the article changed it: regenerating updates it' : 'gone from the article: regenerating removes it' }); return }
    rows.push({ id, ...at, state: 'untouched' })
  })

  const inCurrent = new Set(cur.map(slideId).filter(Boolean))
  for (const [id, b] of baseSlides ?? []) if (!inCurrent.has(id)) rows.push({ id, title: b.title ?? '', state: 'deleted', note: 'stays deleted' })
  for (const n of freshSlides ?? []) {
    const id = slideId(n)
    if (id && !inCurrent.has(id) && !baseSlides?.has(id)) rows.push({ id, title: n.title ?? '', state: 'stale', note: 'new in the article: regenerating adds it' })
  }
  return rows
}

/** The status rows as an aligned plain-text table. */
export function formatStatus(rows: SlideStatus[]): string {
  const short = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t)
  const cells = [['#', 'id', 'status', 'title', 'note'], ...rows.map(r => [r.position ? String(r.position) : '-', r.id, r.state, short(r.title), r.note ?? ''])]
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map(row => row[c]!.length)))
  return cells.map(row => row.map((x, c) => (c === row.length - 1 ? x : x.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n')
}
