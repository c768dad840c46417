/**
 * Dated events, from body text only (captions, Source/Note lines and footnotes are references or boilerplate, tables
 * are not read). The rule, stated: every date of a sentence is its own event, described by the clause that holds
 * that date. A date is
 * - a month with a year ("April 2025", "April 7, 2026"), or a range of months with one ("April-June 2025", sorted by
 *   its first month), or two days of a month with one ("June 3-4, 2024", "May 1 and 2, 2024"), wherever it stands;
 * - a year (from 1600 on) or decade after "in / by / since / until / through / during / from / between" (any case; not
 *   after "as of", which the gold set reads now as dating a state, now a running figure), also as a fiscal year ("in
 *   fiscal year 2026", "in FY2020") or a season ("in spring 2024", "during the summer of 2023"), but not followed by a unit ("by
 *   2000%"); a span of years is one date written whole and sorted by its start ("in 2019-2023", "from 2010 to 2020",
 *   "between 2019 and 2021"); after "after / before" the preposition is part of the date ("After 2007") and the event
 *   sorts just after / before it. A fiscal-year label ("FY2026 funding", "for FY2027"), or a fiscal year in a clause
 *   about money ("Congress appropriated $55 million in fiscal year 2024"), is a funding period, not a date (as the gold
 *   set reads the FY labels of CRS budget paragraphs); a fiscal year that dates an action ("field a battery in fiscal
 *   year 2026") is one, and so is one that opens its sentence before what an agency did with funds ("In FY2018, the
 *   agency transferred $720 million");
 * - a part of a year after a preposition ("by the end of 2025", "at the start of 2024"), sorted at that part;
 * - a year that dates a meeting, statement, summit or visit ("the 2025 AUSMIN Joint Statement");
 * - a month and day without a year after "on / as of / by …" ("as of April 9") or used attributively ("an April 8
 *   statement"), dated by the last full date before it, or by a month with a year in its own paragraph when that full
 *   date was read in an earlier one ("… collapsed in March 2025. On March 12, …");
 * - a month alone after "in" ("in March", "In early March"), dated (less surely) by the last month-with-year before it;
 * - a count of years "later" that opens a sentence ("A decade later, …", "Two years later, …"), dated (less surely) by
 *   the last year read in its paragraph or the one before, plus the count.
 * The year of a statistic is its clause's date ("imports totaled $475 billion in 2023"), and so is a planned or
 * expected date ("to be completed by 2030"), as the gold set reads them. A year inside a name ("the Trade Act of
 * 1974", "2024 NDAA", "by the 1951 treaty") or a measure ("in 2024 dollars", "from 2005 levels", "from 2020 Census
 * data", "in 2025 appropriations") is not an event, nor is a date in a clause that refers to a figure, table, report
 * or source ("(Figure 2)", "see CRS Report …", "a 2024 GAO report"), nor one that dates a document (datesADocument: a
 * parenthesis that is only a date or has it after a comma, a citation's date, a date after a legal citation ("87 Fed.
 * Reg. 4567, January 28, 2022"), a revision date after ", updated", a
 * Source/Note sentence), nor a year after "since" that a superlative measures from ("the most acres since 1960": the
 * baseline of a comparison). A footnote the
 * text reader took for a paragraph (its number, then a citation) and a section about the text (Author Information,
 * Footnotes, Glossary …) hold no events.
 */
import type { Section, Sentence, TimelineEvent } from '../model.ts'
import { allSections } from '../text/tree.ts'
import { clauseAt } from '../text/clauses.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'
import nlp from 'compromise'

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
const YEAR = '(?:1[6-9]|20)\\d\\d'
/** Words that may open a sentence, either case of the first letter: "in" and "In". */
const either = (...words: string[]) => `(?:${words.map(w => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`
const PREPOSITION = either('in', 'by', 'since', 'from', 'until', 'through', 'during', 'between', 'after', 'before')
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
/**
 * A month (or a range of months, "April-June 2025", one date that sorts by its first month) with a year, a day or two
 * days maybe ("May 1 and 2, 2024", "June 3-4, 2024": one date that sorts by its first day).
 */
const RE_MONTH_DATE = new RegExp(`\\b(?:${MONTH_WORD}\\.?\\s?[-–]\\s?)?${MONTH_WORD}\\.?\\s(?:\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2}|\\s(?:and|or)\\s\\d{1,2})?,?\\s)?${YEAR}\\b`, 'gdu')
/**
 * A year or decade after a preposition, also a fiscal year ("in fiscal year 2026", "between fiscal [years] 2026 and …"),
 * with the end of its span when it has one (group 3): "2019-2023", "from 2010 to 2020", "between 2019 and 2021".
 */
const RE_YEAR = new RegExp(`\\b(${PREPOSITION})\\s(?:the\\s(?=(?:early |late |mid-)?(?:1[6-9]|20)\\d0s))?((?:fiscal \\[?years?\\]? |FY\\s?)?(?:early |late |mid-)?${YEAR}(?:s\\b)?(\\s?[-–]\\s?(?:(?:FY\\s?)?${YEAR}|\\d\\d)(?!\\d)|\\s(?:to|through|and)\\s(?:fiscal (?:\\[?years?\\]? )?)?${YEAR})?)\\b`, 'gdu')
/** The preposition a span's second year needs: "from 2010 to 2020", "between 2019 and 2021" (a dash needs none). */
const SPAN_WORD: Record<string, RegExp> = { to: /^from$/iu, through: /^from$/iu, and: /^between$/iu }
/** Words after a year that make it part of a name or a reference, not a date. */
const RE_NAME_AFTER_YEAR = /^\s*(?:NDAA|Act|Agreement|Treaty|Accord|Convention|Report|study|survey|article|paper|plan|budget request|(?:U\.S\.\s|constant\s|real\s)?dollars|prices|terms|levels|appropriations|funding|funds|census|data|estimates?)\b/iu
/** A unit after a number that looks like a year makes it a count: "rose by 2000%", "in 2000 MW of new load". */
const RE_UNIT_AFTER = /^(?:\s?%|\s(?:percent|per cent|MW|GW|kW|TWh|GWh|MWh|kWh|tons?|tonnes?|barrels?|miles?|km|acres?|hectares?|people|persons|cases|units|vessels|ships)\b)/u
/** What may follow a year before 1900 (punctuation, a capital, a function word): "in 1700 cases" is a count, not a year. */
const RE_OLD_YEAR_ALONE = /^(?:\s*(?:[^\s\p{L}]|$)|\s+(?:(?:the|a|an|and|or|to|when|with|as|after|before|until)\b|\p{Lu}))/u
/** A season with its year after a preposition: "in spring 2024", "during the summer of 2023". */
const RE_SEASON = new RegExp(`\\b${PREPOSITION}\\s(?:the\\s)?((?:spring|summer|fall|autumn|winter)(?:\\sof)?\\s${YEAR})\\b`, 'gdu')
/** A part of a year after a preposition: "by the end of 2025", "at the start of 2024" (sorted at its part of the year). */
const RE_PART_OF_YEAR = new RegExp(`\\b(?:${PREPOSITION}|[Aa]t)\\s(the\\s(?:end|start|beginning|middle)\\sof\\s${YEAR})\\b`, 'gdu')
/** A year that dates a meeting, statement, summit or visit: "the 2025 AUSMIN Joint Statement", "a 2024 visit". */
const RE_OCCASION = new RegExp(`\\b${either('the', 'a', 'an', 'its', 'their', 'his', 'her')}\\s(${YEAR})\\s(?:\\p{Lu}[\\p{L}'’.-]*\\s){0,5}${either('meeting', 'statement', 'summit', 'visit', 'talks', 'consultations', 'conference', 'dialogue', 'speech', 'announcement')}s?\\b`, 'gdu')
/** A month and day without a year after "on" / "as of" / "by" / "since" ("on April 8"): dated by the last full date. */
const RE_MONTH_DAY = new RegExp(`\\b${either('on', 'as of', 'by', 'since', 'until', 'before', 'after')}\\s((?:${MONTH})\\s\\d{1,2})\\b(?!,?\\s*\\d{4})(?!\\d)`, 'gdu')
/** A month and day used attributively, after a determiner and before a noun: "an April 8 statement", "the April 11 meeting". */
const RE_MONTH_DAY_ATTRIBUTIVE = new RegExp(`\\b${either('a', 'an', 'the', 'one', 'its', 'this', 'that', 'his', 'her', 'their', 'each')}\\s(?:\\p{Ll}+\\s)?((?:${MONTH})\\s\\d{1,2})\\s(?=\\p{Ll})`, 'gdu')
/** A month alone after "in" ("in March", "In early March"): dated by the last month with a year. */
const RE_MONTH_ALONE = new RegExp(`\\b${either('in')}\\s((?:early |mid-|late )?(?:${MONTH}))\\b(?![\\s,]*\\d)(?!-)`, 'gdu')
/**
 * A sentence that opens on a count of years after the last year read: "A decade later, some Members of Congress
 * proposed …", "Two years later, the agency …" (dated, less surely, by that year and the count).
 */
const RE_YEARS_LATER = /^\W*((?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})\s(?:decades?|years?)\slater),/gdu
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
/** The years a "… later" date counts: "A decade later" 10, "Two years later" 2. */
const yearsLater = (date: string) => { const [n, unit] = date.toLowerCase().split(/\s/u); return (COUNT[n!] ?? Number(n)) * (/^decade/u.test(unit!) ? 10 : 1) }
/** A Source or Note line read as a sentence of the body: its dates date the data or the document. */
const RE_REFERENCE_LINE = /^\W*(?:Sources?|Notes?|Data)\s*:/u
/** A clause about money: an amount, or funds appropriated, requested, authorized or budgeted. */
const RE_MONEY = /[$€£¥]\s?\d|\b\d[\d,.]*\s(?:million|billion|trillion)\b|\b(?:appropriat\w*|fund(?:s|ing|ed)?|budget\w*|request(?:s|ed)?|authoriz\w*|obligat\w*|spend\w*)\b/iu
/** A clause about a figure, a table or a source: its dates are citations, not events. */
const RE_CITATION = /\((?:see\s+)?(?:Figure|Table|Map|Chart)\s+\d+\)|\bsee\s+(?:CRS|Figure|Table|also)\b|\b(?:CRS (?:Report|Insight|In Focus)|Figure \d+|Table \d+)\b/iu
/** A year that dates a report, a study or an assessment, its author's name maybe between: "a 2024 GAO report". */
const RE_DATED_REPORT = /\b(?:1[6-9]|20)\d\d\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,4}(?:[Rr]eport|[Ss]tudy|[Ss]urvey|[Aa]rticle|[Pp]aper|[Aa]nalysis|[Aa]ssessment)\b/u
const RE_MONTH_IN = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** The month a season sorts by. */
const SEASONS: Record<string, number> = { winter: 0, spring: 3, summer: 6, fall: 9, autumn: 9, start: 0, beginning: 0, middle: 6, end: 11 }
/** Where "early / mid- / late" puts a month's event (day of the month, for sorting). */
const PART_OF_MONTH: Record<string, number> = { early: 5, mid: 15, late: 25 }

type Kind = 'monthDate' | 'season' | 'partOfYear' | 'occasion' | 'year' | 'monthDay' | 'attributive' | 'monthAlone' | 'later'
interface Found { date: string; at: number; kind: Kind }

/** A section about the text rather than its subject: its authors, sources, terms. */
const RE_ABOUT_THE_TEXT = /^(?:(?:foot|end)?notes|references|sources|bibliography|glossary|acronyms(?: and abbreviations)?|abbreviations)$|\bauthor (?:information|contact)\b|\babout the authors?\b/iu
/**
 * A footnote the text reader took for a paragraph: a footnote number, then a citation (a quoted title with its comma,
 * a URL, a Federal Register, a page, "accessed", "et al.", "Ibid.") — "1 Proclamation 9705 of March 8, 2018, "…," 83
 * Federal Register 11625".
 */
const RE_FOOTNOTE = /^\d{1,3}\s+\p{Lu}/u
const RE_CITATION_MARK = /[,.]["”]|https?:\/\/|www\.|\bFed(?:eral|\.)\s?Reg(?:ister|\.)|\bpp?\.\s?\d|\baccessed\b|\bet al\.|^\d{1,3}\s+(?:Ibid|See|Id\.)\b/u

/** A label that is only a date: a month with its year, maybe a day ("October 2023", "May 3, 2024"). */
const RE_DATE_LABEL = new RegExp(`^${MONTH_WORD}\\.?\\s(?:\\d{1,2},?\\s)?${YEAR}$`, 'u')

/** The sentences of the body, each with the number of its paragraph (a list item is a paragraph). */
function sentencesOfSections(sections: Section[]): { sentence: Sentence; paragraph: number }[] {
  let paragraph = 0
  const of = (ss: Sentence[]) => {
    paragraph++
    const text = ss.map(x => x.text).join(' ')
    if (RE_FOOTNOTE.test(text) && RE_CITATION_MARK.test(text)) return []
    return ss.map(sentence => ({ sentence, paragraph }))
  }
  // an item labelled by a date ("- October 2023: the regional center opened.", "February 2024. Delivery fell …") tells
  // that date's event in its first sentence, which is read with its label
  const labelled = (label: string | undefined, ss: Sentence[]) => label !== undefined && RE_DATE_LABEL.test(label.trim()) && ss.length
    ? [{ ...ss[0]!, text: `${label.trim()}: ${ss[0]!.text}` }, ...ss.slice(1)] : ss
  return allSections(sections).filter(s => !RE_ABOUT_THE_TEXT.test(s.title)).flatMap(s => s.blocks.flatMap(b => {
    if (b.kind === 'item') return of(labelled(b.label, b.sentences))
    if (b.kind === 'paragraph' || b.kind === 'quote') return of(b.sentences)
    if (b.kind === 'list') return b.items.flatMap(i => of(labelled(i.label, i.sentences)))
    return []
  }))
}

const yearOf = (d: string) => Number(new RegExp(YEAR).exec(d)?.[0] ?? NaN)
const isFullDate = (d: string) => new RegExp(`\\d{1,2},?\\s+${YEAR}`).test(d)

/** Every date of a sentence, in text order; where two readings overlap, the first pattern's wins. */
function datesOf(text: string): Found[] {
  const found: Found[] = []
  const add = (re: RegExp, kind: Kind, group = 1) => {
    for (const m of text.matchAll(re)) {
      let [at, end] = m.indices![group]!
      if (kind === 'year') {
        // a span's second year after "to" / "and" belongs to it only after "from" / "between": "in 2010 and 2015" is two years
        const span = m.indices![3]
        const word = /^\s(to|through|and)\s/u.exec(m[3] ?? '')?.[1]
        // "during fiscal years 2007 through 2009": the plural names the span whatever the preposition
        if (span && word && !SPAN_WORD[word]!.test(m[1]!) && !/^fiscal \[?years\]?\s/iu.test(m[2]!)) end = span[0]
        // the second year of a span written without its preposition ("(2007 through 2009)") is its end, no date
        if (/^(?:to|through|and|until)$/iu.test(m[1]!) && new RegExp(`${YEAR}\\s$`, 'u').test(text.slice(0, m.index!))) continue
        const after = text.slice(end)
        if (originOfANoun(text, m.index!, m[1]!, span !== undefined && end === span[1])) continue
        if (RE_NAME_AFTER_YEAR.test(after) || RE_UNIT_AFTER.test(after) || (yearOf(m[2]!) < 1900 && !RE_OLD_YEAR_ALONE.test(after))) continue
        // after / before: the preposition is part of the date ("After 2007")
        if (/^(?:after|before)$/iu.test(m[1]!)) at = m.index!
      }
      if (found.some(f => at < f.at + f.date.length && end > f.at)) continue
      found.push({ date: text.slice(at, end), at, kind })
    }
  }
  add(RE_MONTH_DATE, 'monthDate', 0)
  add(RE_SEASON, 'season')
  add(RE_PART_OF_YEAR, 'partOfYear')
  add(RE_OCCASION, 'occasion')
  add(RE_YEAR, 'year', 2)
  add(RE_MONTH_DAY, 'monthDay')
  add(RE_MONTH_DAY_ATTRIBUTIVE, 'attributive')
  add(RE_MONTH_ALONE, 'monthAlone')
  add(RE_YEARS_LATER, 'later')
  if (RE_REFERENCE_LINE.test(text)) return []
  return found.filter(f => !datesADocument(text, f) && !comparedSince(text, f)).sort((a, b) => a.at - b.at)
}

/**
 * Whether a year after "from" names where a noun comes from, not when its clause happened: "revert to permanent law from
 * 1949", "a statute from 1976", "rules from 2016 remain in force". The word before "from" is a noun (not a verb, a
 * number or an adverb: "rose sharply from 2019", "down 15% from 2001" are changes, which other rules read), and the
 * year opens no span ("from 2010 to 2020").
 */
function originOfANoun(text: string, at: number, preposition: string, isSpan: boolean): boolean {
  if (!/^from$/iu.test(preposition) || isSpan) return false
  const word = /(\p{L}+)\s$/u.exec(text.slice(0, at))?.[1]
  if (!word) return false
  const term = nlp(text.slice(0, at)).terms().last()
  return term.has('#Noun') && !term.has('#Verb') && !term.has('#Pronoun') && !term.has('#Value') && !term.has('#Date')
}

/**
 * The text inside the parenthesis that holds position `at`, up to `at`; undefined outside parentheses. A sentence cut
 * inside a parenthesis ("… guidance (88 Fed." | "Reg. 12345, October 5, 2023).") is read from its start.
 */
function parenthesisBefore(text: string, at: number): string | undefined {
  let depth = 0
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === ')') depth++
    else if (text[i] === '(' && depth-- === 0) return text.slice(i + 1, at)
  }
  let open = 0
  for (const ch of text.slice(at)) {
    if (ch === '(') open++
    else if (ch === ')' && open-- === 0) return text.slice(0, at)
  }
  return undefined
}

/**
 * A date that dates a document, a figure or a name, not an event: one in parentheses that opens it or follows a comma
 * or semicolon there ("(December 2024)", "(IEA, April 2025)", "(P.L. 117-58, November 15, 2021)"), or one after "as
 * of" in parentheses ("(or $64,000 as of March 2026)"); a citation's date after a quoted title or before a URL or page
 * ("…Trade," March 10, 2026, https://…), after "accessed"; a date in a quoted title ("the hearing “Securing Elections
 * in 2024”"); the date of a law or an order named by it ("the Act of June 25, 1948", "Executive Order 14308 of June
 * 12, 2025", unless the text says it was issued or signed then).
 * A parenthesis with its own preposition ("(in April-June 2025 …)", "(…, dated September 5, 2025)") still dates events.
 */
function datesADocument(text: string, f: Found): boolean {
  const before = text.slice(0, f.at)
  const inner = parenthesisBefore(text, f.at)
  if (inner !== undefined && (/(?:^|[,;])\s*$/u.test(inner) || /\bas of\s$/iu.test(inner))) return true
  if (/[,.;]\s?["”](?:\s*[\p{Lu}\d][^,"”()]{0,60},){0,3}\s*$/u.test(before) || /\b(?:accessed|retrieved|last updated|et al\.)[,:]?(?:\son)?\s*$/iu.test(before)) return true
  if (/^,?\s*(?:https?:\/\/|www\.|pp?\.\s?\d)/iu.test(text.slice(f.at + f.date.length))) return true
  if (inQuotedTitle(text, f.at)) return true
  // a document's revision date ("DOD Directive 3000.09, updated January 25, 2023, governs …")
  if (/(?:^|[,(]\s*)updated\s$/iu.test(before)) return true
  // a date inside a name: "the Act of June 25, 1948", "Executive Order 14308 of June 12, 2025", "Proclamation 9705 of
  // March 8, 2018" — unless the text says the named document was issued or signed then
  if (/\bAct of\s$/u.test(before)) return true
  // a date after a legal citation's volume and page ("87 Fed. Reg. 4567, January 28, 2022", "P.L. 117-58, November 15,
  // 2021", "135 Stat. 429, 911, 2021") dates the document cited
  if (RE_LEGAL_CITATION_BEFORE.test(before)) return true
  // and a document named by its date: "the Federal Register notice of March 3, 2022", "the Secretary's memorandum of
  // March 8, 2018"
  return (/\b\p{Lu}\p{L}+\s(?:No\.\s?)?\d[\d.-]*\sof\s$/u.test(before) || RE_DOCUMENT_OF.test(before)) && !RE_ISSUED.test(text)
}

/** The end of a legal citation, up to a date after its comma: "87 Fed. Reg. 4567, ", "P.L. 117-58, ", "135 Stat. 429, 911, ". */
const RE_LEGAL_CITATION_BEFORE = /(?:\bFed\.\s?Reg\.|\bFederal Register|\bStat\.|\bU\.S\.C\.|\bC\.F\.R\.|\bU\.S\.|\bF\.\d?d|\bP\.L\.|\bPub\.\s?L\.(?:\sNo\.)?)\s?(?:§+\s?)?[\d][\d\s§.,()-]*,\s$/u

/** A document named by the date after "of": "notice of ", "memorandum of ", "letter of ". */
const RE_DOCUMENT_OF = /\b(?:notice|letter|memorandum|memo|decision|opinion|determination|directive|guidance|ruling|proclamation|order|rule|report)\sof\s$/iu

/** A verb that dates a document's issue: a date in its name is then the clause's date ("signed Proclamation 9705 of …"). */
const RE_ISSUED = /\b(?:issued|signed|promulgated|published|proclaimed|announced)\b/iu

/**
 * A year after "since" that a superlative or "first" measures from is a baseline of a comparison, not an event: "the
 * fire season of 2020 burned the most acres since 1960", "its lowest level since 1937", "the first test since 2011".
 */
const RE_COMPARED_SINCE = /\b(?:most|least|first|(?:high|low|larg|small|bigg|great|few|wor|be|strong|weak|fast|slow|deep|long|short|earli|hott|dri|wett|warm|cold|busi|sharp|steep)est)\b(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+since\s$/iu
const comparedSince = (text: string, f: Found) => f.kind === 'year' && RE_COMPARED_SINCE.test(text.slice(0, f.at))

/** Whether position `at` lies inside a quoted title: quoted words in title case ("“Election Security in 2024,”"). */
function inQuotedTitle(text: string, at: number): boolean {
  const quotes = [...text.matchAll(/["“”]/gu)].map(m => m.index!)
  for (let i = 0; i + 1 < quotes.length; i += 2) {
    const [open, close] = [quotes[i]!, quotes[i + 1]!]
    if (at < open || at > close) continue
    const words = text.slice(open + 1, close).split(/\s+/u).filter(w => /^\p{L}{4,}/u.test(w))
    return words.length >= 2 && words.filter(w => /^\p{Lu}/u.test(w)).length / words.length >= 0.75
  }
  return false
}

/** Words of a clause that tell of what is planned, scheduled, projected or due rather than what happened. */
const RE_PLANNED = /\b(?:will|would|shall|must|(?:is|are|was|were|be|been)\s(?:(?:now|still|originally|initially|tentatively|\p{Ll}+ly)\s)?(?:scheduled|projected|expected|set|slated|due|planned|required|intended|anticipated|forecast)\s(?:to|for|in|by|on|during)|(?:is|are|was|were)\s(?:(?:originally|initially|once)\s)?to\s(?:be\s)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|all|each)\b)\p{Ll}+|plans?\sto|aims?\sto|intends?\sto|(?:no|not)\slater\sthan)\b/iu
/**
 * A modal of what may or might happen, or could ("elections may be held later in 2026", "the first contracts could be
 * awarded in December 2025"): what it dates has not happened. Lower case only: "May" is a month.
 */
const RE_MODAL = /\b(?:may|might|could)\s(?!\d)/u
/** A deadline named as such before its date: "missed the original deadline of May 2024", "a target date of 2030". */
const RE_DEADLINE_OF = /\b(?:deadline|target date|due date|expiration date)\s(?:of|on|in|for)\s$/iu
/**
 * Before a date after "by": a directive with its infinitive ("directed the agency to treat 10 million acres by 2027",
 * "required DOE to begin accepting spent fuel by January 31, 1998"): the date is the deadline it set, not an event.
 */
const RE_DIRECTED_BY = /\b(?:direct|requir|mandat|order|instruct|call(?:ed|s)?\sfor|gave|give|gives|allow)\w*\b[^;]*?\bto\s\p{Ll}+\b[^;]*\sby\s(?:the\s(?:end|start|beginning|middle)\sof\s)?$/iu
/** Before a date: the end of a span ("authorized until September 30, 2022", "extended through the end of March 2018") or a deadline. */
const RE_SPAN_END = /\b(?:until|through|till|(?:no|not)\slater\sthan)\s(?:the\s(?:end|start|beginning|middle)\sof\s)?$/iu
/** What ends the stretch of a clause a date's verb is read in: a complement or relative clause, a quotation. */
const RE_STRETCH_END = /\s(?:that|which|who|because|while|when|although|though|if)\s|["“]/u
/** Before a date: "by", maybe with a part of the year ("by 2030", "by the end of 2026"). */
const RE_BY = /\bby\s(?:the\s(?:end|start|beginning|middle)\sof\s)?$/iu

/**
 * Whether a clause is told in the past: a verb in a past tense or a perfect ("had treated", "reached", "was
 * implemented", "has spent"), or no verb read at all (nothing to go on). "The plan calls for net-zero emissions by 2050"
 * and "the strategy targets 30 percent of lands by 2030" are not: what they date is a target.
 */
function toldInThePast(clause: string): boolean {
  return tenseOf(clause) !== 'present'
}

/**
 * The time a clause is told in: past (a past tense or a perfect), present (a finite verb in the present, none past), or
 * none read. A word in -ed the tagger did not take for a verb ("the service obligated $1.9 billion for dredging", where
 * it reads "dredging") leaves the time unread, and so does a verb in -ing alone.
 */
function tenseOf(clause: string): 'past' | 'present' | 'none' {
  const verbs = nlp(clause).verbs().json() as { text: string; verb?: { grammar?: { tense?: string; form?: string } } }[]
  if (verbs.some(v => v.verb?.grammar?.tense === 'PastTense' || /perfect/u.test(v.verb?.grammar?.form ?? ''))) return 'past'
  const finite = verbs.filter(v => !/^\p{L}+ing\W*$/u.test(v.text.trim()))
  return !finite.length || /\b\p{Ll}{3,}ed\b/u.test(clause) ? 'none' : 'present'
}

/** The stretch of a date's clause its verb is read in: the clause, after the date only up to a complement or quotation. */
function stretchOf(text: string, at: number, date: string): string {
  const clause = clauseAt(text, at, { insertions: true })
  const from = Math.max(0, clause.indexOf(date))
  const after = clause.slice(from + date.length)
  const cut = RE_STRETCH_END.exec(after)
  return clause.slice(0, from) + ' ' + (cut ? after.slice(0, cut.index) : after)
}

/** How much a date that names no event that happened loses: enough to fall below what the timeline shows. */
export const NOT_AN_EVENT = -0.5

/**
 * Why the date at `at` of `text` names no event that happened, if it does not: a clause of what is planned, scheduled,
 * projected, due or required ("the new rates are scheduled to go into effect on October 1, 2021", "H.R. 2874 would
 * authorize the program until September 30, 2022", "the first cutter was to be delivered in 2024", "must submit a
 * strategy by March 31, 2026"; a deadline a directive set, "directed the agency to treat 10 million acres by 2027"; read before the date and after it up to a complement, so "estimated in
 * February 2010 that the change would have raised …" dates the estimate); the end of a span or a deadline after
 * "until / through / no later than"; a state at the time of writing after "as of", told in the present ("As of August
 * 2019, the United Nations conducts 14 operations"); a date later than the text's own (its dateline), which had not
 * come when the text was written.
 */
function notAnEvent(text: string, at: number, date: string, key: number, dated: number | undefined): string | undefined {
  const before = text.slice(0, at)
  if (RE_SPAN_END.test(before)) return 'the end of a span or a deadline, not an event'
  if (RE_DIRECTED_BY.test(before.slice(Math.max(before.lastIndexOf('; '), 0)))) return 'a deadline a law or an order set (a directive to do something by the date), not an event'
  const clause = clauseAt(text, at, { insertions: true })
  const after = clause.slice(Math.max(0, clause.indexOf(date)) + date.length)
  const cut = RE_STRETCH_END.exec(after)
  const stretch = stretchOf(text, at, date)
  if (RE_PLANNED.test(stretch)) return 'a plan, schedule, projection or deadline, not an event'
  if (RE_MODAL.test(stretch)) return 'what may, might or could happen (a modal), not an event'
  if (RE_DEADLINE_OF.test(before)) return 'a deadline named as such, not an event'
  if (RE_BY.test(before) && !toldInThePast(stretch)) return 'a target or a deadline (after "by", in a clause not told in the past), not an event'
  if (/\bas of\s$/iu.test(before)) {
    const verb = (nlp(cut ? after.slice(0, cut.index) : after).verbs().json() as { text: string; verb?: { grammar?: { form?: string } } }[])
      .find(v => !/^\p{L}+ing$/u.test(v.text.trim()))
    if (verb?.verb?.grammar?.form === 'simple-present') return 'a state at the time of writing (after "as of", in the present), not an event'
  }
  if (dated !== undefined && key > dated) return 'later than the date of the text, not an event that had happened'
  return undefined
}

/** Funds given or asked for: a fiscal year in their clause is the year they fund, whatever its place. */
const RE_FUNDS_GIVEN = /\b(?:appropriat|authoriz|request|budget|provid|allocat|enact)\w*\b/iu
/**
 * Whether a fiscal year opens its sentence (or a clause after a semicolon) as the time of what was done: "In FY2018, the
 * agency transferred $720 million from nonfire programs", "In fiscal year 2021, the Forest Service obligated $1.9
 * billion" (what an agency did with funds in that year). Not a plan ("In FY2026, the Space Force plans to spend $5.7
 * billion") nor funds given or asked for ("In fiscal year 2024, Congress appropriated $55 million"): those label funding.
 */
function fiscalSetting(text: string, at: number, clause: string): boolean {
  return /(?:^|;\s)\W*(?:In|in|During|during)\s$/u.test(text.slice(0, at)) && !RE_PLANNED.test(clause) && !RE_FUNDS_GIVEN.test(clause)
}

/** The sort key of a text's dateline ("Updated April 9, 2026 (IN12678)"): a month without its day sorts at its end. */
function datelineKey(dateline: string | undefined): number | undefined {
  const m = dateline === undefined ? undefined : new RegExp(RE_MONTH_DATE.source, 'u').exec(dateline)
  if (!m) return undefined
  const month = MONTHS.indexOf(RE_MONTH_IN.exec(m[0])?.[1] ?? '')
  const day = Number(/\s(\d{1,2}),?\s/u.exec(m[0])?.[1] ?? 31)
  return month < 0 ? undefined : yearOf(m[0]) + month / 12 + day / 400
}

/**
 * The dated events of the body. `dateline`, the text's own date when it states one, tells what had not yet happened
 * when it was written: such a date, like a plan's or a deadline's ({@link notAnEvent}), stays on the list at a lower
 * confidence ({@link NOT_AN_EVENT}), which the timeline slide does not show. Without a dateline, a date told in the
 * present and later than every date the text tells in the past is taken for one that had not come.
 */
export function findTimeline(sections: Section[], dateline?: string): TimelineEvent[] {
  const dated = datelineKey(dateline)
  const out: TimelineEvent[] = []
  // the events that name something that happened, with the time their clause is told in (for a text without a dateline)
  const told: { event: TimelineEvent; tense: 'past' | 'present' | 'none' }[] = []
  const seen = new Set<string>()
  // the year of the last full date read dates a month and day without a year ("on April 8"); the year of the last
  // month with a year dates a month alone ("in March")
  // (each with the paragraph it was read in)
  let lastFullYear: { year: number; paragraph: number; month: number } | undefined
  let lastMonthYear: { year: number; paragraph: number; month: number } | undefined
  // the year of the last date read, which a count of years "later" counts from (in its paragraph or the one before)
  let lastYear: { year: number; paragraph: number } | undefined
  for (const { sentence: s, paragraph } of sentencesOfSections(sections)) {
    // each date in text order takes its year: its own, or the last one read (a date that cannot be dated is left out)
    const dates = datesOf(s.text).flatMap(d => {
      // a month and day takes the year of the last full date, unless that was read in an earlier paragraph and a month
      // with a year in its own paragraph came after it ("… collapsed in March 2025. On March 12, the Secretary said …")
      // and not later in the year than the day ("in December 2021. On September 22, …" may be a later year)
      const monthOf = (date: string) => MONTHS.indexOf(RE_MONTH_IN.exec(date)?.[1] ?? '')
      const ownParagraph = lastMonthYear?.paragraph === paragraph && lastFullYear?.paragraph !== paragraph && monthOf(d.date) >= lastMonthYear.month ? lastMonthYear : lastFullYear
      const from = d.kind === 'monthDay' || d.kind === 'attributive' ? ownParagraph : d.kind === 'monthAlone' ? lastMonthYear : undefined
      if (d.kind === 'monthDate') { lastMonthYear = { year: yearOf(d.date), paragraph, month: monthOf(d.date) }; if (isFullDate(d.date)) lastFullYear = lastMonthYear }
      if (d.kind === 'later') {
        const base = lastYear && lastYear.paragraph >= paragraph - 1 ? lastYear : undefined
        return base ? [{ ...d, year: base.year + yearsLater(d.date), inferred: undefined, byMonth: false }] : []
      }
      const needsYear = d.kind === 'monthDay' || d.kind === 'attributive' || d.kind === 'monthAlone'
      if (needsYear && !from) return []
      const inferred = from && { year: from.year, inParagraph: from.paragraph === paragraph }
      const year = inferred?.year ?? yearOf(d.date)
      return Number.isNaN(year) ? [] : [{ ...d, year, inferred, byMonth: needsYear && d.kind !== 'monthAlone' && from !== lastFullYear }]
    })
    const read = dates.filter(d => d.kind !== 'later').at(-1)
    if (read) lastYear = { year: read.year, paragraph }
    for (const { date, at, kind, year, inferred, byMonth } of dates) {
      const clause = clauseAt(s.text, at, { insertions: true })
      // a fiscal year in a clause about money labels the funding ("appropriated $55 million in fiscal year 2024")
      // (unless it opens the sentence as the time of what was done: "In FY2018, the agency transferred $720 million …")
      if (RE_CITATION.test(clause) || RE_DATED_REPORT.test(clause) || (/^(?:fiscal\b|FY)/iu.test(date) && RE_MONEY.test(clause) && !fiscalSetting(s.text, at, clause)) || seen.has(date + clause)) continue
      seen.add(date + clause)
      const season = /\b(spring|summer|fall|autumn|winter|(?:start|beginning|middle|end)(?= of))\b/iu.exec(date)?.[1]?.toLowerCase()
      const month = season ? SEASONS[season]! : MONTHS.indexOf(RE_MONTH_IN.exec(date)?.[1] ?? '')
      const day = Number(/\s(\d{1,2})(?:,|\s|$|[-–])/.exec(date)?.[1] ?? PART_OF_MONTH[/^(early|mid|late)/u.exec(date)?.[1] ?? ''] ?? 0)
      // a year alone said to be late in it ("late 2021", "later in 2025") sorts after the months of that year, "mid-" in
      // its middle; any other year alone at its start
      const yearPart = month < 0 ? (/^late\b/iu.test(date) || /\b(?:later|late)\s+in\s+$/iu.test(s.text.slice(Math.max(0, at - 12), at)) ? 0.9 : /^mid\b/iu.test(date) ? 0.5 : 0) : 0
      const edge = /^after\b/iu.test(date) ? 0.99 : /^before\b/iu.test(date) ? -0.01 : yearPart
      const form = kind === 'later' ? ['a count of years after the last year read ("A decade later")', C.event.monthAlone] as const
        : kind === 'monthAlone' ? ['a month after "in", the year from the last month with a year before it', C.event.monthAlone] as const
        : inferred !== undefined ? [byMonth ? 'month and day, the year from the month with a year before it in its paragraph' : 'month and day, the year from the last full date before it', C.event.inferredYear] as const
        : kind === 'season' ? ['a season and year', C.event.season] as const
        : kind === 'partOfYear' ? ['a part of a year after a preposition', C.event.year] as const
        : kind === 'occasion' ? ['a year that dates a meeting, statement or visit', C.event.occasion] as const
        : day ? ['full date', C.event.fullDate] as const : month >= 0 ? ['month and year', C.event.monthYear] as const
        : /s$/.test(date) ? ['a decade after a preposition', C.event.year] as const : ['a year after a preposition', C.event.year] as const
      const shared = dates.length > 1
      const sortKey = year + edge + (month >= 0 ? month / 12 : 0) + day / 400
      const not = notAnEvent(s.text, at, date, sortKey, dated)
      const confidence = sure(form[1] + (shared ? C.event.sharedSentence : 0) + (not ? NOT_AN_EVENT : 0), form[0], ...(shared ? [`one of ${dates.length} dates in its sentence, given the clause that holds it`] : []), ...(not ? [not] : []))
      const event = { date, sortKey, ...(inferred ? { inferredYear: inferred } : {}), text: s.text, span: s.span, confidence }
      out.push(event)
      if (!not && dated === undefined) told.push({ event, tense: tenseOf(stretchOf(s.text, at, date)) })
    }
  }
  // a text without a dateline: a date told in the present that is later than every date told in the past had not come
  // when the text was written ("The current authorization expires on September 30, 2026" after "CBO projected in
  // February 2024 …")
  const lastPast = Math.max(...told.filter(t => t.tense === 'past').map(t => t.event.sortKey))
  for (const t of told) {
    if (t.tense === 'present' && t.event.sortKey > lastPast) t.event.confidence = sure(t.event.confidence.score + NOT_AN_EVENT, t.event.confidence.basis, 'told in the present and later than every date the text tells in the past: not yet come when it was written')
  }
  return out.sort((a, b) => a.sortKey - b.sortKey || a.span.line - b.span.line)
}
