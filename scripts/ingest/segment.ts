/**
 * Topical segmentation of a text without headings (a speech, a memo): TextTiling (Hearst 1997) over blocks.
 *
 * No well-kept npm package implements TextTiling (searched: none with recent releases), so the algorithm is here;
 * the parts it needs that are solved problems come from libraries: stop lists from `stopword`, noun phrases from
 * `compromise`.
 *
 * Stated rules:
 * - **Tokens**: lower-cased letter/digit runs, minus the stop words of English and Russian, with a plural `s` cut.
 * - **Gaps**: between consecutive blocks. Each gap's score is the cosine similarity of the token counts of a
 *   window of blocks on each side, each window holding at least {@link WINDOW_WORDS} words.
 * - **Depth**: for each gap, (highest score climbing left − score) + (highest score climbing right − score).
 * - **Boundaries**: gaps whose depth is above mean − sd/2, deepest first, kept only when both sides stay at least
 *   {@link MIN_PART_WORDS} words; a part still over {@link MAX_PART_WORDS} words is cut at its lowest-scoring gap.
 * - **Titles**: the noun phrase of the part's lead sentences (first three) whose content words recur most in the
 *   part (lexical cohesion; × 1.25 per extra word, × 0.85 per later sentence), as written (a leading conjunction
 *   and determiner dropped, at most {@link MAX_TITLE_WORDS} words; one-word phrases must not read as verbs). When
 *   no phrase qualifies, the first words of the lead sentence up to a clause break. Never invented words, never "Part N".
 */
import nlp from 'compromise'
import { eng, rus } from 'stopword'
import type { Block } from '../model.ts'
import { countWords } from '../text/words.ts'

/** Least words in each comparison window. */
export const WINDOW_WORDS = 120
/** Least words in a part. */
export const MIN_PART_WORDS = 220
/** Most words in a part before it is cut again. */
export const MAX_PART_WORDS = 700
/** Most words in a part's title. */
export const MAX_TITLE_WORDS = 6

const STOP = new Set([...eng, ...rus].map(w => w.toLowerCase()))

/** Content tokens of a text (see the module comment). */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter(w => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
    .map(w => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
}

type Counts = Map<string, number>
const countsOf = (ws: string[]): Counts => { const m: Counts = new Map(); for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1); return m }
const add = (a: Counts, b: Counts) => { for (const [k, v] of b) a.set(k, (a.get(k) ?? 0) + v) }

function cosine(a: Counts, b: Counts): number {
  let dot = 0, na = 0, nb = 0
  for (const [k, v] of a) { na += v * v; const w = b.get(k); if (w) dot += v * w }
  for (const v of b.values()) nb += v * v
  return na && nb ? dot / Math.sqrt(na * nb) : 0
}

/**
 * Splits blocks into topical parts: returns the index of each part's first block (always starting with 0).
 * `texts[k]` is the plain text of block k.
 */
export function tile(texts: string[]): number[] {
  const n = texts.length
  if (n < 2) return [0]
  const toks = texts.map(tokens)
  const counts = toks.map(countsOf)
  const words = texts.map(countWords)
  const total = words.reduce((a, b) => a + b, 0)
  if (total < MIN_PART_WORDS * 2) return [0]
  // score[g] is the gap between block g and g + 1
  const score: number[] = []
  for (let g = 0; g < n - 1; g++) {
    const left: Counts = new Map(), right: Counts = new Map()
    for (let k = g, w = 0; k >= 0 && w < WINDOW_WORDS; k--) { add(left, counts[k]!); w += words[k]! }
    for (let k = g + 1, w = 0; k < n && w < WINDOW_WORDS; k++) { add(right, counts[k]!); w += words[k]! }
    score.push(cosine(left, right))
  }
  const depth = score.map((s, g) => {
    let l = s, r = s
    for (let k = g; k >= 0 && score[k]! >= l; k--) l = score[k]!
    for (let k = g; k < score.length && score[k]! >= r; k++) r = score[k]!
    return (l - s) + (r - s)
  })
  const mean = depth.reduce((a, b) => a + b, 0) / depth.length
  const sd = Math.sqrt(depth.reduce((a, b) => a + (b - mean) ** 2, 0) / depth.length)
  const cut = mean - sd / 2
  // prefix word sums: words in blocks [a, b) = pre[b] - pre[a]
  const pre = [0]; for (const w of words) pre.push(pre[pre.length - 1]! + w)
  const starts = new Set<number>([0])
  const fits = (start: number) => {
    const sorted = [...starts, start].sort((a, b) => a - b)
    const i = sorted.indexOf(start)
    const prev = sorted[i - 1] ?? 0, next = sorted[i + 1] ?? n
    return pre[start]! - pre[prev]! >= MIN_PART_WORDS && pre[next]! - pre[start]! >= MIN_PART_WORDS
  }
  const candidates = depth.map((d, g) => ({ d, g })).filter(c => c.d > cut && c.d > 0).sort((a, b) => b.d - a.d || a.g - b.g)
  for (const { g } of candidates) if (fits(g + 1)) starts.add(g + 1)
  // A part still too long is cut at its lowest-scoring gap that keeps both sides big enough.
  for (let again = true; again;) {
    again = false
    const sorted = [...starts].sort((a, b) => a - b)
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!, b = sorted[i + 1] ?? n
      if (pre[b]! - pre[a]! <= MAX_PART_WORDS) continue
      let best = -1
      for (let g = a; g < b - 1; g++) if (fits(g + 1) && (best < 0 || score[g]! < score[best]!)) best = g
      if (best >= 0) { starts.add(best + 1); again = true; break }
    }
  }
  return [...starts].sort((a, b) => a - b)
}

const RE_PRONOUN_PHRASE = /^(i|we|you|he|she|it|they|me|us|him|her|them|this|that|these|those|there|here|one|everyone|everybody|someone|anyone|nobody|nothing|something|anything|all|some|many|most|each)$/i
const RE_LEADING_DET = /^(?:(?:and|or|but|so|then|even|against|for|with|of|to|in|on|by|from|about)\s+)?(?:(?:the|a|an|this|that|these|those|our|my|your|their|his|her|its)\s+)?/i
const RE_TIME = /\b(?:ago|today|tonight|yesterday|tomorrow|year|years|month|months|week|weeks|day|days|time|times)\b/i

/** A part's title from its own words (see the module comment). */
export function partTitle(blocks: Block[], texts: string[]): string {
  const partCounts = countsOf(texts.flatMap(tokens))
  const lead = blocks.flatMap(b => (b.kind === 'paragraph' || b.kind === 'quote' ? b.sentences.map(s => s.text) : [texts[blocks.indexOf(b)] ?? ''])).slice(0, 3)
  let best: { phrase: string; score: number } | undefined
  for (const sentence of lead) {
    for (const raw of nlp(sentence).nouns().out('array') as string[]) {
      const phrase = raw.replace(/[\s,.;:!?)"”’»]+$/u, '').replace(/^["“‘«(]+/u, '').replace(RE_LEADING_DET, '').trim()
      const ws = phrase.split(/\s+/)
      // an unbalanced quotation mark, or a number first: not a topic name
      if ((phrase.match(/[“”"]/gu) ?? []).length % 2 || /^[\p{N}$€£]/u.test(phrase)) continue
      if (!phrase || ws.length > MAX_TITLE_WORDS || RE_PRONOUN_PHRASE.test(phrase) || RE_TIME.test(phrase)) continue
      if (!sentence.includes(phrase)) continue
      const content = tokens(phrase)
      if (!content.length) continue
      // a one-word phrase must be a noun on its own (compromise tags imperatives such as "Pass" as nouns in context)
      if (ws.length === 1 && nlp(phrase).has('#Verb')) continue
      // cohesion: how often the phrase's content words recur in the part, beyond this mention
      const cohesion = content.reduce((a, w) => a + (partCounts.get(w) ?? 0) - 1, 0) / Math.sqrt(content.length)
      // a phrase of several words names a topic better than one word; earlier sentences lead
      const score = cohesion * (1 + 0.25 * (ws.length - 1)) * (1 - 0.15 * lead.indexOf(sentence))
      if (!best || score > best.score) best = { phrase, score }
    }
  }
  const title = best && best.score > 0 ? best.phrase : leadClause(lead[0] ?? texts[0] ?? '')
  return title.charAt(0).toUpperCase() + title.slice(1)
}

/** The first words of a sentence up to its first clause break, at most MAX_TITLE_WORDS words. */
function leadClause(sentence: string): string {
  const clause = sentence.split(/[,;:—–(]|\s-\s/)[0] ?? sentence
  return clause.replace(/[.!?]+$/, '').split(/\s+/).slice(0, MAX_TITLE_WORDS).join(' ').trim()
}
