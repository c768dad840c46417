/**
 * Assertion titles (issue 15): a section slide's headline is its key sentence, or a verbatim clause of it, so that the
 * titles alone, read in order, tell the story. The planner never writes words of its own here: a title is a contiguous
 * run of one source sentence, at most less a leading connective ("However,") and its final stop, with its first letter
 * capitalised.
 *
 * The rule, in three steps:
 *
 * 1. **Candidates**, from every sentence the slide draws on:
 *    - the sentence itself, less a leading connective ({@link CONNECTIVE}), when it starts as a sentence does;
 *    - each independent clause of it at a semicolon (unless the semicolons separate a list's entries) or at its one colon;
 *    - its main clause before a trailing non-restrictive or participial clause (", which …", ", while …",
 *      ", risking …"), or after a leading means phrase ("By forcing …, "), when what is left still has a finite verb
 *      (compromise's tagger says so).
 *
 * 2. **Filters**: a candidate must fit {@link TITLE_LINES} lines at {@link TITLE_PX} (the width estimate of budget.ts),
 *    have 5–30 words and a finite verb, close every bracket and quotation it opens (a cut never falls inside one), be
 *    a statement (no question, no lead-in ending in ":" or "include"), stand alone (no opening "It", "This", "These",
 *    "Such" … that points back to an earlier sentence), and speak about the subject rather than the document ("This
 *    report describes …").
 *
 * 3. **Score** (the highest wins; a tie goes to the earlier sentence):
 *    - judgement: +2 for each evaluative, causal, comparative or modal word ({@link JUDGEMENT}), at most +6 — the
 *      sentence that says what matters, not what happened;
 *    - salience (as for bullets in deck.ts): +3 for a money, percent or large-count figure, +1 per named actor (at most 3);
 *    - topic: +1 for each word of the section heading it repeats ({@link topicWords}: four letters or more, not
 *      "overview", "issues" …, not a word of the article's title), at most +2 — the sentence is about what this
 *      section is about;
 *    - position: +2 for the first sentence of the slide's text (the topic sentence), +1 for the first sentence of any
 *      later paragraph or item;
 *    - +1 for a whole sentence (nothing cut away);
 *    - −3 for a sentence that reports someone's words or account (a quotation of three words or more, "said", "wrote",
 *      "reportedly") — the article's own judgement is the takeaway, a report is evidence.
 *
 * No candidate left: the title is the section heading. An article not in English keeps its headings: the cue words and
 * the tagger that tells a clause from a phrase are English ones, and a wrong cut is worse than a topic title.
 *
 * Cue words, title words and location are the three oldest signals of extractive summarisation (Edmundson, "New
 * Methods in Automatic Extracting", JACM 16(2), 1969); the two-line limit and the verbatim cut make them a headline.
 */
import nlp from 'compromise'
import type { Bullet, Sentence } from '../model.ts'
import { fitsTitle } from './budget.ts'
import { pointsBack } from '../text/reference.ts'
import { balanced, countWords } from '../text/words.ts'

export { TITLE_LINES, TITLE_PX } from './budget.ts'

/** A sentence a title may come from, with where it stands on the slide. */
export interface TitleSource {
  sentence: Sentence
  /** `slide`: the first sentence of the slide's text; `paragraph`: the first of a later paragraph or item; else `none`. */
  lead: 'slide' | 'paragraph' | 'none'
}

/** A candidate title: verbatim text of `sentence`, and whether it is the whole sentence. */
export interface TitleCandidate {
  text: string
  sentence: Sentence
  whole: boolean
  score: number
}

/** A leading connective: linking words a title may drop, since the title stands alone. */
export const CONNECTIVE = /^(?:(?:However|Thus|Therefore|Moreover|Furthermore|In addition|Additionally|Also|Rather|Instead|Still|Indeed|Meanwhile|Nonetheless|Nevertheless|For instance|For example|By contrast|In contrast|More broadly|As a result|Consequently|Similarly|Likewise|Finally|Overall|In short|In sum|Then),|(?:And|But|So|Yet|Or)\b,?)\s+/iu

/** Where a trailing clause starts: the main clause before it can stand alone. */
const TRAILING = /,\s+(?=(?:which|who|whom|whose|where|while|whereas|although|though|because|since|even as|even though|thereby|including|such as|\p{Ll}+ing)\b)/gu

/** Evaluative, causal, comparative and modal words: the marks of a judgement rather than a report. */
export const JUDGEMENT = new RegExp(`\\b(?:${[
  'critical', 'crucial', 'key', 'vital', 'essential', 'significant(?:ly)?', 'major', 'important', 'serious(?:ly)?', 'severe(?:ly)?',
  'fragile', 'contested', 'irreplaceable', 'unprecedented', 'substantial(?:ly)?', 'considerabl[ey]', 'limited', 'uncertain',
  'dependent', 'reliant', 'vulnerable', 'constrained', 'pragmatic', 'calculated', 'delicate', 'increasing(?:ly)?', 'growing',
  'leading', 'largest', 'top', 'primary', 'only', 'most', 'least', 'more than', 'less than', 'nearly all', 'almost all',
  'priority', 'risk(?:s|ing|ed)?', 'threat(?:s|en|ens|ened)?', 'undermin(?:e|es|ed|ing)', 'strain', 'erod(?:e|es|ed|ing)',
  'crippl(?:e|es|ed)', 'disrupt(?:s|ed|ion)?', 'affect(?:s|ed)?', 'reduc(?:e|es|ed)', 'hinges?', 'depends?', 'reflects?',
  'underscor(?:e|es|ed)', 'signals?', 'suggests?', 'indicates?', 'means', 'drives?', 'enables?', 'prevents?', 'hedge',
  'counter(?:balance|weight)?', 'preserve', 'must', 'should', 'could', 'may', 'might', 'would', 'likely', 'unlikely',
  'potential(?:ly)?', 'despite', 'because',
].join('|')})\\b`, 'giu')

/** Someone else's words or account: a quotation of three words or more, a reporting verb, "reportedly". */
const REPORTED = /["“]\S+\s\S+\s[^"”]*["”]|\b(?:said|says|wrote|writes|stated|told|announced|reportedly)\b/iu
const META = /^(?:This|The present|The following) (?:article|report|paper|section|brief|primer|insight|analysis|memo)\b|\bthis (?:article|report|paper)\b/iu
/** A lead-in: what it introduces follows it ("… include", "the Army reported"): a reporting verb with nothing reported. */
const LEAD_IN = /(?::|\binclud(?:e|es|ing)|\bfollowing|\bas follows|\b(?:said|says|reported|reports|stated|states|noted|notes|wrote|writes|explained|added|announced|according to))$/iu

const MIN_WORDS = 5
const MAX_WORDS = 30

/** The text as a title: its final stop dropped and its first letter capitalised (nothing else changes). */
function asTitle(text: string): string {
  const t = text.trim().replace(/[.;,:]+$/u, '').trim()
  return t.charAt(0).toLocaleUpperCase() + t.slice(1)
}

/** A finite verb, by compromise's tagger: a clause, not a phrase ("Providing assured access …" is not one). */
export function hasVerb(text: string): boolean {
  const doc = nlp(text)
  if (doc.terms().first().has('#Gerund')) return false
  return doc.match('(#PresentTense|#PastTense|#Modal|#Auxiliary|#Copula)').not('#Gerund').found
}

/** Verbatim candidates from one sentence (step 1 of the rule; each is checked for a finite verb when it is scored). */
export function candidates(sentence: Sentence): { text: string; whole: boolean }[] {
  const out: { text: string; whole: boolean }[] = []
  const body = sentence.text.replace(CONNECTIVE, '')
  const add = (t: string, whole: boolean) => {
    // a sentence that ends on a comma or colon introduces a quotation or a list ("In June 2023, the Army reported,")
    if (/[,:]["”’]?\s*$/u.test(t)) return
    const text = asTitle(t.replace(CONNECTIVE, ''))
    if (text && !out.some(o => o.text === text)) out.push({ text, whole })
  }
  // a whole sentence starts as one; a list entry's lower-case fragment or a bracketed aside is not a sentence
  if (/^["“‘]?[\p{Lu}\p{N}]/u.test(sentence.text)) add(body, true)
  // semicolons that separate the entries of a list ("…; positioning; and missile warning") do not end clauses
  const split = body.split(/;\s+/u)
  const parts = split.slice(1).some(p => /^(?:and|or)\b/iu.test(p)) ? [body] : split
  if (parts.length > 1) for (const p of parts) add(p, false)
  // a colon between two clauses ("… welcomed the ceasefire: one Senator applauded …"), not one inside a quotation or a title
  for (const p of parts) {
    const colon = p.split(/:\s+/u)
    if (colon.length === 2) for (const c of colon) add(c, false)
  }
  for (const p of parts) {
    for (const m of p.matchAll(TRAILING)) add(p.slice(0, m.index), false)
  }
  // a leading means phrase ("By forcing India to confront sanctions, Putin aims …"): the main clause after it says the
  // same claim, as true without it — unlike a leading time, place or source ("As of April 9,", "According to …,")
  const means = /^By \p{L}+ing\b[^,;:"“”]*,\s+/u.exec(body)
  if (means) for (const c of [...out]) if (c.whole) add(c.text.slice(means[0].length), false)
  return out
}

/** Whether a candidate may be a title at all (step 2 of the rule, but for the verb: see {@link assertionTitle}). */
export function admissible(text: string): boolean {
  const n = countWords(text)
  return n >= MIN_WORDS && n <= MAX_WORDS && !text.endsWith('?') && !LEAD_IN.test(text) && !META.test(text) && !pointsBack(text, { determiners: true }) && balanced(text) && fitsTitle(text)
}


/** The score of a candidate (step 3 of the rule). */
export function titleScore(c: { text: string; whole: boolean }, source: TitleSource, actorNames: string[] = [], topicWords: readonly string[] = []): number {
  const judgement = Math.min(6, 2 * (c.text.match(JUDGEMENT)?.length ?? 0))
  const words = new Set(c.text.toLowerCase().match(/\p{L}+/gu) ?? [])
  const topic = Math.min(2, topicWords.filter(w => words.has(w)).length)
  const figure = /[$€£¥₹]\s?\d|\d\s?(%|percent)|\b\d[\d,.]*\s(million|billion|trillion|thousand)\b/iu.test(c.text) ? 3 : 0
  const actors = Math.min(3, actorNames.filter(a => c.text.includes(a)).length)
  const lead = source.lead === 'slide' ? 2 : source.lead === 'paragraph' ? 1 : 0
  const reported = REPORTED.test(source.sentence.text) ? -3 : 0
  return judgement + figure + actors + topic + lead + (c.whole ? 1 : 0) + reported
}

/**
 * The words of a section heading that name its own topic: four letters or more, not a function word, and not a word of
 * the article's title (in a primer on the Space Force every sentence says "Space Force").
 */
export function topicWords(heading: string, articleTitle = ''): string[] {
  const common = new Set(articleTitle.toLowerCase().match(/\p{L}+/gu) ?? [])
  return (heading.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(w => !HEADING_STOPWORDS.has(w) && !common.has(w))
}
const HEADING_STOPWORDS = new Set(['with', 'from', 'into', 'over', 'after', 'before', 'about', 'between', 'through', 'under', 'their', 'this', 'that', 'these', 'those', 'other', 'issues', 'background', 'introduction', 'overview', 'conclusion', 'conclusions', 'summary', 'part', 'section'])

/**
 * The assertion title for a slide drawing on `sources`: the best admissible candidate, or undefined when there is none
 * (the caller falls back to the heading). `taken` holds titles earlier slides of the section already use.
 */
export function assertionTitle(sources: TitleSource[], actorNames: string[] = [], taken: ReadonlySet<string> = new Set(), topic: readonly string[] = []): TitleCandidate | undefined {
  let best: TitleCandidate | undefined
  for (const source of sources) {
    for (const c of candidates(source.sentence)) {
      if (taken.has(c.text) || !admissible(c.text)) continue
      const score = titleScore(c, source, actorNames, topic)
      // the tagger runs only for a candidate that would win
      if ((!best || score > best.score) && hasVerb(c.text)) best = { ...c, sentence: source.sentence, score }
    }
  }
  return best
}

/** True when a bullet says no more than the title: the title is its whole text (the bullet can go). */
export function restatesTitle(b: Bullet, title: string): boolean {
  return !b.label && asTitle(b.text.replace(CONNECTIVE, '')) === title
}
