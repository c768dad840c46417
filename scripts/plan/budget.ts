/**
 * Word budgets and paging. Slide text is chosen from whole sentences of the source, never cut with
 * "…": a section whose chosen sentences exceed one slide's budget becomes continuation slides.
 */
import type { Block, Bullet, Sentence, Span } from '../model.ts'
import { countWords } from '../text/words.ts'

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
export const words = (t: string) => Math.max(countWords(t), Math.ceil(t.length / CHARS_PER_WORD))

/**
 * Words of body text a section, bottom-line or conclusion slide shows at most (issue 15: a glance at about four words a
 * second; the folk 6×6 rule gives 36). The rest of the section stays in the speaker notes and the handout.
 */
export const BODY_WORDS = 45
/** Items (bullets, cards, steps, questions) one evidence slide shows: working memory holds 3–5 (Cowan). */
export const BODY_ITEMS = 4

/**
 * Size of an assertion title on the 980 px canvas (the 32–40 px; 1 px ≈ 1 pt projected), in px: styles/index.css
 * sets a title under a kicker to this size (headings alone are 36 px).
 */
export const TITLE_PX = 32
/** Width a title may take: the 980 px canvas less the slide's 64 px side padding (styles/index.css `.slidev-layout`). */
export const TITLE_WIDTH_PX = 980 - 2 * 64
/** Lines an assertion title may take. */
export const TITLE_LINES = 2
/** Letter spacing of titles, in em (styles/index.css: `letter-spacing: -0.015em`). */
const TITLE_TRACKING_EM = -0.015

/**
 * Advance widths of Inter Bold (the deck's title face, bundled by @fontsource/inter), in thousandths of an em, read
 * from the font's `hmtx` table for printable ASCII and the common typographic marks. A character not listed counts as
 * {@link WIDE_EM} (Cyrillic capitals, symbols) — or 1 em for CJK — so an estimate errs towards "does not fit".
 */
const INTER_BOLD: Readonly<Record<string, number>> = {
  ' ': 237, '!': 338, '"': 552, '#': 649, '$': 655, '%': 1016, '&': 672, "'": 339, '(': 377, ')': 377, '*': 559, '+': 679, ',': 334, '-': 468, '.': 334, '/': 388,
  0: 674, 1: 431, 2: 630, 3: 646, 4: 676, 5: 622, 6: 649, 7: 582, 8: 651, 9: 649, ':': 334, ';': 343, '<': 679, '=': 679, '>': 679, '?': 560, '@': 1016,
  A: 747, B: 662, C: 740, D: 722, E: 607, F: 587, G: 750, H: 747, I: 281, J: 584, K: 719, L: 565, M: 932, N: 762, O: 771, P: 648, Q: 777, R: 657, S: 655, T: 667, U: 732, V: 747, W: 1038, X: 738, Y: 731, Z: 664,
  '[': 377, '\\': 388, ']': 377, '^': 487, _: 476, '`': 365,
  a: 581, b: 630, c: 588, d: 630, e: 596, f: 398, g: 632, h: 623, i: 271, j: 271, k: 580, l: 271, m: 913, n: 623, o: 613, p: 630, q: 630, r: 407, s: 560, t: 366, u: 623, v: 600, w: 850, x: 580, y: 602, z: 573,
  '{': 469, '|': 372, '}': 469, '~': 679, '’': 311, '‘': 311, '“': 540, '”': 532, '—': 1000, '–': 500, '…': 1002, '€': 685, '£': 639,
}
/** Width of a character Inter Bold's table above does not list, in em. */
const WIDE_EM = 0.72

/** The estimated width of `text` set in the title face at `px`, in px (`trackingEm`: letter spacing; titles' by default). */
export function textWidth(text: string, px = TITLE_PX, trackingEm = TITLE_TRACKING_EM): number {
  let em = 0
  for (const ch of text) em += (INTER_BOLD[ch] ?? (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(ch) ? 1000 : WIDE_EM * 1000)) / 1000 + trackingEm
  return em * px
}

/** Lines `text` takes when wrapped at spaces into lines `width` px wide at `px` (a word wider than a line takes its own). */
export function lineCount(text: string, px = TITLE_PX, width = TITLE_WIDTH_PX, trackingEm = TITLE_TRACKING_EM): number {
  const space = textWidth(' ', px, trackingEm)
  let lines = 1
  let x = 0
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const ww = textWidth(w, px, trackingEm)
    if (x > 0 && x + space + ww > width) { lines++; x = ww } else x += (x > 0 ? space : 0) + ww
  }
  return lines
}

/** True when `text` fits {@link TITLE_LINES} lines at title size. */
export const fitsTitle = (text: string): boolean => lineCount(text) <= TITLE_LINES

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
export function clauses(text: string, max = MAX_BULLET_WORDS): string[] {
  if (words(text) <= max) return [text]
  for (const sep of [/(?<=;)\s+/, /(?<=:)\s+/, /\s+(?=[—–]\s)/, /(?<=,)\s+/]) {
    const parts = text.split(sep)
    if (parts.length < 2) continue
    const out: string[] = []
    let cur = ''
    for (const p of parts) {
      if (cur && words(cur) + words(p) > max) { out.push(cur); cur = p } else cur = cur ? `${cur} ${p}` : p
    }
    if (cur) out.push(cur)
    if (out.length > 1) return out.flatMap(c => clauses(c, max))
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
 * The bullets of a section. When all of its sentences fit one slide (`budget` words, `items` bullets), every sentence is shown
 * (one bullet per item, one per paragraph sentence); otherwise each block is condensed by
 * {@link bulletsOf} and the rest stays in the notes.
 */
export function sectionBullets(blocks: Block[], budget = SLIDE_WORDS, items = SLIDE_BULLETS): Bullet[] {
  const full = blocks.flatMap(fullBullets)
  // counting the words of a long section's every sentence is wasted when it has too many bullets anyway
  const fits = full.length <= items && full.reduce((n, b) => n + words(`${b.label ?? ''} ${b.text}`), 0) <= budget
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
