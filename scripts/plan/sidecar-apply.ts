/**
 * Applying the sidecar to the plan: estimate overrides, scenario data and text corrections.
 * Corrections change what the slides show; the speaker notes keep the source verbatim and list
 * the correction, so every slide stays traceable to the article as written.
 */
import type { Deck, Diagnostic, Findings, Risk, Scenario, Slide, SlideBlock } from '../model.ts'
import type { Sidecar } from '../sidecar.ts'

const matches = (key: string, x: { id: string; name: string }) => key === x.id || key.toLowerCase() === x.name.toLowerCase()

export function applyOverrides(findings: Findings, sidecar: Sidecar, diagnostics: Diagnostic[]): { risks: Risk[]; scenarios: Scenario[] } {
  const risks = findings.risks.map(r => ({ ...r }))
  for (const [key, o] of Object.entries(sidecar.risks ?? {})) {
    const r = risks.find(x => matches(key, x))
    if (!r) { diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'sidecar', message: `sidecar names risk "${key}", which the article does not have (risks: ${risks.map(x => x.name).join(', ') || 'none'})` }); continue }
    if (o.likelihood) r.likelihood = { level: o.likelihood as Risk['likelihood']['level'], basis: o.note ?? 'set in the sidecar', source: 'sidecar' }
    if (o.impact) r.impact = { level: o.impact as Risk['impact']['level'], basis: o.note ?? 'set in the sidecar', source: 'sidecar' }
  }
  const scenarios = findings.scenarios.map(s => ({ ...s }))
  for (const [key, o] of Object.entries(sidecar.scenarios ?? {})) {
    const s = scenarios.find(x => matches(key, x))
    if (!s) { diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'sidecar', message: `sidecar names scenario "${key}", which the article does not have (scenarios: ${scenarios.map(x => x.name).join(', ') || 'none'})` }); continue }
    if (o.probability !== undefined) s.probability = o.probability
    if (o.dimensions) s.dimensions = o.dimensions
    if (o.baseCase !== undefined) { for (const x of scenarios) if (o.baseCase) x.baseCase = false; s.baseCase = o.baseCase }
  }
  return { risks, scenarios }
}

/** Replaces every `find` with `replace` in the visible text of every slide. */
export function applyCorrections(deck: Deck, sidecar: Sidecar, diagnostics: Diagnostic[]): Deck {
  const corrections = sidecar.corrections ?? []
  if (!corrections.length) return deck
  const used = new Set<number>()
  const fix = (t: string): string => corrections.reduce((acc, c, i) => {
    if (!acc.includes(c.find)) return acc
    used.add(i)
    return acc.split(c.find).join(c.replace)
  }, t)
  const fixBlock = (b: SlideBlock): SlideBlock => {
    switch (b.kind) {
      case 'bullets': return { ...b, items: b.items.map(i => ({ ...i, text: fix(i.text), ...(i.label ? { label: fix(i.label) } : {}) })) }
      case 'lead': return { ...b, text: fix(b.text) }
      case 'themes': return { ...b, themes: b.themes.map(fix) }
      case 'agenda': return { ...b, entries: b.entries.map(e => ({ ...e, title: fix(e.title) })) }
      case 'risk-matrix': return { ...b, risks: b.risks.map(r => ({ ...r, name: fix(r.name) })) }
      case 'scenarios': return { ...b, scenarios: b.scenarios.map(s => ({ ...s, name: fix(s.name), outlook: fix(s.outlook), points: s.points.map(fix) })) }
      case 'figures': return { ...b, figures: b.figures.map(f => ({ ...f, measure: fix(f.measure) })) }
      case 'actor-map': return b
      case 'byline': return b
      case 'timeline': return { ...b, events: b.events.map(e => ({ ...e, text: fix(e.text) })) }
      case 'table': return { ...b, header: b.header.map(fix), rows: b.rows.map(r => r.map(fix)) }
      case 'references': return b
      case 'cards': return { ...b, cards: b.cards.map(c => ({ ...c, label: fix(c.label), text: fix(c.text) })) }
      case 'fact': return { ...b, text: fix(b.text) }
      case 'quote': return { ...b, text: fix(b.text) }
      case 'steps': return { ...b, steps: b.steps.map(i => ({ ...i, text: fix(i.text) })) }
      case 'questions': return { ...b, questions: b.questions.map(i => ({ ...i, text: fix(i.text) })) }
    }
  }
  const slides: Slide[] = deck.slides.map(s => {
    const before = used.size
    const next = { ...s, title: fix(s.title), ...(s.subtitle ? { subtitle: fix(s.subtitle) } : {}), ...(s.kicker ? { kicker: fix(s.kicker) } : {}), blocks: s.blocks.map(fixBlock) }
    const applied = corrections.filter((c, i) => used.has(i) && JSON.stringify(s).includes(JSON.stringify(c.find).slice(1, -1)))
    if (used.size >= before && applied.length) next.notes = { ...s.notes, remarks: [...s.notes.remarks, ...applied.map(c => `Corrected on the slide: “${c.find}” → “${c.replace}”${c.reason ? ` (${c.reason})` : ''}.`)] }
    return next
  })
  corrections.forEach((c, i) => {
    if (!used.has(i)) diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'sidecar', message: `sidecar correction "${c.find}" matches no text on any slide` })
  })
  return { ...deck, slides, meta: { ...deck.meta, title: fix(deck.meta.title) } }
}
