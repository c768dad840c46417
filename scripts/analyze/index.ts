/** Analysis: Article → Findings. Pure. */
import type { Article, Confidence, Diagnostic, Findings, Sentence } from '../model.ts'
import { findActors } from './actors.ts'
import { findFigures, findTimeline } from './figures.ts'
import { detectLanguage } from './language.ts'
import { findRisks } from './risks.ts'
import { findScenarios } from './scenarios.ts'
import { RE_INTRO_HEADING, RE_THESIS_HEADING } from './sections.ts'
import { lint } from './lint.ts'
import { gateDiagnostics } from './gates.ts'
import { CONFIDENCE as C, sure } from './confidence.ts'
import { allSections, bodyText } from '../text/tree.ts'


/** A sentence that can never be the bottom line: about the report, an example, a cross-reference, a caption reference, a fragment. */
export const RE_NOT_JUDGEMENT = /^(?:this (?:report|insight|in focus|product|paper|memo|brief|primer|article|section)\b|for (?:more|example|instance|further|additional|a (?:discussion|list|summary))\b|see\b|in this (?:report|insight|section)\b|figure\b|table\b|source\b|note\b)|\bsee (?:CRS|also|the|figure|table)\b|\((?:see )?(?:figure|table)\s+\d+\)|^\W*\d+\W*$/iu
/** Can this sentence be the deck's bottom line? A whole sentence of at least 6 words that is not meta text. */
export function judgementSentence(text: string): boolean {
  return text.split(/\s+/).length >= 6 && /[.!?]["”’)]?$/u.test(text) && !RE_NOT_JUDGEMENT.test(text.trim())
}

/**
 * The thesis, precision first: the first sentence of the conclusion (or summary / key judgements) that passes
 * {@link judgementSentence}; else the last passing sentence of the introduction (or the first section): an
 * introduction ends on its thesis. Else none: the deck leaves the bottom line out rather than show a wrong one.
 * (Preferring sentences with judgement words, or skipping definitions, gained nothing on the tuning half and lost on
 * the held-out half, so the rule stays this simple.)
 */
export function bottomLine(article: Article): (Sentence & { confidence: Confidence }) | undefined {
  const secs = allSections(article.sections)
  const passing = (section: Article['sections'][number] | undefined) =>
    (section?.blocks ?? []).flatMap(b => (b.kind === 'paragraph' ? b.sentences : [])).filter(x => judgementSentence(x.text))
  const thesis = secs.find(s => RE_THESIS_HEADING.test(s.title))
  const concl = passing(thesis)[0]
  if (concl) return { ...concl, confidence: sure(C.bottomLine.conclusion, `the first judgement sentence of "${thesis!.title}"`) }
  const intro = passing(secs.find(s => RE_INTRO_HEADING.test(s.title)) ?? secs[0])
  const last = intro[intro.length - 1]
  return last && { ...last, confidence: sure(C.bottomLine.introduction, 'the last judgement sentence of the introduction (no conclusion or summary)') }
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
  const timeline = findTimeline(article.sections)
  diagnostics.push(...gateDiagnostics({ actors, relations, timeline }))
  if (!bl && language === 'en') diagnostics.push({ line: 1, column: 1, severity: 'info', rule: 'bottom-line', message: 'no bottom line: no sentence of the conclusion, summary or introduction passed the checks (a whole sentence of six words or more, not about the report, an example, a cross-reference or a caption); the deck leaves that slide out' })
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
