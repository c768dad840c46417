/**
 * Key figures and dated events. A figure is money (`$5.4 billion`, `€3m`, `5 million dollars`),
 * a percentage (`40%`, `40 percent`), a count (a number followed by a noun) or a date. What it
 * measures is the clause of its sentence (split at `;`, `—`, `–` and commas) that contains it.
 */
import type { KeyFigure, Section, Sentence, TimelineEvent } from '../model.ts'
import { allSections } from './sections.ts'

const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|bn|m|k|tn)\\b)?'
const RE_MONEY = new RegExp(`(?:US\\$|A\\$|C\\$|\\$|€|£|¥|₹)\\s?\\d[\\d,.]*${SCALE}|\\b\\d[\\d,.]*${SCALE}\\s(?:dollars|euros|pounds|rupees|rubles|roubles|yuan)\\b`, 'giu')
const RE_PERCENT = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)/giu
const RE_COUNT = /\b\d[\d,]*(?:\.\d+)?(?:-\d+)?\s(?:million\s|billion\s|thousand\s)?(?:[a-z][a-z-]+\s){0,1}(?:people|troops|soldiers|ships|vessels|countries|nations|states|members|missiles|aircraft|jets|days|weeks|months|years|tons|tonnes|barrels|sq\.|miles|kilometers|km|jobs|workers|companies|firms|units|systems|submarines|deaths|casualties|refugees|licenses|contracts|projects|sites|points)\b/giu
const RE_MONTH_DATE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s(?:\d{1,2},?\s)?(?:19|20)\d\d\b/gu
const RE_YEAR = /\b(?:in|by|since|from|until|through|during|of)\s((?:19|20)\d\d)\b/gu
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The clause of `sentence` containing position `at`. */
export function clauseAt(sentence: string, at: number): string {
  const bounds = /[;—–]|,\s(?=(?:and|but|while|which|as|where|with)\b)/g
  let start = 0
  let end = sentence.length
  for (const m of sentence.matchAll(bounds)) {
    if (m.index! < at) start = m.index! + m[0].length
    else { end = m.index!; break }
  }
  return sentence.slice(start, end).trim().replace(/^[,(]\s*|[,)]\s*$/g, '').trim()
}

function sentencesOfSections(sections: Section[]): Sentence[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => {
    if (b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote') return b.sentences
    if (b.kind === 'list') return b.items.flatMap(i => i.sentences)
    return []
  }))
}

export function findFigures(sections: Section[]): KeyFigure[] {
  const out: KeyFigure[] = []
  const seen = new Set<string>()
  for (const s of sentencesOfSections(sections)) {
    const add = (kind: KeyFigure['kind'], re: RegExp) => {
      for (const m of s.text.matchAll(re)) {
        const value = m[0].trim()
        const key = `${kind}:${value}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({ value, kind, measure: clauseAt(s.text, m.index!), sentence: s.text, span: s.span })
      }
    }
    add('money', RE_MONEY)
    add('percent', RE_PERCENT)
    add('count', RE_COUNT)
  }
  return out
}

export function findTimeline(sections: Section[]): TimelineEvent[] {
  const out: TimelineEvent[] = []
  const seen = new Set<string>()
  for (const s of sentencesOfSections(sections)) {
    const dates = [...s.text.matchAll(RE_MONTH_DATE)].map(m => m[0])
    if (!dates.length) dates.push(...[...s.text.matchAll(RE_YEAR)].map(m => m[1]!))
    const date = dates[0]
    if (!date || seen.has(date + s.text)) continue
    seen.add(date + s.text)
    const year = Number(/(19|20)\d\d/.exec(date)![0])
    const month = MONTHS.findIndex(mo => date.toLowerCase().startsWith(mo))
    const day = Number(/\s(\d{1,2}),?\s/.exec(date)?.[1] ?? 0)
    out.push({ date, sortKey: year + (month >= 0 ? month / 12 : 0) + day / 400, text: s.text, span: s.span })
  }
  return out.sort((a, b) => a.sortKey - b.sortKey || a.span.line - b.span.line)
}
