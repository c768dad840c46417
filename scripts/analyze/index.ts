/** Analysis: Article → Findings. Pure. */
import type { Article, Diagnostic, Findings, Sentence } from '../model.ts'
import { findActors } from './actors.ts'
import { findFigures, findTimeline } from './figures.ts'
import { detectLanguage } from './language.ts'
import { findRisks } from './risks.ts'
import { findScenarios } from './scenarios.ts'
import { RE_INTRO_HEADING, RE_THESIS_HEADING } from './sections.ts'
import { lint } from './lint.ts'
import { allSections, bodyText } from '../text/tree.ts'


/** A sentence that can never be the bottom line: about the report, an example, a cross-reference, a caption reference, a fragment. */
export const RE_NOT_JUDGEMENT = /^(?:this (?:report|insight|in focus|product|paper|memo|brief|primer|article|section)\b|for (?:more|example|instance|further|additional|a (?:discussion|list|summary))\b|see\b|in this (?:report|insight|section)\b|figure\b|table\b|source\b|note\b)|\bsee (?:CRS|also|the|figure|table)\b|\((?:see )?(?:figure|table)\s+\d+\)|^\W*\d+\W*$/iu
/** Words that mark a judgement: assessment verbs, modals, hedges. */
const RE_JUDGEMENT = /\b(?:assess(?:es|ed)?|conclude[sd]?|suggests?|likely|unlikely|may|might|could|would|should|must|remains?|risks?|depends?|appears?|seems?|significant(?:ly)?|key|critical|important|uncertain|whether)\b/iu

/** Can this sentence be the deck's bottom line? A whole sentence of at least 6 words that is not meta text. */
export function judgementSentence(text: string): boolean {
  return text.split(/\s+/).length >= 6 && /[.!?]["”’)]?$/u.test(text) && !RE_NOT_JUDGEMENT.test(text.trim())
}

/** A definition or a plain description: background, not the text's judgement. */
const RE_DESCRIPTIVE = /\b(?:refers? to|is (?:also )?known as|is defined as|is a member of|consists? of|is composed of|leverages|is part of)\b/iu
/**
 * The thesis, precision first: the first sentence of the conclusion (or summary / key judgements) that passes
 * {@link judgementSentence}; else, in the introduction (or the first section), the last passing sentence that
 * carries a judgement word and is not a definition or plain description, or failing that the last passing one (an
 * introduction ends on its thesis); else none: the deck leaves the bottom line out rather than show a wrong one.
 */
export function bottomLine(article: Article): Sentence | undefined {
  const secs = allSections(article.sections)
  const passing = (section: Article['sections'][number] | undefined) =>
    (section?.blocks ?? []).flatMap(b => (b.kind === 'paragraph' ? b.sentences : [])).filter(x => judgementSentence(x.text))
  const concl = passing(secs.find(s => RE_THESIS_HEADING.test(s.title)))[0]
  if (concl) return concl
  const intro = passing(secs.find(s => RE_INTRO_HEADING.test(s.title)) ?? secs[0])
  return intro.findLast(x => RE_JUDGEMENT.test(x.text) && !RE_DESCRIPTIVE.test(x.text)) ?? intro[intro.length - 1]
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
  const bl = bottomLine(article)
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
    timeline: findTimeline(article.sections),
    diagnostics,
  }
}
