/**
 * Scenarios: the entries of a section whose heading is about scenarios, the outlook, the future,
 * prospects or forecasts, or a question-form heading about what will happen. The tone comes from the
 * entry's label (optimistic/best/upside, pessimistic/worst/downside, realistic/base/likely/central);
 * the base case is the one the text marks as realistic, base, central or most likely.
 */
import type { Article, Scenario } from '../model.ts'
import { entriesOf } from './sections.ts'
import { nameOf } from './risks.ts'
import { allSections } from '../text/tree.ts'
import { slugify, uniqueId } from '../text/words.ts'

export const RE_SCENARIO_HEADING = /\b(scenarios?|outlook|futures?|prospects?|forecasts?|what next|сценари\w*|перспектив\w*)\b/iu
const RE_FUTURE_QUESTION = /\b(will|next|future|ahead|become)\b.*\?$/i
const TONES: { pattern: RegExp; tone: Scenario['tone'] }[] = [
  { pattern: /optimis|best|upside|bull|positive/i, tone: 'optimistic' },
  { pattern: /pessimis|worst|downside|bear|negative/i, tone: 'pessimistic' },
  { pattern: /realis|base|likely|central|probable|middle|hybrid/i, tone: 'realistic' },
]
const RE_BASE = /\b(realistic|base[- ]case|baseline|most likely|most probable|central)\b/i

/** Splits a one-sentence outlook at its first ", with/where/as/while …" clause: words stay the source's. */
function splitOutlook(sentences: string[]): { outlook: string; points: string[] } {
  const [first = '', ...rest] = sentences
  if (rest.length) return { outlook: first, points: rest }
  const m = /^(.{12,}?),\s+((?:with|where|as|while|forcing|leaving|making|which|and)\b.{12,})$/u.exec(first)
  // the clause is shown as a point of its own: capitalise its first letter (no word is changed)
  return m?.[1] && m[2] ? { outlook: m[1], points: [m[2][0]!.toUpperCase() + m[2].slice(1)] } : { outlook: first, points: [] }
}

export function findScenarios(article: Article): { scenarios: Scenario[]; sectionId?: string } {
  // The section whose role is scenarios (ingest/roles.ts), with labelled entries to compare.
  const section = allSections(article.sections).find(s => (s.role ? s.role === 'scenarios' : RE_SCENARIO_HEADING.test(s.title) || RE_FUTURE_QUESTION.test(s.title)) && entriesOf(s).some(e => e.label))
  if (!section) return { scenarios: [] }
  const ids = new Set<string>()
  const scenarios = entriesOf(section).filter(e => e.label).slice(0, 4).map(e => {
    const name = e.label ?? nameOf(e.text)
    const tone = TONES.find(t => t.pattern.test(name))?.tone ?? 'neutral'
    const { outlook, points } = splitOutlook(e.sentences)
    return { id: uniqueId(slugify(name), ids), name, tone, text: e.text, outlook, points, baseCase: RE_BASE.test(name), span: e.span }
  })
  // Only one base case: the first one marked.
  let seen = false
  for (const s of scenarios) { if (s.baseCase && seen) s.baseCase = false; seen ||= s.baseCase }
  return { scenarios, sectionId: section.id }
}
