/**
 * Component gates, precision first: a component appears only when enough of its items pass their checks, else the
 * deck leaves it out and `briefdeck check` says why (an info diagnostic naming what was dropped). The planner draws
 * exactly what these selections return, so the deck and the diagnostics never disagree.
 * - **Actor map**: the {@link MAP_ACTORS} most-mentioned actors (each named in two sentences or more) and the
 *   relations between them; drawn with at least {@link MIN_MAP_ACTORS} actors and {@link MIN_MAP_RELATIONS} relations.
 * - **Timeline**: one event a date (the first that passes the checks) and one date a text, shown as its sentence
 *   when short, else as the clause that holds the date (text/clauses.ts `clauseAt` with `insertions`: an insertion between dashes
 *   left out; when that is too long, the clause up to the dash); a sentence with several dates always shows each date's own clause. An event whose text would not show its
 *   date, or whose clause lost its subject ("as well as …") or its verb ("Attacks on Iran on April 8") to the split,
 *   is dropped, and so is a fragment whose only verb is in a subordinate clause ({@link isFragment}); a date that is the
 *   baseline of a change or comparison ("up from 9% in 2003") is not shown ({@link isBaseline}); dates in successive
 *   predicates of one subject (a bill history) show each its own predicate ({@link ownPredicate}). A text that holds several dates is shown under the one that dates what it says, never under a date
 *   inside a quotation or a subordinate clause of it ({@link datesText}). A date written without its year shows the year its own paragraph states ("In early March" after
 *   "February 2026" in the paragraph: "early March 2026"); a month alone whose year was read in another paragraph is
 *   dropped (it might sort into the wrong year). Drawn with at least {@link MIN_EVENTS} events; the
 *   first {@link MAX_EVENTS} in date order are shown.
 * (Risk matrices have their own gate: risks.ts.)
 */
import type { Actor, Diagnostic, Findings, Relation, TimelineEvent } from '../model.ts'
import nlp from 'compromise'
import { clauseAt } from '../text/clauses.ts'
import { pointsBack } from '../text/reference.ts'
import { countWords } from '../text/words.ts'

/** A clause conjunction a split clause opens on, and the letter after it ("and the Navy …", "and New Zealand …"). */
const RE_JOINED = /^(?:and|but|yet)\s+(\p{L})/u
const RE_CLAUSE_OPENER = /^(?:in|on|by|since|as of|as|after|before|during|from|until|through|following|when|while|and|but|then|until|at)\b/u

/** A word that opens a subordinate clause: a date in it dates that clause, not the sentence's own event. */
const RE_SUBORDINATOR = /\b(?:since|when|after|before|until|because|while|once|although|though|whereas|if)\s+(.*)$/iu

/**
 * Whether the date at `at` dates what `text` says, when the text holds another date too: not one inside a quotation
 * (the speaker's words: "In a 2023 speech, the Secretary warned that the river “cannot deliver what was promised in
 * 1922.”") nor one inside a subordinate clause, a subordinating word and a verb before it in its stretch of the text
 * ("Lake Mead fell to a record low in July 2022, its lowest since the reservoir was filled in the 1930s"; "After talks
 * collapsed in March 2025, the agency published …"). A date right after "since" or "after" is the text's own.
 */
export function datesText(text: string, at: number): boolean {
  const before = text.slice(0, at)
  if (quoted(text, at)) return false
  const stretch = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)
  const sub = RE_SUBORDINATOR.exec(stretch)
  return !sub || !nlp(sub[1]!).has('#Verb')
}

/**
 * Whether the date at `at` stands inside a quotation: the speaker's words ("rated “high risk in 2019” by the Corps",
 * "said the rule “would end the program in 2024”"), which date what the speaker said, not an event of the text.
 */
export function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at)
  return (before.match(/"/gu) ?? []).length % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”')
}

/**
 * A relative clause opened before a date in its stretch of the text: "that / which / who …", or a participle with its
 * agent, not after an auxiliary ("the program authorized by Congress since 2008"; "were rejected by the House in March
 * 2026" is the text's own verb).
 */
const RE_RELATIVE = /\b(?:that|which|who)\s+(.*)$/iu
const RE_REDUCED_RELATIVE = /(?<!\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s(?:\p{Ll}+ly\s)?)(?<=\s)(\p{Ll}+ed\s+by\s.*)$/u

/**
 * Whether the date at `at` sits in a relative clause that follows the text's own verb, so dates what that clause
 * tells of a noun, not what the text says: "revenue has been insufficient to support the program authorized by
 * Congress since 2008", "As was the case with an earlier resolution, 1718, that was passed in October 2006 …, Res.
 * 1874 seeks …". A participle that describes the subject before its verb ("The tax revision enacted in late 2017 made
 * changes") dates the subject's event, which the text goes on from.
 */
export function inRelativeClause(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const stretch = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)
  const rel = RE_RELATIVE.exec(stretch) ?? RE_REDUCED_RELATIVE.exec(stretch)
  if (!rel || !nlp(rel[1]!).has('#Verb')) return false
  const main = before.slice(0, before.length - rel[0].length) + text.slice(at).replace(/^[^,;]*/u, '')
  return nlp(main).has('#Verb')
}

/** A determiner (and maybe an adjective) right before a date: the date may modify the noun after it. */
const RE_DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that|each)\s(?:\p{Ll}+\s)?$/iu
/** A word that may follow a date without making it attributive ("in the 1980s and 1990s", "the 1980s, when …"). */
const RE_NOT_A_NOUN = /^(?:and|or|but|to|through|when|as|with|in|on|at|by|for|of|from|that|which|while|after|before|until|was|were|is|are|had|has|have|the|a|an)$/iu

/**
 * Whether a date only modifies a noun, not the time of its clause's verb: a date between a determiner and a noun
 * ("Iran has reportedly conditioned the April 11 meeting on a ceasefire", "officials met ahead of the 2025 summit",
 * "commissions were used after crises, including the September 11, 2001, terrorist attacks") dates that noun. It dates the clause when its noun phrase is the clause's subject ("The April 11 meeting ended
 * without agreement") or its setting after "in / at / during" ("In a 2023 speech, the Secretary warned …").
 */
export function onlyModifiesANoun(text: string, at: number, date: string): boolean {
  const before = text.slice(0, at)
  const det = RE_DETERMINER_BEFORE.exec(before)
  // a full date closes on a comma in US style when a noun follows it ("the September 11, 2001, terrorist attacks")
  const next = (/\d{1,2},\s\d{4}$/u.test(date) ? /^,?\s([\p{L}][\p{L}'’.-]*)/u : /^\s([\p{L}][\p{L}'’.-]*)/u).exec(text.slice(at + date.length))?.[1]
  if (!det || !next || RE_NOT_A_NOUN.test(next) || /^\s*the\b/iu.test(date)) return false
  const lead = before.slice(0, det.index)
  return !/(?:^\s*|,\s*|\b(?:[Ii]n|[Aa]t|[Dd]uring)\s)$/u.test(lead)
}

/** A negation of a clause's verb: "did not plan", "has never tested", "no agreement was reached", "there were no attacks". */
const RE_NEGATION = /\b(?:not|never|cannot|no longer)\b(?<!\b(?:not (?=only|just|least)|or not|if not))|n't\b|(?:^|,\s*)(?:no|none of|neither)\s|\bthere\s(?:was|were|is|are|has been|have been|had been)\sno\b/iu
const RE_NOT_ONLY = /\bnot\s(?:only|just|least)\b|\b(?:or|if)\snot\b/giu

/**
 * Whether the clause of the date at `at` is negated, so names no event: a negation before the date, or after it before
 * the next conjunction, subordinate clause or quotation ("the Army did not plan to conduct a live fire exercise during spring 2025"; but "were located
 * in the gulf in February 2026 and had not departed" dates the locating). A date after "as of" dates a state, which a
 * negation still describes ("As of April 9, no text has been released").
 */
export function negated(text: string, at: number, date: string): boolean {
  if (/\bas of\s$/iu.test(text.slice(0, at))) return false
  const after = text.slice(at + date.length)
  const cut = /\s(?:and|but|that|which|who|because|while|when|although|though|if)\s|["“]/u.exec(after)
  const stretch = (text.slice(0, at).replace(/["“][^"”]*["”]/gu, '') + ' ' + (cut ? after.slice(0, cut.index) : after)).replace(RE_NOT_ONLY, '')
  return RE_NEGATION.test(stretch)
}

/**
 * The label a shown event's date takes: a date after "since" starts a span ("has recorded 17 attacks on vessels since
 * March 1, 2026" is "Since March 1, 2026", not an event on that day), a span of two years is written with a dash
 * ("between 2018 and 2020": "2018–2020").
 */
function label(text: string, at: number, date: string): string {
  const span = /^((?:1[6-9]|20)\d\d) (?:and|to|through) ((?:1[6-9]|20)\d\d)$/u.exec(date)
  const written = span ? `${span[1]}–${span[2]}` : date
  const since = /\b[Ss]ince\s(the\s)?$/u.exec(text.slice(0, at))
  return since ? `Since ${since[1] ?? ''}${written}` : written
}

/**
 * Where `date` stands in `text` as a date of its own: not inside a longer date ("2023" in "September 30, 2023", "March
 * 2018" in "the end of March 2018" is its own, "2009" in "2007 through 2009" is not), else -1. A year of a sentence
 * with a full date of the same year is shown under its own words, not under the full date's.
 */
export function dateIndex(text: string, date: string): number {
  for (let at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + 1)) {
    const before = text.slice(0, at)
    if (/^\d/u.test(date) && /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?:\d{1,2},?\s)?|\d\s?[-–]\s?|\d\s(?:through|to|and)\s)$/u.test(before)) continue
    if (/^\d/u.test(text.slice(at + date.length))) continue
    return at
  }
  return -1
}

/** A subordinate clause, up to the next comma or semicolon: what is left of a text without them is its main clause. */
const RE_SUBORDINATE_STRETCH = /\b(?:after|before|when|because|since|until|while|once|although|though|whereas|if)\s[^,;]*/giu

/**
 * Whether a text is a fragment: it has a verb only inside a subordinate clause, so says when, not what happened ("Again
 * in 2019 after another vulnerability was identified."). "After 2007, China and Russia continued …" has its own verb.
 */
export function isFragment(text: string): boolean {
  const main = text.replace(RE_SUBORDINATE_STRETCH, ' ')
  return main !== text && !nlp(main).has('#Verb')
}

/**
 * Before a date in its stretch of the text (since the last comma or semicolon): the baseline of a comparison, "up from 9%
 * in 2003", "down 15% from 2001", "higher in 2004 than in 2002", "compared with 1999", "relative to 2019".
 */
const RE_BASELINE = /(?:\b(?:up|down|higher|lower|more|less|fewer|greater|larger|smaller|increase[sd]?|decrease[sd]?|rise|rose|risen|fall|fell|fallen|gr[eo]w|grown|declin(?:e|ed|ing)|drop(?:ped)?|jump(?:ed)?|climb(?:ed)?)\b[^,;]*\bfrom|\bthan|\bcompared\s(?:with|to)|\brelative\sto|\bversus|\bvs\.)\s(?:[^,;\s]+\s){0,4}?(?:(?:in|during|at|on)\s)?(?:the\s(?:end|start|beginning|middle)\sof\s)?$/iu

/**
 * Whether the date at `at` is the baseline a change or a comparison is measured from ("Port calls rose 12% in 2004, up
 * from 9% in 2003"; "Tonnage was down 15% from 2001"): it is not when what the text tells happened, so the text is not
 * shown under it (under the other date when it has one). A span written "from 2019 to 2023" is one date, not a baseline.
 */
export function isBaseline(text: string, at: number, date: string): boolean {
  if (/\s(?:to|through|and)\s|\d\s?[-–]\s?\d/u.test(date)) return false
  const before = text.slice(0, at)
  return RE_BASELINE.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))
}

/** Where a predicate of the same subject opens: ", passed …", ", and was signed …", " and selected …". */
const RE_NEXT_PREDICATE = /(?:,\s(?:and\s)?|\sand\s)(?=\p{Ll})/gu

/**
 * `text` up to the predicate that holds the next of its other dates, when a date is followed by another predicate of the
 * same subject with a date of its own: "H.R. 3684 was introduced on June 4, 2021, passed the House on July 1, 2021, and
 * was signed …" is "H.R. 3684 was introduced on June 4, 2021" under June 4; "The agency released its strategy in
 * January 2022 and selected 10 landscapes in April 2022" is "The agency released its strategy in January 2022". A span
 * ("between June 2024 and August 2024") or a list of dates goes on with no verb, and is left whole. A date in a later
 * predicate ("passed the House on July 1, 2021" after "was introduced on June 4, 2021") has no text of its own that says
 * who: undefined (not shown).
 */
export function ownPredicate(text: string, date: string, others: string[]): string | undefined {
  const at = dateIndex(text, date)
  if (at < 0) return text
  // a date in a later predicate shows under it the earlier predicate's event too: not shown
  const earlier = others.map(d => ({ d, i: dateIndex(text, d) })).filter(o => o.i >= 0 && o.i + o.d.length <= at)
  for (const o of earlier) {
    for (const m of text.slice(o.i + o.d.length, at).matchAll(RE_NEXT_PREDICATE)) {
      if (nlp(text.slice(o.i + o.d.length + m.index! + m[0].length)).terms().first().has('#Verb')) return undefined
    }
  }
  const end = at + date.length
  const next = others.map(d => dateIndex(text, d)).filter(i => i >= end).sort((a, b) => a - b)[0]
  if (next === undefined) return text
  const between = text.slice(end, next)
  for (const m of between.matchAll(RE_NEXT_PREDICATE)) {
    const rest = text.slice(end + m.index! + m[0].length)
    const head = text.slice(0, end + m.index!)
    if (nlp(rest).terms().first().has('#Verb') && countWords(head) >= 5 && nlp(head).has('#Verb')) return head
  }
  return text
}

/** A past participle that opens an aside: "enacted", "signed", "introduced", or one of the irregular ones. */
const RE_PARTICIPLE = /^(?:\p{Ll}{3,}ed|set|made|held|written|begun|taken|given|brought|sent|built|sold|won|struck|laid|put|cut|shut|split)$/u

/**
 * `text` up to the end of the participle aside that holds `date`, when the date stands in one between the subject and
 * its verb: "The Families First Coronavirus Response Act, enacted on March 18, 2020, conditioned a higher matching
 * rate on continuous enrollment" is "The Families First Coronavirus Response Act, enacted on March 18, 2020" (the
 * enactment is the date's event; what the act did is no event of that day); "The plan, revised in 2023 and paused in
 * May 2024, has not been reviewed" is "The plan, revised in 2023 and paused in May 2024" under 2023. What is before the
 * aside must have no verb (it is the subject), and what is after it must open on a verb (the main clause's).
 */
export function participleAside(text: string, date: string): string {
  const at = dateIndex(text, date)
  if (at < 0) return text
  const open = text.lastIndexOf(', ', at)
  const close = text.indexOf(', ', at + date.length)
  if (open < 0 || close < 0) return text
  const subject = text.slice(0, open)
  const first = /^(\p{L}+)/u.exec(text.slice(open + 2))?.[1] ?? ''
  const main = nlp(text.slice(close + 2)).terms()
  // (a name's words are no verb: "The Canal Act")
  if (!RE_PARTICIPLE.test(first) || nlp(subject.replace(/\b\p{Lu}[\p{L}.'’-]*/gu, ' ')).has('#Verb') || !/^\p{Lu}/u.test(subject)) return text
  // (a verb in -ed the tagger reads as an adjective at the opening: "authorized tolls on …")
  if ((!main.first().has('#Verb') && !/^\p{Ll}{3,}ed\s/u.test(text.slice(close + 2))) || main.first().has('#Gerund')) return text
  return text.slice(0, close)
}

/** A verb that takes an object in the reports' histories of laws and rules: without it, the clause does not say what was done. */
const RE_TRANSITIVE = /^(?:signed|approved|adopted|enacted|vetoed|ratified|announced|issued|released|published|awarded|proposed|finalized|amended|accepted|rejected|introduced|endorsed|confirmed|submitted|unveiled)$/u

/**
 * Whether the clause of a date is a subject and an active verb that needs an object, then the date, the object left
 * out: the second half of a relative clause ("…, which the House passed on July 30, 2014, and the President signed on
 * August 7, 2014") split from its noun reads "The President signed on August 7, 2014.", which does not say what was
 * signed. "The board approved on June 20, 2023 a fleet procurement schedule" has its object after the date, and "The FAST
 * Act, signed on December 4, 2015, …" is a passive participle after its subject.
 */
export function objectLeftOut(text: string, at: number, date: string): boolean {
  const m = /^(?:(?:and|but)\s)?(\p{Lu}.*?[^,])\s(\p{Ll}+)\s(?:on|in)\s$/u.exec(text.slice(0, at))
  if (!m || !RE_TRANSITIVE.test(m[2]!) || nlp(m[1]!).has('#Verb')) return false
  return /^(?:\W*$|,\s)/u.test(text.slice(at + date.length))
}

/** Below this confidence an event is not shown: timeline.ts scores so a date that names no event that happened (a plan, a deadline, one later than the text's own date). */
export const MIN_EVENT_SCORE = 0.5

export const MAP_ACTORS = 8
export const MAP_RELATIONS = 10
export const MIN_MAP_ACTORS = 3
export const MIN_MAP_RELATIONS = 2
export const MIN_EVENTS = 3
export const MAX_EVENTS = 6
/** Longest event text shown (words). */
export const EVENT_WORDS = 24

/**
 * The actor map: the relations between the {@link MAP_ACTORS} most-mentioned actors (named twice or more), and the
 * actors on them. An actor with no relation drawn is left off the map ("who is doing what to whom" says nothing of
 * it; 01's map had four such of eight, round two arrows); `unlinked` names them for the speaker notes. Drawn with at
 * least {@link MIN_MAP_ACTORS} linked actors and {@link MIN_MAP_RELATIONS} relations.
 */
export function mapSelection(findings: Pick<Findings, 'actors' | 'relations'>): { actors: Actor[]; relations: Relation[]; unlinked: Actor[]; drawn: boolean } {
  const top = findings.actors.filter(a => a.mentions >= 2).slice(0, MAP_ACTORS)
  const ids = new Set(top.map(a => a.id))
  const relations = findings.relations.filter(r => ids.has(r.from) && ids.has(r.to)).slice(0, MAP_RELATIONS)
  const linked = new Set(relations.flatMap(r => [r.from, r.to]))
  const actors = top.filter(a => linked.has(a.id))
  return { actors, relations, unlinked: top.filter(a => !linked.has(a.id)), drawn: actors.length >= MIN_MAP_ACTORS && relations.length >= MIN_MAP_RELATIONS }
}

/**
 * `clause` with the last item of a list it was cut before: the clause splitter ends a clause at ", and", so "passed
 * laws on espionage, foreign interference, and foreign influence, and the government blocked …" gave "… laws on
 * espionage, foreign interference", a list missing its last item. When the clause ends on a comma's item and what
 * follows it is ", and" / ", or" and at most four words with no verb before the next comma or the end, that item
 * belongs to the clause.
 */
export function withListTail(sentence: string, clause: string): string {
  const at = sentence.indexOf(clause)
  if (at < 0 || !/,\s+(?:[^\s,]+\s+){0,2}[^\s,]+$/u.test(clause)) return clause
  const tail = /^,\s+(?:and|or)\s+([^,;.:]+)/u.exec(sentence.slice(at + clause.length))
  if (!tail || countWords(tail[1]!) > 4 || nlp(tail[1]!).has('#Verb')) return clause
  return `${clause}${tail[0].trimEnd()}`
}

/**
 * The last item of a list at a clause's end: at most three words from a letter, maybe with a parenthesis ("the RMI
 * (33%)", "Colorado (64)"); not a date's year after its comma ("May 23, 2018").
 */
const RE_LAST_ITEM = /,\s+(\p{L}[^\s,()]*(?:\s+[^\s,()]+){0,2}(?:\s\([^()]*\))?)$/u

/**
 * Whether `clause` was cut inside a listed run of `sentence`: it ends on an item after a comma that is not the list's
 * last ("and …"), and the sentence goes on with ", and" / ", or" (the list's last item, and maybe the verb the list is
 * the subject of): "GAO found that contracts for the imager (L3Harris), the sounder (BAE Systems), the spacecraft
 * (Lockheed Martin)" of "…, and the ground system had been awarded without schedule reserve" says neither what was
 * found nor the whole list. A clause that ends on a verb ("In March 2024, the ministry said, and …") is no list.
 */
export function cutInAList(sentence: string, clause: string): boolean {
  const at = sentence.indexOf(clause)
  const item = at < 0 ? undefined : RE_LAST_ITEM.exec(clause)?.[1]
  // (an item is a noun phrase: not a phrase of a preposition, "…, to a defense supplier in New Hampshire, in December 2023")
  if (!item || /^(?:and|or)\s/u.test(item) || nlp(item.replace(/\([^()]*\)/gu, ' ')).has('#Verb') || nlp(item).terms().first().has('#Preposition')) return false
  // a run of items: two after commas, or shares in parentheses ("the FSM (46%), the RMI (33%)"); one name after a comma
  // may be a place's state ("moved to Richmond, Virginia, and hired …")
  const before = clause.slice(0, clause.length - item.length).replace(/,\s+$/u, '')
  const run = RE_LAST_ITEM.test(before) || (/\)$/u.test(item) && /\)$/u.test(before))
  return run && /^\)?,\s+(?:and|or)\s/u.test(sentence.slice(at + clause.length))
}

/**
 * A sentence that introduces a list or what follows it: it ends on a colon, or on "the following", "as follows",
 * "listed below" ("Topics at the next ministerial meeting may include the following."). What happened is in the list.
 */
const RE_LEAD_IN = /(?:[,:;]["”’)]*|\b(?:the following|as follows|(?:listed|described|shown|discussed|summarized) below)\W*)$/u

export function timelineSelection(timeline: TimelineEvent[]): { events: TimelineEvent[]; shown: TimelineEvent[]; dropped: TimelineEvent[]; drawn: boolean } {
  const seen = new Set<string>()
  const events = timeline.filter(e => !seen.has(e.date) && seen.add(e.date))
  const datesIn = (e: TimelineEvent) => timeline.filter(x => x.text === e.text && x.span.line === e.span.line).length
  const check = (e: TimelineEvent): TimelineEvent | undefined => {
    const at = Math.max(0, dateIndex(e.text, e.date))
    // a clause split off at ", and" / ", but" is shown without its conjunction ("and this battery was to be assigned
    // … in 2025" reads "This battery was to be assigned … in 2025")
    const unjoined = (split: string) => { const j = RE_JOINED.exec(split); return j ? `${j[1]!.toUpperCase()}${split.slice(j[0].length)}` : split }
    const fits = (split: string) => {
      const clause = unjoined(split)
      // a clause must say who: one that opens on a lower-case word other than a preposition or conjunction lost its
      // subject to the split ("were located in the Persian Gulf in February 2026 …"), and so did a conjunction's
      // clause that opens on its verb ("and were anchored in the gulf in March 2026")
      const hasSubject = RE_JOINED.test(split) ? !nlp(split).terms().eq(1).has('#Verb') : !/^\p{Ll}/u.test(clause) || (RE_CLAUSE_OPENER.test(clause) && !/^as well as\b/u.test(clause))
      // and say what happened: a clause without a verb is a noun phrase cut from its predicate ("Attacks on and by
      // Iran on April 8, as well as …, underscore …")
      return countWords(clause) <= EVENT_WORDS && countWords(clause) >= 5 && dateIndex(clause, e.date) >= 0 && hasSubject && nlp(clause).has('#Verb') && !cutInAList(e.text, split)
    }
    // the clause with a dashed insertion left out, else (when that is too long) the clause up to the dash; either
    // with the last item of a list it was cut before; or, when both were cut inside a listed run, the clause that reads
    // the serial list whole
    const split = [clauseAt(e.text, at, { insertions: true }), clauseAt(e.text, at), clauseAt(e.text, at, { insertions: true, lists: true })].map(c => withListTail(e.text, c)).find(fits)
    // a shown event opens on a capital: a clause split off after its opening preposition ("in 1942, Australia adopted
    // …" after a semicolon) reads "In 1942, Australia adopted …"
    const clause = split === undefined ? undefined : unjoined(split).replace(/^\p{Ll}/u, c => c.toUpperCase())
    // a sentence that ends on a comma or colon introduces a quotation or a list ("In June 2023, the Army reported,"),
    // and so does one that ends on "the following" or "as follows": what happened is in what follows, so it is no event
    // to show
    const introduces = RE_LEAD_IN.test(e.text.trim())
    const whole = introduces ? undefined : datesIn(e) === 1 && countWords(e.text) <= EVENT_WORDS ? e.text : clause
    // a sentence the reader cut inside a parenthesis ("… on June 7, 1991 (56 Fed.") is shown without what it left open
    // … and a text that goes on to the next of its dates in a predicate of the same subject ("was introduced on June 4,
    // 2021, passed the House on July 1, 2021") is shown up to that predicate: each date its own clause
    const cutText = whole?.replace(/\s*[([][^()[\]]*$/u, '')
    const own = cutText === undefined ? undefined : ownPredicate(cutText, e.date, timeline.filter(x => x.text === e.text && x.span.line === e.span.line && x.date !== e.date).map(x => x.date))
    // … and a date in a participle aside after the subject is shown with that aside, not with the main clause
    const text = own === undefined ? undefined : participleAside(own, e.date)
    // a date written without its year shows the year its paragraph states ("early March 2026", "April 9, 2026"); a
    // month alone whose year came from another paragraph could sort into the wrong year, so it is not shown
    const inferred = e.inferredYear
    const alone = !/\d/u.test(e.date)
    // an event told of "it" or "they" does not say who acted once it stands alone on the timeline ("It removed the
    // designation in March 2025")
    if (e.confidence.score < MIN_EVENT_SCORE || !text) return undefined
    const at2 = dateIndex(text, e.date)
    if (at2 < 0 || pointsBack(text) || isFragment(text) || isBaseline(text, at2, e.date) || (inferred && alone && !inferred.inParagraph)) return undefined
    // a text that holds several dates is shown under the one that dates what it says, not under a date of a quotation or
    // of a subordinate clause in it
    const others = timeline.filter(x => x.text === e.text && x.span.line === e.span.line && x.date !== e.date && dateIndex(text, x.date) >= 0)
    if (others.length && !datesText(text, at2)) return undefined
    // a date inside a quotation is the speaker's, whatever else the text dates
    if (quoted(e.text, Math.max(0, dateIndex(e.text, e.date)))) return undefined
    // a date that only modifies a noun ("conditioned the April 11 meeting on …") or a negated clause ("did not plan to
    // conduct … during spring 2025") names no event on that date
    if (onlyModifiesANoun(text, at2, e.date) || negated(text, at2, e.date) || inRelativeClause(text, at2) || objectLeftOut(text, at2, e.date)) return undefined
    const written = label(text, at2, e.date)
    const date = inferred?.inParagraph ? `${written}${alone ? '' : ','} ${inferred.year}` : written
    return { ...e, date, text }
  }
  // one event a date: the first that passes the checks (a first mention that cannot be shown does not hide a later
  // one); and one date a text: two dates of one clause show it once, under the earlier date
  const passed = new Set<string>()
  const texts = new Set<string>()
  const passing = timeline.flatMap(e => {
    const shown = passed.has(e.date) ? undefined : check(e)
    if (!shown || texts.has(shown.text)) return []
    passed.add(e.date)
    texts.add(shown.text)
    return [shown]
  })
  const dropped = events.filter(e => !passed.has(e.date))
  return { events, shown: passing.slice(0, MAX_EVENTS), dropped, drawn: passing.length >= MIN_EVENTS }
}

/** The info diagnostics of components left out (and why). */
export function gateDiagnostics(findings: Pick<Findings, 'actors' | 'relations' | 'timeline'>): Diagnostic[] {
  const out: Diagnostic[] = []
  const map = mapSelection(findings)
  if (!map.drawn && findings.actors.length) {
    const line = map.actors[0]?.span.line ?? 1
    out.push({ line, column: 1, severity: 'info', rule: 'actor-map', message: `no actor map: ${map.actors.length} actor(s) and ${map.relations.length} relation(s) between them passed the checks, fewer than ${MIN_MAP_ACTORS} actors and ${MIN_MAP_RELATIONS} relations (actors: ${map.actors.map(a => a.name).join(', ') || 'none'})` })
  }
  const tl = timelineSelection(findings.timeline)
  if (!tl.drawn && findings.timeline.length) {
    const kept = tl.events.length - tl.dropped.length
    out.push({ line: findings.timeline[0]!.span.line, column: 1, severity: 'info', rule: 'timeline', message: `no timeline: ${kept} dated event(s) passed the checks, fewer than ${MIN_EVENTS}${tl.dropped.length ? ` (dropped, no clause short enough to show its date or no year for a month alone: ${tl.dropped.map(e => e.date).join(', ')})` : ''}` })
  }
  return out
}
