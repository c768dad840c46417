import nlp from 'compromise'

/**
 * How much a sentence reads as a judgement, not a fact: the stated score behind the bottom line (English).
 * Evaluative, change and stakes words are read in the sentence's main clause: an opening subordinate clause ("As
 * trade grows, …", "While X has evolved, …", "However, as more … become …, …") sets the scene, and a change in it is
 * background. A hedge counts anywhere (the writer's judgement, wherever it stands).
 * - +2 for an assessment word or hedge ("assess", "conclude", "suggest", "likely", "may", "could", "depends"; a
 *   speaker's "I believe", "we think", "I am optimistic") — once; the noun "assessment" counts only as the writer's
 *   ("our assessment"): "The Coast Guard's assessment of each port's risk" names another's finding, it weighs nothing;
 * - +1 each for up to two evaluative words ("important", "critical", "close", "fragile", "uncertain", "increasingly",
 *   "structural", "chronic");
 * - +1 for a word of change ("has deepened", "has become", "renewed") and +1 for a word of stakes ("concerns",
 *   "risks", "implications", "issue", "problem");
 * - +1 for a sentence that weighs ("Whether X … may", "consider whether", "the extent to which", "at issue");
 * - +1 for the writer's frame of a judgement ("it could be argued that", "it is unclear whether", "in our view");
 * - +1 for a categorical verdict ("cannot remain solvent", "is unable to", "there is no reliable picture of");
 * - −2 for a definition ("X is a … that" with X opening the sentence, "refers to", "is also known as", "was
 *   established"); −1 for a sentence that opens on a date or holds three numbers or more (a fact of record); −1 for a
 *   quotation ("According to …"); −1 for a hedge about a part or an instance ("Some counties may …", "A fee on … could …").
 */
const RE_ASSESS = /\b(assess(?:es|ed|ing)?|(?:our|my)\s+assessments?|conclud\w*|suggest\w*|indicat\w*|argu\w*|likely|unlikely|probabl\w*|appears?|seems?|may|might|could|would|depends?|hinges?|(?:I|we)\s+(?:(?:still|truly|firmly|do|strongly)\s+)?(?:believe|think)|I\s+am\s+(?:(?:\w+\s+)?more\s+|so\s+|very\s+)?(?:optimistic|confident|convinced))\b/iu
const RE_EVALUATIVE = /\b(important|significant|critical|key|central|vital|close|closer|strong|weak|fragile|uncertain|unclear|unsettled|increasingly|growing|major|considerable|substantial|pragmatic|calculated|strategic|structural|persistent|chronic|fundamental)\b/giu
const RE_CHANGE = /\b(increased|deepened|grown|expanded|declined|shifted|renewed|intensified|strengthened|weakened|evolved|become|risen|fallen)\b/giu
/** Stakes words; not the verb "issue" after a modal or "to" ("the agency may issue rules", "plans to issue guidance"). */
const RE_STAKES = /\b(concerns?|risks?|challenges?|(?<!\b(?:may|might|could|would|will|shall|can|must|to|not|also)\s)issues?|questions?|debates?|tensions?|implications?|consequences?|uncertainty|stakes|problems?)\b/giu
const RE_DEFINITION = /^(?:[^\s,;:]+\s+){1,8}?(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which|used|designed|of|for)\b|\b(?:refers?\s+to|(?:is|are)\s+defined\s+as|(?:is|are)\s+(?:also\s+)?known\s+as|consists?\s+of|(?:was|were)\s+(?:created|established|founded|formed|launched))/iu
const RE_RECORD = /^(?:On|In|By|As of|Since)\s+(?:\w+\s+)?\d/u
const RE_QUOTATION = /^According to|[“"].{40,}[”"]/u
/**
 * A sentence that weighs: an open question put as the subject ("Whether X … may …"), a choice to be weighed
 * ("consider whether", "deciding whether", "depends on whether"), "the extent to which", "at issue", "remains to be
 * seen". Not a "whether" of record ("did not say whether", "regardless of whether").
 */
const RE_WEIGHS = /^(?:(?:however|but|and|yet|still),?\s+)?whether\b|\b(?:consider\w*|decid\w*|determin\w*|weigh\w*|assess\w*|examin\w*|evaluat\w*|debat\w*|depends?\s+(?:on|upon)|hinges?\s+on|question\s+(?:of|is))\s+whether\b|\b(?:the extent to which|at issue|remains? to be seen)\b/iu
/**
 * A sentence of the agenda: what the legislature may do ("Congress may consider whether …", "Members may wish to …",
 * "In its oversight role, Congress might examine …"), not what the writer judges of the world; its modal is the
 * legislature's option, not a hedge.
 */
const RE_AGENDA = /\b(?:Congress|(?:Members|[Cc]ommittees?)(?:\s+of\s+Congress)?|[Ll]awmakers|[Ll]egislators|[Pp]olicymakers)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:may|might|could|can|will|would)\b/u
export const agendaSentence = (text: string) => RE_AGENDA.test(text)
/**
 * A side's position reported: the sentence opens on a party ("Critics", "Industry groups", "Some analysts",
 * "Opponents of the rule", "The council") and a verb of advocacy ("argue", "contend", "claim", "maintain", "insist",
 * "counter", "say"): what one side holds in a debate the text presents, not the text's judgement. Not a verb of
 * analysis ("Analysts assess that …", "GAO concludes that …": a finding the text relies on), nor the writer's
 * impersonal view ("it could be argued that …"), nor the writer's own ("we argue").
 */
const RE_SIDES_VIEW = /^(?:(?:however|but|yet|still|meanwhile|in contrast|by contrast|on the other hand),?\s+)?(?!(?:it|we|i|this|the writer|the author)\s)(?:[\w.'’-]+\s+){1,6}?(?:(?:also|often|generally|instead|however|further)\s+)?(?:argue[sd]?|contend(?:s|ed)?|claim(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|insist(?:s|ed)?|counter(?:s|ed)?|sa(?:y|ys|id))\b/iu
export const sidesView = (text: string) => RE_SIDES_VIEW.test(text)
/** An opening subordinate clause, up to its first comma: the scene, not the judgement. */
const RE_OPENING_CLAUSE = /^(?:(?:however|but|and|yet|still|moreover|nonetheless|nevertheless),?\s+)?(?:as|while|whereas|when|although|though|even though|if|because|since|after|before|once|until|unless|given)\b[^,;:]{3,200},\s+/iu
/** The main clause of a sentence: the sentence without an opening subordinate clause. */
export function mainClause(text: string): string {
  return text.replace(RE_OPENING_CLAUSE, '')
}

/**
 * A "would" that states what a bill or a proposal provides ("The bill would require …", "H.R. 1234 would amend …",
 * "the X Act, would have rewritten …", "Members have introduced bills that would …", "the final rule would require …",
 * "the proclamation would impose …", "the House-passed version would
 * have repealed …", "the Senate would have required …"): the content of a text of law, not the writer's hedge.
 */
const RE_PROVIDES = /(\b(?:(?:[Tt]he|[Tt]his|[Ss]uch(?: an?)?|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:bills?|legislation|measures?|provisions?|amendments?|resolutions?|proposals?|acts?|versions?|drafts?|rules?|regulations?|proclamations?|orders?|directives?)|(?:bills?|legislation|measures?|proposals?|amendments?|resolutions?)\s+(?:that|which)|[A-Z][\w-]*\s+Act|H\.\s?R\.\s?\d+|S\.\s?\d+)\b(?:[^.;:]|\.(?=\S)){0,100}?)\bwould\b/gu
/** A chamber's "would" of its version of a bill, right before the verb ("the House-passed version would have repealed", "the Senate would have required"). */
const RE_CHAMBER_PROVIDES = /(\b(?:House|Senate)(?:[- ](?:passed|reported))?(?:\s+(?:version|bill|text|amendment)s?)?\s+)would(?=\s+have\s+\w+ed\b|\s+(?:require|repeal|amend|authorize|appropriate|prohibit|extend|establish|provide)\b)/gu
/**
 * The "would" of what a definite request, plan, agreement or tariff provides, told by the verb of provision after it
 * ("the budget request would provide $2 billion", "the agreement would eliminate tariffs on …", "the tariffs would
 * apply to …"); the same nouns with a verb of effect ("the tariffs would raise costs") or an indefinite one ("an
 * agreement would ease tensions") stay hedges.
 */
const RE_TERMS_PROVIDE = /(\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)\s+(?:[\w-]+\s+){0,3}?(?:requests?|plans?|frameworks?|agreements?|deals?|tariffs?|duties|sanctions)\s+)(?:also\s+)?would(?=\s+(?:have\s+)?(?:also\s+)?(?:requir|appl|impos|provid|allow|permit|prohibit|establish|creat|eliminat|extend|cover|exempt|repeal|amend|direct|authoriz|appropriat|set|cap|fund|phase|take effect)\w*\b)/gu
/** The text without the "would" of a bill's provisions ({@link RE_PROVIDES}, {@link RE_CHAMBER_PROVIDES}, {@link RE_TERMS_PROVIDE}). */
const withoutProvisions = (text: string) => text.replace(RE_PROVIDES, '$1').replace(RE_CHAMBER_PROVIDES, '$1').replace(RE_TERMS_PROVIDE, '$1')
/**
 * A "may" of permission, not of possibility: what a law lets someone do ("Congress may wish to consider …", "the
 * Secretary may waive the requirement", "the Administrator may not grant an extension", "a state may petition the
 * agency", "CMS may impose civil penalties", "the FCC may use auction proceeds"): a verb of legal authority after
 * it, a power over penalties, fees, rules, licences or funds, or an office or a body holding authority before it. The writer
 * hedges nothing.
 */
const RE_PERMISSION = /\bmay(?=\s+(?:also\s+|not\s+|only\s+|then\s+)?(?:wish\s+to|waive|grant|approve|forgive|authorize|designate|delegate|exempt|prescribe|promulgate|reprogram|petition|appeal)\b)|\bmay(?=\s+(?:also\s+|not\s+|only\s+)?(?:impose|assess|levy|collect|charge|issue|use|grant)\s+(?:[\w-]+\s+){0,3}?(?:penalt(?:y|ies)|fines?|fees?|rules?|regulations?|guidance|licenses?|waivers?|exemptions?|funds|proceeds)\b)|\b(?:Secretary|Administrator|Director|Commissioner|Comptroller General|Attorney General|President|Governor|(?:the\s+)?(?:agency|department|commission|board))(?:\s+(?:of|for)(?:\s+[A-Z][\w-]*|\s+and)+)?\s+may(?=\s+(?:also\s+|not\s+|only\s+)?(?:issue|impose|extend|suspend|terminate|award|transfer|use|require|set|establish|deny|revoke|cancel|accept|enter|provide|make)\b)/gu
/**
 * "May" the month ("in May 2026", "May 2, 2026", "since May"): capitalised past the sentence's first word, or
 * before a number; the modal stands in lower case inside a sentence.
 */
const RE_MONTH_MAY = /(?<!^)\bMay\b|^May(?=\s+\d)/gu
/** The text whose modals are the writer's hedges: without a bill's "would", a "may" of permission, the month "May". */
const hedgeText = (text: string) => withoutProvisions(text).replace(RE_PERMISSION, '').replace(RE_MONTH_MAY, '')

/**
 * The writer's own frame of a judgement, impersonal or owned: "it could be argued that", "it appears that", "it is
 * likely that", "it is unclear whether", "arguably", "in our view": the text says here that it judges, where a
 * hedge alone ("may", "could") also qualifies facts it reports.
 */
const RE_WRITERS_FRAME = /\b(?:it\s+(?:(?:could|can|may|might)\s+be\s+(?:argued|said|concluded)|(?:appears|seems)\s+(?:that|likely|unlikely|probable)|is\s+(?:(?:not\s+)?(?:likely|unlikely|possible|probable|clear|doubtful|uncertain|unclear|arguable)|far\s+from\s+clear)\s+(?:that|whether|how|if)|remains\s+(?:unclear|uncertain|to\s+be\s+seen))|arguably|in\s+(?:our|my|CRS's|GAO's|CBO's)\s+(?:view|judgment|judgement|opinion))\b/iu
/**
 * A categorical verdict on what the subject can do or what is known of it: "the fund cannot remain solvent", "can no
 * longer", "is unable to", "no plausible growth … will close", "there is no reliable picture of whether", "little
 * reason to expect": the writer rules, where a hedge would qualify.
 */
const RE_VERDICT = /\b(?:cannot|can\s+no\s+longer|(?:is|are|be|been|remains?)\s+unable\s+to|no\s+plausible|(?:little|no)\s+reason\s+to\s+(?:expect|believe|think)|there\s+(?:is|are)\s+(?:no|little)\s+(?:[\w-]+\s+){0,3}?(?:evidence|picture|basis|consensus|way\s+to\s+(?:know|tell|judge)))\b/iu
/**
 * A hedge about a part or an instance, not the subject: a main clause that opens on an indefinite or partial subject
 * ("A fee on vehicle miles traveled may offer …", "Some counties may use …", "Several states could …", "Other courts
 * may reach …") and hedges it: a possible effect of one option or of some of those concerned, a detail of the thesis.
 */
const RE_PART_SUBJECT = /^(?:(?:however|but|yet|still|moreover|also|in addition|likewise|similarly),?\s+)?(?:some|several|certain|other|a\s+few|an?)\s+(?!(?:number|majority|range|variety|series|lot)\b)[\w-]/iu
const hedgesPart = (text: string) => { const main = mainClause(text); return RE_PART_SUBJECT.test(main) && RE_ASSESS.test(hedgeText(main)) }
/** The score of the words of judgement alone, before the signs of a definition, a record or a quotation. */
function judgementWords(text: string): number {
  const main = mainClause(text)
  return (RE_WRITERS_FRAME.test(text) ? 1 : 0) + (RE_VERDICT.test(text) ? 1 : 0) + (RE_ASSESS.test(hedgeText(text)) ? 2 : 0) + Math.min(2, common(main, RE_EVALUATIVE)) + Math.min(1, common(main, RE_CHANGE)) + Math.min(1, common(main, RE_STAKES)) + (RE_WEIGHS.test(text) ? 1 : 0)
}
/**
 * How many times a word of the list stands in the text as a common word: a capitalised one past the text's first
 * word belongs to a name ("the Strategic Petroleum Reserve", "the Major Projects Office", "Risk Rating 2.0").
 */
function common(text: string, re: RegExp): number {
  return [...text.matchAll(re)].filter(m => m.index === 0 || !/^\p{Lu}/u.test(m[0])).length
}
/** Does the sentence hold a word of judgement at all (a hedge, an evaluative, change or stakes word, a weighing)? A bare fact holds none. */
export const holdsJudgement = (text: string) => judgementWords(text) > 0

export function judgementScore(text: string): number {
  let s = judgementWords(text)
  if (RE_DEFINITION.test(text)) s -= 2
  if (RE_RECORD.test(text) || (text.match(/\d[\d,.]*/g) ?? []).length >= 3) s -= 1
  if (RE_QUOTATION.test(text)) s -= 1
  if (hedgesPart(text)) s -= 1
  return s
}

/**
 * A statement of what a law requires ("The ESA requires each federal agency to ensure that …", "FIFRA requires a
 * registrant to show …", "Under Section 7 of the Act, EPA must consult … when an action may affect …"): the
 * standard a statute sets, whose "likely" or "may" is the law's, not the writer's.
 */
const RE_LAW_REQUIRES = /^(?:Under\s+(?:Section|Title|Article|Part)\s+[\w.-]+\b|(?:The\s+)?(?:[A-Z]{2,6}|(?:[A-Z][\w-]*\s+){1,6}Act)\s+(?:requires|directs|prohibits|provides\s+that)\b)/u
export const lawRequires = (text: string) => RE_LAW_REQUIRES.test(text)

const SCOPE_STOP = new Set(['the', 'and', 'of', 'for', 'in', 'on', 'to', 'a', 'an', 'its', 'their', 'with', 'from', 'by', 'at', 'or', 'us', 'u.s.', 'federal', 'issues', 'issue', 'congress', 'overview', 'background', 'policy', 'options', 'update', 'new'])
/** The content words of a title, each cut to its first five letters ("Registration" and "registers" share "regis"). */
export const titleStems = (title: string) => new Set(title.toLowerCase().split(/[^\p{L}]+/u).filter(w => w.length >= 3 && !SCOPE_STOP.has(w)).map(w => w.slice(0, 5)))
const stemsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(w => w.length >= 3 && !SCOPE_STOP.has(w)).map(w => w.slice(0, 5))
/** Does the sentence name the report's subject: a content word of its title ({@link titleStems})? */
export const namesSubject = (text: string, stems: Set<string>) => stemsOf(text).some(w => stems.has(w))
/** The main clause's subject: its words before the first finite modal or verb of a hedge. */
const RE_FIRST_MODAL = /\b(?:may|might|could|would|will|can|is|are|was|were|has|have|had|depends?|reflects?)\b/u
/**
 * A hedge about a named instance, not the subject: the main clause's subject holds a name the title does not
 * ("Sand sources off the coast of New Jersey may be exhausted …", "Texas may have lost a seat …", "The Navy could
 * miss its goal …" in a report on military recruiting): a possible effect in one state, service or district.
 */
export function hedgesInstance(text: string, stems: Set<string>): boolean {
  const main = mainClause(text)
  const m = RE_FIRST_MODAL.exec(main)
  if (!m || !RE_ASSESS.test(hedgeText(main))) return false
  const subject = main.slice(0, m.index).replace(/\([^)]*\)/gu, '')
  // a capitalised word past the first is a name; the first is one when compromise reads it as a place or a name
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(subject)?.[0]
  const names = [...subject.matchAll(/(?<!^)\b\p{Lu}[\p{L}'’-]+/gu)].map(x => x[0])
  if (first && nlp(first).has('(#Place|#ProperNoun|#Organization)')) names.push(first)
  return names.map(n => n.replace(/['’]s$/u, '')).some(n => !stems.has(n.toLowerCase().slice(0, 5)))
}
/**
 * The writer's turn on the report's subject: a main clause that names the title's subject (a content word of the
 * title) and turns ("…, but …", "…, so …"; "X is a commitment without an end date, but the rules were written for
 * …"), holding no figure of its own. A thesis stated flatly, with no hedge or evaluative word.
 */
const RE_TURN = /,\s+(?:but|so|yet)\s+\p{Ll}/u
export function turnOnSubject(text: string, title: string): boolean {
  const main = mainClause(text)
  // a year dates the turn; any other number not in the title makes it a figure's
  const figures = (main.match(/\d+(?:[,.]\d+)*/gu) ?? []).filter(d => !title.includes(d) && !/^(?:19|20)\d\d$/u.test(d))
  return RE_TURN.test(main) && !figures.length && stemsOf(main).some(w => titleStems(title).has(w))
}
