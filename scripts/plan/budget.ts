/**
 * Word budgets and paging. Slide text is chosen from whole sentences of the source, never cut with
 * "…": a section whose chosen sentences exceed one slide's budget becomes continuation slides.
 */
import type { Block, Bullet, Sentence, Span } from '../model.ts'
import { countWords } from '../ingest/blocks.ts'

/** Words one bullet slide holds at the deck's type size (measured on the 980×552 canvas). */
export const SLIDE_WORDS = 105
/** Bullets one slide holds. */
export const SLIDE_BULLETS = 6
/** A labelled item longer than this shows only its first sentence on the slide (the rest is in the notes). */
export const ITEM_WORDS = 50
/** A paragraph contributes its first sentence (its topic sentence); a very short first sentence brings the second along. */
export const SHORT_SENTENCE_WORDS = 8
/** A single bullet longer than this is split at sentence boundaries across bullets. */
export const MAX_BULLET_WORDS = 60

/**
 * The size of a text in "words" for budgeting: its word count, or its length over
 * {@link CHARS_PER_WORD} when that is larger — languages with longer words (Russian, German) take
 * more room per word, and the canvas holds characters, not words.
 */
export const CHARS_PER_WORD = 6.2
const words = (t: string) => Math.max(countWords(t), Math.ceil(t.length / CHARS_PER_WORD))

/** A paragraph's topic sentence; a very short one brings the next sentence along. */
function topicSentences(sentences: Sentence[]): Sentence[] {
  const [a, b] = sentences
  if (!a) return []
  if (b && words(a.text) < SHORT_SENTENCE_WORDS && words(a.text) + words(b.text) <= MAX_BULLET_WORDS) return [a, b]
  return [a]
}

/**
 * Splits an over-long sentence into its clauses (at `;`, `:`, dashes, then commas), each at most
 * MAX_BULLET_WORDS words. The pieces are verbatim substrings: joined with spaces they give the sentence back.
 */
export function clauses(text: string): string[] {
  if (words(text) <= MAX_BULLET_WORDS) return [text]
  for (const sep of [/(?<=;)\s+/, /(?<=:)\s+/, /\s+(?=[—–]\s)/, /(?<=,)\s+/]) {
    const parts = text.split(sep)
    if (parts.length < 2) continue
    const out: string[] = []
    let cur = ''
    for (const p of parts) {
      if (cur && words(cur) + words(p) > MAX_BULLET_WORDS) { out.push(cur); cur = p } else cur = cur ? `${cur} ${p}` : p
    }
    if (cur) out.push(cur)
    if (out.length > 1) return out.flatMap(clauses)
  }
  return [text]
}

function bulletOf(sentences: Sentence[], label?: string): Bullet {
  const first = sentences[0]!
  const last = sentences[sentences.length - 1]!
  return {
    ...(label ? { label } : {}),
    text: sentences.map(s => s.text).join(' '),
    // the first sentence's page or paragraph stays with the anchor (PDF and Word anchors); its sentence only when alone
    anchor: { ...withoutSentence(first.span), endLine: last.span.endLine, ...(sentences.length === 1 && first.span.sentence ? { sentence: first.span.sentence } : {}) },
  }
}

/**
 * The bullets of a section. When all of its sentences fit one slide, every sentence is shown
 * (one bullet per item, one per paragraph sentence); otherwise each block is condensed by
 * {@link bulletsOf} and the rest stays in the notes.
 */
export function sectionBullets(blocks: Block[]): Bullet[] {
  const full = blocks.flatMap(fullBullets)
  // counting the words of a long section's every sentence is wasted when it has too many bullets anyway
  const fits = full.length <= SLIDE_BULLETS && full.reduce((n, b) => n + words(`${b.label ?? ''} ${b.text}`), 0) <= SLIDE_WORDS
  return fits ? full : blocks.flatMap(bulletsOf)
}

/** Every sentence of a block as bullets (items and list entries stay whole). */
function fullBullets(block: Block): Bullet[] {
  if (block.kind === 'paragraph' || block.kind === 'quote') return block.sentences.map(s => bulletOf([s]))
  if (block.kind === 'item') return block.sentences.length ? [bulletOf(block.sentences, block.label)] : [{ label: block.label, text: block.text, anchor: block.span }]
  if (block.kind === 'list') return block.items.map(i => (i.sentences.length ? bulletOf(i.sentences, i.label) : { ...(i.label ? { label: i.label } : {}), text: i.text, anchor: i.span }))
  return []
}

/** Chooses the bullets a block contributes when its section must be condensed: whole sentences only. */
export function bulletsOf(block: Block): Bullet[] {
  switch (block.kind) {
    case 'item': {
      if (!block.sentences.length) return [{ label: block.label, text: block.text, anchor: block.span }]
      const all = words(block.text) <= ITEM_WORDS
      return [bulletOf(all ? block.sentences : [block.sentences[0]!], block.label)]
    }
    case 'paragraph':
    case 'quote': {
      const chosen = topicSentences(block.sentences)
      if (!chosen.length) return []
      const b = bulletOf(chosen)
      return clauses(b.text).map(text => ({ ...b, text }))
    }
    case 'list':
      return block.items.filter(i => i.sentences.length || i.text).map(i => {
        if (!i.sentences.length) return { ...(i.label ? { label: i.label } : {}), text: i.text, anchor: i.span }
        return bulletOf(words(i.text) <= ITEM_WORDS ? i.sentences : [i.sentences[0]!], i.label)
      })
    case 'table':
      return []
  }
}

/** Pages items so that each page stays within `budget` (in the units `size` returns) and `max` items. */
export function pageBy<T>(xs: T[], size: (x: T) => number, budget: number, max: number): T[][] {
  const pages: T[][] = []
  let cur: T[] = []
  let n = 0
  for (const x of xs) {
    const w = size(x)
    if (cur.length && (n + w > budget || cur.length >= max)) { pages.push(cur); cur = []; n = 0 }
    cur.push(x)
    n += w
  }
  if (cur.length) pages.push(cur)
  return pages
}

/** Splits bullets into pages that each fit the slide budget. */
export function page(bullets: Bullet[], budget = SLIDE_WORDS, maxBullets = SLIDE_BULLETS): Bullet[][] {
  return pageBy(bullets, b => words(`${b.label ?? ''} ${b.text}`), budget, maxBullets)
}

/** A span without its sentence index. */
function withoutSentence(span: Span): Span {
  const { sentence: _sentence, ...rest } = span
  return rest
}
