/** Clause boundaries within a sentence, shared by analysis (timeline, figures) and planning (event texts). */

/**
 * Where a clause ends: `;`, a dash, or a comma before a clause conjunction ("…, and the Army …"). Not the comma before
 * the last item of a serial list of short items ("Research, Development, Test, and Evaluation"): two items of at most
 * three words, each after a comma, before ", and" / ", or" make a list, not two clauses ("In March, the ministry said,
 * and …" is two) — with `lists` (a figure's measure). The timeline keeps the plain split: reading lists there made its
 * clauses longer and let fewer of them show.
 */
const RE_BOUND = /[;—–]|,\s(?=(?:and|but|while|which|as|where|with)\b)/gu
const ITEM = "(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,2}[\\p{L}\\p{N}’'&.-]+"
const RE_LIST_TAIL = new RegExp(`,\\s+${ITEM},\\s+${ITEM},\\s$`, 'u')

/** The clause of `sentence` containing position `at` (for a date's clause see {@link dateClause}). */
export function clauseAt(sentence: string, at: number, options: { lists?: boolean } = {}): string {
  let start = 0
  let end = sentence.length
  for (const m of sentence.matchAll(RE_BOUND)) {
    if (options.lists && m[0].startsWith(',') && /^,\s(?:and|or)\b/u.test(sentence.slice(m.index)) && RE_LIST_TAIL.test(sentence.slice(0, m.index + 2))) continue
    if (m.index < at) start = m.index + m[0].length
    else { end = m.index; break }
  }
  return sentence.slice(start, end).trim().replace(/^[,(]\s*|[,)]\s*$/g, '').trim()
}

/**
 * The clause of `sentence` that a date at position `at` governs. As {@link clauseAt}, with two differences for dates:
 * a pair of dashes around an insertion the date is not in is left out, so the date keeps its clause ("the Army
 * activated this battery—D Battery, 5-3 FAR—as part of the task force in January 2024": "the Army activated this
 * battery as part of the task force in January 2024"); and a dash with no space around it inside a span ("2019–2023",
 * "April–June 2025") or a compound ("U.S.–China") joins words, it does not end a clause.
 */
export function dateClause(sentence: string, at: number): string {
  const dashes = [...sentence.matchAll(/—|\s[–-]{1,2}\s/gu)].map(m => ({ from: m.index!, to: m.index! + m[0].length }))
  // dashes pair up in order; an insertion the date is not in is cut out, a space put in its place when none is left
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
  text += sentence.slice(last)
  const bounds = /;|—|\s[–-]{1,2}\s|,\s(?=(?:and|but|while|which|as|where|with)\b)/gu
  let start = 0
  let end = text.length
  for (const m of text.matchAll(bounds)) {
    if (m.index! < pos) start = m.index! + m[0].length
    else { end = m.index!; break }
  }
  return text.slice(start, end).trim().replace(/^[,(]\s*|[,)]\s*$/g, '').trim()
}
