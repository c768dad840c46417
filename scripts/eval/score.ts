/**
 * Scores what analysis found in an article against its hand-labelled gold file (test/gold/<article>.yaml). Pure.
 *
 * Matching rules (stated once, used for every article):
 * - **Actors**: a found actor matches a gold actor when its name or any alias equals the gold name or an alias
 *   (case, punctuation and a possessive `'s` ignored). Each gold actor matches once; a found actor that matches
 *   none is a false positive, whether or not the gold file lists it as a non-actor. Kind accuracy is over matches.
 * - **Relations**: an edge is right when both ends match gold actors and its verb contains a word that compromise
 *   tags as a verb, alone or as a predicate ("They aims to erode it") (precision). The gold relations are a sample of what the text states: one is recalled when a found
 *   edge joins the same two actors on its line (±1); it is recalled the right way round when that edge also runs
 *   from the gold subject to the gold object (direction: subject → object).
 * - **Risks**: a found risk matches a gold risk when its span overlaps the gold line (±1 line: a risk's item may
 *   start on the line before its statement) and its name shares a content word (by stem) with the gold risk's name
 *   or quote — a right line under a wrong name is a wrong risk. Only found risks inside the scope count.
 * - **Risk sections**: each gold risk section must be a section a matrix was drawn from, or lie inside one (a
 *   sub-section of a risks section is one risk on its parent's matrix, named by its heading).
 * - **Timeline**: a found event is dated right when a gold event on a line of its span has the same date (the
 *   found date contains the gold one or the other way round, normalised). Only events inside the scope count.
 *   "Shown" scores the same way the events the timeline slide shows (analyze/gates.ts), when it is drawn.
 * - **Figures**: a found figure matches a gold figure on a line of its span when they state the same number
 *   (`sameFigure`): the same digits once thousands separators (commas, spaces between groups of three) are dropped,
 *   a range ("3-5") and an ordinal suffix ("13th") kept, or the same spelled-out number ("four", "twenty-seven");
 *   and, where both give one, the same scale word ("billion", "bn" = "billion") and the same unit symbol (a currency
 *   sign, "%" = "percent"; a currency's letter prefix, US$ or AU$, is not compared). So "6 missiles" matches "6",
 *   "$5 billion" does not match "$5 million", and "6" does not match "60". A value with no number (nor a cardinal in
 *   words: "half" is not one) matches when the gold value contains it (normalised). A figure whose sentence another
 *   figure already used is a duplicate (and a false positive).
 * - **Bottom line**: right when the chosen sentence and a gold candidate contain one another (normalised).
 */
import nlp from 'compromise'
import type { Article, Findings, Span } from '../model.ts'
import { timelineSelection } from '../analyze/gates.ts'

/** A gold file, as test/gold/README.md describes it. */
export interface Gold {
  article: string
  language: string
  scope?: { from: number; to: number }
  actors: { name: string; kind: string; aliases?: string[] }[]
  not_actors: string[]
  relations?: { from: string; verb: string; to: string; line: number }[]
  risks: { name: string; line: number | string; quote: string }[]
  risk_sections: string[]
  events: { date: string; line: number | string; clause: string }[]
  bottom_line: string[]
  figures: { value: string; line: number | string; measure: string; key?: boolean }[]
}

/** Counts for one component of one article. */
export interface Counts { tp: number; fp: number; fn: number }
export interface ArticleScore {
  article: string
  actors: Counts
  actorKinds: { right: number; total: number }
  relations: { right: number; total: number }
  /** Gold relations recalled by an edge between the same actors on their line, and how many of those run the right way. */
  relationsRecalled: { recalled: number; rightWay: number; total: number }
  risks: Counts
  riskSections: { right: number; total: number }
  timeline: Counts
  /** The events the timeline slide shows: how many are dated right. */
  timelineShown: { right: number; total: number }
  figures: Counts & { duplicates: number }
  bottomLine: { right: boolean; chosen?: string }
  /** Found items that were wrong, for the report. */
  errors: string[]
  /** Every judged finding's confidence and whether it was right: how well confidence ranks findings. */
  judged: Judged[]
}

export type Component = 'actors' | 'relations' | 'risks' | 'timeline' | 'figures' | 'bottom line'
export interface Judged { component: Component; confidence: number; right: boolean }

export const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const lineRange = (l: number | string): [number, number] => {
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(String(l))
  const a = Number(m?.[1] ?? l)
  return [a, Number(m?.[2] ?? a)]
}
const overlaps = (span: Span, l: number | string, slack = 0) => {
  const [a, b] = lineRange(l)
  return span.line <= b + slack && span.endLine >= a - slack
}
const inScope = (g: Gold, span: Span) => !g.scope || (span.line <= g.scope.to && span.endLine >= g.scope.from)
const normDate = (s: string) => norm(s).replace(/\b(the|of|on|in)\b/g, ' ').replace(/\s+/g, ' ').trim()
/** Two dates as written are one when either holds the other ("April 9" and "April 9, 2026"; "on April 9" and "April 9"). */
export const sameDateAs = (a: string, b: string) => { const x = normDate(a), y = normDate(b); return x.includes(y) || y.includes(x) }

/** The number a figure's value states: digits or a spelled-out number, its scale word and its unit symbol. */
interface FigureNumber { n: string; scale?: string; unit?: string }
const SCALES: Record<string, string> = { trillion: 'trillion', tn: 'trillion', billion: 'billion', bn: 'billion', million: 'million', m: 'million', thousand: 'thousand', k: 'thousand' }
const UNITS: [RegExp, string][] = [[/\$|\bdollars?\b/i, '$'], [/€|\beuros?\b/i, '€'], [/£|\bpounds?\b/i, '£'], [/¥|\byuan\b|\byen\b/i, '¥'], [/₹|\brupees?\b/i, '₹'], [/%|\bper ?cent\b/i, '%']]
export function figureNumber(value: string): FigureNumber | undefined {
  const v = value.replace(/(\d)[ \u00a0](?=\d{3}(?!\d))/g, '$1')
  const unit = UNITS.find(([re]) => re.test(v))?.[1]
  const m = /(\d[\d,]*(?:\.\d+)?)(?:\s?[-–]\s?(\d[\d,]*(?:\.\d+)?))?(st|nd|rd|th)?\b(?:\s?(trillion|billion|million|thousand|bn|tn|m|k)\b)?/i.exec(v)
  if (m) {
    const digits = (x: string) => x.replace(/,/g, '')
    return { n: digits(m[1]!) + (m[2] ? `-${digits(m[2])}` : '') + (m[3]?.toLowerCase() ?? ''), scale: m[4] ? SCALES[m[4].toLowerCase()] : undefined, unit }
  }
  // a cardinal in words ("four", "twenty-seven", "two million"); a fraction ("a third") is not one
  type Term = { normal: string; tags: string[] }
  const spelled = (nlp(v).numbers().json() as { terms: Term[]; number: { num: number } }[])
    .find(x => x.terms.every(t => t.tags.includes('Cardinal') && !t.tags.includes('Fraction')))
  if (!spelled) return undefined
  const last = spelled.terms.at(-1)!
  const scale = last.tags.includes('Multiple') ? SCALES[last.normal] : undefined
  const per: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
  return { n: String(scale ? spelled.number.num / per[scale]! : spelled.number.num), scale, unit }
}
/** A found figure states the gold figure's number (the rule in the header). */
export function sameFigure(found: string, gold: string): boolean {
  const f = figureNumber(found), g = figureNumber(gold)
  if (!f || !g) return normValue(gold).includes(normValue(found))
  return f.n === g.n && (!f.scale || !g.scale || f.scale === g.scale) && (!f.unit || !g.unit || f.unit === g.unit)
}
const normValue = (v: string) => v.toLowerCase().replace(/[\s,]/g, '')

/** Content words by their first five letters: "disruptions" and "disrupt" are one. */
const stems = (s: string) => new Set(norm(s).split(' ').filter(w => w.length > 3 && !/^(that|this|with|from|into|over|their|there|which|about|could|would|might|other|some|more|most|such)$/.test(w)).map(w => w.slice(0, 5)))
/** A found risk's name says what the gold risk says: it shares a content word with the gold name or quote. */
const namesSame = (found: string, gold: string) => { const g = stems(gold); return [...stems(found)].some(w => g.has(w)) }

/** A verb phrase is a verb when compromise tags a word of it as one, alone or as a predicate ("They aims to erode it"). */
const isVerb = (verb: string) => nlp(verb).has('#Verb') || nlp(`They ${verb} it.`).match(verb).has('#Verb')

/**
 * Is the chosen bottom line this gold one? It holds the gold sentence (a gold quote may leave out a citation or a
 * lead-in), or is nearly all of it: a piece of a gold sentence (a fragment cut at a page break) is no bottom line.
 */
export function sameBottomLine(chosen: string, gold: string): boolean {
  const c = norm(chosen), g = norm(gold)
  return c.includes(g) || (g.includes(c) && c.length >= 0.8 * g.length)
}

export function score(article: Article, findings: Findings, gold: Gold): ArticleScore {
  const errors: string[] = []
  const judged: Judged[] = []
  const judge = (component: Component, confidence: number, right: boolean) => { judged.push({ component, confidence, right }) }
  // actors
  const goldNames = gold.actors.map(a => new Set([a.name, ...(a.aliases ?? [])].map(norm)))
  const matchedGold = new Set<number>()
  let actorTp = 0, actorFp = 0, kindRight = 0
  const actorOf = new Map<string, number>()
  for (const a of findings.actors) {
    const names = [a.name, ...a.aliases].map(norm)
    const g = goldNames.findIndex((set, i) => !matchedGold.has(i) && names.some(n => set.has(n)))
    const any = g >= 0 ? g : goldNames.findIndex(set => names.some(n => set.has(n)))
    if (any >= 0) actorOf.set(a.id, any)
    if (g >= 0 || any < 0) judge('actors', a.confidence.score, g >= 0)
    if (g < 0) {
      // a second found actor for a gold actor already matched is a duplicate, not a wrong actor: neither TP nor FP
      if (any >= 0) continue
      actorFp++; errors.push(`actor "${a.name}" (${a.kind}) is not an actor of the text`)
      continue
    }
    matchedGold.add(g); actorTp++
    if (a.kind === gold.actors[g]!.kind) kindRight++
    else errors.push(`actor "${a.name}" is a ${gold.actors[g]!.kind}, not a ${a.kind}`)
  }
  // relations
  let relRight = 0
  for (const r of findings.relations) {
    const ok = actorOf.has(r.from) && actorOf.has(r.to) && isVerb(r.verb)
    judge('relations', r.confidence.score, ok)
    if (ok) relRight++; else errors.push(`relation "${r.from} → ${r.to}: ${r.verb}" is not a stated relation between actors`)
  }
  const goldIndex = (name: string) => goldNames.findIndex(set => set.has(norm(name)))
  let recalled = 0, rightWay = 0
  for (const gr of gold.relations ?? []) {
    const [from, to] = [goldIndex(gr.from), goldIndex(gr.to)]
    const edges = findings.relations.filter(r => overlaps(r.span, gr.line, 1) && actorOf.has(r.from) && actorOf.has(r.to)
      && new Set([actorOf.get(r.from), actorOf.get(r.to)]).size === 2 && [from, to].includes(actorOf.get(r.from)!) && [from, to].includes(actorOf.get(r.to)!))
    if (!edges.length) continue
    recalled++
    if (edges.some(r => actorOf.get(r.from) === from && actorOf.get(r.to) === to)) rightWay++
    else errors.push(`relation "${gr.from} ${gr.verb} ${gr.to}" (L${gr.line}) is drawn the wrong way round`)
  }
  // risks
  const risksFound = findings.risks.filter(r => inScope(gold, r.span))
  const riskMatched = new Set<number>()
  let riskTp = 0, riskFp = 0
  for (const r of risksFound) {
    const g = gold.risks.findIndex((x, i) => !riskMatched.has(i) && overlaps(r.span, x.line, 1) && namesSame(r.name, `${x.name} ${x.quote}`))
    judge('risks', r.confidence.score, g >= 0)
    if (g >= 0) { riskMatched.add(g); riskTp++ } else { riskFp++; errors.push(`risk "${r.name}" (L${r.span.line}) is not a risk the text weighs`) }
  }
  const goldRisksInScope = gold.risks.length
  // risk sections
  const covered = new Set((findings.riskSectionIds ?? []).flatMap(id => sectionTitlesUnder(article, id)).map(norm))
  const riskSectionsRight = gold.risk_sections.filter(t => covered.has(norm(t))).length
  for (const t of gold.risk_sections) if (!covered.has(norm(t))) errors.push(`risk section "${t}" yields no matrix`)
  // timeline
  const eventsFound = findings.timeline.filter(e => inScope(gold, e.span))
  const eventMatched = new Set<number>()
  let evTp = 0, evFp = 0
  // a found event takes the gold event of its line and date whose clause it tells first, then any of that line and date
  // (two sentences of one line dated "as of April 9": the gold clause says which one the reader listed)
  const sameDate = (e: (typeof eventsFound)[number], x: Gold['events'][number]) => overlaps(e.span, x.line) && sameDateAs(e.date, x.date)
  const tells = (e: (typeof eventsFound)[number], x: Gold['events'][number]) => norm(e.text).includes(norm(x.clause))
  const claim = new Map<(typeof eventsFound)[number], number>()
  for (const e of eventsFound) {
    const g = gold.events.findIndex((x, i) => !eventMatched.has(i) && sameDate(e, x) && tells(e, x))
    if (g >= 0) { eventMatched.add(g); claim.set(e, g) }
  }
  for (const e of eventsFound) {
    const g = claim.get(e) ?? gold.events.findIndex((x, i) => !eventMatched.has(i) && sameDate(e, x))
    if (g >= 0) eventMatched.add(g)
    judge('timeline', e.confidence.score, g >= 0)
    if (g >= 0) evTp++
    else { evFp++; errors.push(`event "${e.date}: ${e.text.slice(0, 80)}" (L${e.span.line}) is not dated so in the text`) }
  }
  // the timeline slide: the events the deck shows (analyze/gates.ts), each dated right or not
  const tl = timelineSelection(findings.timeline)
  const shownEvents = tl.drawn ? tl.shown.filter(e => inScope(gold, e.span)) : []
  const shownRight = shownEvents.filter(e => gold.events.some(x => sameDate(e, x))).length
  // figures
  const figMatched = new Set<number>()
  const sentences = new Set<string>()
  let figTp = 0, figFp = 0, duplicates = 0
  for (const f of findings.figures.filter(f => inScope(gold, f.span))) {
    const key = norm(f.sentence)
    if (sentences.has(key)) { judge('figures', f.confidence.score, false); duplicates++; figFp++; errors.push(`figure "${f.value}" repeats a sentence another card uses`); continue }
    sentences.add(key)
    const g = gold.figures.findIndex((x, i) => !figMatched.has(i) && overlaps(f.span, x.line) && sameFigure(f.value, x.value))
    judge('figures', f.confidence.score, g >= 0)
    if (g >= 0) { figMatched.add(g); figTp++ } else { figFp++; errors.push(`figure "${f.value}: ${f.measure.slice(0, 60)}" (L${f.span.line}) is not a key figure of the text`) }
  }
  // bottom line
  const chosen = findings.bottomLine?.text
  const right = chosen !== undefined && gold.bottom_line.some(c => sameBottomLine(chosen, c))
  if (findings.bottomLine) judge('bottom line', findings.bottomLine.confidence.score, right)
  if (chosen !== undefined && !right) errors.push(`bottom line "${chosen.length > 100 ? `${chosen.slice(0, 100)}…` : chosen}" is not one of the text's judgements`)
  return {
    article: gold.article,
    actors: { tp: actorTp, fp: actorFp, fn: gold.actors.length - matchedGold.size },
    actorKinds: { right: kindRight, total: actorTp },
    relations: { right: relRight, total: findings.relations.length },
    relationsRecalled: { recalled, rightWay, total: (gold.relations ?? []).length },
    risks: { tp: riskTp, fp: riskFp, fn: goldRisksInScope - riskMatched.size },
    riskSections: { right: riskSectionsRight, total: gold.risk_sections.length },
    timeline: { tp: evTp, fp: evFp, fn: gold.events.length - eventMatched.size },
    timelineShown: { right: shownRight, total: shownEvents.length },
    figures: { tp: figTp, fp: figFp, fn: gold.figures.length - figMatched.size, duplicates },
    bottomLine: { right: right || (chosen === undefined && gold.bottom_line.length === 0), ...(chosen ? { chosen } : {}) },
    errors,
    judged,
  }
}

/** The titles of a section and of every section inside it. */
function sectionTitlesUnder(article: Article, id: string): string[] {
  const titles = (s: Article['sections'][number]): string[] => [s.title, ...s.children.flatMap(titles)]
  const find = (ss: Article['sections']): string[] | undefined => {
    for (const s of ss) { if (s.id === id) return titles(s); const t = find(s.children); if (t) return t }
    return undefined
  }
  return find(article.sections) ?? []
}

/** Precision, recall and F1 of counts (1 when there was nothing to find or nothing found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

export const sum = (cs: Counts[]): Counts => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })

/** Totals over a set of articles (one half of the split). */
export interface Totals {
  articles: number
  actors: ReturnType<typeof prf>
  actorKinds: number
  relations: number
  /** Gold relations recalled, and of those the share drawn subject → object. */
  relationsRecall: number
  relationsDirection: number
  risks: ReturnType<typeof prf>
  riskSections: number
  timeline: ReturnType<typeof prf>
  timelineShown: number
  figures: ReturnType<typeof prf>
  duplicates: number
  bottomLine: number
}

export function totals(scores: ArticleScore[]): Totals {
  const ratio = (a: number, b: number) => (b ? a / b : 1)
  return {
    articles: scores.length,
    actors: prf(sum(scores.map(s => s.actors))),
    actorKinds: ratio(scores.reduce((a, s) => a + s.actorKinds.right, 0), scores.reduce((a, s) => a + s.actorKinds.total, 0)),
    relations: ratio(scores.reduce((a, s) => a + s.relations.right, 0), scores.reduce((a, s) => a + s.relations.total, 0)),
    relationsRecall: ratio(scores.reduce((a, s) => a + s.relationsRecalled.recalled, 0), scores.reduce((a, s) => a + s.relationsRecalled.total, 0)),
    relationsDirection: ratio(scores.reduce((a, s) => a + s.relationsRecalled.rightWay, 0), scores.reduce((a, s) => a + s.relationsRecalled.recalled, 0)),
    risks: prf(sum(scores.map(s => s.risks))),
    riskSections: ratio(scores.reduce((a, s) => a + s.riskSections.right, 0), scores.reduce((a, s) => a + s.riskSections.total, 0)),
    timeline: prf(sum(scores.map(s => s.timeline))),
    timelineShown: ratio(scores.reduce((a, s) => a + s.timelineShown.right, 0), scores.reduce((a, s) => a + s.timelineShown.total, 0)),
    figures: prf(sum(scores.map(s => s.figures))),
    duplicates: scores.reduce((a, s) => a + s.figures.duplicates, 0),
    bottomLine: ratio(scores.filter(s => s.bottomLine.right).length, scores.length),
  }
}
