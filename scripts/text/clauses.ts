/** Clause boundaries within a sentence, shared by analysis (timeline, figures) and planning (event texts). */

/** An aside between two dashes ("this first battery—D Battery, 5 Battalion—as part of …"). */
const RE_DASH_ASIDE = /\s?[—–]\s?[^—–]{1,160}?\s?[—–]\s?/gu
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

/**
 * The clause of `sentence` containing position `at`. A dash-enclosed aside that does not hold `at` is left out of the
 * clause, not taken for its end ("the Army activated this first MRC battery—D Battery, …—as part of 1 MDTF in
 * January 2024": the clause of the date is "the Army activated this first MRC battery as part of 1 MDTF in January
 * 2024").
 */
export function clauseAt(sentence: string, at: number, options: { lists?: boolean } = {}): string {
  let text = sentence
  let pos = at
  for (const m of [...sentence.matchAll(RE_DASH_ASIDE)].reverse()) {
    const [a, b] = [m.index, m.index + m[0].length]
    if (at >= a && at < b) continue
    text = `${text.slice(0, a)} ${text.slice(b)}`
    if (at >= b) pos -= b - a - 1
  }
  let start = 0
  let end = text.length
  for (const m of text.matchAll(RE_BOUND)) {
    if (options.lists && m[0].startsWith(',') && /^,\s(?:and|or)\b/u.test(text.slice(m.index)) && RE_LIST_TAIL.test(text.slice(0, m.index + 2))) continue
    if (m.index < pos) start = m.index + m[0].length
    else { end = m.index; break }
  }
  return text.slice(start, end).replace(/\s{2,}/gu, ' ').trim().replace(/^[,(]\s*|[,)]\s*$/g, '').trim()
}
