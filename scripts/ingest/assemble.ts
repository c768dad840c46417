/**
 * Shared assembly for structured formats (Markdown, HTML): the readers turn their syntax tree into a
 * flat sequence of {@link Unit}s with line spans; this module applies the same rules as the plain-text
 * reader (head lines, metadata, references, boilerplate, plain-line headings, captions) and builds the
 * section tree. Rules are about shape and position, never particular articles.
 *
 * Stated heuristics beyond text.ts:
 * - **Title**: a level-1 heading that is the first unit (or the front-matter / page title).
 * - **Plain-line headings**: a one-line paragraph shaped like a heading ({@link headingShape}) is a
 *   heading only when the document marks none of its body headings with syntax (its marked headings
 *   are all title / contents / footnotes). When a contents list exists, plain headings that match its
 *   entries (matched from the end, in order) are top level; other plain headings nest under them.
 * - **Inline enumerations**: see {@link proseBlocks} (blocks.ts), shared with the plain-text reader.
 * - **Sentence-case plain headings**: as in text.ts, before a body paragraph and in a text with ≥ 2 title-shaped ones.
 * - **Captions**: "Table N. …" right before a table is its caption; other figure captions are boilerplate.
 * - **Furniture**: unit lines and "interactive in the HTML version" notes ({@link isFurniture}) are boilerplate.
 * - **Boilerplate paragraphs**: a paragraph labelled `Disclaimer:` (or copyright, legal notice).
 */
import type { Article, ArticleMeta, Block, Diagnostic, List, Reference, Section, Span, Table } from '../model.ts'
import { listItems, paragraph, proseBlocks, relabelSections } from './blocks.ts'
import { RE_BOILERPLATE_HEADING, RE_BYLINE, RE_FIGURE_CAPTION, RE_FOOTNOTE_HEADING, RE_REFERENCE, absorbMeta, authorOf, headingShape, isDateline, isFurniture, metadataFields, partition, titleFromPath } from './text.ts'
import { bodyText } from '../text/tree.ts'
import { collapse, countWords, slugify, uniqueId } from '../text/words.ts'

/** One structural unit read from a Markdown or HTML tree. */
export type Unit =
  | { kind: 'heading'; level: number; title: string; span: Span }
  | { kind: 'para'; text: string; span: Span }
  | { kind: 'list'; ordered: boolean; start: number; items: { text: string; span: Span }[]; span: Span }
  | { kind: 'table'; header: string[]; rows: string[][]; span: Span }
  | { kind: 'quote'; text: string; span: Span }
  | { kind: 'footnote'; label: string; text: string; span: Span }

/** What the reader knows before assembly. */
export interface AssembleInput {
  path: string
  format: Article['format']
  text: string
  units: Unit[]
  /** Title (and friends) from front matter or the page's <title>, which win over the body. */
  head?: { title?: string; titleSpan?: Span; subtitle?: string; byline?: string; dateline?: string }
}

const RE_CONTENTS_HEADING = /^(table of )?contents$/i
const RE_BOILERPLATE_LABEL = /^(disclaimer|copyright|legal notice)\s*[:.]\s*\S/i
const RE_TABLE_CAPTION = /^Table\s+\d+[.:]\s+\S/u
const norm = (s: string) => collapse(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** Builds the Article from units. */
export function assemble(input: AssembleInput): Article {
  const { path, format, text } = input
  const units = [...input.units]
  const diagnostics: Diagnostic[] = []
  const boilerplate: Article['boilerplate'] = []
  const references: Reference[] = []
  const meta: ArticleMeta = { wordCount: 0, themes: [], other: {} }
  let title = input.head?.title ?? ''
  let titleSpan = input.head?.titleSpan
  let subtitle = input.head?.subtitle
  let byline = input.head?.byline
  let dateline = input.head?.dateline

  let u = 0
  const first = units[0]
  if (first?.kind === 'heading' && first.level === 1) {
    if (!title) { title = first.title; titleSpan = first.span }
    u = 1
  } else if (!title && first?.kind === 'para' && first.span.line === first.span.endLine && headingShape(first.text) && first.text.split(' ').length <= 20) {
    title = first.text.replace(/^["“'‘«]+|["”'’»]+$/gu, ''); titleSpan = first.span; u = 1
  }
  // The head: subtitle, dateline, byline, metadata, within the next few units.
  for (let seen = 0; u < units.length && seen < 4; seen++) {
    const unit = units[u]!
    if (unit.kind !== 'para') break
    const t = unit.text
    if (!subtitle && /^\(.*\)$/.test(t)) { subtitle = t.slice(1, -1).trim(); u++; continue }
    if (!dateline && isDateline(t)) { dateline = t; u++; continue }
    if (!byline && RE_BYLINE.test(t) && t.split(' ').length <= 12) { byline = t; u++; continue }
    const fields = metadataFields(t)
    if (fields) { absorbMeta(meta, fields, unit.span); byline ??= authorOf(fields); u++; continue }
    break
  }
  const body = units.slice(u)

  // Marked body headings switch plain-line heading recognition off.
  const special = (title: string) => RE_FOOTNOTE_HEADING.test(title) || RE_BOILERPLATE_HEADING.test(title)
  const plainHeadings = !body.some(x => x.kind === 'heading' && !special(x.title))
  const titleShaped = body.filter(x => x.kind === 'para' && x.span.line === x.span.endLine && headingShape(x.text) && !RE_FIGURE_CAPTION.test(x.text)).length
  const contents = contentsEntries(body)
  const listed = new Set(contents)
  const isPlainHeading = (i: number): boolean => {
    const x = body[i]!
    if (!plainHeadings || x.kind !== 'para' || x.span.line !== x.span.endLine || i + 1 >= body.length) return false
    if (RE_REFERENCE.test(x.text) || RE_FIGURE_CAPTION.test(x.text) || metadataFields(x.text)) return false
    // The contents list is the author's own word that a line is a heading, whatever its length.
    if (!/[.!?;,]$/.test(x.text) && listed.has(norm(x.text))) return true
    if (/:$/.test(x.text) && x.text.split(' ').length > 3) return false
    if (headingShape(x.text)) return true
    // The sentence-case rule of text.ts: only before a body paragraph, and only in a text that writes headings.
    const next = body[i + 1]
    const prose = next?.kind === 'para' && countWords(next.text) >= 12 && !headingShape(next.text)
    return prose && headingShape(x.text, true) !== undefined && (/\?$/.test(x.text) || titleShaped >= 2)
  }
  // Contents entries, matched to plain headings from the end so an early summary heading of the same name loses.
  const matched = new Set<number>()
  if (contents.length) {
    let e = contents.length - 1
    for (let i = body.length - 1; i >= 0 && e >= 0; i--) {
      if (!isPlainHeading(i)) continue
      const t = norm((body[i] as { text: string }).text)
      for (let k = e; k >= 0; k--) if (contents[k] === t) { matched.add(i); e = k - 1; break }
    }
  }

  const root: Section[] = []
  const stack: { section: Section; raw: number }[] = []
  const ids = new Set<string>()
  const preamble: Block[] = []
  let current: Section | undefined
  let mode: 'body' | 'references' | 'boilerplate' = 'body'
  let modeReason = ''
  let baseLevel = 1
  let caption: { text: string; span: Span } | undefined
  const add = (b: Block) => { (current ? current.blocks : preamble).push(b) }
  const open = (heading: string, raw: number, at: Span) => {
    while (stack.length && stack[stack.length - 1]!.raw >= raw) stack.pop()
    const section: Section = { id: uniqueId(slugify(heading), ids), title: heading, level: stack.length + 1, span: at, blocks: [], children: [] }
    const parent = stack[stack.length - 1]
    if (parent) parent.section.children.push(section); else root.push(section)
    stack.push({ section, raw })
    current = section
    mode = 'body'
  }
  const flushCaption = () => {
    if (caption) boilerplate.push({ text: caption.text, reason: 'figure caption without its figure', span: caption.span })
    caption = undefined
  }

  for (let i = 0; i < body.length; i++) {
    const x = body[i]!
    if (x.kind !== 'table') flushCaption()
    if (x.kind === 'heading') {
      const t = x.title.replace(/:$/, '')
      baseLevel = x.level
      if (RE_FOOTNOTE_HEADING.test(t) || RE_BOILERPLATE_HEADING.test(t)) {
        const refs = RE_FOOTNOTE_HEADING.test(t)
        boilerplate.push({ text: x.title, reason: refs ? 'heading of the references' : 'heading of a section kept out of the slides', span: x.span })
        mode = refs ? 'references' : 'boilerplate'
        modeReason = `under the "${t}" heading`
        current = undefined; stack.length = 0
        continue
      }
      open(t, x.level, x.span)
      continue
    }
    if (x.kind === 'footnote') { references.push({ label: x.label, text: x.text, span: x.span }); continue }
    if (x.kind === 'para') {
      const t = x.text
      if (!/[\p{L}\p{N}]/u.test(t)) {
        boilerplate.push({ text: t, reason: 'stray line with no words', span: x.span })
        diagnostics.push({ line: x.span.line, column: 1, severity: 'warning', rule: 'stray-line', message: `stray line "${t}" has no words; delete it or fix the export that produced it` })
        continue
      }
      if (RE_BOILERPLATE_LABEL.test(t)) { boilerplate.push({ text: t, reason: 'disclaimer or notice', span: x.span }); continue }
      if (isFurniture(t)) { boilerplate.push({ text: t, reason: 'unit line or interactive-figure note', span: x.span }); continue }
      if (mode !== 'references' && isPlainHeading(i)) {
        open(headingShape(t)?.title ?? t.replace(/:$/, ''), matched.has(i) || !contents.length ? baseLevel : baseLevel + 1, x.span)
        continue
      }
      if (mode === 'boilerplate') { boilerplate.push({ text: t, reason: modeReason, span: x.span }); continue }
      if (mode === 'references') {
        const m = /^\[?(\d{1,4})[\].)]?\s+(.*)$/.exec(t)
        references.push({ label: m?.[1] ?? String(references.length + 1), text: m?.[2] ?? t, span: x.span })
        continue
      }
      const fields = metadataFields(t)
      if (fields) { absorbMeta(meta, fields, x.span); continue }
      const ref = RE_REFERENCE.exec(t)
      if (ref?.[1] && ref[2]) { references.push({ label: ref[1], text: ref[2], span: x.span }); continue }
      if (RE_FIGURE_CAPTION.test(t)) {
        caption = { text: t, span: x.span }
        if (!RE_TABLE_CAPTION.test(t) || body[i + 1]?.kind !== 'table') flushCaption()
        continue
      }
      proseBlocks(t, x.span).forEach(add)
      continue
    }
    if (x.kind === 'list') {
      if (mode === 'boilerplate') { for (const it of x.items) boilerplate.push({ text: it.text, reason: modeReason, span: it.span }); continue }
      if (mode === 'references') {
        x.items.forEach((it, n) => references.push({ label: x.ordered ? String(x.start + n) : String(references.length + 1), text: it.text, span: it.span }))
        continue
      }
      const list: List = { kind: 'list', ordered: x.ordered, items: listItems(x.items), span: x.span }
      add(list)
      continue
    }
    if (mode === 'boilerplate' || mode === 'references') {
      const t = x.kind === 'table' ? [x.header, ...x.rows].map(r => r.join(' ')).join(' ') : x.text
      if (mode === 'boilerplate') boilerplate.push({ text: t, reason: modeReason, span: x.span })
      else references.push({ label: String(references.length + 1), text: t, span: x.span })
      continue
    }
    if (x.kind === 'table') {
      const width = Math.max(x.header.length, ...x.rows.map(r => r.length))
      const pad = (r: string[]) => Array.from({ length: width }, (_, k) => r[k] ?? '')
      const table: Table = { kind: 'table', header: pad(x.header), rows: x.rows.map(pad), ...(caption ? { caption: caption.text } : {}), span: x.span }
      caption = undefined
      add(table)
      continue
    }
    add({ kind: 'quote', text: x.text, sentences: paragraph(x.text, x.span).sentences, span: x.span })
  }
  flushCaption()

  let sections = relabelSections(root)
  if (preamble.length) {
    if (sections.length === 0) sections = partition(preamble, ids)
    else sections = [{ id: uniqueId('overview', ids), title: 'Overview', level: 1, span: preamble[0]!.span, blocks: preamble, children: [], synthetic: true }, ...sections]
  }
  meta.wordCount = countWords(bodyText(sections))
  return {
    path, format, text, title: title || titleFromPath(path), ...(titleSpan ? { titleSpan } : {}), ...(subtitle ? { subtitle } : {}),
    ...(byline ? { byline } : {}), ...(dateline ? { dateline } : {}), meta, sections, references, boilerplate, diagnostics,
  }
}

/** Normalised entries of the first contents list (a list right under a "Contents" heading). */
function contentsEntries(units: Unit[]): string[] {
  const h = units.findIndex(x => x.kind === 'heading' && RE_CONTENTS_HEADING.test(x.title.replace(/:$/, '')))
  const list = h >= 0 ? units[h + 1] : undefined
  return list?.kind === 'list' ? list.items.map(it => norm(it.text)) : []
}
