/**
 * The planner: Article + Findings + sidecar → Deck. It decides which slides exist, in which order,
 * and what goes on each. Rendering only writes the plan out.
 *
 * Order (a senior briefing: bottom line first, pictures over walls of text, sources at the back):
 * title → bottom line → agenda → key figures → sections (risks get a matrix, scenarios a comparison)
 * → actor map → timeline → tables → conclusion → appendix.
 */
import type { Article, Block, Bullet, Deck, Diagnostic, Findings, Notes, Section, Sentence, Slide, Span } from '../model.ts'
import { formatSpan } from '../model.ts'
import type { Sidecar } from '../sidecar.ts'
import { RE_CONCLUSION_HEADING } from '../analyze/sections.ts'
import { RE_RISK_HEADING } from '../analyze/risks.ts'
import { mapSelection, timelineSelection } from '../analyze/gates.ts'
import { BODY_ITEMS, BODY_WORDS, page, pageBy, sectionBullets } from './budget.ts'
import { layOut } from './layout.ts'
import { matrixTitle, splitForMatrix } from './risk-fit.ts'
import { assertionTitle, hasVerb, restatesTitle, topicWords, type TitleSource } from './titles.ts'
import { labelsFor, type Labels } from './labels.ts'
import { applyOverrides, applyCorrections } from './sidecar-apply.ts'

import { DEFAULT_MAX_SLIDES } from '../limits.ts'
import { clauseAt } from '../text/clauses.ts'
import { splitSentences } from '../text/sentences.ts'
import { allSections, blockText } from '../text/tree.ts'
import { balanced, countWords, slugify } from '../text/words.ts'

export { DEFAULT_MAX_SLIDES }
/** Continuation pages one section may take before its remaining text stays in the notes only. */
export const MAX_PAGES_PER_SECTION = 3
/** Slides one synthetic part (text with no headings) may take. */
export const MAX_PAGES_PER_PART = 1
/** Agenda entries one slide holds. */
export const AGENDA_ENTRIES = 10
/** Agenda slides at most; a longer article lists its first sections and says how many follow. */
export const MAX_AGENDA_PAGES = 2
/** Words a key-figure card, a timeline event or an appendix entry shows (longer text: its first clause that fits, the rest in the notes). */
export const CARD_WORDS = 24
/** A sentence that introduces what follows: ends in a colon, "include(s)", "the following" or "as follows". */
const RE_LEAD_IN = /(?::|\binclud(?:e|es)|\bthe following|\bas follows)$/iu
/** Dividers come only into decks of more slides than this (a short deck needs no signposts). */
export const DIVIDER_MIN_SLIDES = 12
/** Section dividers one deck has at most. */
export const MAX_DIVIDERS = 8
/** Words one table slide holds (rows are paged to fit). */
export const TABLE_WORDS = 110
/** References shown in the appendix; the rest are listed in its notes. */
export const APPENDIX_REFERENCES = 12

export interface PlanOptions {
  /** Slide ceiling (default DEFAULT_MAX_SLIDES). */
  maxSlides?: number
  /**
   * Section slide headlines: `assertion` (default) — the section's key sentence or a verbatim clause of it, the heading
   * as a kicker above it (see titles.ts); `heading` — the section heading, as before issue 15. Wins over the sidecar's.
   */
  titles?: TitleStyle
}

/** How section slides are titled. */
export type TitleStyle = 'assertion' | 'heading'

const notesOf = (blocks: Block[], remarks: string[] = []): Notes => ({
  sources: blocks.map(b => ({ span: b.span, text: blockText(b).trim() })),
  remarks,
})

/** Sections flattened to two levels: deeper sub-sections fold into their level-2 parent. */
function flatten(sections: Section[]): Section[] {
  const fold = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(fold)]
  return sections.flatMap(s => [
    { ...s, children: [] },
    ...s.children.map(c => ({ ...c, blocks: fold(c), children: [], title: c.title })),
  ])
}

export function plan(article: Article, findings: Findings, sidecar: Sidecar = {}, options: PlanOptions = {}): Deck {
  const maxSlides = options.maxSlides ?? sidecar.limits?.maxSlides ?? DEFAULT_MAX_SLIDES
  const titles: TitleStyle = options.titles ?? sidecar.titles ?? 'assertion'
  const actorNames = findings.actors.map(a => a.name)
  const L = labelsFor(findings.language)
  let sourceLines: string[] | undefined
  const lineAt = (n: number) => (sourceLines ??= article.text.split('\n'))[n - 1] ?? ''
  const diagnostics: Diagnostic[] = [...article.diagnostics, ...findings.diagnostics].filter(d => !settled(d, lineAt, sidecar))
  const { risks, scenarios } = applyOverrides(findings, sidecar, diagnostics)
  const hints = sidecar.sections ?? {}
  const hintFor = (s: Section) => hints[s.id] ?? hints[s.title]
  for (const key of Object.keys(hints)) {
    if (!allSections(article.sections).some(s => s.id === key || s.title === key)) {
      diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'sidecar', message: `sidecar names section "${key}", which the article does not have` })
    }
  }
  const sections = flatten(article.sections).filter(s => !hintFor(s)?.skip && (s.blocks.length > 0))
  const title = sidecar.meta?.title ?? article.title
  const slides: Slide[] = []
  const all = (s: Span[]) => s

  // 1. Title
  const byline = [sidecar.meta?.presenter ?? article.byline, sidecar.meta?.organisation, sidecar.meta?.date ?? article.dateline].filter((x): x is string => !!x)
  slides.push({
    id: 'title', kind: 'title', layout: 'cover', title,
    ...(article.subtitle ? { subtitle: article.subtitle } : {}),
    blocks: [
      ...(byline.length ? [{ kind: 'byline' as const, parts: byline }] : []),
      ...(article.meta.themes.length ? [{ kind: 'themes' as const, themes: article.meta.themes }] : []),
    ],
    notes: { sources: [article.titleSpan ? { span: article.titleSpan, text: [article.title, article.subtitle].filter(Boolean).join(' — ') } : { span: { line: 1, endLine: 1 }, text: article.title }], remarks: [[article.byline, article.dateline].filter(Boolean).join(' · ')].filter(Boolean) },
    sources: article.titleSpan ? [article.titleSpan] : [],
  })

  // 2. Bottom line up front
  if (findings.bottomLine) {
    // each judgement is shown by the sentence (or clause) that holds `at`: the risk's name, the figure's value
    const judgements: (Bullet & { at?: string })[] = []
    const base = scenarios.find(s => s.baseCase)
    if (base) judgements.push({ label: `${base.name} (${L.baseCase})`, text: base.text, anchor: base.span })
    const top = [...risks].sort((a, b) => b.likelihood.level * b.impact.level - a.likelihood.level * a.impact.level)[0]
    if (top) judgements.push({ label: `${L.topRisk}: ${top.name}`, text: top.text, anchor: top.span, at: top.name })
    const fig = findings.figures.find(f => f.kind === 'money' || f.kind === 'percent')
    if (fig) judgements.push({ text: fig.measure, anchor: fig.span, at: fig.value })
    // the thesis and as many judgements as the word ceiling holds; all stay in the notes
    const lead = fitWords(findings.bottomLine.text, BODY_WORDS) ?? findings.bottomLine.text
    let room = BODY_WORDS - countWords(lead)
    const shownJudgements = judgements.flatMap(({ at, ...j }) => {
      const text = judgementFit(j.text, at, room - countWords(j.label ?? ''))
      if (!text || countWords(text) < 5) return []
      room -= countWords(`${j.label ?? ''} ${text}`)
      return [{ ...j, text }]
    })
    slides.push({
      id: 'bottom-line', kind: 'bottom-line', layout: 'statement', title: L.bottomLine,
      blocks: [{ kind: 'lead', text: lead, anchor: findings.bottomLine.span }, ...(shownJudgements.length ? [{ kind: 'bullets' as const, items: shownJudgements }] : [])],
      notes: { sources: [{ span: findings.bottomLine.span, text: findings.bottomLine.text }, ...judgements.map(j => ({ span: j.anchor, text: j.text }))], remarks: [`Why this sentence: ${findings.bottomLine.confidence.basis}; confidence ${findings.bottomLine.confidence.score.toFixed(2)}.`] },
      sources: all([findings.bottomLine.span, ...judgements.map(j => j.anchor)]),
    })
  }

  // 3. Agenda (filled once section slide ids are known)
  const agenda: Slide = { id: 'agenda', kind: 'agenda', layout: 'agenda', title: L.agenda, blocks: [], notes: { sources: [], remarks: ['The article’s sections, in order.'] }, sources: [] }
  slides.push(agenda)

  // 4. Key figures
  const fitted = [...findings.figures.filter(f => f.kind === 'money' || f.kind === 'percent'), ...findings.figures.filter(f => f.kind === 'count')]
    .flatMap(f => { const measure = fitAround(f.measure, f.value, CARD_WORDS); return measure ? [{ ...f, measure }] : [] })
  const figures = fitted.slice(0, fitted.slice(0, 6).every(f => countWords(f.measure) <= 14) ? 6 : 3)
  if (figures.length >= 2) {
    slides.push({
      id: 'key-figures', kind: 'figures', layout: 'figures', title: L.keyFigures,
      blocks: [{ kind: 'figures', figures: figures.map(f => ({ value: f.value, measure: f.measure, kind: f.kind, anchor: formatSpan(f.span) })) }],
      notes: { sources: figures.map(f => ({ span: f.span, text: f.sentence })), remarks: [] },
      sources: figures.map(f => f.span),
    })
  }

  // 5. Sections
  const sectionSlides: Slide[] = []
  let conclusion: Slide[] = []
  const tableSlides: Slide[] = []
  for (const s of sections) {
    // the article's own heading (or, for a text without headings, its part's extractive title): never padded with names
    const heading = hintFor(s)?.retitle ?? s.title
    const isConclusion = RE_CONCLUSION_HEADING.test(s.title) && s === sections[sections.length - 1]
    if (s.id === findings.scenarioSectionId && scenarios.length) {
      sectionSlides.push({
        id: `${s.id}`, kind: 'scenarios', layout: 'scenarios', title: heading,
        blocks: [{ kind: 'scenarios', dimensions: sidecar.dimensions ?? [...new Set(scenarios.flatMap(x => Object.keys(x.dimensions ?? {})))], scenarios: scenarios.map(x => ({ id: x.id, name: x.name, tone: x.tone, outlook: x.outlook, points: x.points, baseCase: x.baseCase, ...(x.probability !== undefined ? { probability: x.probability } : {}), ...(x.dimensions ? { dimensions: x.dimensions } : {}), anchor: formatSpan(x.span) })) }],
        notes: notesOf(s.blocks, scenarios.some(x => x.baseCase) ? [] : ['The text marks no base case.']),
        sources: scenarios.map(x => x.span),
      })
      continue
    }
    const cap = s.synthetic ? MAX_PAGES_PER_PART : MAX_PAGES_PER_SECTION
    const raw = sectionBullets(s.blocks, BODY_WORDS, BODY_ITEMS)
    const condensed = raw.flatMap(condense)
    // a lead-in ("Issues of contention include") says nothing once paging may part it from its list: on a section of
    // more than one slide it stays in the notes
    const all = pageBody(condensed).length > 1 ? condensed.filter(b => b.label || !RE_LEAD_IN.test(b.text.trim())) : condensed
    // over the cap: keep the most salient bullets that fill it, in document order; the rest stay in the notes
    const bullets = pageBody(all).length > cap ? salientFit(all, cap, actorNames) : all
    const pages = pageBody(bullets)
    const dropped = raw.length - bullets.length
    const taken = new Set<string>()
    const made: Slide[] = pages.map((items, n) => {
      const used = s.blocks.filter(b => items.some(it => it.anchor.line >= b.span.line && it.anchor.line <= b.span.endLine))
      // the headline: the key sentence of what this slide draws on (the whole section when it takes one slide)
      const pool = pages.length === 1 ? s.blocks.filter(b => b.kind !== 'table') : used
      const assertion = titles === 'assertion' && findings.language === 'en' ? assertionTitle(titleSources(pool, pages.length === 1 ? undefined : items), actorNames, taken, topicWords(heading, title)) : undefined
      if (assertion) taken.add(assertion.text)
      // among plain bullets, one that only restates the headline goes (the slide says it once); steps and cards keep theirs
      const laid = layOut(items, used, findings.figures)
      const { layout, blocks } = assertion && laid.layout === 'bullets' && items.length > 1 ? layOut(items.filter(it => !restatesTitle(it, assertion.text)), used, findings.figures) : laid
      return {
        id: n === 0 ? s.id : `${s.id}-${n + 1}`,
        kind: isConclusion ? 'conclusion' : 'section',
        layout,
        title: assertion?.text ?? heading,
        ...(assertion ? { kicker: heading } : {}),
        ...(pages.length > 1 ? { part: { index: n + 1, of: pages.length } } : {}),
        blocks,
        notes: notesOf(n === 0 && pages.length === 1 ? s.blocks.filter(b => b.kind !== 'table') : used, n === pages.length - 1 && dropped ? [`${dropped} more passage(s) of this section are in these notes only (slide budget).`] : []),
        sources: items.map(it => it.anchor),
      }
    })
    if (dropped && made.length) made[made.length - 1]!.notes = notesOf(s.blocks.filter(b => !made.slice(0, -1).some(m => m.sources.some(x => x.line >= b.span.line && x.line <= b.span.endLine))), [`${dropped} more passage(s) of this section are in these notes only (slide budget).`])
    if (isConclusion) conclusion = made
    else sectionSlides.push(...made)
    const sectionRisks = risks.filter(r => (r.sectionId ?? findings.riskSectionId) === s.id)
    if ((findings.riskSectionIds ?? [findings.riskSectionId]).includes(s.id) && sectionRisks.length) {
      // a list whose names and placements fit no look of one matrix goes over as few matrices as hold it (risk-fit.ts)
      const shown = (r: (typeof sectionRisks)[number]) => ({ id: r.id, name: r.name, likelihood: r.likelihood.level, impact: r.impact.level, estimated: r.likelihood.source === 'estimated' || r.impact.source === 'estimated', basis: `likelihood ${r.likelihood.basis}; impact ${r.impact.basis}`, anchor: formatSpan(r.span) })
      const parts = splitForMatrix(sectionRisks.map(r => ({ ...shown(r), risk: r })))
      // (a heading too long for the matrix's two title lines goes above it as the kicker)
      // (risks the text weighs in several sections stand after the one holding most of them: that heading would
      // claim them all, so the matrix says where they come from)
      const extent = allSections([s]).flatMap(x => [x.span, ...x.blocks.map(b => b.span)])
      const inside = (line: number) => extent.some(x => line >= x.line && line <= x.endLine)
      const across = sectionRisks.some(r => !inside(r.span.line))
      // (a heading that names no risk, "Legislative Proposals", would read as if its proposals were the risks)
      const named = s.role === 'risks' || RE_RISK_HEADING.test(heading)
      const titled = matrixTitle(across ? L.risksAcross : named ? heading : L.risksIn(heading), L.matrix, parts.length > 1 ? ` (${parts.length}/${parts.length})` : '')
      parts.forEach((part, p) => {
        const risks = part.map(x => x.risk)
        sectionSlides.push({
          id: `${s.id}-matrix${p ? `-${p + 1}` : ''}`, kind: 'risks', layout: 'matrix', ...titled,
          ...(parts.length > 1 ? { part: { index: p + 1, of: parts.length } } : {}),
          blocks: [{ kind: 'risk-matrix', risks: risks.map(shown) }],
          notes: { sources: risks.map(r => ({ span: r.span, text: `${r.name}: ${r.text}` })), remarks: risks.map(r => `${r.name} — likelihood ${r.likelihood.level} (${r.likelihood.source}: ${r.likelihood.basis}); impact ${r.impact.level} (${r.impact.source}: ${r.impact.basis})`) },
          sources: risks.map(r => r.span),
        })
      })
    }
    s.blocks.filter(b => b.kind === 'table').forEach((t, n) => {
      if (t.kind !== 'table') return
      // too wide for the canvas: the columns go over several slides, each repeating the first (key) column; then
      // each column group pages its rows
      const groups = columnGroups(t.header, t.rows)
      const pages = groups.flatMap(cols => pageRows(cols.map(c => t.header[c] ?? ''), t.rows.map(r => cols.map(c => r[c] ?? '')), countWords(t.source ?? '')).map(rows => ({ cols, rows })))
      pages.forEach(({ cols, rows }, p) => tableSlides.push({
        id: `${s.id}-table${n ? `-${n + 1}` : ''}${p ? `-${p + 1}` : ''}`, kind: 'table', layout: 'table', title: t.caption ?? `${heading}: ${L.table}`,
        ...(pages.length > 1 ? { part: { index: p + 1, of: pages.length } } : {}),
        blocks: [{ kind: 'table', header: cols.map(c => t.header[c] ?? ''), rows, anchor: t.span, ...(t.caption ? { caption: t.caption } : {}), ...(t.source ? { source: t.source } : {}) }],
        notes: notesOf([t]), sources: [t.span],
      }))
    })
  }
  slides.push(...sectionSlides)
  const entries = sections.filter(s => sectionSlides.some(x => x.id === s.id) || conclusion.some(x => x.id === s.id)).map(s => ({ title: hintFor(s)?.retitle ?? s.title, slideId: s.id }))
  const agendaPages = chunk(entries, AGENDA_ENTRIES).slice(0, MAX_AGENDA_PAGES)
  if (entries.length > MAX_AGENDA_PAGES * AGENDA_ENTRIES) agenda.notes = { ...agenda.notes, remarks: [...agenda.notes.remarks, `${entries.length - MAX_AGENDA_PAGES * AGENDA_ENTRIES} more sections follow the ones listed.`] }
  const agendaSlides: Slide[] = sections.every(s => s.synthetic) ? [] : agendaPages.map((page, n) => ({
    ...agenda,
    id: n ? `agenda-${n + 1}` : 'agenda',
    ...(agendaPages.length > 1 ? { part: { index: n + 1, of: agendaPages.length } } : {}),
    blocks: [{ kind: 'agenda', entries: page, start: n * AGENDA_ENTRIES + 1 }],
    sources: sections.filter(s => page.some(e => e.slideId === s.id)).map(s => s.span),
  }))
  slides.splice(slides.indexOf(agenda), 1, ...agendaSlides)

  // 6. Actor map (the selection and its gate: analyze/gates.ts)
  const map = mapSelection(findings)
  if (map.drawn) {
    const mapActors = map.actors, rels = map.relations
    slides.push({
      id: 'actors', kind: 'actors', layout: 'actors', title: L.actors,
      blocks: [{ kind: 'actor-map', actors: mapActors.map(a => ({ id: a.id, name: a.name, kind: a.kind })), relations: rels.map(({ confidence: _c, ...r }) => r) }],
      notes: { sources: rels.map(r => ({ span: r.span, text: `${r.from} → ${r.verb} → ${r.to}` })), remarks: [...mapActors.map(a => `${a.name}: ${a.mentions} mentions${a.aliases.length ? ` (also “${a.aliases.join('”, “')}”)` : ''}; confidence ${a.confidence.score.toFixed(2)} (${a.confidence.basis})`), ...(map.unlinked.length ? [`Also named twice or more, with no relation to the actors above stated: ${map.unlinked.map(a => a.name).join(', ')}.`] : [])] },
      sources: rels.map(r => r.span),
    })
  }

  // 7. Timeline (the selection and its gate: analyze/gates.ts)
  const { events, shown, drawn } = timelineSelection(findings.timeline)
  if (drawn) {
    slides.push({
      id: 'timeline', kind: 'timeline', layout: 'timeline', title: L.timeline,
      // a date label starts with a capital, as a label does ("late 2021" → "Late 2021")
      blocks: [{ kind: 'timeline', events: shown.map(e => ({ date: e.date.charAt(0).toLocaleUpperCase() + e.date.slice(1), text: e.text, anchor: e.span })) }],
      notes: { sources: shown.map(e => ({ span: e.span, text: findings.timeline.find(t => t.span === e.span)?.text ?? e.text })), remarks: events.length > shown.length ? [`${events.length - shown.length} more dated events in the article.`] : [] },
      sources: shown.map(e => e.span),
    })
  }

  // 8. Tables, 9. Conclusion
  slides.push(...tableSlides, ...conclusion)

  // 10. Appendix
  slides.push(...appendix(article, findings, sidecar, diagnostics))

  let deck: Deck = {
    meta: {
      title, ...(article.subtitle ? { subtitle: article.subtitle } : {}), slug: slugify(article.path.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '')),
      themes: article.meta.themes, language: findings.language, sourcePath: article.path,
      ...(sidecar.meta?.presenter ?? article.byline ? { author: sidecar.meta?.presenter ?? article.byline! } : {}),
      ...(sidecar.meta?.organisation ? { organisation: sidecar.meta.organisation } : {}),
      ...(sidecar.meta?.date ? { date: sidecar.meta.date } : {}),
      ...(sidecar.meta?.classification ? { classification: sidecar.meta.classification } : {}),
    },
    slides: withDividers(limit(slides, maxSlides, diagnostics), sections.filter(x => !RE_CONCLUSION_HEADING.test(x.title) || x !== sections[sections.length - 1]), s => hintFor(s)?.retitle ?? s.title, maxSlides),
    diagnostics,
  }
  deck = applyCorrections(deck, sidecar, diagnostics)
  return deck
}

/**
 * Salience of a bullet, a stated rule: +3 if it states a figure (money, percent, count, year), +1 per
 * named actor it mentions (up to 3), +1 if it is 8–40 words long (a full statement, not a fragment).
 */
export function salience(b: Bullet, actorNames: string[]): number {
  const figure = /[$€£¥₹]\s?\d|\d\s?(%|percent)|\b\d[\d,.]*\s(million|billion|thousand|people|troops|days|years)\b|\b(19|20)\d\d\b/i.test(b.text) ? 3 : 0
  const actors = Math.min(3, actorNames.filter(n => b.text.includes(n)).length)
  const n = countWords(b.text)
  return figure + actors + (n >= 8 && n <= 40 ? 1 : 0)
}

/**
 * A bullet the body ceiling cannot hold whole: its sentences as bullets of their own (the label stays with the first),
 * and a sentence still too long shows its opening up to the last clause boundary that fits ({@link fitWords}) —
 * never a clause from its middle, which reads as a fragment. What is not shown stays in the notes; a sentence with no
 * boundary to cut at is left to the notes.
 */
function condense(b: Bullet): Bullet[] {
  const room = BODY_WORDS - countWords(b.label ?? '')
  if (countWords(b.text) <= room) return [b]
  const sentences = splitSentences(b.text)
  if (sentences.length > 1) {
    const { label: _, ...rest } = b
    return sentences.flatMap((text, i) => condense(i ? { ...rest, text } : { ...b, text }))
  }
  const text = fitWords(b.text, room)
  return text ? [{ ...b, text }] : []
}

/**
 * Pages of a section's body: at most BODY_WORDS words and BODY_ITEMS items a slide, balanced — as few pages as the
 * ceiling allows, filled as evenly as it allows: the smallest word budget that needs no more pages than the ceiling does.
 */
function pageBody(bullets: Bullet[]): Bullet[][] {
  const size = (b: Bullet) => countWords(`${b.label ?? ''} ${b.text}`)
  const greedy = pageBy(bullets, size, BODY_WORDS, BODY_ITEMS)
  if (greedy.length < 2) return greedy
  let best = greedy
  for (let budget = BODY_WORDS - 1; budget > 0; budget--) {
    const trial = pageBy(bullets, size, budget, BODY_ITEMS)
    if (trial.length > greedy.length) break
    best = trial
  }
  return best
}

/**
 * The sentences of `blocks` a title may come from, each with where it stands (first of the slide, of a paragraph or
 * item). Given the slide's bullets, a list gives only the entries the slide shows: a headline never speaks of an entry
 * that is on another slide.
 */
function titleSources(blocks: Block[], shown?: Bullet[]): TitleSource[] {
  const out: TitleSource[] = []
  const push = (ss: Sentence[]) => ss.forEach((sentence, i) => out.push({ sentence, lead: i ? 'none' : out.length ? 'paragraph' : 'slide' }))
  const onSlide = (span: Span) => !shown || shown.some(b => b.anchor.line <= span.endLine && b.anchor.endLine >= span.line)
  for (const b of blocks) {
    if (b.kind === 'list') b.items.filter(it => onSlide(it.span)).forEach(it => push(it.sentences))
    else if (b.kind !== 'table') push(b.sentences)
  }
  return out
}

/** The most salient bullets that fill `pages` slides, kept in document order (ties: earlier first). */
function salientFit(bullets: Bullet[], pages: number, actorNames: string[] = []): Bullet[] {
  const ranked = bullets.map((b, i) => ({ b, i, score: salience(b, actorNames) })).sort((x, y) => y.score - x.score || x.i - y.i)
  const chosen: typeof ranked = []
  for (const r of ranked) {
    const trial = [...chosen, r].sort((x, y) => x.i - y.i).map(x => x.b)
    if (pageBody(trial).length <= pages) chosen.push(r)
  }
  return chosen.sort((x, y) => x.i - y.i).map(x => x.b)
}

/** A synthetic part is titled by the actors most distinctive of it (source words used as a label): "Part 3: Ukraine, NATO". */

/**
 * A finding the sidecar settles: ignored by rule or rule:line, or on a line whose flagged text a
 * correction replaces (a stray CJK word, a misplaced apostrophe).
 */
function settled(d: Diagnostic, lineAt: (line: number) => string, sidecar: Sidecar): boolean {
  const ignore = sidecar.lint?.ignore ?? []
  if (ignore.includes(d.rule) || ignore.includes(`${d.rule}:${d.line}`)) return true
  if (d.rule !== 'foreign-script' && d.rule !== 'apostrophe') return false
  const corrections = sidecar.corrections ?? []
  if (!corrections.length) return false
  const line = lineAt(d.line)
  return corrections.some(c => line.includes(c.find) && c.find.length >= 2 && line.indexOf(c.find) <= d.column - 1 && d.column - 1 < line.indexOf(c.find) + c.find.length)
}


/** Table rows paged to the table word budget (at most 8 rows a slide). */
/** Width of the table area on the 980 px canvas, and the estimate of a column: its longest cell (wrapped past
 * {@link WRAP_CHARS} characters) at the 12 px type floor, plus cell padding. */
export const TABLE_WIDTH_PX = 880
const WRAP_CHARS = 24
const CHAR_PX = 6.6
const CELL_PAD_PX = 18
const columnPx = (cells: string[]) => Math.min(WRAP_CHARS, Math.max(3, ...cells.map(c => c.length))) * CHAR_PX + CELL_PAD_PX

/**
 * Columns per slide for a table: all of them when they fit {@link TABLE_WIDTH_PX}; else groups that each repeat the
 * first (key) column, filled left to right. A rule about width, so a table never runs off the slide.
 */
export function columnGroups(header: string[], rows: string[][]): number[][] {
  const width = (c: number) => columnPx([header[c] ?? '', ...rows.map(r => r[c] ?? '')])
  const n = Math.max(header.length, ...rows.map(r => r.length))
  const all = Array.from({ length: n }, (_, c) => c)
  if (all.reduce((a, c) => a + width(c), 0) <= TABLE_WIDTH_PX || n <= 2) return [all]
  const groups: number[][] = []
  let group = [0], used = width(0)
  for (let c = 1; c < n; c++) {
    if (group.length > 1 && used + width(c) > TABLE_WIDTH_PX) { groups.push(group); group = [0]; used = width(0) }
    group.push(c); used += width(c)
  }
  groups.push(group)
  return groups
}

/** Rows per slide: the table's word budget less its header and its source line (shown under every page). */
function pageRows(header: string[], rows: string[][], sourceWords = 0): string[][][] {
  const headerWords = countWords(header.join(' '))
  // a source line takes the height of a row for each ~20 of its words
  const pages = pageBy(rows, r => countWords(r.join(' ')), Math.max(30, TABLE_WORDS - headerWords - sourceWords), Math.max(3, 8 - Math.ceil(sourceWords / 20)))
  return pages.length ? pages : [[]]
}

/** The text if it has at most `max` words, else its first sentence or clause that does (verbatim), else undefined. */
export function fitWords(text: string, max: number): string | undefined {
  if (countWords(text) <= max) return text
  const first = splitSentences(text)[0] ?? text
  if (countWords(first) <= max) return first
  const parts = first.split(/(?<=[,;:])\s+|\s+(?=[—–(])/)
  const fit = (ps: string[]) => {
    let out = ''
    for (const p of ps) {
      const next = out ? `${out} ${p}` : p
      if (countWords(next) > max) break
      out = next
    }
    return out
  }
  let out = fit(parts)
  // an opening subordinate clause alone says nothing ("While officials have not labeled China a threat,"): the
  // main clause after it is shown instead
  if (out === parts[0] && RE_SUBORDINATE.test(out) && parts.length > 1) out = fit(parts.slice(1))
  return out && countWords(out) >= 3 ? out.replace(/[,;:]$/, '') : undefined
}
/**
 * `text` fitted to `max` words so that it keeps `keep` (a figure's value): the clause part that holds it, then the
 * parts after it while they fit, then the parts before it while they fit and keep brackets balanced. A card that says
 * "According to FY2027 Department of Defense (…) budget documents" and drops the $370 million it was for says nothing.
 * Undefined when the part holding the value is longer than `max` or says too little (under three words).
 */
export function fitAround(text: string, keep: string, max: number): string | undefined {
  if (countWords(text) <= max) return text
  const parts = text.split(/(?<=[,;:])\s+|\s+(?=[—–(])/)
  const at = parts.findIndex(p => p.includes(keep))
  if (at < 0) return undefined
  let [from, to] = [at, at + 1]
  const words = () => countWords(parts.slice(from, to).join(' '))
  if (words() > max) return undefined
  while (to < parts.length && countWords(parts.slice(from, to + 1).join(' ')) <= max) to++
  const balanced = (t: string) => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length
  while (from > 0 && countWords(parts.slice(from - 1, to).join(' ')) <= max && balanced(parts.slice(from - 1, to).join(' '))) from--
  const out = parts.slice(from, to).join(' ').replace(/[,;:]$/, '')
  return countWords(out) >= 3 && balanced(out) ? out : undefined
}
/**
 * A judgement on the bottom-line slide stands alone: a clause with a finite verb, opening on a capital or a number
 * (not a list's tail, "or a fifth of the country", nor a cut phrase, "The $5.4 billion S-400 deal"), that closes
 * every bracket and quotation mark it opens ("… Act (H.R." is cut). A fragment there is worse than no bullet.
 */
export function standsAlone(text: string): boolean {
  return /^["“‘]?[\p{Lu}\p{N}$€£]/u.test(text) && balanced(text) && hasVerb(text)
}
/**
 * `text` shown in at most `max` words: the sentence holding `at` (else the first), whole, or else the clause of it
 * holding `at`; undefined unless what is shown {@link standsAlone}. Never a run of words cut at a comma.
 */
export function judgementFit(text: string, at: string | undefined, max: number): string | undefined {
  const sentences = splitSentences(text)
  const key = at?.toLocaleLowerCase()
  const sentence = (key && sentences.find(s => s.toLocaleLowerCase().includes(key))) || sentences[0] || text
  const at0 = Math.max(key ? sentence.toLocaleLowerCase().indexOf(key) : 0, 0)
  return [sentence.trim(), clauseAt(sentence, at0, { insertions: true })].find(t => countWords(t) <= max && standsAlone(t))
}
const RE_SUBORDINATE = /^(?:While|Although|Though|Whereas|If|Unless|Because|Since|As|When|Whenever|After|Before|Despite|Even though|Even if|Once|Until)\b/u

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n))
  return out.length ? out : [[]]
}

/**
 * Section dividers, in a deck of more than {@link DIVIDER_MIN_SLIDES} slides: before each top-level section that has
 * sub-sections when the article has any, else before each section that takes two slides or more (its pages, its risk
 * matrix) — so a divider marks a change of subject that holds for a while, not every slide. Fewer than two such
 * sections: none (one divider marks nothing). At most {@link MAX_DIVIDERS}, and never past the slide ceiling.
 */
function withDividers(slides: Slide[], sections: Section[], heading: (s: Section) => string, max: number): Slide[] {
  if (slides.length <= DIVIDER_MIN_SLIDES) return slides
  const slidesOf = (s: Section) => slides.filter(x => x.id === s.id || x.id === `${s.id}-matrix` || (x.part && x.id.startsWith(`${s.id}-`) && /^\d+$/.test(x.id.slice(s.id.length + 1))))
  const nested = sections.some((s, i) => s.level === 1 && sections[i + 1]?.level === 2)
  const parts = sections.filter((s, i) => (nested ? s.level === 1 && sections[i + 1]?.level === 2 : slidesOf(s).length >= 2) && slides.some(x => x.id === s.id))
  if (parts.length < 2) return slides
  const chosen = parts.slice(0, Math.min(MAX_DIVIDERS, max - slides.length))
  if (chosen.length < 2) return slides
  const out: Slide[] = []
  for (const slide of slides) {
    const s = chosen.find(x => x.id === slide.id)
    if (s) {
      out.push({
        id: `${s.id}-divider`, kind: 'divider', layout: 'divider', title: heading(s), blocks: [],
        notes: { sources: [{ span: s.span, text: heading(s) }], remarks: ['A section divider: the section’s slides follow.'] }, sources: [s.span],
      })
    }
    out.push(slide)
  }
  return out
}

/** Keeps the deck within `max` slides: drops section continuation pages first, then trailing sections, and says so. */
function limit(slides: Slide[], max: number, diagnostics: Diagnostic[]): Slide[] {
  if (slides.length <= max) return slides
  const keepKinds = new Set(['title', 'bottom-line', 'agenda', 'conclusion', 'appendix', 'risks', 'scenarios'])
  let out = slides.filter(s => !s.part || s.part.index === 1)
  if (out.length > max) {
    const fixed = out.filter(s => keepKinds.has(s.kind)).length
    let room = max - fixed
    out = out.filter(s => keepKinds.has(s.kind) || room-- > 0)
  }
  diagnostics.push({ line: 1, column: 1, severity: 'warning', rule: 'max-slides', message: `the deck would have ${slides.length} slides; kept ${out.length} (the limit is ${max}); raise it with --max-slides or limits.maxSlides in the sidecar — the rest of the text is in the source` })
  return out
}

function appendix(article: Article, findings: Findings, sidecar: Sidecar, diagnostics: Diagnostic[]): Slide[] {
  const L = labelsFor(findings.language)
  const items: { label: string; text: string; anchor?: Span }[] = []
  items.push({ label: L.source, text: `${article.path.split(/[\\/]/).pop()}${article.byline ? ` — ${article.byline}` : ''}${article.dateline ? ` (${article.dateline})` : ''}` })
  for (const c of sidecar.corrections ?? []) items.push({ label: L.correction, text: `“${c.find}” → “${c.replace}”${c.reason ? ` (${c.reason})` : ''}` })
  for (const c of sidecar.caveats ?? []) items.push({ label: L.caveat, text: `${c.claim}: ${c.caveat}` })
  if (findings.risks.length) items.push({ label: L.estimates, text: L.estimatesText })
  for (const r of article.references.slice(0, APPENDIX_REFERENCES)) items.push({ label: r.label, text: r.text, anchor: r.span })
  for (const d of diagnostics.filter(d => d.severity !== 'info').slice(0, 12)) items.push({ label: `Lint L${d.line}`, text: d.message })
  const rest = article.references.slice(APPENDIX_REFERENCES)
  // each entry shows what fits; its full text is in the notes
  const entries = items.map(full => ({ full, shown: { ...full, text: fitWords(full.text, 40) ?? full.text.split(/\s+/).slice(0, 40).join(' ') } }))
  const pages = pageBy(entries, e => countWords(`${e.shown.label} ${e.shown.text}`), 95, 6)
  return pages.map((p, n) => ({
    id: n ? `appendix-${n + 1}` : 'appendix', kind: 'appendix', layout: 'references', title: L.appendix,
    ...(pages.length > 1 ? { part: { index: n + 1, of: pages.length } } : {}),
    blocks: [{ kind: 'references', items: p.map(e => e.shown) }],
    notes: {
      sources: p.flatMap(({ full }) => (full.anchor ? [{ span: full.anchor, text: `${full.label}: ${full.text}` }] : [])),
      remarks: [
        ...p.filter(({ full }) => !full.anchor).map(({ full }) => `${full.label}: ${full.text}`),
        ...(n === pages.length - 1 && rest.length ? [`${rest.length} more references: ${rest.map(r => `[${r.label}] ${r.text}`).join(' ')}`] : []),
      ],
    },
    sources: p.flatMap(({ full }) => (full.anchor ? [full.anchor] : [])),
  }))
}
