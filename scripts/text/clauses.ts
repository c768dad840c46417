/** Clause boundaries within a sentence, shared by analysis (timeline, figures) and planning (event texts). */

/**
 * A spaced en dash or hyphen (" – ", " - ", " -- ") that may end a clause: not one between a capital letter or a digit
 * and a digit, which joins a designation or a span written with spaces ("a SM - 6 live fire", "an F - 35", "2019 - 2023").
 */
const SPACED_DASH = String.raw`(?:(?<![\p{Lu}\d])\s[–-]{1,2}\s|\s[–-]{1,2}\s(?!\d))`
/**
 * Where a clause ends: `;`, an em dash, a spaced en dash or hyphen, or a comma before a clause conjunction ("…, and
 * the Army …"). A dash with no space around it inside a span ("2019–2023", "April–June 2025", "20–25%") or a compound
 * ("U.S.–China") joins words, it does not end a clause.
 */
const RE_BOUND = new RegExp(String.raw`;|—|${SPACED_DASH}|,\s(?=(?:and|but|while|which|as|where|with)\b)`, 'gu')
/** A dash that may open or close an insertion. */
const RE_DASH = new RegExp(`—|${SPACED_DASH}`, 'gu')
const ITEM = "(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,2}[\\p{L}\\p{N}’'&.-]+"
const RE_LIST_TAIL = new RegExp(`,\\s+${ITEM},\\s+${ITEM},\\s$`, 'u')

export interface ClauseOptions {
  /**
   * Not the comma before the last item of a serial list of short items ("Research, Development, Test, and
   * Evaluation"): two items of at most three words, each after a comma, before ", and" / ", or" make a list, not two
   * clauses ("In March, the ministry said, and …" is two). For a figure's measure; the timeline keeps the plain split:
   * reading lists there made its clauses longer and let fewer of them show.
   */
  lists?: boolean
  /**
   * A pair of dashes around an insertion the position is not in is left out, so what is there keeps its clause ("the
   * Army activated this battery—D Battery, 5-3 FAR—as part of the task force in January 2024": "the Army activated
   * this battery as part of the task force in January 2024"). For a date's clause.
   */
  insertions?: boolean
}

/** `sentence` with the dash-paired insertions that `at` is not in left out, and where `at` is in what is left. */
function withoutInsertions(sentence: string, at: number): { text: string, at: number } {
  const dashes = [...sentence.matchAll(RE_DASH)].map(m => ({ from: m.index, to: m.index + m[0].length }))
  // dashes pair up in order; an insertion is cut out, a space put in its place when none is left
  let text = ''
  let pos = at
  let last = 0
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    const { from } = dashes[i]!, { to } = dashes[i + 1]!
    if (at >= from && at < to) continue
    text += sentence.slice(last, from)
    const space = /\s$/u.test(text) || /^\s/u.test(sentence.slice(to)) ? '' : ' '
    text += space
    if (at >= to) pos -= to - from - space.length
    last = to
  }
  return { text: text + sentence.slice(last), at: pos }
}

/** The spans of `text` inside brackets, outermost pairs only ("(NWPA; P.L. 97-425)"). */
function bracketed(text: string): { from: number, to: number }[] {
  const spans: { from: number, to: number }[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') { if (depth++ === 0) from = i }
    else if ((text[i] === ')' || text[i] === ']') && depth > 0 && --depth === 0) spans.push({ from, to: i + 1 })
  }
  return spans
}

/**
 * The clause of `sentence` containing position `at`. A bound inside brackets that do not hold the position is part of
 * what they hold, not a clause bound of the sentence ("Under the Act (NWPA; P.L. 97-425), the Department was to …").
 */
export function clauseAt(sentence: string, at: number, options: ClauseOptions = {}): string {
  const { text, at: pos } = options.insertions ? withoutInsertions(sentence, at) : { text: sentence, at }
  const aside = bracketed(text).filter(b => pos < b.from || pos >= b.to)
  let start = 0
  let end = text.length
  for (const m of text.matchAll(RE_BOUND)) {
    if (aside.some(b => m.index >= b.from && m.index < b.to)) continue
    if (options.lists && m[0].startsWith(',') && /^,\s(?:and|or)\b/u.test(text.slice(m.index)) && RE_LIST_TAIL.test(text.slice(0, m.index + 2))) continue
    if (m.index < pos) start = m.index + m[0].length
    else { end = m.index; break }
  }
  return unpaired(text.slice(start, end).trim().replace(/^,\s*|,\s*$/gu, '').trim())
}

/**
 * A clause without a bracket it opens or closes with no pair in it (the bound fell inside or after a parenthesis:
 * "(NWPA; P.L. 97-425)" split at its semicolon): a pair it holds whole stays ("… to the FSM (46%), the RMI (33%)").
 */
function unpaired(clause: string): string {
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length
  let c = clause
  if (c.startsWith('(') && count(c, /\(/gu) > count(c, /\)/gu)) c = c.slice(1).replace(/^,?\s*/u, '')
  if (c.endsWith(')') && count(c, /\)/gu) > count(c, /\(/gu)) c = c.slice(0, -1).replace(/\s*,?$/u, '')
  return c.trim()
}
