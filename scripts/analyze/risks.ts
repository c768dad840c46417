/**
 * Risks: the entries of sections whose heading is about risks, threats, challenges, concerns,
 * vulnerabilities or failure. Each is named by its label (or the first noun phrase of its text)
 * and gets likelihood/impact estimates from its wording (see estimate.ts).
 */
import nlp from 'compromise'
import type { Article, Risk } from '../model.ts'
import { slugify, uniqueId } from '../ingest/blocks.ts'
import { estimateImpact, estimateLikelihood } from './estimate.ts'
import { allSections, entriesOf } from './sections.ts'

/** Headings that introduce risks. */
export const RE_RISK_HEADING = /\b(risks?|threats?|challenges?|concerns?|vulnerabilit(y|ies)|failures?|dangers?|pitfalls?|downsides?|риск\w*|угроз\w*|вызов\w*)\b/iu

/** A short name for an unlabelled entry: the first noun phrase of its first sentence, as written. */
export function nameOf(text: string): string {
  const np = (nlp(text).nouns().out('array') as string[])[0]
  const name = (np ?? text).replace(/[.,;:]+$/, '').trim()
  return name.split(' ').length <= 6 ? name : name.split(' ').slice(0, 6).join(' ')
}

export function findRisks(article: Article, language: string): { risks: Risk[]; sectionId?: string } {
  // The section whose role is risks (ingest/roles.ts: by heading wording or by the density of hedged harm statements).
  const section = allSections(article.sections).find(s => (s.role ? s.role === 'risks' : RE_RISK_HEADING.test(s.title)) && entriesOf(s).length > 0)
  if (!section) return { risks: [] }
  const ids = new Set<string>()
  const risks = entriesOf(section)
    .filter(e => e.label || e.sentences.length > 0)
    .slice(0, 8)
    .map(e => {
      const name = e.label ?? nameOf(e.sentences[0] ?? e.text)
      return {
        id: uniqueId(slugify(name), ids),
        name,
        text: e.text,
        likelihood: estimateLikelihood(e.text, language),
        impact: estimateImpact(e.text, language),
        span: e.span,
      }
    })
  return { risks, sectionId: section.id }
}
