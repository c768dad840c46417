/**
 * Key figures and dated events, from body text only (captions, Source/Note lines and footnotes are references or
 * boilerplate, tables are not read for either). The rules, stated:
 * - **Figures**: money (`$5.4 billion`, `€3m`, `5 million dollars`), a percentage (`40%`, `40 percent`) or a count (a
 *   number followed by a counted noun). What it measures is the clause of its sentence (split at `;`, `—`, `–` and
 *   before a clause conjunction) that contains it. **One figure per sentence** (money, then percent, then count):
 *   two cards never repeat one sentence. Figures from the overview (summary, introduction) come first.
 * - **Events**: every date of a sentence — a month with a year, or a year after "in / by / since / until / through
 *   / during / from" (any case) — is its own event, described by the clause that holds that date. A year inside a
 *   name ("the Trade Act of 1974", "2024 NDAA") is not an event, nor is a date in a clause that refers to a figure,
 *   table, report or source ("(Figure 2)", "see CRS Report …", "a 2023 study").
 */
import type { Block, KeyFigure, Section, Sentence, TimelineEvent } from '../model.ts'
import { allSections } from '../text/tree.ts'
import { clauseAt } from '../text/clauses.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'

const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|bn|m|k|tn)\\b)?'
const RE_MONEY = new RegExp(`(?:US\\$|A\\$|C\\$|\\$|€|£|¥|₹)\\s?\\d[\\d,.]*${SCALE}|\\b\\d[\\d,.]*${SCALE}\\s(?:dollars|euros|pounds|rupees|rubles|roubles|yuan)\\b`, 'giu')
const RE_PERCENT = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)/giu
// a number joined to letters by a hyphen is a model or a designation ("SM-6 missiles", "F-35 jets"), not a count
const RE_COUNT = /(?<![\p{L}]-)\b\d[\d,]*(?:\.\d+)?(?:-\d+)?\s(?:million\s|billion\s|thousand\s)?(?:[a-z][a-z-]+\s){0,1}(?:people|troops|soldiers|ships|vessels|countries|nations|states|members|missiles|aircraft|jets|days|weeks|months|years|tons|tonnes|barrels|sq\.|miles|kilometers|km|jobs|workers|companies|firms|units|systems|submarines|deaths|casualties|refugees|licenses|contracts|projects|sites|points)\b/giu
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

export function findFigures(sections: Section[]): KeyFigure[] {
  const lead = new Set(allSections(sections).filter(s => s.role === 'overview').flatMap(s => s.blocks))
  const out: { f: KeyFigure; lead: boolean; order: number }[] = []
  const seen = new Set<string>()
  for (const [order, { sentence: s, block }] of sentencesWithBlocks(sections).entries()) {
    const kinds: [KeyFigure['kind'], RegExp][] = [['money', RE_MONEY], ['percent', RE_PERCENT], ['count', RE_COUNT]]
    // one figure per sentence: the first of money, percent, count that is new
    for (const [kind, re] of kinds) {
      const m = [...s.text.matchAll(re)].find(x => !seen.has(`${kind}:${x[0].trim()}`))
      if (!m) continue
      const value = m[0].trim()
      seen.add(`${kind}:${value}`)
      const isLead = lead.has(block)
      const confidence = sure((isLead ? C.figure.lead : C.figure.body) + (kind === 'count' ? C.figure.count : 0), isLead ? 'in the summary or introduction' : 'in the body', kind === 'count' ? 'a count (a number before a counted noun)' : `${kind} as written`)
      out.push({ f: { value, kind, measure: clauseAt(s.text, m.index!), sentence: s.text, span: s.span, confidence }, lead: isLead, order })
      break
    }
  }
  return out.sort((a, b) => Number(b.lead) - Number(a.lead) || a.order - b.order).map(x => x.f)
}

function sentencesWithBlocks(sections: Section[]): { sentence: Sentence; block: Block }[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => {
    if (b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote') return b.sentences.map(sentence => ({ sentence, block: b }))
    if (b.kind === 'list') return b.items.flatMap(i => i.sentences.map(sentence => ({ sentence, block: b as Block })))
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
