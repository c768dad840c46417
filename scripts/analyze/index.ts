/** Analysis: Article → Findings. Pure. */
import type { Article, Diagnostic, Findings, Sentence } from '../model.ts'
import { bodyText } from '../ingest/text.ts'
import { findActors } from './actors.ts'
import { findFigures, findTimeline } from './figures.ts'
import { detectLanguage } from './language.ts'
import { findRisks } from './risks.ts'
import { findScenarios } from './scenarios.ts'
import { allSections, RE_INTRO_HEADING, RE_THESIS_HEADING } from './sections.ts'
import { lint } from './lint.ts'


/** The thesis: the first sentence of the conclusion, else the last sentence of the introduction, else the first body sentence. */
export function bottomLine(article: Article): Sentence | undefined {
  const secs = allSections(article.sections)
  const firstSentence = (blocks: Article['sections'][number]['blocks']) => {
    for (const b of blocks) if (b.kind === 'paragraph' && b.sentences[0]) return b.sentences[0]
    return undefined
  }
  const concl = secs.find(s => RE_THESIS_HEADING.test(s.title))
  const c = concl && firstSentence(concl.blocks)
  if (c) return c
  const intro = secs.find(s => RE_INTRO_HEADING.test(s.title)) ?? secs[0]
  const paras = intro?.blocks.filter(b => b.kind === 'paragraph') ?? []
  const last = paras[paras.length - 1]
  return last && last.kind === 'paragraph' ? last.sentences[last.sentences.length - 1] : undefined
}

export function analyze(article: Article): Findings {
  const language = detectLanguage(bodyText(article.sections))
  const diagnostics: Diagnostic[] = [...lint(article)]
  if (language !== 'en') {
    diagnostics.push({ line: 1, column: 1, severity: 'info', rule: 'language', message: `language "${language}": actor, relation and risk-estimate analysis is English-only, so those slides are left out; the deck is built from the structure` })
  }
  const { risks, sectionId: riskSectionId } = findRisks(article, language)
  const { scenarios, sectionId: scenarioSectionId } = findScenarios(article)
  const { actors, relations } = findActors(article.sections, language)
  const bl = bottomLine(article)
  return {
    language,
    ...(bl ? { bottomLine: bl } : {}),
    figures: findFigures(article.sections),
    actors,
    relations,
    risks,
    ...(riskSectionId ? { riskSectionId } : {}),
    scenarios,
    ...(scenarioSectionId ? { scenarioSectionId } : {}),
    timeline: findTimeline(article.sections),
    diagnostics,
  }
}
