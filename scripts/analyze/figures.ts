/**
 * Key figures, from body text only (captions, Source/Note lines and footnotes are references or boilerplate, tables
 * are not read). The rule, stated: money (`$5.4 billion`, `€3m`, `5 million dollars`), a percentage (`40%`,
 * `40 percent`) or a count (a number followed by a counted noun). What it measures is the clause of its sentence
 * (split at `;`, `—`, `–` and before a clause conjunction) that contains it. **One figure per sentence** (money, then
 * percent, then count): two cards never repeat one sentence. Figures from the overview (summary, introduction) come
 * first. (Dated events: timeline.ts.)
 */
import type { Block, KeyFigure, Section, Sentence } from '../model.ts'
import { allSections } from '../text/tree.ts'
import { clauseAt } from '../text/clauses.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'

const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|bn|m|k|tn)\\b)?'
const RE_MONEY = new RegExp(`(?:US\\$|A\\$|C\\$|\\$|€|£|¥|₹)\\s?\\d[\\d,.]*${SCALE}|\\b\\d[\\d,.]*${SCALE}\\s(?:dollars|euros|pounds|rupees|rubles|roubles|yuan)\\b`, 'giu')
const RE_PERCENT = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)/giu
// a number joined to letters by a hyphen is a model or a designation ("SM-6 missiles", "F-35 jets"), not a count
const RE_COUNT = /(?<![\p{L}]-)\b\d[\d,]*(?:\.\d+)?(?:-\d+)?\s(?:million\s|billion\s|thousand\s)?(?:[a-z][a-z-]+\s){0,1}(?:people|troops|soldiers|ships|vessels|countries|nations|states|members|missiles|aircraft|jets|days|weeks|months|years|tons|tonnes|barrels|sq\.|miles|kilometers|km|jobs|workers|companies|firms|units|systems|submarines|deaths|casualties|refugees|licenses|contracts|projects|sites|points)\b/giu
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
