/**
 * Dated events, from body text only (captions, Source/Note lines and footnotes are references or boilerplate, tables
 * are not read). The rule, stated: every date of a sentence — a month with a year, a year or decade after "in / by /
 * since / until / through / during / from" (any case), or a month and day after "on / as of / by …" dated by the
 * last full date before it — is its own event, described by the clause that holds that date. A year inside a name
 * ("the Trade Act of 1974", "2024 NDAA", "by the 1951 treaty") is not an event, nor is a date in a clause that refers
 * to a figure, table, report or source ("(Figure 2)", "see CRS Report …", "a 2023 study").
 */
import type { Section, Sentence, TimelineEvent } from '../model.ts'
import { allSections } from '../text/tree.ts'
import { clauseAt } from '../text/clauses.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'

const RE_MONTH_DATE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s(?:\d{1,2},?\s)?(?:19|20)\d\d\b/gu
const RE_YEAR = /\b(?:in|by|since|from|until|through|during)\s(?:the\s(?=(?:early |late |mid-)?(?:19|20)\d0s))?((?:early |late |mid-)?(?:19|20)\d\d(?:s\b)?)\b(?!\s*(?:NDAA|Act|Agreement|Treaty|Accord|Convention|Report|report|study|survey|article|paper|plan|budget request))/giu
/** A month and day without a year after "on" / "as of" / "by" / "since" ("on April 8"): dated by the last full date. */
const RE_MONTH_DAY = /\b(?:on|as of|by|since|until|before|after)\s((?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2})\b(?!,?\s*(?:19|20)\d\d)(?!\d)/gu
/** A clause about a figure, a table or a source: its dates are citations, not events. */
const RE_CITATION = /\((?:see\s+)?(?:Figure|Table|Map|Chart)\s+\d+\)|\bsee\s+(?:CRS|Figure|Table|also)\b|\b(?:CRS (?:Report|Insight|In Focus)|Figure \d+|Table \d+)\b|\b(?:(?:19|20)\d\d)\s+(?:report|study|survey|article|paper|analysis)\b/iu
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

function sentencesOfSections(sections: Section[]): Sentence[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => {
    if (b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote') return b.sentences
    if (b.kind === 'list') return b.items.flatMap(i => i.sentences)
    return []
  }))
}

export function findTimeline(sections: Section[]): TimelineEvent[] {
  const out: TimelineEvent[] = []
  const seen = new Set<string>()
  // the year of the last full date read: a month and day without a year ("on April 8") takes it
  let lastYear: number | undefined
  for (const s of sentencesOfSections(sections)) {
    const monthDates = [...s.text.matchAll(RE_MONTH_DATE)].map(m => ({ date: m[0], at: m.index!, year: undefined as number | undefined }))
    const taken = (at: number, len = 1) => monthDates.some(d => at < d.at + d.date.length && at + len > d.at)
    // a bare year that is part of a month date is that date's, not another event
    const years = [...s.text.matchAll(RE_YEAR)].map(m => ({ date: m[1]!, at: m.index! + m[0].length - m[1]!.length, year: undefined as number | undefined }))
      .filter(y => !taken(y.at))
    const yearOf = (d: string) => Number(/(19|20)\d\d/.exec(d)?.[0] ?? NaN)
    const days = [...s.text.matchAll(RE_MONTH_DAY)].filter(m => !taken(m.index!, m[0].length)).map(m => ({ date: m[1]!, at: m.index! + m[0].length - m[1]!.length, year: lastYear }))
      .filter(d => d.year !== undefined)
    const dates = [...monthDates, ...years, ...days].sort((a, b) => a.at - b.at)
    for (const { date, at, year: inferred } of dates) {
      const clause = clauseAt(s.text, at)
      const year = inferred ?? yearOf(date)
      if (!Number.isNaN(yearOf(date)) && /\d{1,2},?\s+(?:19|20)\d\d/.test(date)) lastYear = yearOf(date)
      if (RE_CITATION.test(clause) || seen.has(date + clause)) continue
      seen.add(date + clause)
      const month = MONTHS.findIndex(mo => date.toLowerCase().startsWith(mo))
      const day = Number(/\s(\d{1,2})(?:,|\s|$)/.exec(date)?.[1] ?? 0)
      const form = inferred !== undefined ? ['month and day, the year from the last full date before it', C.event.inferredYear] as const
        : day ? ['full date', C.event.fullDate] as const : month >= 0 ? ['month and year', C.event.monthYear] as const
        : /s$/.test(date) ? ['a decade after a preposition', C.event.year] as const : ['a year after a preposition', C.event.year] as const
      const shared = dates.length > 1
      const confidence = sure(form[1] + (shared ? C.event.sharedSentence : 0), form[0], ...(shared ? [`one of ${dates.length} dates in its sentence, given the clause that holds it`] : []))
      out.push({ date, sortKey: year + (month >= 0 ? month / 12 : 0) + day / 400, text: s.text, span: s.span, confidence })
    }
    // a full date read in this sentence dates the month-and-day dates after it
    for (const d of monthDates) if (/\d{1,2},?\s+(?:19|20)\d\d/.test(d.date)) lastYear = yearOf(d.date)
  }
  return out.sort((a, b) => a.sortKey - b.sortKey || a.span.line - b.span.line)
}
