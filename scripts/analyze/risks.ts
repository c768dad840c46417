/**
 * Risks, precision first. The rule, stated:
 * - **Where**: every section whose role is `risks` (ingest/roles.ts: by its heading's wording or by the density of
 *   hedged harm statements) when its text bears the heading out (at least {@link MIN_RISKS} sentences and
 *   {@link MIN_CUED_SHARE} of them weighing a harm, or risks laid out as labelled entries or sub-sections: a heading
 *   alone makes none, "Legal Challenges" of lawsuits filed is history); an issue put to Congress that weighs harms
 *   and asks nothing (no question, no "Congress could …", no "One approach would …"); a heading over sub-sections
 *   at least half of which are risks sections; and every section no role cue of its own claimed (its role
 *   the default or only inherited: an issue under "Issues for Congress"; never a scenario) whose sentences are
 *   mainly risk statements ({@link riskDense}: a hedged harm, a risk noun, law-breaking, a gap in rules or oversight,
 *   an uncertainty). Outside the risks sections that make a matrix (everywhere, when none does), a text gets one when at
 *   least {@link MIN_WEIGHED} hedged harm statements elsewhere pass the checks below (risks weighed inside other
 *   sections); it goes with the section that holds most of them. More such risks than a matrix holds
 *   ({@link MAX_RISKS}) go on as few matrices as hold them, split as evenly as runs of whole top-level sections allow.
 * - **Candidates**: in a risks section, each labelled entry (an item label, a list label, a sub-section heading) is
 *   one candidate named by its label; an unlabelled passage gives one candidate per hedged harm statement
 *   ({@link RE_HARM}), named by a harm noun phrase it does not relieve, else as a statement elsewhere would be
 *   ("could strain low-income households"). Elsewhere ({@link weighedCandidate}): a hedged harm statement with "could", "may" or
 *   "might" ("would" and "can" state a policy's effect or a capability), a hedge before a harm noun phrase, or a
 *   risk noun, a concern, a fear or a warning, or an exposure ("concerns about …", "threats to …", "may face …", "may be
 *   affected / constrained"); what is put at risk ("risking X", "could undermine X"; a limit only of a good: "may limit
 *   access to …"); what is guarded against ("guard against X"; "protect … from" a harm); a harm withstood, managed or
 *   kept up with; a harm or a hard condition someone faces; a harm done now ("Inflation is robbing …"); a charge of
 *   fuelling a harm ("condemned … as fueling an arms race") or a thing regarded as destabilizing or a threat; a harm
 *   that has effects now ("the blockage … has wide-ranging effects for …", "has disrupted … with global economic
 *   impacts"); views that "appear to differ", a task that "may prove difficult", a good that "could" be reduced ("the
 *   effectiveness of …"), a harm made easier ("may make it easier to conceal …"), a fragile thing, and each entry of a
 *   list introduced as points of contention, what someone is dependent or reliant on ({@link proseRisk}); a hedged
 *   verb that is a harm whatever its object ("could destabilize the region" → "destabilized region"); the downside case of a set of scenarios; never
 *   a consideration put to Congress, a harm negated ("not … a threat"), relieved ("could reduce emissions") or a
 *   time frame ("during the conflict").
 * - **Names** are noun phrases of the source, never a clause (a modal, an auxiliary, "before supply chains recover"):
 *   a hedged harm the rules below cannot name is named by the harm state after the hedge ("long-term mortality") or
 *   the harmed object under the verb's participle ("diverted funds from …", {@link hedgedEffect}); the label, what a concern is about, the object of "the risk of …", what
 *   someone "may face", a harm noun phrase (never only generic words: "risks", "many dangers"), or the subject of the
 *   hedged harm statement (determiners, an unclosed parenthesis and a second gerund subject dropped); a lone noun is
 *   completed by the phrase after it ("attack by Iranian forces"), a long phrase cut to its head (a head that names
 *   only an effect, "the operational impact of …", gives way to what it is the effect of), never to a fragment
 *   ending on a function word; a harm only in an "of" phrase or a participle's object names a risk only under an
 *   effect head ("effects of the conflict", not "a view of risk"). A name is
 *   never a date, a bill or law number, an actor the text names (a person, a country, an organisation), a pronoun, a
 *   lone generic word ("the use", "Application") or a risk word only graded ("a calculated risk"); such candidates are dropped.
 * - **Past events** are not risks: an unlabelled statement needs a modal ("could", "may" …), a risk noun or one of the
 *   weighing patterns above; a bare statement of what happened ("the pandemic disrupted supply chains") weighs none.
 * - **Gate**: a section's matrix needs at least {@link MIN_RISKS} risks that pass; otherwise the risks are dropped
 *   and `briefdeck check` says so (an info diagnostic).
 * Likelihood and impact are estimated from each risk's wording (estimate.ts), with the basis shown.
 */
import nlp from 'compromise'
import type { Actor, Article, Diagnostic, Risk, Section, Sentence, Span } from '../model.ts'
import { RE_HARM, roleScores, winningRole } from '../ingest/roles.ts'
import { estimateImpact, estimateLikelihood } from './estimate.ts'
import { allSections } from '../text/tree.ts'
import { slugify, uniqueId } from '../text/words.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'
import type { Confidence } from '../model.ts'

/** Headings that introduce risks (kept for sections without a role: hand-built articles in tests). */
export const RE_RISK_HEADING = /\b(risks?|threats?|challenges?|concerns?|vulnerabilit(y|ies)|failures?|dangers?|pitfalls?|downsides?|риск\w*|угроз\w*|вызов\w*)\b/iu
/** Fewest risks for a matrix. */
export const MIN_RISKS = 2
/**
 * Fewest hedged harm statements outside any risks section for a matrix of risks weighed in the text: as many as a
 * risks section needs ({@link MIN_RISKS}), since each passed the same checks of its name and its weighing; a short
 * report that weighs two harms in its prose ("may face recruitment difficulties", "may limit access to care") is no
 * less a report of risks than one with a heading over them.
 */
export const MIN_WEIGHED = MIN_RISKS
/** Most risks on one matrix. */
export const MAX_RISKS = 6

const RE_MODAL = /\b(could|may|might|would|can|risks?|threat|danger|vulnerab\w*|susceptible|concerns?)\b/iu
const RE_DATE = /\b(1[89]|20)\d\d(?:s|\b)|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\bFY\s?\d/u
const RE_BILL = /\b(H\.\s?R\.|S\.|P\.L\.|H\.\s?Res\.|S\.\s?Res\.|Public Law|Section)\s*\d/u
const RE_PRONOUN = /^(it|this|that|these|those|they|we|he|she|there|which|who|such|some|many|most|others?|one|each|all|both|any)$/iu
// (an adjective before a capitalised word may begin a proper name: "New Delhi's access" keeps its "New")
const RE_DETERMINER = /^(?:(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ss]uch|[Aa]ny|[Ss]ome|[Ee]ach|[Ee]very)\s+|(?:[Ff]urther|[Aa]dditional|[Gg]reater|[Mm]ore|[Nn]ew|[Pp]otential|[Pp]ossible|[Oo]ther|[Mm]any|[Ss]everal|[Vv]arious|[Cc]ertain|[Mm]uch|[Ff]ew)\s+(?!\p{Lu}))+/u
/** A noun that names a harm: what a risk weighed outside a risks section must be called. */
export const RE_HARM_NOUN = /\b(risks?|threats?|dangers?|disruptions?|loss(?:es)?|attacks?|conflicts?|escalation|shortages?|declines?|failures?|damage|pollution|vulnerabilit(?:y|ies)|instability|uncertainty|collapse|delays?|costs?|closures?|sanctions?|retaliation|backlash|stagnation|inflation|recession|default|contagion|fraud|crime|laundering|evasion|misuse|abuse|harm|degradation|depletion|overload|outages?|breaches?|exposure|dependence|reliance|concentration|strain|tensions?|disputes?|competition|emissions?|blockages?|repercussions|bottlenecks?|shocks?|volatility|spikes?|perils?|crisis|crises|chaos)\b/iu
/** An adjective that makes its noun a harm ("illicit financial activity", "harmful effects"). */
const RE_HARM_ADJECTIVE = /\b(illicit|illegal|improper|erroneous|unlawful|harmful|adverse|hostile|malicious|criminal|toxic|unsafe|fraudulent|coercive|devastating|catastrophic|destructive|deadly|dangerous|poisonous|(?:less|un|under|lightly|poorly|loosely)-?regulated|unsupervised)\b/iu
/** A harm named by a noun the lexicons above do not hold. */
const RE_HARM_EXTRA = /\b(crimes?|blackouts?|brownouts?|power outages?|trafficking|ransomware|scams?|hazards?|disturbances?|pollut\w+|plumes?|spills?|contamination|evasions?|exploitation|theft|hacks?|espionage|coercion|aggression|famine|unrest|flood(?:s|ed|ing|waters?)?|storms?|droughts?|wildfires?|erosion|outbreaks?|epidemics?|pandemics?|wars?|invasions?|blockades?|strikes?|gaps?|loopholes?|arms races?|intrusions?|cyber-?attacks?|sabotage|tampering|fatigue|destruction|violence|contraband|attrition|turnover|collisions?|debris|(?:wildland|forest|brush|grass|bush)\s+fires?|(?:higher|rising|increased|soaring)\s+(?:[\p{L}-]+\s+){0,2}?(?:prices|premiums|rates|fees|bills)|(?:lower|reduced|falling|declining)\s+(?:[\p{L}-]+\s+){0,2}?(?:yields|revenues?|incomes?|wages|output))\b/iu

/**
 * The first noun phrase of a sentence that names a harm (a harm noun, or a noun under a harm adjective), as written,
 * without determiners: "criminals may exploit … to facilitate illicit financial activity" → "illicit financial
 * activity". Noun phrases come from compromise's chunker; a phrase joined by a dash is split at it. `strong` asks for
 * a harm in itself (a harm adjective or a harm such as "pollution", "trafficking"), not a word that names a harm
 * only when hedged ("sanctions", "costs", "competition").
 */
export function harmPhrase(sentence: string, strong = false): string | undefined {
  return harmPhrases(sentence, strong)[0]
}

/** Every noun phrase of a sentence that names a harm, in order (see {@link harmPhrase}). */
export function harmPhrases(sentence: string, strong = false): string[] {
  const out: string[] = []
  const phrases = (nlp(sentence).nouns().out('array') as string[]).flatMap(p => p.split(/\s*[—–]\s*|\s+-\s+/u))
  let joined = -1
  for (const [i, whole] of phrases.entries()) {
    if (i === joined) continue
    // a chunk cut inside a hyphenated word ("A shortage of grain-" | "electrical steel" of "grain-oriented electrical
    // steel") gets the word's rest and the chunk after it back
    const cut = /-$/u.test(whole) ? /^[\p{L}\p{N}]+/u.exec(sentence.slice(sentence.indexOf(whole) + whole.length))?.[0] : undefined
    const next = phrases[i + 1]?.replace(/[\s,.;:]+$/u, '')
    const rejoined = cut && next && sentence.includes(`${whole}${cut} ${next}`) ? `${whole}${cut} ${next}` : cut ? `${whole}${cut}` : whole
    if (rejoined !== whole && next && rejoined.endsWith(next)) joined = i + 1
    const chunk = rejoined
    // the chunker splits a hyphenated modifier ("on-chain illicit activity" → "chain illicit activity"): put it back
    const at = sentence.indexOf(chunk)
    // … and leaves out a hyphenated adjective before its noun ("less-regulated systems" → "systems")
    const before = at > 0 ? sentence.slice(Math.max(0, at - 30), at) : ''
    // … or a participle before its noun it took for a verb, after a list separator or an article ("; altered behaviors")
    const raw = (/[\p{L}\p{N}]+-$/u.exec(before)?.[0] ?? /(?<![\p{L}\p{N}-])\p{Ll}+(?:-\p{Ll}+)+\s$/u.exec(before)?.[0] ?? /(?:^|[;,]\s+|\b(?:the|a|an|and|or)\s+)(\p{Ll}{3,}ed\s)$/u.exec(before)?.[1] ?? '') + chunk
    // a lack names nothing without what is lacking, an effect nothing without what it is of: the "in" or "of" phrase
    // after it stays ("the gap in requirements", "the perils of a fractured global order")
    const lacking = /\b(?:gaps?|lack|absence|shortages?)$/iu.test(chunk) || (RE_EFFECT_HEAD.test(chunk) && /^\s+of\s/u.test(sentence.slice(at + chunk.length))) ? (/^\s+(?:in|of)\s+(?:(?:the|a|an|its|their)\s+)?[\p{L}\p{N}/-]+(?:\s+(?!(?:and|or|to|in|on|for|by|with|that|which|who|is|are|was|were)\b)[\p{L}\p{N}/-]+){0,3}/u.exec(sentence.slice(at + chunk.length))?.[0] ?? '') : ''
    const p = (raw.replace(/\s+(?:of|for|from|on|in|to|by|with|near|at|across|within|into|over|under|among|between|against|during|after|before|through|around|along|beyond)\s.*$/u, m => (/^\s+of\s/u.test(m) && m.split(/\s+/).length <= 5 ? m : ''))
      + lacking).replace(/^[\s"“‘(]+|[\s"”’),.;:]+$/gu, '').replace(/^(?:including|such as|and|or)\s+/iu, '').trim()
    // a harm only in an "of" phrase is named by it when the head is its effect or extent ("effects of the conflict",
    // "the perils of a fractured order"), not when the head is something else ("a view of risk and regulation")
    const [head, tail] = p.split(/\s+of\s+/u) as [string, string | undefined]
    if (tail !== undefined && !namesHarm(head, strong) && !RE_EFFECT_HEAD.test(head)) continue
    // nor by a participle's object when its head names none ("similar services generating similar risks")
    // (an "-ing" word after a determiner is an adjective: "the rising cost of food")
    // (nor is an "-ing" noun that names the harm itself: "severe flooding of the quays")
    const [, doer, ing] = /^(.+?)\s+(\p{Ll}+ing)\s+\S/u.exec(p) ?? []
    if (doer && `${doer} `.replace(RE_DETERMINER, '') && !namesHarm(`${doer} ${ing}`, strong) && !RE_EFFECT_HEAD.test(doer)) continue
    // a harm word that only modifies the head names no harm ("pandemic influenza antivirals", "high-risk areas", the
    // clause "shortages recur"): the head itself must be the harm, or carry a harm adjective ("illicit financial activity")
    if (p && namesHarm(p, strong) && (RE_HARM_ADJECTIVE.test(p) || headIsHarm(p, strong) || (tail !== undefined && RE_EFFECT_HEAD.test(head)))) out.push(p)
  }
  return out
}

/**
 * Is the head of a noun phrase a harm: does a harm word end the phrase before its "of" or "in" complement ("severe
 * flooding of the quays", "the gap in requirements", "cyber-attacks"), not only modify another noun ("flood insurance")?
 */
function headIsHarm(phrase: string, strong = false): boolean {
  const core = noMeasure(phrase.replace(/\s+(?:of|in)\s.*$/u, ''))
  const ends = (re: RegExp) => [...core.matchAll(new RegExp(re.source, 'giu'))].some(m => m.index + m[0].length === core.length)
  return (!strong && ends(RE_HARM_NOUN)) || ends(RE_HARM_EXTRA)
}

/** Heads that name the effect, extent or prospect of what follows "of" ("effects of …", "the buildup of …"). */
const RE_EFFECT_HEAD = /\b(?:points?|sources?|signs?|areas?|flashpoints?|effects?|impacts?|consequences|implications|ramifications|fallout|spillovers?|buildup|build-up|spread|rise|growth|increase|surge|wave|escalation|prospect|possibility|likelihood|threat|risk|danger|perils?|cost|costs|toll|scale|extent)$/iu

/** Does a noun phrase name a harm (see {@link harmPhrase} for `strong`)? */
const namesHarm = (p: string, strong = false) => { const q = noMeasure(p); return (!strong && RE_HARM_NOUN.test(q)) || RE_HARM_ADJECTIVE.test(q) || RE_HARM_EXTRA.test(q) }
/**
 * A phrase without its risk words that name a measure or a procedure, not a harm: "risk weights", "risk scores",
 * "risk adjustment", "risk-based inspections", "threat assessments" (a measure of risk is no risk; nor are "gains and losses" or "costs and benefits", an account of both).
 */
const noMeasure = (p: string) => p.replace(/\b(?:(?:gains?|profits?|benefits?|income)\s+(?:and|or)\s+loss(?:es)?|loss(?:es)?\s+(?:and|or)\s+(?:gains?|profits?)|costs?\s+(?:and|or)\s+benefits?|benefits?\s+(?:and|or)\s+costs?)\b/giu, '').replace(/\b(?:risks?|threats?)(?=[-‐\s]+(?:management|assessments?|analysis|analyses|tolerance|appetite|models?|modell?ing|frameworks?|officers?|profiles?|mitigation|reduction|ratings?|scores?|weights?|weighted|weighting|based|adjust(?:ed|ment|ments)|pools?|corridors?|sharing|intelligence|evaluations?|reviews?|register|planning)\b)/giu, '')

/** Lone words that name no risk on their own. */
const RE_GENERIC = /^(gaps?|loopholes?|use|uses|processing|application|applications|part|way|ways|thing|things|issue|issues|area|areas|case|cases|effort|efforts|process|result|results|activity|activities|approach|system|systems|number|level|levels|amount|extent|fact|situation|change|changes|action|actions|measure|measures|step|steps|report|reports|analysis|data|information|time|year|years|people|state|states|country|countries|government|others?|lack|costs?|destruction|damage|harm|loss|losses)$/iu

/** A phrase whose head names people: who acts, not what could happen. */
const RE_WHO = /\b(actors?|criminals?|groups?|people|persons?|individuals?|users?|entities|entity|parties|party|states|governments?|officials?|agencies|firms?|companies|adversar(?:y|ies)|enemies|enemy|rivals?|competitors?|terrorists?|insiders?|hackers?|attackers?|sources)$/iu

/** Adjectives that grade or place a risk without saying which it is. */
const RE_GRADE = /^(?:calculated|acceptable|manageable|significant|serious|severe|grave|major|minor|key|main|primary|principal|central|real|genuine|growing|increasing|rising|mounting|emerging|considerable|substantial|high|low|great|greater|biggest|big|little|small|inherent|attendant|associated|related|similar|same|such|certain|several|various|numerous|other|additional|further|broader|wider|overall|general|specific|particular|perceived|potential|possible|likely|unlikely|future|current|existing|ongoing|new|old|long-standing|shared|common|underlying|important|critical|notable|own|multiple|many)$/iu

/** Head words that say only that there is a risk, not which one. */
const RE_GENERIC_HEAD = /^(concerns?|issues?|risks?|activit(?:y|ies)|effects?|impacts?|problems?|matters?|threats?|consequences?)$/u

/** The same risk named twice: one name's words hold the other's ("illicit activity", "on-chain illicit activity"). */
export function sameRisk(a: string, b: string): boolean {
  // content words by their first six letters ("finance", "financial"), a generic head aside ("concerns", "activity")
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 2 && !RE_GENERIC_HEAD.test(w)).map(w => w.replace(/(?<=\p{L}{3})s$/u, '').slice(0, 6)))
  const [x, y] = [words(a), words(b)]
  const [small, big] = x.size <= y.size ? [x, y] : [y, x]
  if (!(small.size > 0 && [...small].every(w => big.has(w)))) return false
  // a different head that names something ("military threat", "economic and military competition") is another risk
  const head = (s: string) => (s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 2).at(-1) ?? '').replace(/(?<=\p{L}{3})s$/u, '')
  const [hs, hb] = x.size <= y.size ? [head(a), head(b)] : [head(b), head(a)]
  return hs.slice(0, 6) === hb.slice(0, 6) || RE_GENERIC_HEAD.test(hb) || small.has(hb.slice(0, 6))
}

/** A risk name that passes the checks (see the module comment), cleaned; undefined when it fails. */
export function riskName(raw: string, people: Set<string>): string | undefined {
  const name = raw
    .replace(/\s*\([^)]*$/u, '') // an unclosed parenthesis at the end ("aerial vehicles (UAVs")
    .replace(/\s+(?:and|or)\s+[\p{Ll}]+ing\b.*$/u, '') // a second, gerund subject ("… and codifying …")
    .replace(/^[\s"“‘(]+|[\s"”’),.;:]+$/gu, '').replace(RE_DETERMINER, '')
    .replace(/^\p{Ll}+ing\s+(?=(?:the|a|an|its|their)\s)/u, '').replace(RE_DETERMINER, '') // a verb before the phrase ("citing the harm")
    .replace(/\b(and|or)\s+(?:the|a|an|its|their)\s+/giu, '$1 ') // "costs and the threats" → "costs and threats"
    .replace(/(\p{L}s)\s+\p{Ll}+ing$/u, '$1') // a participle after a plural ("adversaries operating"), not a noun ("steel manufacturing")
    .trim()
  if (!name || name.split(/\s+/).length > 6 || name.length > 60) return undefined
  // (… nor starts on a conjunction: it was cut from the second half of a coordinated clause, "… launched in 1995,
  // and a failure of the spacecraft …", whose subject is the first half's, not a harm)
  if (/^(?:and|or|but|nor|yet|so)\s/iu.test(name)) return undefined
  // (a noun phrase never ends on a preposition, an article or a conjunction: "exposure to particular PFAS above")
  // (… nor on a subordinator: "delays in project construction if")
  if (/\s(?:of|to|in|on|for|by|with|at|from|above|below|over|under|near|into|about|than|and|or|the|a|an|if|when|unless|because|while|as|since|until|whether|where)$/iu.test(name)) return undefined
  // a clause is no name ("Whether and how Congress decides"), nor a phrase ending in a participle ("… associated")
  if (/^(whether|how|what|why|when|where|who|which|if)\b/iu.test(name) || /\s\p{Ll}+ed$/u.test(name)) return undefined
  if (RE_PRONOUN.test(name) || RE_DATE.test(name) || RE_BILL.test(name) || people.has(name)) return undefined
  // a name that holds a modal or a finite verb is a clause, not a noun phrase ("Harm resulting debris could cause",
  // "allocations before supply chains recover")
  if (isClause(name)) return undefined
  if (!/\p{L}{3}/u.test(name) || /[-‐]$/u.test(name)) return undefined
  if (!name.includes(' ') && RE_GENERIC.test(name)) return undefined
  // words that say only that there is a risk name none ("risks", "concerns and threats")
  // (an adjective that only grades the risk adds no content: "a calculated risk", "serious concerns", "key challenges";
  // nor does a word of its size or sort: "Magnitude of Risk", "Sources of Risk", "the nature of the threat")
  if (name.split(/[^\p{L}]+/u).filter(Boolean).every(w => RE_GENERIC_HEAD.test(w.toLowerCase()) || /^(?:and|or|of|the|dangers?|hazards?|vulnerabilit(?:y|ies)|perils?|harms?|challenges?|failures?|magnitudes?|levels?|degrees?|extent|scale|size|nature|types?|kinds?|sorts?|categories|category|sources?)$/iu.test(w) || RE_GRADE.test(w))) return undefined
  // who could do harm is an actor, not a risk ("illicit actors", "malicious users")
  if (RE_WHO.test(name)) return undefined
  // a noun phrase never ends on an adjective: one that does lost its noun to the chunker ("damage loose" of "the
  // damage loose fragments could do")
  if (/\s/u.test(name)) { const last = nlp(name).terms().last(); if (last.has('#Adjective') && !last.has('#Noun')) return undefined }
  return name
}

/** Modals and auxiliaries: a name that holds one is a clause. */
const RE_NAME_MODAL = /\b(?:could|would|may|might|can|cannot|will|shall|should|must|does|did|do|has|have|had|is|are|was|were)\b/iu
/**
 * Is a name a clause: does it hold a modal or an auxiliary ({@link RE_NAME_MODAL}), or a subordinator followed by a
 * finite verb ("… before supply chains recover", "… if subsidies run out")? Words the tagger may take for verbs in a
 * noun phrase ("attacks", "supply chains") make no clause by themselves.
 */
export function isClause(name: string): boolean {
  if (RE_NAME_MODAL.test(name)) return true
  const sub = /\b(?:before|after|until|unless|if|when|because|while|since|once|whereas|although|though)\s+(.+)$/iu.exec(name)
  return !!sub && nlp(sub[1]!).has('#Noun') && nlp(sub[1]!).has('(#Verb && !#Noun && !#Gerund && !#Adjective)')
}

/** The noun phrase a hedged harm statement is about: the object of "the risk of …", else its subject. */
export function harmSubject(sentence: string): string | undefined {
  const of = /\b(?:risks?|threats?|dangers?|possibility|prospect|likelihood)\s+(?:of|that)\s+((?:[\p{L}\p{N}’'-]+\s+){0,5}?[\p{L}\p{N}’'-]+?)(?=\s+(?:to|in|on|for|from|by|at|with|and|or|could|would|may|might|is|are|was|were|if|that|which|as)\b|[,.;:]|$)/iu.exec(sentence)
  if (of?.[1]) return of[1]
  const m = RE_HARM.exec(sentence)
  if (!m) return undefined
  // the clause before the cue, after any leading adverbial ("In the long run, …"): its head noun phrase, up to the
  // first preposition other than "of" ("A prolonged closure of the Strait to commercial traffic" → "… of the Strait")
  // (a verb coordinated with the hedged one is no part of the subject: "the uncertainty creates and may exacerbate …")
  const clause = (sentence.slice(0, m.index).split(/,\s+/u).pop() ?? '').trim().replace(/\s+\p{Ll}+s\s+(?:and|or)$/u, '')
  const head = clause.split(/\s+(?:to|in|on|for|from|by|at|with|into|over|under|through|across|between|among|against|during|after|before|since|that|which|who)\s+/u)[0]!.trim()
  if (!head || head.split(/\s+/).length > 8 || !(nlp(head).has('#Noun'))) return undefined
  // a hedged verb with no object of its own ("could cause to spacecraft") closes a relative clause without "that":
  // the harm is the head and its clause ("the harm resulting debris could cause"), never the clause's own subject
  // (a head and a subject: two noun phrases; one alone is no such clause, and names nothing)
  const verb = /^\s*(?:could|may|might|would|can)\s+(?:\w+\s+){0,2}?(\p{Ll}+)(?=\s+(?:to|on|for|in|at|upon|against)\s|\s*[,.;:]|$)/u.exec(sentence.slice(m.index))
  if (verb && RE_GAPPED_VERB.test(verb[1]!)) {
    // (named as a noun phrase: the head with the complement the verb governs, "the harm … to spacecraft in orbit" →
    // "the harm to spacecraft in orbit"; the clause itself, "harm resulting debris could cause", is no name)
    const nouns = nlp(head).nouns().out('array') as string[]
    const complement = /^\s*(?:to|on|for|in|at|upon|against)\s+(?:(?:the|a|an|its|their)\s+)?[\p{L}\p{N}’'-]+(?:\s+(?!(?:and|or|that|which|who|if|as|because|when)\b)[\p{L}\p{N}’'-]+){0,3}/u.exec(sentence.slice(m.index + verb[0].length))?.[0]
    return nouns.length >= 2 && complement ? `${nouns[0]!.replace(/[,.;:]+$/u, '')} ${complement.trim()}` : undefined
  }
  return head
}

/** A hedge and the verb after it ("could halt", "may also erode"). */
const RE_HEDGE_AT = /\b(?:could|may|might)\s+(?:also\s+|further\s+|even\s+|eventually\s+|significantly\s+|quickly\s+)?(\p{Ll}+)/u
/** Verbs after a hedge that relieve or help, or negate: their subject is no harm ("Tensions may ease"). */
const RE_RELIEF_VERB = /^(?:not|ease|eases|fall|subside|abate|end|diminish|recede|reduce|lessen|improve|help|benefit|resolve|stabili[sz]e|recover|mitigate|offset|prevent|avoid|deter|limit|lower|curb|decline|drop)$/u
/** Verbs whose subject suffers the harm: it is what is put at risk ("trust may erode"). */
const RE_BEFALLS = /^(?:erode|collapse|deteriorate|falter|shrink|fail|disappear|dry|weaken|suffer)$/u
/**
 * The subject of a hedged statement, after any leading clause or "that" ("… also means that a prolonged power outage
 * could halt pumping" → "a prolonged power outage"), up to its first preposition other than "of"; and whether the
 * verb says a harm befalls it ({@link RE_BEFALLS}). None when the verb relieves or is negated.
 */
function hedgedSubject(text: string): { subject: string; befalls: boolean } | undefined {
  const m = RE_HEDGE_AT.exec(text)
  if (!m || RE_RELIEF_VERB.test(m[1]!)) return undefined
  const clause = (text.slice(0, m.index).split(/,\s+|;\s+/u).pop() ?? '').replace(/^.*\b(?:that|whether|if|because|as|when|while|but|so)\s+/u, '').trim()
  const subject = clause.split(/\s+(?:to|in|on|for|from|by|at|with|into|over|under|through|across|between|among|against|during|after|before|since|that|which|who|whether)\s+/u)[0]!.trim()
  // (a verb before a determiner or a pronoun makes it a clause, not a noun phrase: "The company said the attacks")
  // (a lone harm noun the tagger takes for a verb is still a noun: "Delays in funding could …")
  if (!subject || subject.split(/\s+/).length > 8 || !(nlp(subject).has('#Noun') || /^\p{Lu}\p{Ll}+$/u.test(subject) && headIsHarm(subject)) || nlp(subject).has('#Verb (#Determiner|#Pronoun)')) return undefined
  return { subject, befalls: RE_BEFALLS.test(m[1]!) && /^(?:\s+(?:up|out|away|down)\b)?\s*(?:[,.;:]|$|by\s|if\s|as\s|when\s|over\s|in\s|without\s)/u.test(text.slice(m.index + m[0].length)) }
}

/** Verbs that take an object: one followed straight by a preposition has lost it to a relative clause ("the damage attackers could do to networks"). */
const RE_GAPPED_VERB = /^(?:cause|do|inflict|bring|pose|create|impose|wreak|harm|damage|threaten|undermine|disrupt)$/u

/** What a concern is about: the object of "concerns about / over / related to / regarding …" ("shared concerns about platform solvency"). */
const RE_CONCERN_OF = /\b(?:concern(?:s|ed)?\s+(?:about|over|regarding|related to|with regard to)|fears?\s+(?:of|about|over)|warnings?\s+(?:of|about))\s+((?:[\p{L}\p{N}’'.-]+\s+){0,12}?[\p{L}\p{N}’'-]+)(?=\s+(?:to|in|on|for|from|by|at|with|against|among|after|before|during|since|into|near|within|across|through|is|are|was|were|could|would|may|might|that|which|as|while|if|when|unless|because|and (?:the|a|its|their))\b|\s*[,.;:()"”]|$)/iu
/** What a hedged statement says someone may face ("ports may face cascading effects"). */
const RE_FACE = /\b(?:may|could|might)\s+(?:\w+\s+)?face\s+((?:[\p{L}\p{N}’'.-]+\s+){0,5}?[\p{L}\p{N}’'-]+)(?=\s+(?:to|in|on|for|from|by|at|with|against|among|after|before|during|since|into|near|within|across|through|if|that|which|as|while|and (?:the|a|its|their))\b|\s*[,.;:()"”]|$)/iu
/** What a hedged passive says may be done to its subject: a harm ("affected", "disrupted", "constrained"), never a relief ("reduced"). */
const RE_SUFFERED = '(?:affected|constrained|disrupted|curtailed|interrupted|delayed|halted|blocked|jeopardi[sz]ed|compromised|threatened|damaged|hampered|impeded|endangered|undermined|weakened)'
/** A statement that weighs a risk without a modal: a risk noun, a concern, an exposure ("a potential vulnerability of …", "threats to …"). */
const RE_WEIGH = /\b(?:(?:threats?|vulnerabilit(?:y|ies)|perils?|dangers?|risks?)(?![-‐]|\s+(?:management|assessments?|analysis|analyses|tolerance|appetite|models?|modell?ing|frameworks?|officers?|profiles?|mitigation|reduction|ratings?|scores?|weights?|intelligence)\b)|concerns?\s+(?:about|over|that|regarding|related to)|concerned\s+(?:about|over|that)|fears?\s+(?:of|about|over|that)|warnings?\s+(?:of|about)|(?:may|could|might|would)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:\w+\s+)?affected|(?:may|could|might)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?(?:constrained|disrupted|curtailed|interrupted|delayed|halted|blocked|jeopardi[sz]ed|compromised|threatened|damaged|hampered|impeded|endangered|undermined|weakened)|(?:may|could|might)\s+face)\b/iu

/**
 * A statement outside a risks section that weighs a risk, and its name; undefined when it weighs none. Weighed: a
 * hedged harm statement ({@link RE_HARM} with a modal), or a risk noun, a concern or an exposure ({@link RE_WEIGH}).
 * Named, in order: what the concern is about; the subject of the hedged statement when it is a harm noun; else
 * the first harm noun phrase of the sentence ({@link harmPhrase}). A statement that names no harm is no risk.
 */
export function weighedCandidate(text: string, people: Set<string>): { name: string; confidence: Confidence } | undefined {
  if (RE_ASKED.test(text)) return undefined
  const ranked = rankedHarm(text, people)
  if (ranked) return { name: ranked, confidence: sure(C.risk.weighed, 'what the text ranks as a hazard, risk or threat') }
  const consequence = consequenceRisk(text, people)
  if (consequence) return { name: consequence, confidence: sure(C.risk.weighed, 'the harm a hedged statement says may be brought about, in its own words, outside a risks section') }
  const hedged = RE_HARM.test(text) && RE_MODAL.test(text) && /\b(?:could|may|might)\b/iu.test(text)
  const modalHarm = !hedged && afterModal(text).length > 0
  // each pattern below weighs a risk by itself; the last two (a subject, a harm phrase) need a hedge or a risk noun
  // (a harm the text expects to recur weighs as a hedged one: "catastrophic collisions that are likely to occur …")
  const weighs = hedged || modalHarm || RE_WEIGH.test(text) || RE_LIKELY.test(text)
  const about = RE_CONCERN_OF.exec(text)?.[1] ?? RE_FACE.exec(text)?.[1] ?? affectedSubject(text)
  const concern = about ? riskName(completed(text, shortName(about)), people) : undefined
  if (concern) return { name: concern, confidence: sure(C.risk.weighed, 'a concern the text states, named by what it is about, outside a risks section') }
  const prose = proseRisk(text, people)
  if (prose) return prose
  // what someone is vulnerable or exposed to, when it names a harm ("Small ports are vulnerable to cyberattacks on …")
  const prone = RE_PRONE.exec(text)?.[1]
  const proneName = prone && unrelieved(text, [prone]).length && (namesHarm(prone) || /\p{L}(?:attacks?|threats?|strikes?)$/u.test(prone)) ? riskName(completed(text, shortName(prone)), people) : undefined
  if (proneName) return { name: proneName, confidence: sure(C.risk.weighed, 'a harm the text says someone is vulnerable or exposed to, outside a risks section') }
  // (what is put at risk is a good, never a harm: "could limit losses" relieves one; and a lone word says too little)
  const stake = RE_AT_STAKE.exec(text)?.[1]
  const limited = stake && /^(?:limit|restrict)/iu.test(RE_AT_STAKE.exec(text)![0].replace(/^.*?\b(?=limit|restrict)/iu, '')) && /\b(?:could|may|might)\s+(?:\w+\s+)?(?:limit|restrict)\b/iu.test(text)
  // (a limit is a harm only to a good that can be had: "may limit access to …", never "may limit human interaction")
  const risked = stake && !namesHarm(stake) && (!limited || RE_GOOD.test(stake)) ? riskName(shortName(stake), people) : undefined
  if (risked && /\s/u.test(risked)) return { name: risked, confidence: sure(C.risk.weighed, 'what a statement says is put at risk, outside a risks section') }
  const charged = RE_CHARGED.exec(text)?.[1]
  const chargedName = charged ? riskName(shortName(charged), people) : undefined
  if (chargedName) return { name: chargedName, confidence: sure(C.risk.weighed, 'what the text says is seen as destabilizing, dangerous or a threat, outside a risks section') }
  const faced = RE_FACES.exec(text)?.[1]
  const facedName = faced && (namesHarm(faced) || RE_HARD.test(faced)) ? riskName(completed(text, shortName(faced)), people) : undefined
  if (facedName) return { name: facedName, confidence: sure(C.risk.weighed, 'a harm or a hard condition the text says someone faces, outside a risks section') }
  const facedBefore = RE_FACED_BEFORE.exec(text)
  const facedPrior = facedBefore ? harmPhrases(text.slice(0, facedBefore.index)).map(p => riskName(shortName(p), people)).filter(Boolean).at(-1) : undefined
  if (facedPrior) return { name: facedPrior, confidence: sure(C.risk.weighed, 'a harm the text says someone faces, outside a risks section') }
  // (guarded "against" names a risk; protected "from" only a harm: "protect developers from enforcement actions" is no risk)
  const guard = RE_GUARD.exec(text)
  const against = guard?.[1] && (!/\sfrom\s/u.test(guard[0]) || namesHarm(guard[1])) ? guard[1] : undefined
  const guarded = against ? riskName(completed(text, shortName(against)), people) : undefined
  if (guarded) return { name: guarded, confidence: sure(C.risk.weighed, 'what a statement guards against, outside a risks section') }
  const coped = RE_COPE.exec(text)
  const borne = coped ? clauseOf(text.slice(coped.index + coped[0].length)) : undefined
  const met = borne ? unrelieved(borne, harmPhrases(borne)).map(p => riskName(completed(text, shortName(p)), people)).find(Boolean) : undefined
  if (met) return { name: met, confidence: sure(C.risk.weighed, 'a harm a statement says must be withstood or managed, outside a risks section') }
  // a harm that has effects now is named by its subject only ("the blockage of the Strait has wide-ranging effects for …")
  const effects = RE_HAS_EFFECTS.exec(text)
  const cause = effects ? (text.slice(0, effects.index).split(/,\s+|;\s+|\s+(?:and|but|when|while|as|because|if)\s+/u).pop() ?? '').trim() : ''
  const causeName = cause && namesHarm(cause) && cause.split(/\s+/).length <= 8 && !nlp(cause).has('#Verb') ? riskName(shortName(cause), people) : undefined
  if (causeName) return { name: causeName, confidence: sure(C.risk.weighed, 'a harm the text says has effects now, outside a risks section') }
  const doing = RE_DOING_HARM.exec(text)
  if (doing) {
    // named by its subject when that is a noun phrase that names a harm ("Inflation"), else by its first harm phrase
    // (an adverb before the verb is no part of the subject: "This population of space debris potentially threatens …")
    const clause = (text.slice(0, doing.index).split(/,\s+|;\s+|\s+(?:and|but|when|while|as|because|if)\s+/u).pop() ?? '').trim()
    const subject = clause.includes(' ') && nlp(clause).terms().last().has('#Adverb') ? clause.replace(/\s+\S+$/u, '') : clause
    const named = (namesHarm(subject) && subject.split(/\s+/).length <= 6 && !nlp(subject).has('#Verb') ? [subject] : []).concat(unrelieved(text, harmPhrases(text))).map(p => riskName(completed(text, shortName(p)), people)).find(Boolean)
    if (named) return { name: named, confidence: sure(C.risk.weighed, 'a harm a statement says is being done now, outside a risks section') }
  }
  // what the text says is at risk, as it says it ("the number of homes at risk is growing" → "homes at risk"), never
  // the object of a verb that puts it there ("putting systems … at risk": what puts it there is the harm)
  const atRisk = /(?<![\p{L}’'-])((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+at\s+(?:greater\s+|increased\s+|high\s+)?risk\b/u.exec(text)
  // (the noun phrase right before it: "the number of homes at risk" → "homes")
  const np = atRisk?.[1]!.split(/\s+(?:of|for|in|on|to|and|or|with|by|the|a|an)\s+/u).pop() ?? ''
  const before = atRisk ? text.slice(0, atRisk.index + atRisk[1]!.length - np.length).trim().split(/\s+/u).at(-1) ?? '' : ''
  const atRiskName = atRisk && np && !/\p{Ll}+ing$|^(?:put|puts|place|places|placed|is|are|was|were|be|been|remain|remains)$/u.test(before) && !/(?:^|\s)(?:put|puts|putting|places?|placed|placing|is|are|be|been|remains?|\p{Ll}+ing|\p{Ll}+ed)$/u.test(np) ? riskName(`${shortName(np)} at risk`, people) : undefined
  if (atRiskName && atRiskName.split(/\s+/u).length >= 3) return { name: atRiskName, confidence: sure(C.risk.weighed, 'what a statement says is at risk, outside a risks section') }
  // a cost the text says is rising ("The cost to suppress these fires is increasing")
  const rising = /^(?:.*?[,;]\s+)?((?:the\s+)?(?:[\p{L}-]+\s+)?costs?\s+(?:of|to)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:is|are|has been|have been)\s+(?:\w+\s+)?(?:increasing|rising|growing|climbing|soaring)\b/iu.exec(text)?.[1]
  const risingName = rising ? riskName(rising, people) : undefined
  if (risingName) return { name: risingName, confidence: sure(C.risk.weighed, 'a cost the text says is rising, outside a risks section') }
  if (!weighs) return undefined
  const subject = hedged ? riskName(completed(text, harmSubject(text) ?? ''), people) : undefined
  if (subject && RE_HARM_NOUN.test(noMeasure(subject))) return { name: subject, confidence: sure(C.risk.weighed, 'a hedged harm statement named by a harm noun, outside a risks section') }
  const named = (modalHarm ? afterModal(text) : unrelieved(text, harmPhrases(text))).map(p => riskName(completed(text, shortName(p)), people)).find(Boolean)
  if (named) return { name: named, confidence: sure(C.risk.weighed, hedged ? 'a hedged harm statement named by its harm noun phrase, outside a risks section' : 'a risk noun in a statement outside a risks section, named by its noun phrase') }
  // else a hedged verb that does harm to its object names it under the verb's participle ("warned it could destabilize
  // the region" → "destabilized region"), only a verb that is a harm whatever its object (never "may alter", "may
  // delay") and an object that says what is harmed (never "exacerbated potential risks")
  const strong = [...text.matchAll(new RegExp(RE_HEDGE_AT.source, 'gu'))].some(m => RE_STRONG_HARM_VERB.test(m[1]!))
  const harmed = strong && weighsRisk(text) ? hedgedEffect(text, people) : undefined
  const object = harmed?.split(/\s+/u).slice(1) ?? []
  if (harmed && !object.every(w => RE_GENERIC_HEAD.test(w.toLowerCase()) || RE_GRADE.test(w))) return { name: harmed, confidence: sure(C.risk.weighed, 'a hedged harm done to what the statement names, outside a risks section') }
  return undefined
}

/** A hedge that weighs what follows: a modal, or "would" with "likely" or "probably" ("would likely reduce …"). */
const HEDGE = String.raw`(?:could|may|might|(?:would|will)\s+(?:likely|probably)|(?:is|are)\s+likely\s+to)\s+(?:also\s+|further\s+|even\s+|eventually\s+)?`
/** A noun phrase after a verb, to a clause, a comma or a subordinator (at most eight words, cut later). */
const NP_AFTER = String.raw`((?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,7}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:if|when|because|as|while|unless|until|which|that|who|whose|where|rather|than|by\s+\p{Ll}+ing)\b|$)`
/** What a hedged statement says something brings about: "could result in long lines at polling places". */
const RE_RESULT = new RegExp(String.raw`\b${HEDGE}(?:result\s+in|lead\s+to|bring\s+about)\s+${NP_AFTER}`, 'u')
/** A price or cost a hedged statement says may rise, and for whom: "could raise prices for imported consumer goods". */
const RE_RAISED_PRICE = new RegExp(String.raw`\b${HEDGE}(?:raise|increase|push\s+up|drive\s+up)\s+(?:the\s+)?((?:[\p{L}-]+\s+)?(?:prices?|costs?|premiums|rates))(?:\s+(?:for|of|to)\s+${NP_AFTER})?`, 'u')
/** A good a hedged statement says may be reduced, named by its head noun: "would likely reduce employment in …". */
const RE_REDUCED = new RegExp(String.raw`\b${HEDGE}(?:reduce|lower|diminish|cut)\s+${NP_AFTER}`, 'u')
const RE_GOOD_HEAD = /^(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:employment|jobs|capacity|accuracy|participation|funding|spending|revenues?|output|production|competition|control|investment|access|supply|supplies|availability|reliability|effectiveness|coverage|services|lending|credit|financing|liquidity|oversight|transparency|confidence)\b/u
/** Whom a hedged statement says may be discouraged from doing something: "might discourage investors from buying …". */
const RE_DISCOURAGED = new RegExp(String.raw`\b${HEDGE}(?:discourage|deter|dissuade)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+from\s+(\p{Ll}+ing)\s+${NP_AFTER}`, 'u')
/** What a hedged statement says may be put off: "might delay the purchase of new equipment until …" → "delayed purchase …". */
const RE_DELAYED = new RegExp(String.raw`\b${HEDGE}(?:delay|postpone)\s+${NP_AFTER}`, 'u')
/** Who a concern or a possibility says may be unable to act: "raises concerns that new domestic plants would be unable to compete". */
const RE_UNABLE_THAT = /\b(?:concerns?|possibility|fears?|risk|danger)\s+that\s+((?:(?:the|a|an|some|many|new)\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:would|could|may|might)\s+(?:also\s+)?(?:be\s+unable\s+to\s+(\p{Ll}+)|not\s+be\s+familiar\s+with\s+((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)(?=\s+(?:for|of|in|on|at|to|that|which)\b|\s*[,.;:]|$))/u
/** What someone is vulnerable or exposed to, a shock whatever its words ("vulnerable to retaliatory tariffs on its exports"). */
const RE_PRONE_TO = new RegExp(String.raw`\b(?:vulnerable|susceptible|prone)\s+to\s+${NP_AFTER.replace('{0,7}', '{0,6}')}`, 'u')
const RE_SHOCK_HEAD = /\b(?:tariffs|restrictions|failures?|errors?|withdrawals|interference|outages?|disruptions?|shocks?|attacks?|sanctions|embargo(?:es)?|cuts|freezing|flooding|fraud|manipulation|shortages?|strikes?|spills?|breaches?|intrusions?)$/u
/** "The potential for …": a harm weighed as a possibility ("the potential for cascading failures grows"). */
const RE_POTENTIAL_FOR = /\b(?:the\s+)?(?:potential|possibility|prospect)\s+(?:for|of)\s+((?:[\p{L}\p{N}’'-]+\s+){0,5}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:grows|increases|rises|remains|is|are|was|were|has|have|could|would|may|might|will|if|when|as|because|which|that|in\s+(?:the|a)\s+(?:event|case))\b|$)/iu
/** A benefit, never a harm, whatever weighs it: "could result in savings", "the potential for growth". */
const RE_BENEFIT = /\b(?:savings?|benefits?(?!\s+(?:payments?|checks?|claims?))|gains?|improve\w*|better|efficienc\w*|growth|innovation|competition|opportunit\w*|progress|recovery|relief|stability|certainty|cooperation|agreement|consensus|settlement|compliance|lower\s+(?:costs?|prices?|rates?|emissions)|reduc\w+\s+(?:costs?|prices?|rates?|emissions|risks?|delays?))\b/iu

/**
 * The harm a weighing statement says something may bring about, named in its own words, never by the cause that
 * brings it (the tried subject of the hedge gave causes and actors): what may "result in" or "lead to" it ("may lead to
 * dosing errors"); a price or a cost that may rise, with whom it rises for ("could raise prices for imported consumer
 * goods" → "higher prices for imported consumer goods"); a good that may be reduced ("would likely reduce employment
 * in steel-using industries" → "reduced employment in steel-using industries"); who may be discouraged from doing
 * what ("might discourage investors from buying long-term bonds" → "investors discouraged from buying long-term
 * bonds", "… from investing in …" → "discouraged investment in …"); what is weighed as a potential ("the potential
 * for cascading failures"). Only a harm: a benefit ("could result in savings", "the potential for growth") names none.
 */
export function consequenceRisk(text: string, people: Set<string>, noDelay = false): string | undefined {
  if (RE_ASKED.test(text) || RE_OPTION.test(text)) return undefined
  const np = (p: string | undefined) => {
    if (!p || RE_BENEFIT.test(p)) return undefined
    const words = p.replace(RE_DETERMINER, '').replace(/\s+(?:at\s+the\s+(?:moment|time|point)|in\s+the\s+(?:short|long)\s+term|by\s+(?:more|less|as\s+much|up\s+to|about|roughly|nearly|\d))\b.*$/u, '')
    const cut = words.split(/\s+/u).length > 6 ? shortName(words) : words
    const n = riskName(cut, people) ?? riskName(shortName(cut.replace(/\s+(?:and|or)\s.*$/u, '')), people)
    // (a name is a noun phrase, never a pronoun's or a clause's: "lead to them", "lead to what …")
    return n && !/^(?:them|it|this|that|these|those|what|how)\b/iu.test(n) && nlp(n).has('#Noun') ? n : undefined
  }
  const result = RE_RESULT.exec(text)
  if (result) { const n = np(result[1]); if (n) return n }
  const price = RE_RAISED_PRICE.exec(text)
  if (price && !RE_BENEFIT.test(price[1]!)) {
    const whom = price[2] && !/^(?:these|those|such|them|it|this|that)\b/iu.test(price[2]) ? ` for ${price[2].replace(RE_DETERMINER, '').replace(/^consumers\s+of\s+/u, '')}` : ''
    const n = np(`higher ${price[1]!.replace(RE_DETERMINER, '')}${whom}`) ?? np(`higher ${price[1]!.replace(RE_DETERMINER, '')}`)
    if (n && n.includes(' ')) return n
  }
  const reduced = RE_REDUCED.exec(text)
  if (reduced && RE_GOOD_HEAD.test(reduced[1]!)) {
    const good = reduced[1]!.replace(RE_DETERMINER, '').replace(/\s+available\b/u, '')
    const n = np(`reduced ${good}`) ?? np(`reduced ${good.replace(/\s+of\s+(?:the|a|an|its|their)\s+/u, ' of ')}`) ?? np(`reduced ${shortName(good)}`)
    if (n) return n
  }
  const discouraged = RE_DISCOURAGED.exec(text)
  if (discouraged) {
    const [, who, doing, what] = discouraged
    const object = what!.replace(/\s+(?:that|which|who)\s.*$/u, '')
    const n = doing === 'investing' && /^in\s/u.test(object) ? np(`discouraged investment ${object}`)
      : np(`${who!.replace(RE_DETERMINER, '').replace(/\s+(?:in|at|of|on)\s.*$/u, '')} discouraged from ${doing} ${object}`)
    if (n) return n
  }
  const delayed = RE_DELAYED.exec(text)
  if (delayed && !noDelay) { const n = np(`${/postpone/u.test(delayed[0]) ? 'postponed' : 'delayed'} ${delayed[1]!.replace(RE_DETERMINER, '').replace(/\s+until\s.*$/u, '')}`); if (n) return n }
  const unable = RE_UNABLE_THAT.exec(text)
  if (unable && !RE_WHO.test(unable[1]!) && !people.has(unable[1]!)) { const n = np(`${unable[1]!.replace(RE_DETERMINER, '')} ${unable[2] ? `unable to ${unable[2]}` : `unfamiliar with ${unable[3]}`}`); if (n) return n }
  const prone = RE_PRONE_TO.exec(text)
  if (prone && (namesHarm(prone[1]!) || RE_SHOCK_HEAD.test(prone[1]!.replace(/\s+(?:on|in|of|from|by|at|for|with)\s.*$/u, '')))) { const n = np(prone[1]); if (n) return n }
  const potential = RE_POTENTIAL_FOR.exec(text)
  if (potential && weighsRisk(text.replace(potential[0], 'the risk of ' + potential[1]))) { const n = np(potential[1]); if (n) return n }
  return undefined
}

/** What a text names as the main hazard, risk or threat: "identifies midair collision as the principal hazard". */
const RE_RANKED = /\b(?:identif(?:y|ies|ied)|names?|named|lists?|listed|cites?|cited|ranks?|ranked|singles?\s+out|singled\s+out)\s+((?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}\p{N}’'-]+)\s+as\s+(?:the|a|an|its|their|one\s+of\s+the)\s+(?:(?:principal|main|chief|greatest|biggest|leading|primary|top|most\s+serious|most\s+likely|key|largest|central)\s+)?(?:hazards?|risks?|threats?|dangers?|concerns?)\b/iu
function rankedHarm(text: string, people: Set<string>): string | undefined {
  const m = RE_RANKED.exec(text)
  return m ? riskName(m[1]!, people) : undefined
}

/** Plural nouns of views or figures: when they "appear to differ", the difference is a risk ("understandings … appear to differ"). */
const RE_VIEWS = /\b(?:understandings?|interpretations?|views|positions|accounts|descriptions|estimates|assessments|readings|expectations|definitions|versions|characterizations|projections|forecasts)$/iu
/** What appears to differ: "U.S. and Iranian understandings of the ceasefire appear to differ" (the subject before it). */
const RE_DIFFER = /\b(?:appears?|seems?)\s+to\s+(?:\w+\s+)?differ\b/iu
/** A harm participle done now, in the present perfect ("has disrupted", "have strained"). */
const RE_DONE_NOW = /\b(?:has|have)\s+(?:(?:also|already|significantly|severely|further)\s+)?(?:disrupted|damaged|strained|curtailed|halted|undermined|weakened|interrupted|delayed|reduced|depressed|constrained|hampered|impeded)\b/iu
/** The effects a harm done now is said to have: "… with global economic impacts". */
const RE_WITH_EFFECTS = /\bwith\s+((?:[\p{L}-]+\s+){0,3}?)(effects|impacts|consequences|repercussions|ramifications)\b/iu
/** What may "prove difficult": a task named by a gerund ("finding vessels to replace … may prove difficult"). */
const RE_PROVE_HARD = /\b(?:may|could|might)\s+(?:\w+\s+)?(?:prove|be|become)\s+(?:\w+\s+)?(?:difficult|challenging|hard)\s*(?:[,.;:]|$)/iu
/** A quality a hedged statement says may be reduced: a good, whose loss is the harm ("could reduce the effectiveness of …"). */
const RE_REDUCED_GOOD = /\b(?:could|may|might)\s+(?:\w+\s+)?(?:reduce|diminish|lower|impair|degrade|weaken)\s+(?:the\s+|its\s+|their\s+)?((?:effectiveness|efficacy|reliability|availability|capacity|readiness|resilience|competitiveness|credibility|quality|value|usefulness)\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\p{N}’'.-]+\s+){0,3}?[\p{L}\p{N}’'.-]+)(?=\s*[,.;:()]|\s+(?:if|when|because|as|while|by|for|in|to|unless|which|that|during|and (?:the|a|its|their))\b|$)/u
/** What a hedged statement says becomes easier to do that is a harm: to conceal, evade or launder ("may make it easier to conceal …"). */
const RE_EASIER_HARM = /\b(?:could|may|might)\s+(?:\w+\s+)?make\s+it\s+(?:easier|simpler)\s+(?:for\s+(?:\S+\s+){1,3}?)?to\s+(?:\w+\s+and\s+)?(conceal|hide|evade|launder|circumvent|smuggle|exploit|defraud|divert|disguise|obscure)\s+((?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()]|\s+(?:if|when|because|as|while|by|for|from|in|to|unless|which|that|through|via)\b|$)/u
/** Verbs after a hedge that are a harm whatever their object ("could destabilize the region", "may erode trust"). */
const RE_STRONG_HARM_VERB = /^(?:destabili[sz]e|disrupt|damage|harm|weaken|undermine|erode|endanger|jeopardi[sz]e|compromise|impair|hamper|impede|deplete|overwhelm|exhaust|worsen|exacerbate|degrade|contaminate|strain)$/u
/** What someone is dependent or reliant on, a dependence ("Gulf nations are dependent on ships for …" → "dependence on ships"). */
const RE_RELIANT = /\b(?:is|are|remains?|was|were|be|been|becomes?|became)\s+(?:(?:heavily|highly|largely|particularly|increasingly|almost\s+entirely|entirely|in\s+particular)\s+)?(dependent|reliant)\s+(?:up)?on\s+((?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()—–]|\s+(?:for|to|from|in|as|at|which|that|while|because|and (?:the|a|its|their))\b|$)/u
/** A fragile, tenuous or precarious thing: "the fragile and contested nature of the agreement", "the truce remains fragile". */
const RE_FRAGILE = /\b((?:[\p{L}-]+\s+(?:and|or)\s+)?(?:fragile|tenuous|precarious|shaky)(?:\s+(?:and|or)\s+[\p{L}-]+)?)\s+(?:nature|state|character|condition)\s+of\s+(?:(?:the|a|an|its|their)\s+)?([\p{L}\p{N}’'-]+(?:\s+(?!(?:and|or|to|in|on|for|by|with|that|which|as|at)\b)[\p{L}\p{N}’'-]+){0,2})/iu

/**
 * Risks CRS and GAO prose weighs outside a risks section, each named by a noun phrase of its own words: views or
 * figures that "appear to differ" (named "differences in …", the subject cut to its head); a harm done now with the
 * effects it has ("the conflict has disrupted … with global economic impacts" → "global economic impacts of the
 * conflict"); a task that "may prove difficult" ("difficulty finding vessels"); a good a hedged statement may reduce
 * ("reduced effectiveness of the MSP"); a harm a hedged statement makes easier ("may make it easier to conceal the
 * proceeds of fraud" → "concealed proceeds of fraud"); a fragile thing ("fragile and contested agreement").
 */
export function proseRisk(text: string, people: Set<string>): { name: string; confidence: Confidence } | undefined {
  const say = (name: string | undefined, why: string) => name ? { name, confidence: sure(C.risk.weighed, `${why}, outside a risks section`) } : undefined
  const subjectBefore = (at: number) => (text.slice(0, at).split(/,\s+|;\s+/u).pop() ?? '').replace(/^.*\b(?:that|whether|because|while|but|so|rather)\s+/iu, '').replace(RE_DETERMINER, '').trim()
  const differ = RE_DIFFER.exec(text)
  if (differ) {
    const raw = shortName(subjectBefore(differ.index).replace(/\s+(?:of|in|on|for|about|over|regarding)\s.*$/u, ''))
    // (a word capitalised only because it starts the sentence is not a name: "Federal and tribal estimates")
    const subject = text.startsWith(raw) ? raw.replace(/^\p{Lu}\p{Ll}+\b/u, w => nlp(w).has('#ProperNoun') ? w : w.toLowerCase()) : raw
    const n = subject && RE_VIEWS.test(subject) && !nlp(subject).has('#Verb && !#Noun') ? riskName(`differences in ${subject}`, people) : undefined
    if (n) return say(n, 'views or figures the text says appear to differ')
  }
  const done = RE_DONE_NOW.exec(text)
  const effects = done ? RE_WITH_EFFECTS.exec(text.slice(done.index)) : null
  if (done && effects) {
    const cause = subjectBefore(done.index)
    const adj = effects[1]!.trim()
    const of = cause && cause.split(/\s+/u).length <= 4 && !nlp(cause).has('#Verb && !#Noun') && !people.has(cause) ? `${adj ? `${adj} ` : ''}${effects[2]} of the ${cause}` : ''
    const n = (of && riskName(of, people)) || (adj ? riskName(`${adj} ${effects[2]}`, people) : undefined)
    if (n) return say(n, 'a harm the text says is being done, with the effects it has')
  }
  const hard = RE_PROVE_HARD.exec(text)
  const task = hard ? /(?:^|[,;]\s+|\b(?:that|because|as)\s+)(\p{Ll}+ing|\p{Lu}\p{Ll}+ing)\s+((?:[\p{L}\p{N}’'-]+\s+){0,2}?[\p{L}\p{N}’'-]+)(?=\s+(?:to|of|in|on|for|from|outside|within|by|at|with|who|that|which|may|could|might)\b)/u.exec(text.slice(0, hard.index)) : null
  if (task) {
    const n = riskName(`difficulty ${task[1]!.toLowerCase()} ${task[2]!.replace(RE_DETERMINER, '')}`, people)
    if (n) return say(n, 'a task the text says may prove difficult')
  }
  const reduced = RE_REDUCED_GOOD.exec(text)
  if (reduced && !RE_ASKED.test(text)) {
    // (the determiner of the good goes when the name is too long with it)
    const n = riskName(`reduced ${reduced[1]!}`, people) ?? riskName(`reduced ${reduced[1]!.replace(/\s+of\s+(?:the|a|an|its|their)\s+/u, ' of ')}`, people)
    if (n) return say(n, 'a good a hedged statement says may be reduced')
  }
  const easier = RE_EASIER_HARM.exec(text)
  if (easier) {
    const verb = easier[1]!
    const participle = verb === 'hide' ? 'hidden' : verb.endsWith('e') ? `${verb}d` : `${verb}ed`
    const n = riskName(`${participle} ${shortName(easier[2]!).replace(/\s+of\s+(?:the|a|an|its|their)\s+/u, ' of ')}`, people)
    if (n) return say(n, 'a harm a hedged statement says is made easier')
  }
  const reliant = RE_RELIANT.exec(text)
  if (reliant) {
    const n = riskName(`${/^d/iu.test(reliant[1]!) ? 'dependence' : 'reliance'} on ${reliant[2]!.replace(RE_DETERMINER, '')}`, people)
    if (n) return say(n, 'what the text says someone depends on')
  }
  const fragile = RE_FRAGILE.exec(text)
  if (fragile) {
    const n = riskName(`${fragile[1]} ${fragile[2]}`, people)
    if (n) return say(n, 'what the text calls fragile or precarious')
  }
  return undefined
}

/**
 * What a statement says is put at risk: the object of "risking", "jeopardizing", "endangering" or of a hedged "could
 * risk / jeopardize / endanger / imperil", when it starts as a noun phrase does (a determiner or a possessive):
 * "…, risking New Delhi's access to cutting-edge technology" → "New Delhi's access to cutting-edge technology".
 */
/** Goods a limit can take away ("access", "the ability to …", "supplies"). */
const RE_GOOD = /^(?:(?:the|a|an|its|their|his|her|our|[\p{Lu}][\p{L}.-]*[’']s)\s+)?(?:\p{L}+\s+)?(?:access|ability|capacity|capabilit(?:y|ies)|availability|supply|supplies|options|choices?|freedom|flexibility|growth|investment|trade|exports?|imports?)\b/u
const RE_AT_STAKE = /\b(?:risking|jeopardi[sz]ing|endangering|imperill?ing|(?:could|may|might)\s+(?:\w+\s+)?(?:risk|jeopardi[sz]e|endanger|imperil|limit|restrict|undermine|erode|weaken|threaten|impair|hinder|strain|compromise|disrupt|exhaust))\s+((?:(?:the|a|an|its|their|his|her|our|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,8}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:which|that|while|if|as|because|by|for|through|via|over|in|where|among|across|unless|when)\b|$)/u

/** What someone is vulnerable, susceptible or exposed to ("are vulnerable to cyberattacks"), to a preposition or a clause. */
const RE_PRONE = /\b(?:vulnerable|susceptible|exposed|prone)\s+to\s+((?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:on|in|of|from|by|at|for|with|against|during|if|as|because|that|which|while|when|and (?:the|a|its|their))\b|$)/u
/** What someone regards as a harm ("consider the deployment of … as potentially 'destabilizing'", "view the port as a threat"). */
const RE_CHARGED = /\b(?:consider(?:s|ed)?|see(?:s|n)?|saw|view(?:s|ed)?|regard(?:s|ed)?|condemn(?:s|ed)?|criticiz(?:e|es|ed)|describ(?:e|es|ed)|label(?:s|ed|led)?)\s+((?:the|a|an|its|their)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,12}?[\p{L}\p{N}’'.-]+)\s+as\s+(?:(?:potentially|possibly|highly|deeply|increasingly|inherently)\s+)?["“]?(?:destabili[sz]ing|provocative|dangerous|threatening|escalatory|(?:a|an)\s+(?:\w+\s+)?(?:threat|danger|risk|provocation))\b/iu
/** What someone faces, unhedged: "India faces simultaneous threats …", "faced its most challenging strategic environment". */
const RE_FACES = /\bfac(?:e|es|ed|ing)\s+((?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,6}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:from|which|that|while|if|as|because|by|for|in|on|at|since|with|every|each|this|last|next|again|today|now|and (?:the|a|its|their))\b|$)/u
/** A harm named before "that … face(s)" ("the economic competition of the 21st Century that we face"). */
const RE_FACED_BEFORE = /\b(?:that|which)\s+(?:\w+\s+){1,2}?fac(?:e|es|ed)\b/u
/** Adjectives of a hard condition someone faces ("a challenging environment", "difficult choices"). */
const RE_HARD = /\b(?:challenging|difficult|hostile|uncertain|volatile|deteriorating|dire|precarious)\b/iu
/** What a statement guards against: a risk whatever its words ("measures to guard against PRC influence in …"). */
const RE_GUARD = /\b(?:guard\w*|protect\w*|defend\w*|safeguard\w*|shield\w*|brac\w*)\s+(?:(?:[\p{L}’'-]+,?\s+){0,6}?(?:against|from)|for)\s+((?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,6}?[\p{L}\p{N}’'-]+)(?=\s*[,.;:()"”—–]|\s+(?:following|which|that|while|if|as|because|by|through|to|with|and (?:the|a|its|their|to|promote))\b|$)/u
/** A harm a statement says must be withstood, managed or kept up with ("withstand the devastating effects of …"). */
const RE_COPE = /\b(?:manag(?:e|es|ed|ing)|navigat(?:e|es|ed|ing)|withstand(?:s|ing)?|withstood|weather(?:s|ed|ing)?|cop(?:e|es|ed|ing)\s+with|struggl(?:e|es|ed|ing)\s+(?:to\s+keep\s+up\s+)?with|keep(?:s|ing)?\s+up\s+with)\s+/iu
/** A harm done now, in the present tense ("Inflation is robbing them", "the dispute threatens …", "they cause more chaos"). */
const RE_DOING_HARM = /\b(?:threatens|undermines|endangers|jeopardi[sz]es|erodes|weakens|destabili[sz]es|imperils|(?:is|are)\s+(?:\w+\s+)?(?:threatening|undermining|endangering|jeopardi[sz]ing|eroding|weakening|hurting|robbing|straining|squeezing|crippling|damaging)|(?:cause|causes)\s+(?:more\s+|further\s+|serious\s+|great\s+)?(?:chaos|harm|damage|suffering|instability|disruption))\b|\bas\s+(?:fuel|stok|provok|trigger|spark|inflam|risk|threaten|undermin|destabiliz)\w*ing\s/iu
/** A statement that something has effects or consequences for someone, now ("has wide-ranging effects for the economies"). */
const RE_HAS_EFFECTS = /\b(?:has|have)\s+(?:[\p{L}-]+\s+){0,2}?(?:effects|impacts|consequences|repercussions|ramifications)\s+(?:for|on)\b/u
/** A clause: the text up to its first comma, semicolon or dash. */
const clauseOf = (text: string) => text.split(/\s*[,;:—–]\s*|\s+-\s+/u)[0]!

/**
 * A one-word name completed by the phrase that follows it in the text ("fear of attack by Iranian forces" → "attack
 * by Iranian forces"): a lone noun says too little on a matrix. Up to four words, to a comma, dash or clause.
 */
function completed(text: string, name: string): string {
  if (/\s/u.test(name.replace(RE_DETERMINER, '').trim())) return name
  const at = text.indexOf(name)
  if (at < 0) return name
  // (an abbreviation is one word: "retaliation against U.S. exports", never "… against U")
  const tail = /^\s+(?:of|by|on|against|from|among|in)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}’'/-]+)(?:\s+(?!(?:and|or|to|in|on|for|by|with|that|which|who|is|are|was|were|could|would|may|might|has|have|had|from|of|at|above|below|over|under|near|into|through|during|after|before|since|about|among|between|than|if|when|unless|because|while|where|as)\b)(?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}’'/-]+)){0,2}/u.exec(text.slice(at + name.length))?.[0]
  const clean = tail?.replace(/(?:\s+(?:the|a|an|its|their|this|that|these|those|very|more|most|so))+$/iu, '')
  return clean && !/\s(?:of|by|on|against|from|among|in)$/u.test(clean) ? name + clean : name
}

/** A consideration put to Congress or the reader ("Members could seek to block …"): an option, not a risk. */
const RE_ASKED = /\b(?:congress|members|policymakers|lawmakers|legislators)\s+(?:\w+\s+)?(?:may|might|could|can)\b/iu
/** The harm noun phrases after a hedge ("statements … may indicate possible points of tension"), none that is relieved ("a halt to …"). */
function afterModal(text: string): string[] {
  // (an adjective hedges as a modal does: "the potential destruction of operational satellites")
  const m = /\b(?:could|may|might|potential|possible)\b/iu.exec(text)
  if (!m) return []
  // the hedge's own clause: a harm after a comma or a dash is another clause's ("might not bar …, such as fraud")
  const rest = text.slice(m.index).split(/\s*[,;:—–]\s*|\s+-\s+/u)[0]!
  return unrelieved(rest, harmPhrases(rest))
}

/**
 * The harm phrases of a text that are not relieved ("could reduce emissions", "a halt to the conflict": a benefit),
 * negated ("not … a threat", "few imminent threats") nor a time frame ("during the conflict").
 */
function unrelieved(text: string, phrases: string[]): string[] {
  const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/gu, '\\s+')
  return phrases.filter(p => !/\brelief\b/iu.test(p) && !/^(?:no|few|little)\s/iu.test(p) && (!new RegExp(`(?<![\\p{L}-])(?:not|never|no|few|little|(?:halt|end|relief|respite|pause)\\s+(?:to|from|of)|(?:disrupt|slow|halt)(?:s|ed|ing)?|(?:reduc|limit|lower|curb|mitigat|prevent|avoid|deter|eas|cut|lessen|minimi[sz]|offset|counter|combat|fight|address|tackl|resolv|regulat|assess|evaluat|measur|quantif)\\w*|(?:models?|approach(?:es)?|treatment|frameworks?|requirements?|charges?|calculations?|methods?|capital)\\s+(?:for|of|to)|during|since|after|before|amid|throughout|in(?=\\s+(?:the\\s+event\\s+of\\s+|case\\s+of\\s+)?(?:a|an)\\s))\\s+(?:\\S+\\s+){0,3}?${esc(p)}`, 'iu').test(text)))
}

/**
 * What a hedged statement says may be affected, when it is its subject: "the supply of steel beams, which …, may be
 * affected by the blockage" → "the supply of steel beams" (a relative clause, a leading adverbial and a copula
 * before "that" dropped: "Aluminum and steel manufacturing are two industries that may be affected").
 */
function affectedSubject(text: string): string | undefined {
  // (or suffer another harm done to it: "Passage through the Strait may be constrained")
  const m = new RegExp(`\\b(?:may|could|might)\\s+(?:\\w+\\s+)?be\\s+(?:\\w+\\s+)?${RE_SUFFERED}\\b`, 'iu').exec(text)
  if (!m) return undefined
  const before = text.slice(0, m.index).replace(/,\s+(?:which|who|that)\b[^,]*,\s*$/u, '').replace(/\s+(?:that|which)\s*$/u, '').trim()
  const clause = (before.split(/,\s+/u).pop() ?? '').split(/\s+(?:are|is|were|was)\s+/u)[0]!.trim()
  return clause && clause.split(/\s+/).length <= 8 && nlp(clause).has('#Noun') ? clause : undefined
}

/** Heads that name only an effect, whatever it is the effect of ("the economic impact", "the consequences"). */
const RE_PURE_EFFECT = /\b(?:effects?|impacts?|consequences|implications|ramifications|fallout|spillovers?)$/iu
/** A long noun phrase cut to its head: "the military and economic rise of the People's Republic of China" → "the military and economic rise". */
function shortName(phrase: string): string {
  const words = (x: string) => x.split(/\s+/).length
  // (a participle and its object after the head go: "strategic missile attacks using the existing …" → "… attacks")
  const p = phrase.replace(RE_DETERMINER, '').replace(/(?<=\S)\s+\p{Ll}+ing\s+(?:the|a|an|its|their|this|these|those|his|her|our)\s.*$/u, '')
  if (words(p) <= 6) return p
  // the head before "of", unless it is one word ("supply of flat-rolled steel and steel beams" → "… flat-rolled steel");
  // else the first of a coordination ("access to cutting-edge technology and semiconductor supplies" → "… technology")
  const head = p.replace(/\s+of\s.*$/u, ''), first = p.replace(/\s+(?:and|or)\s.*$/u, '')
  if (head !== p && words(head) >= 2 && words(head) <= 6) {
    // an effect names no risk of its own: what it is the effect of does, up to that phrase's own preposition
    // ("the potential operational impact of Russian and Chinese fires against U.S. forces" → "Russian and Chinese fires")
    const of = RE_PURE_EFFECT.test(head) ? p.slice(head.length).replace(/^\s+of\s+/u, '').replace(RE_DETERMINER, '').replace(/\s+(?:against|for|from|on|in|to|by|with|at|over|across|within|into|among|between|during|after|before|through)\s.*$/u, '') : ''
    return of && words(of) <= 6 ? of : head
  }
  if (first !== p && words(first) <= 6) return first
  // (a phrase after another preposition is cut whole, never in its middle: "the government's fiscal position over the
  // long term" → "the government's fiscal position", not "… over the long")
  const before = p.replace(/\s+(?:over|in|on|for|from|to|by|with|at|across|within|into|during|after|before|through|against|among|between|under)\s.*$/u, '')
  if (before !== p && words(before) >= 2 && words(before) <= 6) return before
  // else its first six words, back to the last that is no function word (never "Failure to correctly verify a")
  return p.split(/\s+/).slice(0, 6).join(' ').replace(/(?:\s+(?:of|to|in|on|for|by|with|at|from|and|or|the|a|an|its|their|that|which))+$/iu, '')
}

/**
 * A sentence that weighs a risk, for a section's density of them: a hedged harm statement ({@link RE_HARM}), a risk
 * noun, a stated concern or fear, a harm of law-breaking ("illicit", "fraud", "exploited"), a gap in rules or
 * oversight ("a loophole", "less-regulated systems", "the gap in requirements") or an uncertainty ("it is unclear
 * how closely …"); never one whose risk word is relieved ("solutions that limit the risk", "to detect illicit activity").
 */
const RE_RISK_CUE = /\b(?:risks?|threats?|vulnerab\w*|dangers?|perils?|hazards?|concerns?\s+(?:about|over|that|regarding)|concerned\s+(?:about|that)|fears?\s+(?:of|that)|illicit|illegal|unlawful|fraud\w*|criminal|crimes?|exploit(?:s|ed|ing|ation)?|misuse[sd]?|abuses?|loopholes?|gaps?\s+in|(?:enforcement|regulatory|oversight|coverage|capability|security|compliance|supervisory|legal|funding|intelligence)\s+gaps?|(?:less|un|under|lightly|poorly|loosely)-?regulated|unclear|uncertain(?:ty)?)\b/giu
/** Nouns after a risk word that make it a procedure, not a risk ("threat assessments", "risk management"). */
const RE_PROCEDURE = /^[-‐\s]+(?:management|assessments?|analysis|analyses|tolerance|appetite|models?|modell?ing|frameworks?|officers?|profiles?|mitigation|reduction|ratings?|scores?|weights?|intelligence|evaluations?|reviews?|register|planning)\b/iu
const RE_RELIEF_BEFORE = /\b(?:reduc|slow|halt|limit|lower|curb|mitigat|prevent|avoid|deter|eas|lessen|minimi[sz]|offset|counter|combat|fight|address|tackl|resolv|detect|identify|screen|monitor|track|solutions?)\w*\s+(?:\S+\s+){0,3}?$/iu
/** A hedge before a verb that is a harm in itself ("could undermine", "may be exploited"), not only an effect ("may lead to", "could limit"). */
const RE_HARM_VERB = /\b(?:could|may|might|would|can)\s+(?:\w+\s+){0,3}?(?:harm|undermine|disrupt|threaten|escalate|collapse|fail|damage|weaken|erode|destabili[sz]e|jeopardi[sz]e|endanger|compromise|impair|exacerbate|worsen|alienate|be\s+(?:exploited|misused|disrupted|damaged|compromised|vulnerable))\b|\b(?:is|are|remain|were|be)\s+(?:\w+\s+)?(?:vulnerable|susceptible|exposed|at risk)\b/iu
/**
 * A hedge before a harm that names no harm noun ("could overwhelm the few ships", "may be unable to restore service",
 * "could shift costs to taxpayers"), never one that slows or halts a harm ("could slow the spread of wildfires").
 */
const RE_HARM_MORE = /\b(?:could|may|might)\s+(?:also\s+|further\s+|even\s+|quickly\s+|significantly\s+)?(?:halt|interrupt|overwhelm|exhaust|depress|slow|shrink|postpone|cripple|paralyze|deplete|shift\s+(?:the\s+)?costs|raise\s+(?:\w+\s+)?(?:costs|prices|premiums|rates)|face\s+(?:\w+\s+)?(?:delays?|delayed|shortages?|losses|costs|penalties|difficult\w*|challenges)|be\s+(?:unable|forced)\s+to|be\s+left\s+without|be\s+(?:difficult|hard)\s+to\s+(?:detect|replace|repair|restore|obtain)|go\s+unnoticed|be\s+unavailable|leave\s+(?:\w+\s+){0,3}?without|leave\s+(?:\w+\s+){1,3}?(?:uncovered|unstaffed|unfilled|unprotected|stranded|unable\s+to)|leave\s+(?:\w+\s+){1,3}?with\s+(?:too\s+(?:little|few)|insufficient|inadequate)|be\s+(?:cancell?ed|suspended|discontinued|eliminated|shut\s+down)|(?:collect|share|sell|record|track|disclose)\s+(?:\S+\s+){0,4}?without\s+(?:their|his|her|its|the)\s+(?:\w+\s+)?(?:knowledge|consent|permission|authori[sz]ation)|reduce\s+(?:\w+\s+)?(?:financing|lending|credit|investment|access|services|coverage|funding|supplies)|lose\s+(?:\w+\s+){0,2}?(?:patients|customers|staff|workers|access|coverage|revenue|members|suppliers)|exit\s+(?:(?:parts?|some|much)\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:market|markets|business|industry|farming|program)|run\s+short\s+of|fall\s+short\s+of|lack\s+the\s+(?:funds|resources|staff|capacity|means)|force\s+(?:\w+\s+){0,3}?to\s+(?:close|cut|shut|drop|end|abandon|delay|forgo|choose)|dry\s+up|not\s+(?:\w+\s+){0,2}?(?:enough|sufficient)|push\s+back|ground\s+(?:\w+\s+)?flights|forgo|abandon)\b/iu
/** Verbs that do harm to their object: their subject is what harms ("Late repairs could undermine public confidence"). */
const RE_CAUSE_VERB = /^(?:undermine|strain|disrupt|damage|harm|threaten|weaken|jeopardi[sz]e|endanger|compromise|impair|hinder|hamper|impede|complicate|overwhelm|exhaust|deplete|depress|halt|interrupt|delay|push|shrink|cripple|paralyze|slow|raise|create|cause|worsen|exacerbate|destabili[sz]e)$/u
/** Words after a hedged verb that end the effect's phrase (a place, a time, a cause, a clause). */
const RE_EFFECT_END = /\s+(?:for|from|in|on|at|by|with|during|across|as|if|when|because|after|before|between|which|that|who|while|over|into|through|unless|until|within|without\s+warning)\s.*$/u
/**
 * A hedged effect that names no harm noun, named in the statement's own words when they make a noun phrase: a state
 * with its subject ("The agency may be unable to obtain spare parts for …" → "agency unable to obtain spare parts"),
 * or what is left without something ("may leave some systems without operators" → "systems without operators").
 * Never a verb made a gerund ("Rate increases straining low-income households"): such an effect names no risk here.
 * Only an effect that is a harm ({@link RE_HARM_MORE}, {@link RE_HARM_VERB}), never one that relieves or is put to Congress.
 */
function effectName(text: string, people: Set<string>): string | undefined {
  const m = RE_HEDGE_AT.exec(text)
  if (!m || RE_RELIEF_VERB.test(m[1]!) || RE_ASKED.test(text)) return undefined
  const clause = clauseOf(text.slice(m.index)).replace(/^\S+\s+(?:(?:also|further|even|eventually|significantly|quickly)\s+)?/u, '').replace(/[.!?]+$/u, '')
  // (or one that creates a harm too generic to name it alone: "could create gaps", "may cause backlogs")
  if (!(RE_HARM_MORE.test(text) || RE_HARM_VERB.test(text) || /^(?:strain|exhaust|deplete|(?:create|cause|open)\s+(?:\p{Ll}+\s+)?(?:gaps?|backlogs?|shortfalls?))\b/u.test(clause))) return undefined
  const [, verb, rest] = /^(?:be\s+)?(\p{Ll}+)(.*)$/u.exec(clause) ?? []
  if (!verb) return undefined
  // a name is a noun phrase of the source, never a verb made a gerund ("Rate increases straining …", "Pushing back
  // new clinics"): only a state keeps its words ("be unable to …", "be forced to …"), and what is left without
  // something or uncovered is named as the text puts it ("may leave some systems without operators" → "systems
  // without operators"); any other hedged effect is named by a harm noun phrase elsewhere, or dropped
  const left = /^leave\s+((?:\p{L}[\p{L}’'-]*\s+){0,3}?(?:without\s+(?:\p{L}[\p{L}’'-]*\s*){1,3}|(?:uncovered|unstaffed|unfilled|unprotected|stranded)\b|unable\s+to\s+\p{Ll}+(?:\s+to\s+\p{Ll}+)?|with\s+(?:too\s+(?:little|few)|insufficient|inadequate)\s+\p{Ll}+))/u.exec(clause)?.[1]?.replace(/\s+with\s+(?=too\s|insufficient\s|inadequate\s)/u, ' WITH ').replace(RE_EFFECT_END, '').replace(' WITH ', ' with ').trim()
  if (left) { const n = riskName(left.replace(RE_DETERMINER, ''), people); return n && n.includes(' ') ? n : undefined }
  // a verb that does harm to its object makes its subject the harm ("Rate increases … could strain low-income
  // households" → "Rate increases"), when the subject is a thing, not who acts ("Contractors might raise prices")
  if (RE_CAUSE_VERB.test(verb)) {
    const cause = hedgedSubject(text)?.subject.replace(/^(?:and|or|but)\s+/iu, '').replace(RE_DETERMINER, '')
    const who = !cause || RE_WHO.test(cause) || /\p{Ll}(?:ers|ors|ants|ents|ists)$/u.test(cause) || people.has(cause)
    const n = who ? undefined : riskName(completed(text, cause), people)
    return n && n.includes(' ') && n.split(/\s+/u).length <= 5 ? n : undefined
  }
  if (!/^be\s/u.test(clause)) return undefined
  // (cut to its object: a "to" after the object starts a purpose or a destination, "lose patients to urban systems")
  const whole_ = `${verb}${rest!.replace(RE_EFFECT_END, '').replace(/(\s+\p{L}+\s+\p{L}+.*?)\s+to\s.*$/u, '$1')}`.trim()
  // (too long for a matrix: the first of its coordination, "disrupting financial transactions and military communications")
  const effect = whole_.split(/\s+/u).length > 5 || whole_.length > 50 ? whole_.replace(/\s+(?:and|or)\s.*$/u, '') : whole_
  // (a subject that holds a verb is a clause, "hospitals that cannot obtain supplies"; a coordinator before it goes)
  const raw = hedgedSubject(text)?.subject.replace(/^(?:and|or|but)\s+/iu, '').replace(RE_DETERMINER, '')
  const subject = raw && !/\b(?:cannot|can't|not|never)\b/iu.test(raw) && !nlp(raw).has('#Modal|#Negative|#Auxiliary') && !(/^\p{Ll}/u.test(raw) && nlp(raw).terms().first().has('#PresentTense|#Infinitive')) ? raw : undefined
  const words = (x: string) => x.split(/\s+/u).length
  // (a lone participle goes before its subject, as a noun phrase has it: "programs may be cancelled" → "cancelled programs")
  const whole = subject ? (/^\p{Ll}+ed$/u.test(effect) ? `${effect} ${subject}` : `${subject} ${effect}`) : ''
  // (a state is nothing without whom it befalls: "unable to restore service", "difficult to detect" need their subject)
  const name = whole && words(whole) <= 6 && whole.length <= 60 ? whole : undefined
  // (checked as any name is, but kept whole)
  return name && riskName(name, people) ? name.replace(/^[\s"“‘(]+|[\s"”’),.;:]+$/gu, '') : undefined
}
const hedgedHarmMore = (sentence: string) => {
  const m = RE_HARM_MORE.exec(sentence)
  return !!m && !RE_ASKED.test(sentence) && !namesHarm(clauseOf(sentence.slice(m.index + m[0].length)))
}
/**
 * Verbs that do harm after a hedge, beyond {@link RE_HARM}'s ("may aggravate asthma", "could divert funds from …",
 * "may disturb marine mammals", "could trigger litigation", "might collide with …", "may go undetected").
 */
const RE_HARM_VERB_MORE = /^(?:aggravate|interfere|clash|freeze|misidentify|divert|disturb|trigger|spark|provoke|accelerate|alter|collide|contaminate|pollute|kill|injure|sicken|displace|destroy|drown|burn|flood|default|close|shutter|lay|struggle|stall|stop|wait|revert|mislead|misdirect|spread|deter|discourage|crowd|squeeze|drive|push|force|expose|overload|overrun|outpace|outstrip|go|leave|drop|abandon|miss|breach|violate|evade|infiltrate|steal|hack|tamper)$/u
/** What follows those verbs when they do harm: "go undetected", "leave the network", "drop coverage", "miss payments". */
const RE_HARM_VERB_OBJECT = /^(?:go\s+(?:un\w+|bankrupt|dark|offline|without)|leave\s+(?:the\s+)?(?:network|program|market|industry|profession|workforce|area|state|country|service)|drop\s+(?:their\s+|its\s+)?(?:coverage|out|services?|plans?)|lay\s+off|drive\s+(?:up|out|away)|push\s+(?:\w+\s+){0,3}?(?:into|out|up|away)|force\s+(?:\w+\s+){0,3}?(?:to|into|out)|crowd\s+out|squeeze)/u
/** Verbs of the list above that are harms only with the words {@link RE_HARM_VERB_OBJECT} names. */
const RE_HARM_VERB_NEEDS_OBJECT = /^(?:go|leave|drop|lay|drive|push|force|crowd|squeeze)$/u
/**
 * A hedged statement ("could", "may", "might") whose verb does harm ({@link RE_HARM_VERB_MORE}) or whose clause after
 * the hedge names a harm ("could raise long-term mortality", "may face greater exposure"); never one put to Congress,
 * an option ("One approach would …"), or one whose verb relieves ("could reduce emissions").
 */
export function hedgedHarm(sentence: string): boolean {
  if (RE_ASKED.test(sentence) || RE_OPTION.test(sentence)) return false
  for (const m of sentence.matchAll(new RegExp(RE_HEDGE_AT.source, 'gu'))) {
    const verb = m[1]!
    if (RE_RELIEF_VERB.test(verb) || /^(?:help|benefit|improve|strengthen|expand|boost|support|enable|allow|increase\s+access)$/u.test(verb)) continue
    const rest = sentence.slice(m.index + m[0].length - verb.length)
    if (RE_HARM_VERB_MORE.test(verb) && (!RE_HARM_VERB_NEEDS_OBJECT.test(verb) || RE_HARM_VERB_OBJECT.test(rest))) return true
    if (unrelieved(rest, harmPhrases(clauseOf(rest))).length || RE_HARM_STATE.test(clauseOf(rest))) return true
  }
  return false
}
/** Harms that name a state of people or institutions, for {@link hedgedHarm}: "mortality", "deficit", "litigation". */
const RE_HARM_STATE = /\b(?:mortality|deaths?|injur(?:y|ies)|illness(?:es)?|diseases?|asthma|litigation|lawsuits?|subsidence|garnishment|delinquen(?:cy|cies)|deficits?|insolvency|bankruptc(?:y|ies)|layoffs?|unemployment|errors?|backlogs?|shortfalls?|wrong|unfunded|undetected|unnoticed|unpaid|uninsured|unaffordable)\b/iu
/** An option or approach, not a harm: "One approach would …", "Another option could …", "Some have proposed …". */
const RE_OPTION = /^(?:(?:one|another|a\s+(?:second|third|fourth|further)|an\s+alternative|the\s+(?:first|second|third|other))\s+(?:option|approach|alternative|proposal|possibility)|(?:another|others|some)\s+(?:would|could|might|may|have\s+proposed|propose)\b)/iu

export function weighsRisk(sentence: string): boolean {
  if (hedgedHarmMore(sentence)) return true
  if (hedgedHarm(sentence)) return true
  // a hedged statement whose subject is a harm weighs it, whatever its verb ("Staff shortages may leave …", "Delays in
  // funding could push back …"), unless the verb relieves ("Tensions may ease")
  const subject = RE_ASKED.test(sentence) ? undefined : hedgedSubject(sentence)
  if (subject && headIsHarm(subject.subject)) return true
  // (a risk word in a name or a procedure weighs none: "the All-Hazards Preparedness Act", "based on threat assessments")
  const unrelieved = (re: RegExp) => [...sentence.matchAll(new RegExp(re.source, 'giu'))].some(m => !RE_RELIEF_BEFORE.test(sentence.slice(0, m.index))
    && !(m.index > 0 && /^\p{Lu}/u.test(m[0])) && !RE_PROCEDURE.test(sentence.slice(m.index + m[0].length)))
  // a hedged harm statement counts when its verb is a harm, or a harm noun it names is not relieved
  if (RE_HARM.test(sentence) && (RE_HARM_VERB.test(sentence) || unrelieved(RE_HARM_NOUN) || unrelieved(RE_HARM_EXTRA) || unrelieved(RE_HARM_ADJECTIVE))) return true
  if (unrelieved(RE_RISK_CUE)) return true
  // a harm a hedged statement says may be brought about weighs it ("would likely reduce employment in …")
  return consequenceRisk(sentence, new Set()) !== undefined
}
/** Fewest own sentences, and least share of them that weigh a risk, for a section without a role of its own to be a risks section. */
export const MIN_DENSE_SENTENCES = 3
export const MIN_DENSE_SHARE = 0.4
/**
 * Is a section mainly risks by its text, whatever its heading says? At least {@link MIN_DENSE_SENTENCES} sentences of
 * its own, {@link MIN_DENSE_SHARE} of them weighing a risk ({@link weighsRisk}). Asked only of a section that no role
 * cue of its own claimed (role `analysis`, or one only inherited): a background, a recommendation or a conclusion
 * that names threats stays what it is.
 */
/** Transitive verbs that do harm to their object, whose participle names the harmed thing ("diverted funds"). */
const RE_PARTICIPLE_VERB = /^(?:aggravate|collect|depress|discourage|complicate|divert|disturb|alter|delay|overwhelm|exhaust|strain|erode|disrupt|damage|harm|weaken|undermine|accelerate|contaminate|displace|degrade|destabili[sz]e|endanger|jeopardi[sz]e|compromise|impair|hamper|impede|deplete|interrupt|halt|stall|postpone|misdirect|divide|fragment|worsen|exacerbate)$/u
/**
 * The harm a hedged statement does, as a noun phrase of its own words: a harm-state noun phrase after the hedge
 * ({@link RE_HARM_STATE}: "could raise long-term mortality among older adults" → "long-term mortality among older
 * adults"; "could trigger litigation among the basin states"), else the object of a verb that does harm under the
 * verb's participle ("could divert funds from VA medical centers" → "diverted funds from VA medical centers"). A
 * name holds no verb of its own and passes {@link riskName}.
 */
export function hedgedEffect(text: string, people: Set<string>): string | undefined {
  if (RE_ASKED.test(text) || RE_OPTION.test(text)) return undefined
  // (each hedge in turn: a long sentence may state its harm after a first, harmless one)
  for (const m of text.matchAll(new RegExp(RE_HEDGE_AT.source, 'gu'))) {
    const n = effectAt(text, m, people)
    if (n) return n
  }
  return undefined
}
function effectAt(text: string, m: RegExpMatchArray, people: Set<string>): string | undefined {
  const verb = m[1]!
  const after = text.slice(m.index! + m[0].length)
  // (what may fall or run short is a shortfall of it: "replacement funding may fall short" → "shortfall in replacement funding")
  if (/^\s*(?:short|out)\b/u.test(after) && /^(?:fall|run)$/u.test(verb) || verb === 'dry' && /^\s*up\b/u.test(after)) {
    const subject = hedgedSubject(text.slice(0, m.index! + m[0].length).replace(/\b(fall|run|dry)$/u, 'strain'))?.subject.replace(/^(?:and|or|but)\s+/iu, '').replace(RE_DETERMINER, '')
    return subject && !RE_WHO.test(subject) && !people.has(subject) ? riskName(`shortfall in ${subject}`, people) : undefined
  }
  // (a reduced good is a harm: "may reduce bank financing for …" → "reduced bank financing for …")
  const goodCut = verb === 'reduce' && /^\s+(?:(?:the|its|their)\s+)?(?:\w+\s+)?(?:financing|lending|credit|investment|access|services|coverage|funding|supplies)\b/u.test(after)
  if (RE_RELIEF_VERB.test(verb) && !goodCut) return undefined
  const rest = clauseOf(after).replace(/[.!?]+$/u, '')
  const cut = (p: string) => p.trim().replace(/(?:\s+(?:on|in|of|for|to|at|from|with|by|under|upon))?\s+(?:if|when|because|as|while|before|after|unless|until|by|which|whom|whose|that|who|so)\s.*$/u, '').replace(/^(?:the|a|an|its|their|some|more|additional)\s+/iu, '').trim()
  const state = (nlp(rest).nouns().out('array') as string[]).map(cut).find(p => RE_HARM_STATE.test(p) && !/^(?:un\w+|wrong)$/u.test(p))
  if (state) { const n = riskName(state, people); if (n) return n }
  // (a verb whose noun names the harm: "might fail to identify small aircraft" → "failure to identify small aircraft",
  // "could interfere with emergency landings" → "interference with emergency landings")
  const noun = ({ fail: 'failure', interfere: 'interference', clash: 'clashes', collide: 'collisions' } as Record<string, string>)[verb]
  if (noun) {
    const obj = /^\s*(?:to\s+\p{Ll}+|with|over)\s+(?:(?:the|a|an|its|their)\s+)?[\p{L}\p{N}’'-]+(?:\s+(?!(?:in|on|at|for|from|by|during|if|when|near|because|as|and|or|to|with|that|which|who|may|could|might)\b)[\p{L}\p{N}’'-]+){0,2}/u.exec(` ${cut(rest)}`)?.[0]?.trim()
    const n = obj ? riskName(`${noun} ${obj}`, people) : undefined
    return n && n.split(/\s+/u).length >= 3 ? n : undefined
  }
  if (!RE_PARTICIPLE_VERB.test(verb) && !goodCut) return undefined
  const whole = cut(rest.replace(/^(?:up|down|out|away)\s+/u, '').replace(/\s+(?:and|or)\s+\p{Ll}+\s.*$/u, ''))
  const head = whole.replace(/\s+(?:for|from|in|on|at|to|with|without|during|across|into|through|within|over|among|by|under|near)\s.*$/u, '')
  const participle = verb.endsWith('e') ? `${verb}d` : `${verb}ed`
  // (the object with its phrase when that is short, "diverted funds from VA medical centers", else its head alone)
  for (const object of [whole, head]) {
    if (!object || /^(?:them|it|this|that|these|those|us|him|her|their|its)\b/iu.test(object) || object.split(/\s+/u).length > 5) continue
    const n = riskName(`${participle} ${object}`, people)
    if (n) return n
  }
  return undefined
}
/** Does a section put questions or considerations to its reader ("Congress may consider …", "…?") in any sentence? */
function asks(section: Section): boolean {
  return sentencesIn(section).some(x => /\?\s*$/u.test(x.text) || RE_ASKED.test(x.text) || RE_OPTION.test(x.text))
}
export function riskDense(section: Section, share = MIN_DENSE_SHARE): boolean {
  const own = sentencesIn(section).map(x => x.text)
  const weighing = own.filter(weighsRisk).length
  return own.length >= Math.min(MIN_DENSE_SENTENCES, share < MIN_DENSE_SHARE ? MIN_RISKS : MIN_DENSE_SENTENCES) && weighing >= MIN_RISKS && weighing / own.length >= share
}
/**
 * Least share of weighing sentences for a section whose heading names a risk ("Concerns", "Illicit Activity"): the
 * heading says what the section is about, so a lower share of its text must bear it out; none at all ("Legal
 * Challenges" that tells of lawsuits filed) and it is no risks section.
 */
export const MIN_CUED_SHARE = 0.2

/** A harm expected to happen, grow or recur ("are likely to occur every five to nine years"). */
const RE_LIKELY = /\b(?:likely|expected|projected)\s+to\s+(?:occur|happen|recur|increase|grow|worsen|continue|rise|intensify|spread)\b/iu

/** A statement of a difficulty: what makes a task hard, or hinders it ("is particularly challenging due to …"). */
const RE_DIFFICULTY = /\b(?:challenging|difficult|struggl(?:e|es|ed|ing)|hinder(?:s|ed|ing)?|hamper(?:s|ed|ing)?|barriers?|obstacles?)\b/iu

/** Labels of a downside scenario. */
const RE_DOWNSIDE = /^(?:pessimistic|worst[- ]case|downside|bear(?:ish)?(?: case)?|negative|dark)\b/iu

interface Candidate { name: string; text: string; span: Span; sectionId: string; confidence: Confidence }

const sentencesIn = (s: Section): { sentence: Sentence; label?: string; text: string; parts?: Sentence[] }[] => s.blocks.flatMap(b => {
  switch (b.kind) {
    case 'paragraph': case 'quote': return b.sentences.map(x => ({ sentence: x, text: x.text }))
    case 'item': return [{ sentence: { text: b.text, span: b.span }, label: b.label, text: b.text, parts: b.sentences }]
    case 'list': return b.items.map(it => ({ sentence: { text: it.text, span: it.span }, ...(it.label ? { label: it.label } : {}), text: it.text, parts: it.sentences }))
    case 'table': return []
  }
})

/** Words of a label that say only that there is a difficulty, or a good to gain, not which harm ("Barriers Identified"). */
const RE_LABEL_FILLER = /^(?:and|or|of|for|the|a|an|to|in|key|main|major|other|barriers?|obstacles?|difficult(?:y|ies)|hurdles?|opportunit(?:y|ies)|improvements?|progress|benefits?|solutions?|actions?|steps?|findings?|observations?|areas?|needs?|lessons?|questions?|challenges?|failures?|dangers?|vulnerabilit(?:y|ies)|\p{L}+ed)$/iu
/**
 * Does an entry's label name no risk of its own: past an acronym or a name the text holds, only words that say there
 * is a difficulty ("FEMA Challenges", "Barriers Identified") or a good ("Opportunities for Improvement")? Such an
 * entry is read as unlabelled, one sentence at a time.
 */
export function saysNoRisk(label: string, people: Set<string>): boolean {
  const rest = label.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean).filter(w => !/^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(w) && !people.has(w))
  return rest.length > 0 && rest.every(w => RE_LABEL_FILLER.test(w) || RE_GENERIC_HEAD.test(w.toLowerCase()) || RE_GRADE.test(w))
}

/** A list of harms a statement weighs: after a head that names harms, "such as" or "including" ("adverse health effects, including …"). */
const RE_LIST_HEAD = /\b((?:[\p{L}-]+\s+){0,2}(?:effects|impacts|risks|threats|harms|hazards|dangers|consequences|concerns|challenges|barriers|obstacles))(?:\s+\p{Ll}+ing(?:\s+[\p{L}-]+){1,8}?)?,?\s+(?:such as|including)\s+(.+)$/u
/**
 * The harms a statement lists, each a risk of its own ("may be linked to various adverse health effects, including
 * developmental effects; …; and increased risk of some cancers"): the items after "such as" or "including", split at
 * semicolons (else at commas and the last "and"). Under a head that is a harm in itself (a harm adjective, "risks",
 * "threats", "barriers": "barriers hindering …, including low pay") every item is one; under a bare "effects" only
 * an item that names a harm. An item is taken whole, at most six words; a longer one is no name.
 */
export function listedHarms(text: string, people: Set<string>): string[] {
  const m = RE_LIST_HEAD.exec(text.replace(/[.!?]+$/u, ''))
  if (!m) return []
  const harmHead = RE_HARM_ADJECTIVE.test(m[1]!) || /\b(?:risks|threats|harms|hazards|dangers|barriers|obstacles)$/u.test(m[1]!)
  const list = m[2]!.split(/\s*[—–(]\s*/u)[0]!
  const items = (list.includes(';') ? list.split(/;\s*/u) : list.split(/,\s*|\s+and\s+/u)).map(x => x.replace(/^(?:and|or)\s+/u, '').trim()).filter(Boolean)
  if (items.length < 2) return []
  return items.filter(i => i.split(/\s+/u).length <= 6 && (harmHead || namesHarm(i)) && unrelieved(text, [i]).length).map(i => riskName(i, people)).filter((x): x is string => !!x && x.includes(' '))
}

/** A statement that introduces a list of points of contention ("Issues of potential disagreement or contention include"): its noun. */
const RE_CONTENTION_LEAD = /\b(?:issues|areas|points|sources|matters|questions)\s+of\s+(?:(?:potential|possible|likely|continued|ongoing)\s+)?(disagreement|contention|dispute|friction|tension)\b(?:\s+(?:or|and)\s+\p{Ll}+)?\s+(?:include|includes|are|may include|could include)\s*:?\s*$/iu

/**
 * A sentence that announces the risks after it, naming none ("Reliance on augmentation carries several risks for
 * institutions.", "Linking dairy to the review carries its own risks.", "The hubs face several obstacles."): what
 * carries them is the topic, not a risk; the sentences after it name them.
 */
export const RE_LEAD = /\b(?:carr(?:y|ies)|pose[sd]?|present[sd]?|entails?|raise[sd]?|ha(?:s|ve)|brings?|face[sd]?|creates?|involves?)\s+(?:(?:its|their)\s+own|several|many|various|a\s+(?:number|range|variety|host)\s+of|some|other|additional|certain|numerous|two|three|four|five|a\s+few|potential|possible)\s+(?:[\p{L}-]+\s+)?(?:risks|concerns|challenges|dangers|hazards|problems|obstacles|difficulties|drawbacks|downsides|vulnerabilities|threats)(?:\s+(?:for|to)\s+[^,;:]+)?\s*[.:]?$/iu

function candidatesOf(section: Section, inRiskSection: boolean, people: Set<string>): Candidate[] {
  const out: Candidate[] = []
  // (an entry whose label names no risk is read sentence by sentence, as if it had none)
  let contention: string | undefined
  const entries: { sentence: Sentence; label?: string; text: string; parts?: Sentence[] }[] = sentencesIn(section).flatMap(x => x.label && inRiskSection && x.parts?.length && saysNoRisk(x.label, people) ? x.parts.map(p => ({ sentence: p, text: p.text })) : [x])
  for (const x of entries) {
    if (!x.label && RE_LEAD.test(x.text)) continue
    if (x.label && inRiskSection) {
      const name = riskName(x.label, people)
      if (name) out.push({ name, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.label, 'an entry of a risks section, named by its label') })
      continue
    }
    if (inRiskSection) {
      // in a risks section, a statement weighs a risk when it is hedged (a modal, a risk noun) or states a harm
      // without a date (a dated statement is an event); it is named by its harm noun phrase, else its subject
      // (a hedge that brings a harm about weighs it as one that does it: "might prompt retaliation")
      const hedged = (RE_MODAL.test(x.text) && RE_HARM.test(x.text)) || RE_CAUSING.test(x.text)
      // (the first of its harm noun phrases that passes the checks: "illicit actors" is who, the next may be what;
      // never one the statement relieves: "patrols could disrupt trafficking")
      // (a statement of a difficulty names its harm as a hedged one does: "is challenging due to existing shortages of …")
      const hard = RE_DIFFICULTY.test(x.text) && !RE_DATE.test(x.text)
      const phrase = causedFirst(x.text, unrelieved(x.text, hedged || hard ? harmPhrases(x.text) : !RE_DATE.test(x.text) ? harmPhrases(x.text, true) : [])).map(p => riskName(RE_CAUSING.test(x.text) ? completed(x.text, p) : p, people)).find(Boolean)
      // the subject stands in only when it names a harm itself ("A prolonged closure …"), never a cause ("Application of …")
      const subject = hedged ? riskName(harmSubject(x.text) ?? '', people) : undefined
      // (what a hedged statement says may be brought about is its risk, never the cause that brings it: "Higher input
      // costs may lead to the relocation of final assembly" weighs the relocation; and any other harm it names in its own
      // words too, "would likely reduce employment in …"; but a harm that may only be put off, "Shortages could delay
      // surgeries", is named by its harm noun phrase first)
      const consequence = consequenceRisk(x.text, people, true)
      // (an uncertainty names only the cause of what it may bring about: "Uncertainty about future appropriations might
      // delay the purchase of new equipment" weighs the delayed purchase)
      const uncertain = phrase && /^uncertaint/iu.test(phrase) ? consequenceRisk(x.text, people) : undefined
      const name = consequence || uncertain || phrase || (subject && namesHarm(subject) ? subject : undefined) || consequenceRisk(x.text, people)
      if (name) { out.push({ name, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: hedged ? sure(C.risk.hedged, 'a hedged harm statement in a risks section') : sure(C.risk.stated, 'a harm stated without a date in a risks section') }); continue }
      // a hedged statement whose subject is a harm is named by it ("a prolonged power outage could halt pumping"), and
      // one whose subject is what a harm befalls by that ("Public trust in the agency may erode")
      const hedgedBy = hedged || RE_HEDGE_AT.test(x.text) ? hedgedSubject(x.text) : undefined
      const bySubject = hedgedBy && !RE_CAUSING.test(x.text) && (headIsHarm(hedgedBy.subject) || (hedgedBy.befalls && hedgedBy.subject.replace(RE_DETERMINER, '').includes(' '))) ? riskName(completed(x.text, hedgedBy.subject), people) : undefined
      if (bySubject) { out.push({ name: bySubject, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.hedged, 'a hedged statement in a risks section, named by its subject') }); continue }
      // a statement with no harm noun of its own is named as it would be anywhere else ("could strain low-income
      // households" puts them at risk), unless it is dated and unhedged (an event)
      const elsewhere = hedged || !RE_DATE.test(x.text) ? weighedCandidate(x.text, people) : undefined
      // (what it puts at risk is a good or a group, never the harm: the effect in the statement's own words names it
      // better, "Rate increases straining low-income households", "Smaller operations exiting farming")
      const atStake = RE_AT_STAKE.exec(x.text)?.[1]
      const effect = !elsewhere || (atStake && atStake.includes(elsewhere.name)) ? effectName(x.text, people) : undefined
      if (effect) { out.push({ name: effect, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.hedged, 'a hedged effect in a risks section, named by what does the harm or by the state in its own words') }); continue }
      // (and never by what it puts at risk alone: "low-income households" is who bears the harm, not the harm)
      if (elsewhere && !(atStake && atStake.includes(elsewhere.name))) { out.push({ name: elsewhere.name, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: elsewhere.confidence }); continue }
      // a hedged harm the checks above could not name is named by what it does, as a noun phrase of its words: the
      // harm state after the hedge ("could raise long-term mortality among older adults"), else the verb's object
      // under its participle ("could divert funds from …" → "diverted funds"); never a clause
      const done = weighsRisk(x.text) ? hedgedEffect(x.text, people) : undefined
      if (done) out.push({ name: done, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.hedged - 0.05, 'a hedged harm in a risks section, named by the harm it does') })
      continue
    }
    // the downside case of a set of scenarios is a risk, named by its first harm ("Pessimistic: U.S. sanctions escalate, …")
    const downside = x.label && RE_DOWNSIDE.test(x.label) ? harmPhrases(x.text).map(p => riskName(shortName(p), people)).find(Boolean) : undefined
    if (downside) { out.push({ name: downside, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.weighed, `the downside case ("${x.label}"), named by its first harm`) }); continue }
    // an entry of a list a statement introduces as points of contention is one ("Issues of potential disagreement
    // include" | "Lebanon. …" → "disagreement over Lebanon")
    // (a label's first word is capitalised as a label, not as a name: "Water rights" → "friction over water rights")
    const topic = x.label?.replace(/[.:]+$/u, '').replace(/^\p{Lu}\p{Ll}+\b(?=(?:\s+\p{Ll}[\p{Ll}’'-]*)*$)/u, w => nlp(w).has('#ProperNoun') ? w : w.toLowerCase())
    const contested = contention && topic ? riskName(`${contention} over ${topic}`, people) : undefined
    if (contested) { out.push({ name: contested, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(C.risk.weighed, 'an entry of a list the text introduces as points of contention, outside a risks section') }); continue }
    contention = x.parts ? contention : RE_CONTENTION_LEAD.exec(x.text)?.[1]?.toLowerCase()
    const c = weighedCandidate(x.text, people)
    if (c) out.push({ name: c.name, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: c.confidence })
  }
  // each harm a weighing statement lists is a risk of its own ("adverse health effects, including …; …; and …")
  for (const x of entries) {
    if (x.label && inRiskSection) continue
    if (!(inRiskSection ? weighsRisk(x.text) || RE_DIFFICULTY.test(x.text) : weighedCandidate(x.text, people))) continue
    for (const name of listedHarms(x.text, people)) out.push({ name, text: x.text, span: x.sentence.span, sectionId: section.id, confidence: sure(inRiskSection ? C.risk.hedged : C.risk.weighed, 'a harm listed by a statement that weighs harms') })
  }
  // a sub-section of a risks section is one candidate named by its heading
  // (one that weighs no harm at all, a "Background" or a "Legislation" under it, is none of its risks)
  if (inRiskSection) for (const c of section.children) {
    if (!allSections([c]).some(d => RE_RISK_HEADING.test(d.title) || sentencesIn(d).some(x => weighsRisk(x.text) || (!!x.label && !saysNoRisk(x.label, people) && weighsRisk(x.text))))) continue
    // (a heading that names no harm over a passage of its own, "Effects on Lending", "Financial Stability", is a
    // topic: the risks are its sentences', each on the parent's matrix; a heading over a one-sentence passage, or one
    // whose sentences name none, names its one risk)
    const own = !namesHarm(c.title) && sentencesIn(c).length >= 2 ? candidatesOf(c, true, people).map(x => ({ ...x, sectionId: section.id })) : []
    if (own.length) { out.push(...own); continue }
    const name = riskName(c.title, people)
    const first = sentencesIn(c)[0]
    if (name && first) out.push({ name, text: sentencesIn(c).map(x => x.text).join(' '), span: { ...c.span, endLine: first.sentence.span.endLine }, sectionId: section.id, confidence: sure(C.risk.label, 'a sub-section of a risks section, named by its heading') })
  }
  return out.flatMap(c => { const name = withComplement(c.text, c.name); return name ? [{ ...c, name }] : [] })
}

/** A hedge before a verb that brings a harm about: what it brings is the risk, not what brings it. */
const RE_CAUSING = /\b(?:could|may|might)\s+(?:also\s+|further\s+|even\s+|eventually\s+)?(?:prompt|trigger|provoke|spark|invite|cause|lead\s+to|result\s+in|touch\s+off|set\s+off)\s/iu
/**
 * Harm phrases with those after a causing hedge first: "A wider dispute … might also prompt Canadian retaliation
 * against …" weighs the retaliation, and the dispute is its cause.
 */
function causedFirst(text: string, phrases: string[]): string[] {
  const m = RE_CAUSING.exec(text)
  if (!m) return phrases
  const after = text.slice(m.index + m[0].length)
  return [...phrases.filter(p => after.includes(p)), ...phrases.filter(p => !after.includes(p))]
}

/** Nouns that say nothing without their complement ("reliance on satellites", "access to markets"), by its preposition. */
const RE_COMPLEMENT_HEAD = /\b(?:(?:reliance|dependence|dependency|dependencies|recourse)(?=\s+(?:on|upon)\s)|(?:access|exposure|susceptibility|vulnerability|vulnerabilities|proximity|subordination)(?=\s+to\s))/iu
/**
 * A name never ends on a noun whose complement was cut ("vulnerability of U.S. reliance" of "… reliance on
 * satellites"): the complement comes back, up to three words (its determiner kept, to a comma or a function word);
 * a name the length cap then refuses is dropped, not cut.
 */
function withComplement(text: string, name: string): string | undefined {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/gu, '\\s+')
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?=\\s+(?:on|upon|to)\\s)`, 'iu').exec(text)
  if (!m) return name
  const rest = text.slice(m.index + m[0].length)
  if (!RE_COMPLEMENT_HEAD.test((name.split(/\s+/).at(-1) ?? '') + rest.slice(0, 8))) return name
  const tail = /^\s+(?:on|upon|to)\s+(?:(?:the|a|an|its|their)\s+)?[\p{L}\p{N}’'./-]*[\p{L}\p{N}](?:\s+(?!(?:and|or|to|in|on|for|by|with|that|which|who|is|are|was|were|could|would|may|might|has|have|had|as|at|from|of|above|below|over|under|near|across|within|into|through|during|after|before|since|about|among|between|beyond|than)\b)[\p{L}\p{N}’'/-]*[\p{L}\p{N}]){0,2}/u.exec(rest)?.[0]
  if (!tail || /^\s+\S+\s+(?:them|it|this|that|these|those|us|him|her)$/iu.test(tail)) return undefined
  const whole = name + tail
  return whole.split(/\s+/).length > 6 || whole.length > 60 ? undefined : whole
}

export interface RiskFindings {
  risks: Risk[]
  /** The first section a matrix comes from. */
  sectionId?: string
  /** Every section a matrix comes from, in document order. */
  sectionIds: string[]
  diagnostics: Diagnostic[]
}

export function findRisks(article: Article, language: string, actors: Actor[] = []): RiskFindings {
  // an actor is who acts, never what could happen: no actor's name is a risk's name
  const people = new Set(actors.flatMap(a => [a.name, ...a.aliases]))
  const sections = allSections(article.sections)
  // (a role the section only inherited or carried, no cue of its own, says nothing of its text: a sub-section of
  // "Issues for Congress" that weighs risks is a risks section; a scenario stays a scenario)
  const uncued = (s: Section) => s.role !== 'scenarios' && winningRole(roleScores(s)) === undefined
  // (a risk heading alone makes none: the section's text must weigh harms, or be laid out as risks, labelled entries
  // or sub-sections; "Legal Challenges" that tells of lawsuits filed is history. An issue put to Congress that weighs
  // harms, not asks, is one: "Issues for Congress" of hedged harms)
  const laidOut = (s: Section) => s.children.length > 0 || sentencesIn(s).some(x => x.label)
  const ownRisk = (s: Section) => (s.role
    ? (s.role === 'risks' && (riskDense(s, MIN_CUED_SHARE) || laidOut(s))) || ((s.role === 'analysis' || uncued(s) || (s.role === 'recommendations' && !asks(s))) && riskDense(s))
    : (RE_RISK_HEADING.test(s.title) && (riskDense(s, MIN_CUED_SHARE) || laidOut(s))) || riskDense(s))
  // (a section that is only a heading over sub-sections, at least half of them risks sections, is one: its matrix
  // holds them, each named by its heading, whatever the parent's heading says)
  const isRisk = (s: Section) => ownRisk(s) || (s.role !== 'scenarios' && s.role !== 'reference' && s.children.length >= 2
    && sentencesIn(s).length < MIN_DENSE_SENTENCES && s.children.filter(ownRisk).length * 2 >= s.children.length)
  const riskSections = sections.filter(isRisk)
  const diagnostics: Diagnostic[] = []
  // (a section headed as risks whose text weighs too few harms says so: its heading alone made no matrix)
  for (const s of sections) {
    const cued = s.role ? s.role === 'risks' : RE_RISK_HEADING.test(s.title)
    if (!cued || riskSections.includes(s) || riskSections.some(r => allSections([r]).includes(s))) continue
    const own = sentencesIn(s).map(x => x.text)
    diagnostics.push({ line: s.span.line, column: 1, severity: 'info', rule: 'risk-matrix', message: `no risk matrix for "${s.title}": ${own.filter(weighsRisk).length} of its ${own.length} sentence(s) weigh a possible harm, too few for a risks section (its heading alone makes none)` })
  }
  const groups: { sectionId: string; line: number; candidates: Candidate[] }[] = []
  for (const s of riskSections) {
    // a sub-section of a risks section is a candidate of its parent, not a matrix of its own
    if (s !== riskSections.find(r => allSections([r]).includes(s))) continue
    const found = language === 'en' || sentencesIn(s).some(x => x.label) ? candidatesOf(s, true, people) : []
    groups.push({ sectionId: s.id, line: s.span.line, candidates: found })
  }
  // risks weighed outside the risks sections that make a matrix (every section, when none does) make matrices of
  // their own: a report with a risks section still weighs harms in its other sections ("concerns about platform
  // solvency" under a heading on lending); none repeats a risk a risks section's matrix holds
  const distinct = (cs: Candidate[]) => cs.reduce<Candidate[]>((kept, c) => kept.some(u => sameRisk(u.name, c.name)) ? kept : [...kept, c], [])
  const matrices = groups.filter(g => distinct(g.candidates).length >= MIN_RISKS)
  const inRisk = new Set(matrices.flatMap(g => allSections([sections.find(s => s.id === g.sectionId)!]).map(s => s.id)))
  const shown = matrices.flatMap(g => distinct(g.candidates).slice(0, MAX_RISKS))
  const weighed = language === 'en' ? sections.filter(s => s.role !== 'reference' && !inRisk.has(s.id)).flatMap(s => candidatesOf(s, false, people)) : []
  if (language === 'en') {
    const unique: Candidate[] = []
    for (const c of weighed) if (!unique.some(u => sameRisk(u.name, c.name)) && !shown.some(u => sameRisk(u.name, c.name))) unique.push(c)
    if (unique.length >= MIN_WEIGHED) {
      // more than a matrix holds: the risks go on as few matrices as hold them, as even as whole top-level sections
      // allow (runs of sections in order), each with the section of its run that holds most of them
      const size = Math.ceil(unique.length / Math.ceil(unique.length / MAX_RISKS))
      const runs: Candidate[][] = [[]]
      for (const top of article.sections) {
        const ids = new Set(allSections([top]).map(s => s.id))
        const mine = unique.filter(c => ids.has(c.sectionId))
        if (!mine.length) continue
        if (runs.at(-1)!.length && runs.at(-1)!.length + mine.length > size) runs.push([])
        runs.at(-1)!.push(...mine)
      }
      for (const run of runs.filter(r => r.length)) {
        const counts = new Map<string, number>()
        for (const c of run) counts.set(c.sectionId, (counts.get(c.sectionId) ?? 0) + 1)
        const home = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
        groups.push({ sectionId: home, line: sections.find(s => s.id === home)!.span.line, candidates: run.map(c => ({ ...c, sectionId: home })) })
      }
    }
  }
  const ids = new Set<string>()
  const risks: Risk[] = []
  const sectionIds: string[] = []
  for (const g of groups) {
    const unique: Candidate[] = []
    for (const c of g.candidates) if (!unique.some(u => sameRisk(u.name, c.name))) unique.push(c)
    unique.splice(MAX_RISKS)
    if (unique.length < MIN_RISKS) {
      const title = sections.find(s => s.id === g.sectionId)?.title ?? g.sectionId
      diagnostics.push({ line: g.line, column: 1, severity: 'info', rule: 'risk-matrix', message: `no risk matrix for "${title}": ${unique.length} risk(s) passed the checks (a name from the text, not a date, person or past event), fewer than ${MIN_RISKS}${unique.length ? ` (dropped: ${unique.map(c => c.name).join(', ')})` : ''}` })
      continue
    }
    sectionIds.push(g.sectionId)
    for (const c of unique) {
      // a noun phrase taken from inside a sentence starts lower case; as a label on the matrix it starts upper case
      const name = c.name.charAt(0).toUpperCase() + c.name.slice(1)
      risks.push({ id: uniqueId(slugify(c.name), ids), name, text: c.text, likelihood: estimateLikelihood(c.text, language), impact: estimateImpact(c.text, language), span: c.span, sectionId: c.sectionId, confidence: c.confidence })
    }
  }
  return { risks, sectionIds, ...(sectionIds[0] ? { sectionId: sectionIds[0] } : {}), diagnostics }
}

/** A short name for an unlabelled entry: the first noun phrase of its first sentence, as written. */
export function nameOf(text: string): string {
  const np = (nlp(text).nouns().out('array') as string[])[0]
  const name = (np ?? text).replace(/[.,;:]+$/, '').trim()
  return name.split(' ').length <= 6 ? name : name.split(' ').slice(0, 6).join(' ')
}
