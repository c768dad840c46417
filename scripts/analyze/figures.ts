/**
 * Key figures, from body text only (captions, Source/Note lines and footnotes are references or boilerplate, tables
 * are not read). The rule, stated: money (`$5.4 billion`, `€3m`, `AU$50 billion`, `5 million dollars`), a share (`40%`,
 * `40 percent`, or a fraction of a named whole in words: `nearly half of the aluminum`) or a count: a number followed
 * by the noun it counts, read with compromise (`17 attacks`, `five U.S.-flagged ships`; see `counts` for what is not
 * one), or a number joined to a unit of time or distance before the noun it measures (`a two-week ceasefire`). What
 * it measures is the clause of its sentence (split at `;`, `—`, `–` and before a clause conjunction) that contains
 * it. **One figure per sentence** (money, then share, then count): two cards never repeat one sentence. Figures from
 * the overview (summary, introduction) come first. (Dated events: timeline.ts.)
 */
import type { Block, KeyFigure, Section, Sentence } from '../model.ts'
import { allSections } from '../text/tree.ts'
import { clauseAt } from '../text/clauses.ts'
import nlp from 'compromise'
import { CONFIDENCE as C, sure } from './confidence.ts'

const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|bn|m|k|tn)\\b)?'
// a currency sign, with the letters that name whose dollar it is ("US$", "AU$", "NZ$")
const RE_MONEY = new RegExp(`(?:\\b(?:US|AU|A|C|NZ|HK|S)\\$|\\$|€|£|¥|₹)\\s?\\d[\\d,.]*${SCALE}|\\b\\d[\\d,.]*${SCALE}\\s(?:dollars|euros|pounds|rupees|rubles|roubles|yuan)\\b`, 'giu')
// a change in a share is read in points of it ("rose 2.5 percentage points", "cut by 50 basis points")
const RE_PERCENT = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:percentage|basis) points?\b)/giu

// a share in words: a fraction of a named whole ("nearly half of the aluminum", "a third of the world's trade"); not
// a part of a period ("the first half of 2025") nor of a group already named ("half of them")
const RE_SHARE = /(?<!\b(?:first|second|third|fourth|last|latter|former|other|the|a)\s)\b(?:half|(?:a|one)[-\s](?:third|quarter|fifth|tenth)|(?:two|three)[-\s](?:thirds|quarters|fifths))\s+of\s+(?!(?:the\s+)?(?:year|month|decade|century|them|it|these|those|this|that|us)\b|(?:the\s+)?\d{4}\b)/giu
// a measure as an adjective: a number joined by a hyphen to a unit of time or distance, before the noun it measures
// ("a two-week ceasefire", "a five-year period"); not an age ("a 10-year-old"), and "a 10-point plan" names a document
const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred'
const RE_MEASURE_ADJ = new RegExp(`(?<![\\p{L}\\p{N}][-–]?)\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})[-–](?:second|minute|hour|day|week|month|year|decade|century|mile|kilometer|kilometre|km|meter|metre|foot)(?![-–]\\p{L})\\s+(?!old\\b)\\p{Ll}[\\p{L}-]*`, 'giu')

/** A term of compromise's reading of a sentence. */
interface Term { text: string; post: string; tags: string[]; start: number }
const has = (t: Term | undefined, ...tags: string[]) => !!t && tags.some(x => t.tags.includes(x))
// a number that may begin a count: digits (not a year) or a number word, standing free and followed by a word.
// compromise reads only the words around these: reading every sentence whole made key figures four times slower
const RE_CANDIDATE = /(?<![\p{L}\p{N}.,;:)"”’/]|[\p{L}\p{N}][-–])(?:\d[\d,.]*(?:[-–]\d[\d,.]*)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:[-–]\p{L}+)?)(?=\s+[\p{L}\p{N}])/giu
const WINDOW_BEFORE = 3
const WINDOW_AFTER = 14
// a number after one of these words names a thing (Section 232, Figure 3, H.R. 1234, Pillar 1), it counts nothing
const RE_DESIGNATION = /\b(?:sections?|sec|§|titles?|figures?|fig|tables?|charts?|maps?|box|chapters?|articles?|parts?|divisions?|subtitles?|paragraphs?|clauses?|amendments?|rules?|orders?|resolutions?|res|no|nos|numbers?|laws?|h\.\s?r|s|p\.\s?l|pillars?|phases?|stages?|tiers?|levels?|category|class|annex|appendix|exhibit|items?|notes?|footnotes?|pages?|pp?|volumes?|vol|issues?|routes?|highways?|interstate|flights?|versions?|models?|types?|blocks?|series|districts?|rooms?|units?|platforms?|lines?|forms?|schedules?|cases?|docket|codes?|stat|u\.\s?s\.\s?c|usc|c\.\s?f\.\s?r|cfr|fed\.\s?reg|reg)\.?\s*$/iu
// a number after a definite determiner or possessive refers to a group already known ("the two countries", "its
// three partners"), and after past / next / first it is a time frame ("for the past 40 years"): neither is a figure
const RE_REFERRING = /(?:\b(?:the|these|those|this|that|its|their|his|her|our|your|my|both|all|past|last|next|first|coming|previous|recent|other)|['’]s)\s+$/iu
// mass nouns that count like plurals
const COLLECTIVE = /^(?:personnel|aircraft|spacecraft|staff|cattle|livestock|people)$/iu
const HEAD_MODIFIERS = 4
const RE_QUALIFIER = /\b(?:at least|at most|more than|fewer than|less than|up to|nearly|almost|about|around|roughly|approximately|over|some)\s+$/iu
const RE_TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/iu
// a number of kinds or parts introduces a list ("three types of SATCOM", "four pillars"): it counts the text's own
// items, not the world
// the field of a rank: an ordinal and "of" / "among" ("3rd of 38", "first among 12"), or "top" / "bottom"
const RE_RANK = /(?:\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:of|out of|among)|\b(?:top|bottom))\s+$/iu
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/u
/** The text before a number ends in a capitalised word that is not the sentence's first, nor a month ("In March 40
 * states ..."): the number belongs to a name ("Boeing 737", "Apollo 11", "Windows 10"). */
function isPartOfName(before: string): boolean {
  const m = /(^|\s)(\S+)\s+$/u.exec(before)
  if (!m || m.index === 0 && !m[1]) return false // the sentence's first word
  const word = m[2]!
  return /^\p{Lu}[\p{L}-]*$/u.test(word) && !MONTHS.test(word) && !/^(?:I|A|The|In|On|By|Of|For|From|To|At|And|Or|But|Some|About|Over|Nearly|Almost|Roughly|Approximately)$/u.test(word)
}
const RE_KINDS = /^(?:types|kinds|sorts|categories|classes|forms|ways|aspects|elements|components|parts|pillars|phases|stages|steps|levels|tiers|options|approaches|reasons|factors|principles|questions|issues|themes|priorities|objectives|goals|lines|points|things|areas)$/iu

/**
 * Counts: a cardinal number (digits or words, as compromise reads them) followed by the noun it counts: up to four
 * modifiers (adjectives, nouns, names, acronyms: "five U.S.-flagged ships", "500,000 electric vehicle charging
 * stations") or "of these" ("five of these vessels"), then a plural noun, a mass noun that counts (personnel) or a
 * unit. Not a count: ordinals and fractions; years and dates ("April 8", "2025 tariffs"); times; "one", and "two"
 * in words unless qualified ("at least two") or counting time ("two weeks"); a bracketed number ("(2)"), or one
 * followed by punctuation; a number joined to letters or to the next word by a hyphen ("SM-6", "FY2026",
 * "three-star generals"), or to the punctuation after a word (a footnote mark: "technology.21"); a number in words
 * that is part of a name ("the Five Eyes"); a number after a designation word ("Section 232 tariffs"); a number
 * that refers to a known group or a time frame ("the two countries", "for the past 40 years"); a ratio's
 * denominator ("one in ten Americans"); ages ("27 years old"); a time before or after ("six days ago"); a number of
 * kinds or parts ("three types of SATCOM").
 */
function counts(text: string, skip: [number, number][]): { value: string; index: number }[] {
  const isYear = (x: string) => /^\d{4}$/u.test(x) && +x >= 1000 && +x < 2200
  const candidates = [...text.matchAll(RE_CANDIDATE)].filter(m => !isYear(m[0])).map(m => m.index)
  // the words around each candidate (a few before, enough after for the noun), overlapping windows merged
  const windows: [number, number][] = []
  for (const c of candidates) {
    const from = text.slice(0, c).search(new RegExp(`(?:\\S+\\s+){0,${WINDOW_BEFORE}}$`, 'u'))
    const to = c + (new RegExp(`^(?:\\S+\\s*){0,${WINDOW_AFTER}}`, 'u').exec(text.slice(c))?.[0].length ?? 0)
    const prev = windows.at(-1)
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to); else windows.push([from, to])
  }
  const out: { value: string; index: number }[] = []
  for (const [from, to] of windows) out.push(...countsIn(text, from, to, skip, candidates))
  return out
}

/** The counts compromise reads in text[from, to) that begin at a candidate (offsets are the whole text's). */
function countsIn(text: string, from: number, to: number, skip: [number, number][], candidates: number[]): { value: string; index: number }[] {
  const doc = nlp(text.slice(from, to))
  const terms: Term[] = (doc.json({ offset: true }) as { terms: { text: string; post: string; tags: string[]; offset: { start: number } }[] }[])
    .flatMap(s => s.terms.map(t => ({ text: t.text, post: t.post, tags: t.tags, start: t.offset.start + from })))
    .filter(t => t.text !== '') // compromise leaves empty terms after a range ("3-5")
  const out: { value: string; index: number }[] = []
  for (const { offset } of doc.numbers().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    const [a, b] = [offset.start + from, offset.start + from + offset.length]
    if (!candidates.some(c => c >= a && c < b)) continue
    const first = terms.findIndex(t => t.start >= a)
    const last = terms.findLastIndex(t => t.start < b)
    if (first < 0 || last < first) continue
    // compromise reads "90 seconds" as a fraction (90 of a second): "seconds" is the unit it counts
    let end_ = last
    if (end_ > first && /^seconds$/iu.test(terms[end_]!.text)) end_--
    // compromise may read a scale word as a number of its own ("As of 2023, 1.2 | million acres"): it is part of this one
    while (has(terms[end_ + 1], 'Multiple') && terms[end_]!.post.trim() === '' && /^(?:thousand|million|billion|trillion)$/iu.test(terms[end_ + 1]!.text)) end_++
    const num = terms.slice(first, end_ + 1)
    if (num.some(t => !has(t, 'Cardinal') || has(t, 'Ordinal', 'Date', 'Time', 'Year', 'Money', 'Percent') || (end_ === last && has(t, 'Fraction')))) continue
    const start = num[0]!.start
    const end = num.at(-1)!.start + num.at(-1)!.text.length
    if (skip.some(([a, b]) => start < b && end > a)) continue // part of an amount or a percentage
    // "one" and "two" in words name a thing or a pair ("two industries", "two of the hardest years"), not a quantity;
    // "two" is one when a qualifier says so ("at least two versions") or it counts a span of time ("two weeks")
    const pair = /^(?:two)$/iu.test(num.map(t => t.text).join(' '))
    if (/^(?:one|1)$/iu.test(num.map(t => t.text).join(' '))) continue
    // a number in words with a capital inside a sentence is part of a name ("the Five Eyes")
    if (/^\p{Lu}\p{Ll}/u.test(num[0]!.text) && has(num[0], 'TextValue') && !/^$|[.!?]["'”’)]*\s+$/u.test(text.slice(0, start))) continue
    const before = text.slice(0, start)
    // "one in ten Americans", "2 of every 3 dollars": the number is a ratio's denominator, not a count
    if (RE_RATIO.test(before)) continue
    // "ranked 3rd of 38 countries", "the top 10 exporters": the number is the field of a rank, not a count
    if (RE_RANK.test(before)) continue
    // a number right after a name inside a sentence is part of the name ("the Boeing 737 fleet", "Apollo 11 crews")
    if (isPartOfName(before)) continue
    // joined to a word or to the punctuation after one: a designation ("SM-6") or a footnote mark ("technology.21")
    if (/[\p{L}\p{N}][-–]?$|[.,;:)"”’/]$/u.test(before) || /[-–]/.test(num.at(-1)!.post) || RE_DESIGNATION.test(before) || RE_REFERRING.test(before) || /\b(?:aged?|ages)\s+$/iu.test(before)) continue
    // a bracketed number is an enumerator or a note ("(2) requires"); punctuation after a number ends its phrase
    if (num.some(t => /[()[\]]/u.test(t.text)) || num.at(-1)!.post.trim() !== '') continue
    let j = end_ + 1
    // "five of these vessels": the count of a part of a group
    if (/^of$/iu.test(terms[j]?.text ?? '') && /^(?:these|those|the|its|their)$/iu.test(terms[j + 1]?.text ?? '')) j += 2
    let head: number | undefined
    for (let k = j, words = 0; k < terms.length && words <= HEAD_MODIFIERS; k++) {
      const t = terms[k]!
      if (k > j && endsPhrase(terms[k - 1]!)) break
      // a unit's abbreviation may qualify the unit after it ("sq. miles"): the noun is the last of them
      // a verb in -s right after the number is the sentence's verb ("135 Stat. 429 provides"), not a counted noun
      if (k === j && isVerbInS(t)) break
      if (isCounted(t)) {
        head = k
        // a plural noun may qualify the plural after it ("12 appropriations bills", "30 sports cars"): the noun is the last
        while (terms[head + 1] && !endsPhrase(terms[head]!) && has(terms[head + 1], 'Plural') && has(terms[head + 1], 'Noun') && !has(terms[head + 1], 'Verb') && isCounted(terms[head + 1]!)) head++
        if (!(has(t, 'Abbreviation') && terms[k + 1] && isCounted(terms[k + 1]!))) break
        continue
      }
      // an adverb in -ly with the participle it qualifies ("five newly built ships", "40 federally funded centers")
      if (has(t, 'Adverb') && /ly$/iu.test(t.text) && has(terms[k + 1], 'Participle', 'Adjective', 'PastTense') && !endsPhrase(t)) { k++; words += 2; continue }
      // a hyphen-joined compound qualifies the noun whatever its parts are ("state-of-the-art factories")
      if (!isModifier(t) && !/^[-–]$/u.test(t.post) && !/^[-–]$/u.test(terms[k - 1]?.post ?? '')) break
      if (!/^[-–]$/u.test(t.post)) words++ // hyphen-joined terms are one word ("U.S.-flagged", "state-of-the-art")
    }
    if (head === undefined) continue
    const noun = terms[head]!
    if (pair && !RE_QUALIFIER.test(text.slice(0, start)) && !(head === end_ + 1 && RE_TIME_UNIT.test(noun.text))) continue
    const after = text.slice(noun.start + noun.text.length).trim()
    if (/^(?:years?|months?)$/iu.test(noun.text) && /^old\b/iu.test(after)) continue // an age
    // a time ("six days ago"), but "three years later than planned" is a delay
    if (RE_TIME_UNIT.test(noun.text) && /^(?:ago|later|earlier|before|after|from now)\b(?!\s+than\b)/iu.test(after)) continue
    if (RE_KINDS.test(noun.text)) continue
    out.push({ value: text.slice(start, noun.start + noun.text.length), index: start })
  }
  return out
}
/** A noun a number counts: a plural, a mass noun that counts like one, a unit; or a word in -s that compromise reads
 * as a verb ("field commands"): after a plural count a verb cannot take -s (but right after the number it is the
 * sentence's verb: "429 provides"). */
const isVerbInS = (t: Term) => has(t, 'PresentTense') && !has(t, 'Plural', 'Unit') && /[^s'’]s$/u.test(t.text)
const isCounted = (t: Term) => (has(t, 'Plural', 'Unit') || COLLECTIVE.test(t.text) || isVerbInS(t) || /^seconds$/iu.test(t.text)) && !has(t, 'Pronoun', 'Determiner', 'Preposition', 'Possessive')
/** Punctuation after a term ends the noun phrase (a hyphen does not, nor an abbreviation's period: "sq. miles"). */
const endsPhrase = (t: Term) => { const p = t.post.trim(); return p !== '' && !/^[-–]$/u.test(p) && !(p === '.' && has(t, 'Abbreviation')) }
/** A word that may stand between a number and the noun it counts. */
const isModifier = (t: Term | undefined) => has(t, 'Adjective', 'Noun', 'ProperNoun', 'Acronym', 'Gerund', 'Hyphenated', 'Abbreviation') && !has(t, 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Possessive')

/**
 * What a figure measures: the clause of its sentence that holds it, read whole. A relative clause cut from what it
 * qualifies ("…, which may bring a halt to 40 days of conflict") is read with the clause before it; a conjunction
 * that opens the clause ("and the attrition rate was 30%") is left out.
 */
function measureOf(sentence: string, at: number): string {
  let clause = clauseAt(sentence, at, { lists: true })
  const from = sentence.indexOf(clause)
  if (/^(?:which|where|with|as|who|whose)\b/u.test(clause) && from > 2) {
    const before = clauseAt(sentence, from - 3, { lists: true })
    const start = sentence.lastIndexOf(before, from)
    if (start >= 0) clause = sentence.slice(start, from + clause.length)
  }
  // a sentence's opening "And" leaves a sentence: its first letter stays a capital
  return clause.replace(/^(and|but|or|while|whereas|yet)\s+(\p{L})/iu, (_, c: string, l: string) => /^\p{Lu}/u.test(c) ? l.toUpperCase() : l)
}
/** Before a ratio's denominator ("one in ten", "2 of every 3 dollars"). */
const RE_RATIO = /\b(?:one|two|three|\d+)\s+(?:in|out of|of every)\s+$/iu
const RE_CAPTION = /^(?:(?:Table|Figure|Fig\.|Chart|Map|Exhibit|Box|Graph)\s+[\dA-Z][\w.-]*[.:]\s|(?:Sources?|Notes?|Data)\s*:)/u
const RE_SOURCE_INSIDE = /(?<=\s)(?:Sources?|Notes?)\s*:\s/u
export function findFigures(sections: Section[]): KeyFigure[] {
  const lead = new Set(allSections(sections).filter(s => s.role === 'overview').flatMap(s => s.blocks))
  const out: { f: KeyFigure; lead: boolean; order: number }[] = []
  const seen = new Set<string>()
  const all = sentencesWithBlocks(sections)
  const notes = footnotes(all)
  // a sentence the summary repeats word for word in the body gives one card, not one per copy
  const used = new Set<string>()
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}%$]+/gu, ' ').trim()
  for (const [order, { sentence: s, block }] of all.entries()) {
    if (notes.has(block) || used.has(key(s.text))) continue
    // a caption, a Source or Note line, and what follows "Source:" inside a sentence (a caption, table and source
    // read as one paragraph) are references, not the text's own figures
    // a paragraph (or a labelled item: "Table 3. …") that opens with a caption is the caption with its table or chart read as lines ("Table 3. Largest
    // Awards Texas $3.31 billion …")
    if (RE_CAPTION.test(s.text) || block.kind === 'paragraph' && RE_CAPTION.test(block.sentences[0]?.text ?? '') || block.kind === 'item' && RE_CAPTION.test(`${block.label}. `)) continue
    const text = s.text.slice(0, s.text.search(RE_SOURCE_INSIDE) >>> 0)
    const money = [...text.matchAll(RE_MONEY)].filter(x => !RE_RATIO.test(text.slice(0, x.index))).map(x => ({ value: x[0].trim().replace(/[.,]+$/u, ''), index: x.index! }))
    const percent = [...text.matchAll(RE_PERCENT), ...text.matchAll(RE_SHARE)].map(x => ({ value: x[0].replace(/\s+of\s+$/u, '').trim(), index: x.index! }))
    const measures = () => [...text.matchAll(RE_MEASURE_ADJ)].map(x => ({ value: x[0], index: x.index! }))
    const kinds: [KeyFigure['kind'], () => { value: string; index: number }[]][] = [['money', () => money], ['percent', () => percent],
      ['count', () => [...counts(text, [...money, ...percent].map(x => [x.index, x.index + x.value.length])), ...measures()]]]
    // one figure per sentence: the first of money, percent, count that is new
    for (const [kind, find] of kinds) {
      const m = find().find(x => !seen.has(`${kind}:${x.value}`))
      if (!m) continue
      const value = m.value
      seen.add(`${kind}:${value}`)
      used.add(key(s.text))
      const isLead = lead.has(block)
      const confidence = sure((isLead ? C.figure.lead : C.figure.body) + (kind === 'count' ? C.figure.count : 0), isLead ? 'in the summary or introduction' : 'in the body', kind === 'count' ? 'a count (a number before a counted noun)' : `${kind} as written`)
      out.push({ f: { value, kind, measure: measureOf(s.text, m.index), sentence: s.text, span: s.span, confidence }, lead: isLead, order })
      break
    }
  }
  return out.sort((a, b) => Number(b.lead) - Number(a.lead) || a.order - b.order).map(x => x.f)
}

/**
 * Footnotes read as paragraphs: a paragraph that opens with a number the text uses as a note mark (a number glued to
 * the punctuation that ends a sentence or clause, before the next sentence: "in 2023.4 Payments rose") and then a
 * capital or a quote ("4 USDA, Farm Payments Report, 2024, …"), or with a number and a citation's first word ("5 Ibid.",
 * "6 See …"). Its figures are a source's, not the text's.
 */
function footnotes(all: { sentence: Sentence; block: Block }[]): Set<Block> {
  const marks = new Set(all.flatMap(({ sentence }) => [...sentence.text.matchAll(/[.,;:)”"’](\d{1,3})(?=\s+[\p{Lu}“"]|\s*$)/gu)].map(m => m[1]!)))
  const isNote = (text: string) => marks.has(/^(\d{1,3})\s+[\p{Lu}“"]/u.exec(text)?.[1] ?? '') || /^\d{1,3}\s+(?:See|Ibid|Id\.|Cf\.)/u.test(text)
  return new Set(all.filter(({ block }) => block.kind === 'paragraph' && isNote(block.sentences[0]?.text ?? '')).map(x => x.block))
}

function sentencesWithBlocks(sections: Section[]): { sentence: Sentence; block: Block }[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => {
    if (b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'quote') return b.sentences.map(sentence => ({ sentence, block: b }))
    if (b.kind === 'list') return b.items.flatMap(i => i.sentences.map(sentence => ({ sentence, block: b as Block })))
    return []
  }))
}
