/**
 * The subject–verb–object checks a relation's ends must pass (actors.ts finds the candidates: the actor named first,
 * the first verb after it, the actors after the verb). Precision first: an edge the sentence does not state from
 * subject to object is dropped, never guessed.
 * - The subject **heads its noun phrase**: not a possessive ("Russia's central bank"), not a hyphenated modifier
 *   ("the Pakistan-brokered ceasefire"), not a modifier before a common noun or adjective ("NATO allies",
 *   "U.S. military operations") — there the bank, the ceasefire, the allies act, not the actor. An object may be
 *   named by what it owns or fields ("destroy Iran's bridges", "attacked U.S. forces"), never by a hyphenated
 *   modifier ("struck Iran-backed militias").
 *   A possessive before a decision to act is who acts ("India's choice to prioritize ties with Russia").
 * - The object stands **in the verb's clause**: no clause boundary (`;`, `:`, a dash, ", but / which / while …",
 *   an appositive ", a priority for …", a reduced relative "funding related to the conflict with …",
 *   "that", "whether") between the verb and the object, at most {@link MAX_OBJECT_WORDS} words after the verb, and it
 *   is not a place ("in / at / near the Philippines"), nor what a verb of saying reports ("said it had no plans to
 *   pull the Typhons out of the Philippines": only "told Congress", right after the verb, is an object), and it
 *   is not the subject of a verb of its own ("Danielle says Heath was …", "…, China and Russia condemned …").
 * - Two subjects joined by "and" before a verb of doing together ("the United States and Iran agreed …") make one
 *   edge, in the order written; with any other verb ("China and Russia condemned …") none.
 * - A name right after a verb is its object, never a subject ("… modify Administration approaches").
 * - A catenative verb shows with its infinitive ("Putin aims to erode U.S. influence": "aims to erode").
 * - A verb of **being alone** ("is", "are also", "appears", "remains") states no relation.
 * - A **passive** verb runs from its agent: "X was pressured by Y" is Y → X ("pressured"); a passive without its
 *   agent next to the object is dropped (its direction is not stated).
 */
import nlp from 'compromise'

/** Most words between a verb and its object. */
export const MAX_OBJECT_WORDS = 16

interface Term { text: string; start: number; length: number; tags: string[] }
interface Reading { sentence: string; terms: Term[]; doc: ReturnType<typeof nlp> }
/**
 * compromise's reading of a sentence, kept for the last sentence read: actors.ts asks every check about the same
 * sentence in turn, and tagging it once instead of once a check halved the relation pass.
 */
let lastReading: Reading | undefined
function readingOf(sentence: string): Reading {
  if (lastReading?.sentence === sentence) return lastReading
  const doc = nlp(sentence)
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[])
    .flatMap(s => s.terms.map(t => ({ text: t.text, tags: t.tags, start: t.offset.start, length: t.offset.length })))
  lastReading = { sentence, terms, doc }
  return lastReading
}
const termsOf = (sentence: string): Term[] => readingOf(sentence).terms

const RE_AGENT_POSSESSIVE = /^[’']s\s+(?:\p{Ll}+\s+){0,2}?(?:decision|choice|move|plan|attempt|effort|bid|push|refusal|willingness|determination|intent|intention|offer|pledge|promise|threat|failure|readiness|ability|commitment)\s+to\s+\p{Ll}/u

/** Words after a name that leave it the head whatever the tagger says ("Russia over compliance …"). */
const RE_FUNCTION_WORD = /^(?:over|in|on|at|by|for|from|with|to|into|onto|about|against|after|before|during|since|until|under|through|across|among|between|within|without|toward|towards|despite|amid|and|or|but|nor|as|than|if|that|which|who|whose|when|while|where|the|a|an|this|these|its|their|also|still|now|then|never|not|alone|itself|themselves)$/u

/** Does the name written at [at, at + length) head its noun phrase? */
export function headsPhrase(sentence: string, at: number, length: number): boolean {
  const after = sentence.slice(at + length)
  // a possessive before a decision to act names who acts ("India's choice to prioritize ties with Russia")
  if (RE_AGENT_POSSESSIVE.test(after)) return true
  if (/^[’']s?\b/u.test(after) || /^-\p{L}/u.test(after)) return false
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)
  if (!next || RE_FUNCTION_WORD.test(next[1]!)) return true
  const term = termsOf(sentence).find(t => t.start >= at + length && t.text.length > 0)
  const tags = new Set(term?.tags ?? [])
  // a lowercase noun or adjective right after the name is the head it modifies; a verb, an adverb, a preposition or
  // a conjunction after it leaves the name the head
  return tags.has('Verb') || tags.has('Adverb') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Determiner') || !(tags.has('Noun') || tags.has('Adjective'))
}

const RE_BOUNDARY = /[;:—–()]|,\s*(?:a|an|the|but|which|who|whom|whose|while|when|where|as|because|although|though|after|before|since|and|or)\b|\b(?:that|whether|which|who|if|because|while|when|whereas)\b|\b(?:related|relating|linked|tied|according|due|owing)\s+to\b|\bassociated\s+with\b/iu

/** Does the object named at [objAt, objAt + length) stand in the clause of the verb that ends at `verbEnd`? */
export function isObjectOf(sentence: string, verbEnd: number, objAt: number, length: number): boolean {
  if (objAt < verbEnd) return false
  const between = sentence.slice(verbEnd, objAt)
  if (RE_BOUNDARY.test(between)) return false
  // a place where something happens is no object ("moved launchers from an airfield in the Philippines")
  if (/\b(?:in|at|near|inside|within|throughout|off|outside)\s+(?:the\s+)?$/iu.test(between)) return false
  // a verb of saying takes what is said, not an actor, unless the actor follows it ("told Congress", "warned Iran")
  if (RE_SAY.test(sentence.slice(0, verbEnd)) && !/^\s+(?:the\s+)?$/u.test(between)) return false
  if (between.trim().split(/\s+/).filter(Boolean).length > MAX_OBJECT_WORDS) return false
  // an object may be named by what it owns or fields ("destroy Iran's bridges", "attacked U.S. forces"): the actor is
  // acted on; a hyphenated modifier is not ("struck Iran-backed militias")
  if (/^-\p{L}/u.test(sentence.slice(objAt + length))) return false
  // the subject of a verb of its own: "…said China condemned", "…say Iran and Israel have agreed"
  const rest = sentence.slice(objAt + length).replace(/^\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/u, '')
  if (/^\s+(?:has|have|had|will|would|could|can|may|might|must|should|did|does|do|is|are|was|were)\b/u.test(rest)) return false
  const next = /^\s+(?:(?:also|still|now|then|reportedly|later|soon)\s+)?(\p{Ll}+)\b/u.exec(rest)
  if (next) {
    const where = sentence.length - rest.length + rest.indexOf(next[1]!)
    const term = termsOf(sentence).find(t => t.start === where)
    // a past tense is a verb; a present form may be a noun ("U.S. influence", "Administration approaches")
    if (term && term.tags.includes('PastTense') && !term.tags.includes('Participle')) return false
  }
  return true
}

/**
 * Is the second actor (at `otherAt`) joined to the subject ending at `subjectEnd` by "and", both right before the
 * verb at `verbAt` ("the United States and Iran agreed …")? Then the two act together.
 */
export function isJointSubject(sentence: string, subjectEnd: number, otherAt: number, length: number, verbAt: number, verb: string): boolean {
  return RE_RECIPROCAL.test(verb) && /^\s+and\s+(?:the\s+)?$/u.test(sentence.slice(subjectEnd, otherAt)) && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(otherAt + length, verbAt))
}
/** Verbs two parties do with each other: only these make an edge of joint subjects ("condemned" would read as one condemning the other). */
const RE_RECIPROCAL = /\b(?:agree[sd]?|sign(?:s|ed)?|meet|meets|met|negotiat\w+|talk(?:s|ed)?|cooperat\w+|collaborat\w+|partner(?:s|ed)?|clash(?:es|ed)?|fought|fight|trade[sd]?|concluded?|reached|allied|compet\w+|disagree[sd]?)$/u

/** Is the name at `at` governed by the verb right before it ("… modify Administration approaches")? Then it is no subject. */
export function followsVerb(sentence: string, at: number): boolean {
  const before = /(\p{Ll}+)\s+$/u.exec(sentence.slice(Math.max(0, at - 40), at))
  if (!before || /^(?:and|or|but|that|when|while|as|if|because|although|whether|which|who|also|then|now)$/u.test(before[1]!)) return false
  const where = at - (sentence.slice(Math.max(0, at - 40), at).length - before.index)
  const term = termsOf(sentence).find(t => t.start === where)
  return !!term && term.tags.includes('Verb') && !term.tags.includes('Auxiliary') && !term.tags.includes('Modal') && !term.tags.includes('Copula')
}

/** A catenative verb and the verb after "to" read as one phrase ("aims to erode", "seeks to limit"), ending before `limit`. */
export function withInfinitive(sentence: string, verbEnd: number, limit: number): string {
  const m = /^\s+to\s+(\p{Ll}+)/u.exec(sentence.slice(verbEnd))
  return m && verbEnd + m[0].length < limit && nlp(`They want to ${m[1]} it.`).match(m[1]!).has('#Verb') ? m[0] : ''
}

const RE_SAY = /\b(?:say|says|said|state[sd]?|announce[sd]?|note[sd]?|describe[sd]?|wrote|writes?|report(?:s|ed)?|indicate[sd]?|claim(?:s|ed)?|argue[sd]?|suggest(?:s|ed)?|assert(?:s|ed)?|explain(?:s|ed)?|believe[sd]?|thinks?|thought|added|warn(?:s|ed)?|told|tells?)$/iu

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'become', 'becomes', 'became'])
/** A verb phrase of "be" (or a linking verb: appear, seem, remain, become) and adverbs only states no relation ("is", "are also", "appears"). */
export function isCopula(verb: string): boolean {
  const words = verb.toLowerCase().split(/\s+/)
  return words.some(w => BE.has(w)) && words.every(w => BE.has(w) || nlp(w).has('#Adverb') || w === 'not')
}

/** Is the verb phrase, as its sentence reads it, in the passive voice ("was granted", "is being pressured")? */
export function isPassive(verb: string, sentence: string): boolean {
  const vs = readingOf(sentence).doc.verbs().json() as { text: string; verb?: { grammar?: { passive?: boolean } } }[]
  const v = vs.find(x => x.text.replace(/[.,;:]+$/, '').includes(verb) || verb.includes(x.text.replace(/[.,;:]+$/, '')))
  return v?.verb?.grammar?.passive === true
}

/** Does "by" introduce the object right after a passive verb ("was pressured by the United States")? */
export const agentOf = (sentence: string, verbEnd: number, objAt: number) => /^\s*(?:\p{Ll}+ly\s+)?by\s+(?:the\s+)?$/u.test(sentence.slice(verbEnd, objAt))

/**
 * Is an object named by what it owns or fields ("destroy Iran's bridges", "attacked U.S. forces", "defend every inch of
 * territory of NATO countries") in the verb's own object: no other verb and no preposition but "of" between the verb and
 * it? After another preposition ("have held two summits on South Korea's defense costs", "… with South Korea's allies")
 * it owns a thing the verb does not act on: no object.
 */
export function isDirectObject(sentence: string, verbEnd: number, objAt: number): boolean {
  return termsOf(sentence).filter(t => t.start >= verbEnd && t.start < objAt && t.text.length > 0)
    .every(t => !t.tags.includes('Verb') && (!t.tags.includes('Preposition') || /^of$/iu.test(t.text)))
}

/**
 * A verb phrase that states an option, not an act: a modal of possibility before a verb of weighing, directing or
 * requiring ("Congress may consider …", "Congress could also direct the agency to …", "might require"). What an actor
 * may be asked to do is no relation; a hedged act stays one ("might engage", "could strike").
 */
export function isOption(verb: string): boolean {
  return /\b(?:may|could|might)\s+(?:(?:also|further|instead|wish\s+to|want\s+to|choose\s+to|seek\s+to)\s+)*(?:consider|reconsider|revisit|weigh|examine|explore|evaluate|assess|review|study|investigate|scrutinize|monitor|track|audit|direct|require|instruct|mandate|request|ask|condition|prohibit|authorize|appropriate|amend|clarify|oversee|encourage|urge)\b/iu.test(verb)
}

/** A verb phrase the text negates ("has not labeled", "never recognized", "didn't join", "no longer supplies") states no act: no edge is drawn for it. */
export function isNegated(verb: string): boolean {
  return /\b(?:not|never|no longer|neither|nor)\b|n[’']t\b|\bcannot\b/iu.test(verb)
}
