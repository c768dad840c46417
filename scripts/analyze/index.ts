/** Analysis: Article → Findings. Pure. */
import type { Article, Confidence, Diagnostic, Findings, Sentence } from '../model.ts'
import { findActors } from './actors.ts'
import { findFigures } from './figures.ts'
import { findTimeline } from './timeline.ts'
import { detectLanguage } from './language.ts'
import { findRisks } from './risks.ts'
import { findScenarios } from './scenarios.ts'
import { RE_INTRO_HEADING, RE_THESIS_HEADING } from './sections.ts'
import { lint } from './lint.ts'
import { agendaSentence, hedgesInstance, holdsJudgement, judgementScore, lawRequires, namesSubject, sidesView, titleStems, turnOnSubject } from './judgement.ts'
import { gateDiagnostics } from './gates.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'
import { allSections, bodyText } from '../text/tree.ts'
import { ABBREVIATIONS } from '../text/sentences.ts'
import { balanced } from '../text/words.ts'
import nlp from 'compromise'


/**
 * A sentence that can never be the bottom line: about the text itself ("This report …", "This testimony
 * summarizes …", "This statement discusses …", "This CRS Insight …"), its scope ("It does not address …", "… is
 * beyond the scope of this report"), an example, a cross-reference ("see CRS Report …", "see the discussion below",
 * "(see …)"; not the verb of a view: "observers see the deal as fragile"), a caption reference, a fragment.
 */
export const RE_NOT_JUDGEMENT = /^(?:this (?:(?:CRS|GAO|CBO)\s+)?(?:report|insight|in focus|product|paper|memo|brief|primer|article|section|testimony|statement|chapter|study|fact sheet|overview|update)\b|(?:it|this report|the report) (?:does not|do not|doesn't) (?:address|discuss|examine|cover|consider|analy[sz]e|assess|evaluate)\b|for (?:more|example|instance|further|additional|background|details|an? (?:discussion|list|summary|overview|history|description))\b|see\b|in this (?:report|insight|section)\b|figure\b|table\b|source\b|note\b)|\b(?:see|refer to) (?:CRS|also|figure|table|appendix|below|above|the (?:[\w"“”'’-]+ ){0,4}?(?:section|report|discussion|text box|box|appendix|chapter|figure|table|footnote|note))\b|\(see\b|[,;]\s*see\s+(?:the\s+)?\p{Lu}|\((?:see )?(?:figure|table)\s+\d+\)|\b(?:beyond|outside) the scope of this\b|^\W*\d+\W*$/iu
/** A list marker opening the text: a bullet, a dash, "1." or "(a)". */
const RE_LIST_MARKER = /^\s*(?:[-*+•▪◦‣·–—]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s/u
/** Does the text hold a finite verb (not only a gerund)? A heading, a salutation or a noun phrase holds none. */
const hasVerb = (text: string) => nlp(text).match('(#Verb && !#Gerund)').found
/** Words from which a text without a tagged verb is taken for a tagger's miss ("sustainability hinges on …"), not a fragment. */
const LONG_SENTENCE_WORDS = 12

/**
 * Can this sentence be the deck's bottom line? A whole sentence: at least 6 words, not opening on a list marker or
 * a lowercase letter (the tail of a sentence cut in two), closing on a full stop or an exclamation mark (a
 * question, a heading or a colon-led list is no judgement), its brackets and quotes closed, holding a finite verb;
 * and not meta text ({@link RE_NOT_JUDGEMENT}).
 */
export function judgementSentence(text: string, language = 'en'): boolean {
  const t = text.trim()
  const words = t.split(/\s+/).length
  return words >= 6 && /[.!]["”’)]?$/u.test(t) && !RE_LIST_MARKER.test(t) && !/^\p{Ll}/u.test(t) && balanced(t) && !RE_NOT_JUDGEMENT.test(t)
    && (language !== 'en' || words >= LONG_SENTENCE_WORDS || hasVerb(t))
}

/**
 * The thesis, precision first. Candidates: the sentences of the conclusion (or summary / key judgements; in a text
 * without headings, its last segment), of the introduction (or the first section) and, in a report with neither a
 * conclusion nor a summary, its closing section, and the opening section before a later introduction or background
 * (an Insight's lead), that pass
 * {@link judgementSentence}. In English each is scored by how much it reads as a judgement ({@link judgementScore}),
 * +1 in the conclusion or summary (the "preferring the summary, the conclusion"), +0.5 for the first sentence
 * of the conclusion or the introduction (a lead) and +0.5 for the last of the introduction or the closing section
 * (where each states its thesis); the best of those holding a word of judgement ({@link holdsJudgement}) and not a
 * side's reported position ({@link sidesView}) wins, the earlier on a tie. A sentence of the agenda ("Congress may
 * consider whether and how to …", {@link agendaSentence}) is the legislature's option, not a judgement: it wins only
 * when no candidate states one (the gold accepts it then), at a lower confidence. In another language (no judgement lexicon) the rule is positional: the conclusion's first candidate, else the
 * introduction's last. None passes: no bottom line (the deck leaves the slide out rather than show a wrong one).
 */
/** How many sentences of a section's start and end the bottom line reads. */
const READ_FIRST = 40
const READ_LAST = 20

/** A candidate for the bottom line with its score and where it stands. */
/**
 * `holdsJudgement`: it holds a word of judgement and is no side's reported position ({@link sidesView});
 * `agenda`: it states what the legislature may do ({@link agendaSentence}), read only when no judgement is found.
 */
export interface BottomLineCandidate { x: Sentence; where: string; score: number; holdsJudgement: boolean; agenda: boolean }

/** A section after the body: an appendix, the notes or references, the author's details. */
const RE_BACK_MATTER = /^(?:(?:appendix|annex)\b.*|(?:references?|notes|footnotes|endnotes|bibliography|sources|glossary|acknowledge?ments?|disclaimer|about the authors?|authors?(?: information| contact)?)\W*)$/iu
/**
 * A section where the writer weighs, wherever it stands: headed by the bare word ("Assessment", "Outlook",
 * "Analysis", "Implications", "Key Findings"), not a topic's outlook ("Strategic Outlook", "Economic Outlook").
 */
const RE_ASSESSING_HEADING = /^(?:(?:an?\s+)?assessments?|outlook|analysis|implications|key findings)\W*$/iu
/**
 * The sections the bottom line reads: the thesis section (conclusion, summary; a headless text's close), the
 * introduction, and, in a report with neither a conclusion nor a summary, its closing section (the last top-level
 * one before any appendix, with its sub-sections: "Outlook", "Issues for Congress"), where such a report weighs what
 * comes next; and any section that says it assesses ({@link RE_ASSESSING_HEADING}).
 */
/**
 * A heading of the text's own thesis: the bare word or a form of it ("Summary", "Executive Summary", "Conclusions
 * and Recommendations", "Conclusion: The Road Ahead", "Key Judgments", "Summary of Findings"), not a summary or a
 * conclusion of something the text reports ("Summary of the Proclamation", "Section-by-Section Summary",
 * "Conclusion of the Negotiations").
 */
const RE_OWN_THESIS_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:executive|brief|overall|general)\s+)?(?:summary|conclusions?|concluding\s+(?:remarks|observations|thoughts)|bottom\s+line|(?:key\s+)?takeaways?|key\s+judge?ments?)(?:\s+of\s+(?:(?:key|major|main)\s+)?(?:findings|judge?ments|points|conclusions|the\s+(?:analysis|report|findings)))?(?:\s*(?:and|&)\s+[^:]+)?(?:\s*[:—–-]\s*.*)?|in\s+(?:conclusion|summary)|заключение|выводы)\W*$/iu
/** How many sections an empty closing heading of a flat text holds at most as its sub-sections. */
const CLOSING_PARTS = 4
function thesisSections(article: Article) {
  const secs = allSections(article.sections)
  // a text without headings (a speech, an op-ed: every section made by segmentation) closes on its thesis
  const thesis = secs.find(s => !s.synthetic && RE_THESIS_HEADING.test(s.title) && RE_OWN_THESIS_HEADING.test(s.title.trim())) ?? (secs.length > 1 && secs.every(s => s.synthetic) ? secs[secs.length - 1] : undefined)
  // a summary that is the thesis is no introduction: the "Introduction" after it is read too
  const introSection = secs.find(s => RE_INTRO_HEADING.test(s.title) && s !== thesis) ?? secs[0]
  const body = article.sections.filter(s => !RE_BACK_MATTER.test(s.title))
  const last = body[body.length - 1]
  // in a text whose headings are all of one level, a closing part is an empty heading ("Potential Issues for
  // Congress") with the few sections after it as its sub-sections
  const parent = body.findLastIndex((s, i) => i < body.length - 1 && !s.synthetic && !s.blocks.length && !s.children.length)
  const group = parent >= 0 && body.length - 1 - parent <= CLOSING_PARTS ? body.slice(parent) : last ? [last] : []
  const closing = !thesis && last && !last.synthetic && !group.some(s => s === introSection) ? allSections(group) : []
  const intro = introSection === thesis ? undefined : introSection
  // the text's opening section before a later "Background" or "Overview": the lead of an Insight, where it says
  // what happened and what it means before the background it then gives
  const first = secs[0]
  const lead = first && intro && first !== intro && first !== thesis && !closing.includes(first) && first.blocks.some(b => b.kind === 'paragraph') ? first : undefined
  const assessing = secs.filter(s => !s.synthetic && RE_ASSESSING_HEADING.test(s.title) && s !== thesis && s !== intro && s !== lead && !closing.includes(s))
  return { thesis, introSection: intro, lead, closing, assessing }
}
type Section = Article['sections'][number]
/**
 * A line of page furniture left in a text copied from a paged report: the running footer naming the page
 * ("Congressional Research Service 3", "CRS-3", "Page 3 of 12", "- 3 -") or a bare page number. A text copied so
 * reads it as a heading or a paragraph of its own, standing where the page broke.
 */
const RE_PAGE_FURNITURE = /^(?:(?:Congressional Research Service|CRS|GAO|CBO|Page)[\s-]*\d{1,4}(?:\s+of\s+\d{1,4})?|-?\s*\d{1,4}\s*-?)$/iu
/** A sentence that ends on an abbreviation's point ("the U.S.", "Inc.", "e.g."; the sentence splitter's list): whole only if nothing follows it. */
const RE_ENDS_ON_ABBREVIATION = new RegExp(`(?:\\b(?:\\p{L}\\.){2,}|\\b(?:${ABBREVIATIONS.join('|')}|pp?)\\.)["”’)]?$`, 'u')
/**
 * The sentences cut at a page break: where page furniture ({@link RE_PAGE_FURNITURE}) stands between two paragraphs
 * and the sentence before it does not close ("… and the", "… from the U.S.") or the text after it opens in lower case,
 * the sentence before the break and the one after it are two pieces of one sentence: neither is whole.
 */
function pageBreakFragments(article: Article): Set<Sentence> {
  const cut = new Set<Sentence>()
  let before: Sentence | undefined
  let broken = false
  for (const section of allSections(article.sections)) {
    if (RE_PAGE_FURNITURE.test(section.title.trim())) broken = true
    for (const b of section.blocks) {
      if (b.kind !== 'paragraph') continue
      if (RE_PAGE_FURNITURE.test(b.text.trim())) { broken = true; continue }
      const after = b.sentences[0]
      if (broken && before && after) {
        const open = !/[.!?]["”’)]?$/u.test(before.text.trim()) || RE_ENDS_ON_ABBREVIATION.test(before.text.trim()) || /^\p{Ll}/u.test(after.text.trim())
        if (open) { cut.add(before); cut.add(after) }
      }
      broken = false
      before = b.sentences[b.sentences.length - 1]
    }
  }
  return cut
}
/** A section's sentences that can be the bottom line: its first and last ones are read, never thousands (the verb check tags each with compromise); none cut at a page break. */
function passing(section: Section | Section[] | undefined, language: string, cut: Set<Sentence> = new Set()): Sentence[] {
  const all = [section ?? []].flat().flatMap(s => s.blocks).flatMap(b => (b.kind === 'paragraph' ? b.sentences : []))
  const read = all.length > READ_FIRST + READ_LAST ? [...all.slice(0, READ_FIRST), ...all.slice(-READ_LAST)] : all
  return read.filter(x => !cut.has(x) && judgementSentence(x.text, language))
}

/** The scored candidates of an English text, in reading order (see {@link bottomLine}). */
export function bottomLineCandidates(article: Article): BottomLineCandidate[] {
  const { thesis, introSection, lead: leadSection, closing, assessing } = thesisSections(article)
  const cut = pageBreakFragments(article)
  const concl = passing(thesis, 'en', cut)
  const lead = passing(leadSection, 'en', cut)
  const intro = passing(introSection, 'en', cut)
  const close = passing(closing, 'en', cut)
  const stems = titleStems(article.title)
  // scope: a hedge about a named instance (one state, service, district) weighs less; a turn on the report's subject
  // ("X is …, but …") is a judgement, weighed below a hedge; what a law requires is no judgement of the writer's
  const scope = (t: string) => (hedgesInstance(t, stems) ? -1 : 0) + (turnOnSubject(t, article.title) ? 1.5 : 0) + (lawRequires(t) ? -2 : 0)
  const scored = (xs: Sentence[], where: string, bonus: (i: number) => number) =>
    xs.map((x, i) => ({ x, where, score: judgementScore(x.text) + bonus(i) + scope(x.text), holdsJudgement: (holdsJudgement(x.text) || turnOnSubject(x.text, article.title)) && !sidesView(x.text), agenda: agendaSentence(x.text) }))
  return [
    // the thesis section's last sentence, where a summary closes on its point, wins a tie when it is about the
    // report's subject (names a word of its title)
    ...scored(concl, `"${thesis?.title}"`, i => 1 + (i === 0 ? 0.5 : 0) + (i > 0 && i === concl.length - 1 && namesSubject(concl[i]!.text, stems) ? 0.25 : 0)),
    ...scored(lead, 'the lead', i => (i === 0 ? 0.5 : 0) + (i === lead.length - 1 ? 0.5 : 0)),
    ...scored(intro, 'the introduction', i => (i === 0 ? 0.5 : 0) + (i === intro.length - 1 ? 0.5 : 0)),
    ...scored(close, `the closing section "${closing[0]?.title}"`, i => (i === close.length - 1 ? 0.5 : 0)),
    ...assessing.flatMap(sec => scored(passing(sec, 'en', cut), `"${sec.title}"`, () => 0)),
  ]
}

export function bottomLine(article: Article, language = 'en'): (Sentence & { confidence: Confidence }) | undefined {
  if (language !== 'en') {
    const { thesis, introSection } = thesisSections(article)
    const cut = pageBreakFragments(article)
    const concl = passing(thesis, language, cut)
    if (concl[0]) return { ...concl[0], confidence: sure(C.bottomLine.introduction, `the first candidate of "${thesis!.title}" (no judgement lexicon for "${language}")`) }
    const intro = passing(introSection, language, cut)
    const last = intro[intro.length - 1]
    return last && { ...last, confidence: sure(C.bottomLine.introduction - 0.1, `the last candidate of the introduction (no judgement lexicon for "${language}")`) }
  }
  const scored = bottomLineCandidates(article)
  // a sentence without a word of judgement (a bare fact, however well placed) is no bottom line; the agenda
  // ("Congress may consider whether …") restates the issues, so it is read only when the text states no judgement
  const bestOf = (agenda: boolean) => {
    let best: BottomLineCandidate | undefined
    for (const c of scored) if (c.holdsJudgement && c.agenda === agenda && (!best || c.score > best.score)) best = c
    return best
  }
  const judgement = bestOf(false)
  const best = judgement ?? bestOf(true)
  if (!best) return undefined
  if (!judgement) return { ...best.x, confidence: sure(C.bottomLine.agenda, `no candidate states a judgement; the best of the agenda (score ${best.score}, judgement.ts), in ${best.where}`) }
  const score = best.score >= 3 ? C.bottomLine.conclusion : best.score >= 1.5 ? C.bottomLine.introduction : C.bottomLine.introduction - 0.15
  return { ...best.x, confidence: sure(score, `the best judgement score (${best.score}, judgement.ts) of ${scored.length} candidate sentences; it stands in ${best.where}`) }
}

export function analyze(article: Article): Findings {
  const language = detectLanguage(bodyText(article.sections))
  const diagnostics: Diagnostic[] = [...lint(article)]
  if (language !== 'en') {
    diagnostics.push({ line: 1, column: 1, severity: 'info', rule: 'language', message: `language "${language}": actor, relation and risk-estimate analysis is English-only, so those slides are left out; the deck is built from the structure` })
  }
  const { actors, relations } = findActors(article.sections, language)
  const { risks, sectionId: riskSectionId, sectionIds: riskSectionIds, diagnostics: riskDiagnostics } = findRisks(article, language, actors)
  diagnostics.push(...riskDiagnostics)
  const { scenarios, sectionId: scenarioSectionId } = findScenarios(article)
  const bl = bottomLine(article, language)
  const timeline = findTimeline(article.sections, article.dateline)
  diagnostics.push(...gateDiagnostics({ actors, relations, timeline }))
  if (!bl && language === 'en') diagnostics.push({ line: 1, column: 1, severity: 'info', rule: 'bottom-line', message: 'no bottom line: no sentence of the conclusion, summary, introduction or closing section passed the checks (a whole sentence of six words or more, not about the report, an example, a cross-reference or a caption, holding a word of judgement); the deck leaves that slide out' })
  return {
    language,
    ...(bl ? { bottomLine: bl } : {}),
    figures: findFigures(article.sections),
    actors,
    relations,
    risks,
    ...(riskSectionId ? { riskSectionId } : {}),
    riskSectionIds,
    scenarios,
    ...(scenarioSectionId ? { scenarioSectionId } : {}),
    timeline,
    diagnostics,
  }
}
