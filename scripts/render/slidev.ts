/**
 * Render: Deck → slides.md. One handler per block kind; all text goes through escape.ts, all
 * frontmatter through the YAML library, all component props through `componentTag`.
 */
import type { Bullet, Deck, Slide, SlideBlock, Span } from '../model.ts'
import { formatSpan } from '../model.ts'
import { componentTag, htmlText, mdText, notesText, yamlBlock } from './escape.ts'

/** A local favicon (a data URI), so the built site requests nothing from a CDN. */
export const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e3a5f"/><path d="M8 9h16M8 16h12M8 23h8" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>')}`

/**
 * The Slidev layout of each planned layout: the cover and the section divider use the theme's own; every other
 * layout is the default one, styled by its `bd-layout-<name>` class (styles/index.css centres the evidence in the
 * space between title and footer).
 */
const SLIDEV_LAYOUT: Partial<Record<Slide['layout'], string>> = { cover: 'cover', divider: 'section' }

/**
 * Numbers a slide's source anchors in reading order (the same anchor keeps its number). The projected slide shows
 * only the number: a footnote-sized digit competes less with the text than `L12–14·s2`, and the audience can still
 * say "point 2" to ask where it came from. The line reference is one hover or Tab away (the marker's tip), and
 * printed in the notes and so in the handout ({@link markerLine}).
 */
class Markers {
  readonly list: string[] = []
  n(at: string): number {
    const i = this.list.indexOf(at)
    if (i >= 0) return i + 1
    this.list.push(at)
    return this.list.length
  }
}

const ref = (m: Markers, span: Span): string => {
  const at = formatSpan(span)
  return componentTag('Ref', { at, n: m.n(at) })
}

/** A no-break space: the marker stays on the line of the word it follows, never alone on the next one. */
const NBSP = '&nbsp;'

const bullet = (m: Markers, b: Bullet): string =>
  `- ${b.label ? `**${mdText(b.label)}:** ` : ''}${mdText(b.text)}${NBSP}${ref(m, b.anchor)}`

/** Props of a list item with an anchor (cards, steps, questions): the anchor formatted, its marker number. */
const item = (m: Markers, b: { label?: string; text: string; anchor: Span }) => {
  const at = formatSpan(b.anchor)
  return { ...(b.label ? { label: b.label } : {}), text: b.text, at, n: m.n(at) }
}

type Handler<K extends SlideBlock['kind']> = (b: Extract<SlideBlock, { kind: K }>, m: Markers) => string

/** Handlers per block kind; an unknown kind is a programmer error. */
const BLOCKS: { [K in SlideBlock['kind']]: Handler<K> } = {
  bullets: (b, m) => b.items.map(x => bullet(m, x)).join('\n'),
  lead: (b, m) => `<div class="lead">\n\n${mdText(b.text)}${b.anchor ? `${NBSP}${ref(m, b.anchor)}` : ''}\n\n</div>`,
  byline: b => `<span class="byline">${b.parts.map(mdText).join(' · ')}</span>`,
  themes: b => `<div class="themes">\n\n${b.themes.map(t => `<span class="theme-chip">${mdText(t)}</span>`).join(' ')}\n\n</div>`,
  agenda: b => b.entries.map((e, i) => `${i + (b.start ?? 1)}. ${mdText(e.title)}`).join('\n'),
  'risk-matrix': b => componentTag('RiskMatrix', { risks: b.risks }),
  scenarios: b => componentTag('ScenarioCompare', { scenarios: b.scenarios, ...(b.dimensions.length ? { dimensions: b.dimensions } : {}) }),
  figures: b => componentTag('KeyFigures', { figures: b.figures }),
  'actor-map': b => componentTag('ActorMap', { actors: b.actors, relations: b.relations }),
  timeline: b => componentTag('Timeline', { events: b.events }),
  table: b => [
    `| ${b.header.map(c => mdText(c) || ' ').join(' | ')} |`,
    `|${b.header.map(() => ' --- ').join('|')}|`,
    ...b.rows.map(r => `| ${b.header.map((_, i) => mdText(r[i] ?? '')).join(' | ')} |`),
    '',
    // the table's Source/Note line, as the article writes it, with the table's anchor
    `<p class="table-source">${b.source ? `${htmlText(b.source)} ` : ''}${componentTag('Ref', { at: formatSpan(b.anchor) })}</p>`,
  ].join('\n'),
  cards: (b, m) => componentTag('Cards', { cards: b.cards.map(c => item(m, c)) }),
  fact: (b, m) => componentTag('Fact', { value: b.value, ...item(m, b) }),
  quote: (b, m) => componentTag('PullQuote', { ...item(m, b), ...(b.speaker ? { speaker: b.speaker } : {}) }),
  steps: (b, m) => componentTag('Steps', { steps: b.steps.map(s => item(m, s)) }),
  questions: (b, m) => componentTag('Questions', { questions: b.questions.map(q => item(m, q)) }),
  references: b => b.items.map(i => `- **${mdText(i.label)}:** ${mdText(i.text)}${i.anchor ? ` ${componentTag('Ref', { at: formatSpan(i.anchor) })}` : ''}`).join('\n'),
}

function renderBlock(b: SlideBlock, m: Markers): string {
  const handler = BLOCKS[b.kind] as ((x: SlideBlock, m: Markers) => string) | undefined
  if (!handler) throw new Error(`render: no handler for block kind "${(b as { kind: string }).kind}"`)
  return handler(b, m)
}

/** The notes' key to the slide's numbered markers: "Anchors on the slide: 1 = L12·s2 · 2 = L14". */
function markerLine(m: Markers): string | undefined {
  return m.list.length ? `Anchors on the slide: ${m.list.map((at, i) => `${i + 1} = ${at}`).join(' · ')}` : undefined
}

function notes(s: Slide, m: Markers): string {
  const key = markerLine(m)
  const lines = [
    ...s.notes.sources.map(x => `(${notesText(formatSpan(x.span))}) ${notesText(x.text)}`),
    ...s.notes.remarks.map(r => `${notesText('Note:')} ${notesText(r)}`),
    ...(key ? [notesText(key)] : []),
  ]
  return lines.length ? `<!--\n${lines.join('\n\n')}\n-->` : ''
}

/**
 * Past this many words of body text a slide is "dense": body type steps down from 24 to 22 px (the issue's floor for
 * dense slides) and the spacing tightens, so a long section still fits above the footer. The planner's word ceiling
 * (45) keeps most slides under it.
 */
const DENSE_WORDS = 55

/** Words of text the slide shows under its title (bullets, lead, cards, steps, questions, quote, fact). */
function bodyWords(s: Slide): number {
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length
  let n = 0
  for (const b of s.blocks) {
    if (b.kind === 'bullets') for (const i of b.items) n += count(`${i.label ?? ''} ${i.text}`)
    else if (b.kind === 'lead' || b.kind === 'quote' || b.kind === 'fact') n += count(b.text)
    else if (b.kind === 'cards') for (const c of b.cards) n += count(`${c.label} ${c.text}`)
    else if (b.kind === 'steps') for (const i of b.steps) n += count(`${i.label ?? ''} ${i.text}`)
    else if (b.kind === 'questions') for (const i of b.questions) n += count(`${i.label ?? ''} ${i.text}`)
  }
  return n
}

/** The section a slide belongs to: a divider's title, else the kicker over an assertion title, else the heading. */
const section = (s: Slide): string => (s.kind === 'divider' ? s.title : s.kicker ?? s.title)

/** The frontmatter of one slide: its stable id (as a route alias) and what the merge needs. */
function frontmatter(s: Slide): Record<string, unknown> {
  return {
    layout: SLIDEV_LAYOUT[s.layout] ?? 'default',
    routeAlias: s.id,
    class: `bd-${s.kind} bd-layout-${s.layout}${bodyWords(s) > DENSE_WORDS ? ' bd-dense' : ''}`,
    // `section`: the footer's progress cue and the handout's bookmarks read the section, not the assertion title
    briefdeck: { id: s.id, kind: s.kind, layout: s.layout, ...(s.kind === 'title' ? {} : { section: section(s) }), sources: [...new Set(s.sources.map(x => formatSpan({ line: x.line, endLine: x.endLine })))].slice(0, 12) },
  }
}

function headmatter(deck: Deck): Record<string, unknown> {
  const m = deck.meta
  return {
    theme: 'default',
    // Slidev reads `title` as Markdown (document title) and renders it as slide 1's title in its title renderer
    // (a Vue component); `info` is Markdown shown with v-html. Both are escaped like the text they stand for.
    title: mdText(m.title),
    info: notesText(`Generated by briefdeck from ${m.sourcePath}`),
    ...(m.author ? { author: m.author } : {}),
    ...(m.themes.length ? { keywords: m.themes.join(', ') } : {}),
    exportFilename: m.slug,
    favicon: FAVICON,
    fonts: {
      provider: 'none',
      sans: `${m.brand?.font && m.brand.font !== 'Inter' ? `"${m.brand.font}", ` : ''}Inter, "Noto Sans SC"`,
      mono: '"JetBrains Mono"',
      local: `${m.brand?.font && m.brand.font !== 'Inter' ? `${m.brand.font}, ` : ''}Inter, Noto Sans SC, JetBrains Mono`,
    },
    // the dark look is Slidev's dark colour schema (html.dark), restyled in styles/index.css
    colorSchema: m.theme === 'dark' ? 'dark' : 'light',
    // the organisation's look: global-top.vue turns it into CSS variables (and checks it again, for hand edits)
    ...(m.brand && Object.keys(m.brand).length ? { brand: { ...m.brand } } : {}),
    routerMode: 'hash',
    aspectRatio: '16/9',
    canvasWidth: 980,
    transition: 'none',
    mdc: false,
    mcp: false,
    drawings: { enabled: false },
    htmlAttrs: { lang: m.language === 'und' ? 'en' : m.language },
    briefdeck: {
      slug: m.slug, source: m.sourcePath, language: m.language,
      ...(m.classification ? { classification: m.classification } : {}),
      ...(m.date ? { date: m.date } : {}),
      ...(m.theme ? { theme: m.theme } : {}),
      ...(m.organisation ? { organisation: m.organisation } : {}),
    },
  }
}

function slideBody(s: Slide): string {
  const m = new Markers()
  // The subtitle is an inline <span> inside a paragraph: a line starting with a block tag such as <p> would be an
  // HTML block, where markdown-it reads no escapes and `\<img …\>` would become an element.
  const part = s.part ? ` (${s.part.index}/${s.part.of})` : ''
  const head = s.kind === 'title'
    ? [`# ${mdText(s.title)}`, ...(s.subtitle ? ['', `<span class="subtitle">${mdText(s.subtitle)}</span>`] : [])]
    : [...(s.kicker ? [`<span class="bd-kicker">${mdText(s.kicker)}</span>`, ''] : []), `# ${mdText(s.title)}${part}`]
  const body = s.blocks.map(b => renderBlock(b, m)).flatMap(x => [x, ''])
  return [...head, '', ...body, notes(s, m)].join('\n').trimEnd()
}

/** Renders the whole deck to Slidev Markdown. Deterministic: the same deck gives the same bytes. */
export function renderDeck(deck: Deck): string {
  const [first, ...rest] = deck.slides
  if (!first) throw new Error('render: a deck needs at least one slide')
  const head = headmatter(deck)
  const own = frontmatter(first)
  // the first slide's frontmatter is the deck's headmatter: merge the two `briefdeck` maps, don't replace one
  const merged = { ...head, ...own, briefdeck: { ...(head.briefdeck as object), ...(own.briefdeck as object) } }
  const parts = [`---\n${yamlBlock(merged)}\n---\n\n${slideBody(first)}\n`]
  for (const s of rest) parts.push(`---\n${yamlBlock(frontmatter(s))}\n---\n\n${slideBody(s)}\n`)
  return parts.join('\n')
}
