/**
 * Plain-text ingest: recovers an article's structure from line shape alone.
 *
 * Stated heuristics (all about shape, length, punctuation and position — never particular words):
 * - **Title**: the first non-empty line (surrounding quotes removed).
 * - **Subtitle**: a parenthesised line right under the title.
 * - **Dateline**: a short line near the top that is mostly a date (a month name or ISO date plus a year).
 * - **Byline**: a short line near the top starting "By …", or a metadata field named author(s).
 * - **Metadata**: a line of `Key: value` fields separated by `|` (or a lone `Word count: N` line).
 * - **Heading**: a line of ≤ 12 words and ≤ 90 characters that starts with a capital or digit, does
 *   not end in sentence punctuation (`.`, `!`, `;`, `,`), is title-like (≥ 60 % of content words
 *   capitalised, or ≤ 3 words), and is not a bullet. `Label: Subtitle` headings qualify when the part
 *   after the colon is short and unpunctuated. A heading that ends in `?` is kept (question headings).
 * - **Sentence-case heading**: a line that fails only the title-like test (e.g. "How are drones used today?",
 *   "Why it matters") is a heading when it stands alone between blank lines, has ≤ {@link MAX_LOOSE_HEADING_WORDS}
 *   words, is followed by a body paragraph (≥ 12 words, not a list item: a lead-in to a list is prose), and ends in `?` or
 *   the document already writes ≥ 2 title-like headings (the author uses headings; a speech of short lines does not).
 * - **Caption context**: a heading-shaped line directly under a figure caption (no blank between) continues the
 *   caption, and a line followed directly by a `Source:`/`Note:` line or another caption is not a heading (headings
 *   introduce body text): both are furniture.
 * - **Furniture**: unit lines ("In Trillions of Dollars", "($, rounded in millions)") and "… is interactive in the
 *   HTML version …" lines are boilerplate, never headings or bullets.
 * - **Pipe table**: ≥ 2 consecutive lines with the same number (≥ 2) of ` | `-separated cells. The first row is
 *   the header unless one of its cells is a number. A "Table N. …" caption above it (and a unit line between) is
 *   its caption; `Source:`/`Note:` lines right under it are its source (and stay references).
 * - **Labelled item**: `Label: text` / `Label. Text` with a short label (see blocks.ts).
 * - **List item**: a line starting with `-`, `*`, `•`, `1.`, `1)` or `(1)`.
 * - **Inline enumeration**: "(1) … (2) …" inside a paragraph becomes a list (see `proseBlocks` in blocks.ts).
 * - **Paragraph**: consecutive body lines are joined when the first does not end in terminal
 *   punctuation or the next starts in lower case (hard-wrapped text); otherwise each line is a block.
 * - **References**: `Source:`/`Note:` lines, and everything under a heading that is a footnote list.
 * - **Stray lines**: lines with no letter or digit (a lone `|`) are kept out and reported.
 * - **No headings at all**: blocks are segmented into topical parts by lexical cohesion (TextTiling, segment.ts),
 *   each titled by a noun phrase of its own lead sentences.
 */
import type { Article, ArticleMeta, Block, Diagnostic, List, Reference, Section, Span, Table } from '../model.ts'
import { listItems, proseBlocks, relabelSections } from './blocks.ts'
import { partTitle, tile } from './segment.ts'
import { collapse, countWords, slugify, uniqueId } from '../text/words.ts'
import { blockText, bodyText } from '../text/tree.ts'

/** Target size of a synthetic part when the text has no headings. */
export const PART_WORDS = 300
const MAX_HEADING_WORDS = 12
const MAX_HEADING_CHARS = 90
/** Most words in a sentence-case heading (accepted only in context, see the module comment). */
export const MAX_LOOSE_HEADING_WORDS = 10
/** A unit line under a chart or table: "In Trillions of Dollars", "($, rounded in millions)", "Percent of GDP". */
export const RE_UNIT_LINE = /^\(?\s*(?:[$€£%]\s*,?\s*)?(?:rounded\s+)?(?:in\s+)?(?:(?:constant|current|nominal|real)\s+)?(?:\$\s*)?(?:thousands|millions|billions|trillions|percent(?:age)?s?|dollars|units|number)\b[^.!?]{0,40}\)?$/iu
/** "Figure is interactive in the HTML version of this report." and the like. */
export const RE_INTERACTIVE = /\binteractive\b.{0,40}\b(?:HTML|online|web|digital)\s+version\b/iu

const RE_BULLET = /^\s*(?:[-*•–·▪]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)])\s+(\S.*)$/u
const RE_ORDERED = /^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)])\s+/u
const RE_META_FIELD = /^\s*([\p{L}][\p{L}()' -]{0,30}?)\s*:\s*(.+?)\s*$/u
export const RE_REFERENCE = /^(Sources?|Notes?|Credits?)\s*:\s*(.+)$/iu
export const RE_FIGURE_CAPTION = /^(Figure|Table|Chart|Map|Graph|Exhibit)\s+\d+[.:]\s+\S.{0,90}$/u
const RE_MONTH = /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?\b/
const RE_YEAR = /\b(1[89]|20)\d\d\b/
export const RE_BYLINE = /^(By|Von|Par|Por)\s+\p{Lu}/u
const RE_FUNCTION_WORD = /^(and|or|of|the|a|an|in|on|for|to|with|by|at|from|as|vs\.?|its|their|into|over|under|beyond|between|amid|after|before|via|per|versus|nor|but)$/i
export const RE_FOOTNOTE_HEADING = /^(foot|end)?notes$|^references$|^sources$/i
/** Headings whose whole section is boilerplate, not briefing content. */
export const RE_BOILERPLATE_HEADING = /^(disclaimer|(table of )?contents|legal notice|copyright|(list of )?(figures|tables))$/i

/** A heading line with its text and level. */
interface HeadingLine { title: string; level: number }

/** Is this line furniture (a unit line or an "interactive in the HTML version" note)? */
export function isFurniture(line: string): boolean {
  const t = collapse(line)
  return (t.split(' ').length <= 8 && RE_UNIT_LINE.test(t)) || RE_INTERACTIVE.test(t)
}

/** Cells of a pipe-table row (`a | b | c`), or undefined when the line is not one. */
export function pipeCells(line: string): string[] | undefined {
  const t = collapse(line).replace(/^\|\s*|\s*\|$/g, '')
  if (!/\s\|\s/.test(t)) return undefined
  const cells = t.split(/\s*\|\s*/)
  return cells.length >= 2 && cells.every(c => c.length > 0) ? cells : undefined
}

/** A cell that is a number (with units or signs): a header row never holds one. */
const RE_NUMERIC_CELL = /^[(\-–+$€£]*\d[\d.,]*\s*(?:%|[a-z]{0,3})?\)?$/iu

/** Is this line shaped like a plain-text heading? `loose` drops the title-like test (see the module comment). */
export function headingShape(line: string, loose = false): HeadingLine | undefined {
  const t = collapse(line)
  if (!t || t.length > MAX_HEADING_CHARS || RE_BULLET.test(line)) return undefined
  if (!/^[\p{Lu}\p{N}"“‘«]/u.test(t)) return undefined
  if (/[.!;,…]["”’»)]?$/u.test(t)) return undefined
  const words = t.split(' ')
  if (words.length > MAX_HEADING_WORDS) return undefined
  // `Label: Subtitle` — the part after the colon must itself be short and unpunctuated.
  const colon = t.indexOf(':')
  if (colon > 0 && colon < t.length - 1) {
    const after = t.slice(colon + 1).trim()
    if (after.split(' ').length > 8 || /[.!?]$/.test(after)) return undefined
  }
  const content = words.filter(w => !RE_FUNCTION_WORD.test(w.replace(/[^\p{L}.]/gu, '')))
  const caps = content.filter(w => /^[\p{Lu}\p{N}"“‘«(]/u.test(w)).length
  const titleLike = words.length <= 3 || caps >= Math.ceil(content.length * 0.6)
  if (!titleLike && !(loose && words.length <= MAX_LOOSE_HEADING_WORDS)) return undefined
  if (isFurniture(t)) return undefined
  const numbered = /^(\d+(?:\.\d+)*)\.?\s+\S/.exec(t)
  const level = numbered?.[1] ? numbered[1].split('.').length : 1
  return { title: t.replace(/:$/, ''), level }
}

/** Parses `Key: value | Key: value` into fields, or undefined if the line is not metadata. */
export function metadataFields(line: string): Record<string, string> | undefined {
  const parts = line.split('|').map(p => p.trim()).filter(Boolean)
  if (parts.length < 2 && !/^\s*word\s*count\s*:/i.test(line)) return undefined
  const fields: Record<string, string> = {}
  let keyed = 0
  for (const p of parts) {
    const m = RE_META_FIELD.exec(p)
    if (m?.[1] && m[2] && m[1].split(' ').length <= 4) { fields[m[1].trim()] = m[2]; keyed++ }
    else fields[`field${Object.keys(fields).length + 1}`] = p
  }
  return keyed >= 1 && keyed >= parts.length - 1 ? fields : undefined
}

/** Is this a short date line (a dateline)? */
export function isDateline(line: string): boolean {
  const t = collapse(line)
  return t.split(' ').length <= 8 && RE_YEAR.test(t) && (RE_MONTH.test(t) || /\d{4}-\d\d-\d\d/.test(t))
}

const span = (line: number, endLine = line): Span => ({ line, endLine })

/** Ingests plain text (already decoded and LF-normalised) into an Article. */
export function ingestText(text: string, path: string): Article {
  const lines = text.split('\n')
  const diagnostics: Diagnostic[] = []
  const boilerplate: Article['boilerplate'] = []
  const references: Reference[] = []
  const meta: ArticleMeta = { wordCount: 0, themes: [], other: {} }
  let title = ''
  let titleSpan: Span | undefined
  let subtitle: string | undefined
  let byline: string | undefined
  let dateline: string | undefined

  let i = 0
  const next = () => { while (i < lines.length && !lines[i]!.trim()) i++ }
  /** Index of the last line with text. */
  const lastText = lines.findLastIndex(l => l.trim())
  next()
  // The first line is the title only if it is short and not a sentence of body text.
  const first = collapse(lines[i] ?? '')
  if (first && first.split(' ').length <= 20 && !/[.;,]$/.test(first.replace(/["”’»]+$/u, '')) ) {
    title = first.replace(/^["“'‘«]+|["”'’»]+$/gu, '')
    titleSpan = span(i + 1)
    i++
  }
  // The head: subtitle, dateline, byline, metadata, in any order, within the first few lines.
  for (let seen = 0; i < lines.length && seen < 4; seen++) {
    const raw = lines[i]!
    const t = collapse(raw)
    if (!t) { i++; continue }
    if (!subtitle && /^\(.*\)$/.test(t)) { subtitle = t.slice(1, -1).trim(); i++; continue }
    if (!dateline && isDateline(t)) { dateline = t; i++; continue }
    if (!byline && RE_BYLINE.test(t) && t.split(' ').length <= 12) { byline = t; i++; continue }
    const fields = metadataFields(t)
    if (fields) { absorbMeta(meta, fields, span(i + 1)); byline ??= authorOf(fields); i++; continue }
    break
  }

  const root: Section[] = []
  const stack: Section[] = []
  const ids = new Set<string>()
  let current: Section | undefined
  let inReferences = false
  let inBoilerplate: string | undefined
  const preamble: Block[] = []
  const addBlock = (b: Block) => { (current ? current.blocks : preamble).push(b) }
  const blank = (k: number) => k < 0 || k >= lines.length || !lines[k]!.trim()
  const nextText = (k: number) => { let j = k + 1; while (j < lines.length && !lines[j]!.trim()) j++; return j }
  const standalone = (k: number) => blank(k - 1) && blank(k + 1)
  /** Headings the author wrote in title shape, standing alone: evidence that the document uses headings at all. */
  let titleShaped = 0
  for (let k = i; k < lines.length && titleShaped < 2; k++) if (standalone(k) && headingShape(lines[k]!) && !RE_FIGURE_CAPTION.test(collapse(lines[k]!))) titleShaped++
  const bodyParagraph = (k: number) => {
    const t = collapse(lines[k] ?? '')
    return countWords(t) >= 12 && !RE_BULLET.test(lines[k] ?? '') && !headingShape(t) && (/[.!?:;"”’)\]»]$/u.test(t) || /^[\p{Ll}]/u.test(collapse(lines[k + 1] ?? '')))
  }
  /** The sentence-case heading rule (module comment). */
  const looseHeading = (k: number): HeadingLine | undefined => {
    const h = headingShape(lines[k]!, true)
    if (!h || !standalone(k) || !bodyParagraph(nextText(k))) return undefined
    return /\?$/.test(h.title) || titleShaped >= 2 ? h : undefined
  }
  /** The line before `k` (no blank between) was a figure caption or its continuation. */
  let captionUntil = -1

  while (i < lines.length) {
    const raw = lines[i]!
    const t = collapse(raw)
    const lineNo = i + 1
    if (!t) { i++; continue }
    if (!/[\p{L}\p{N}]/u.test(t)) {
      boilerplate.push({ text: t, reason: 'stray line with no words', span: span(lineNo) })
      diagnostics.push({ line: lineNo, column: 1, severity: 'warning', rule: 'stray-line', message: `stray line "${t}" has no words; delete it or fix the export that produced it` })
      i++; continue
    }
    const cells = pipeCells(raw)
    if (cells && pipeCells(lines[i + 1] ?? '')?.length === cells.length && !inBoilerplate && !inReferences) {
      i = readTable(i, cells.length, undefined); continue
    }
    const fields = metadataFields(t)
    if (fields) { absorbMeta(meta, fields, span(lineNo)); i++; continue }
    const ref = RE_REFERENCE.exec(t)
    if (ref?.[1] && ref[2]) { references.push({ label: ref[1], text: ref[2], span: span(lineNo) }); i++; continue }
    if (RE_FIGURE_CAPTION.test(t) || /^Table\s+\d+[.:]\s+\S/u.test(t)) {
      // "Table N. …" (of any length, and a unit line) over a pipe table is that table's caption.
      let j = nextText(i)
      const unit = isFurniture(lines[j] ?? '') ? collapse(lines[j]!) : undefined
      if (unit) j = nextText(j)
      const tableCells = /^Table\b/.test(t) ? pipeCells(lines[j] ?? '') : undefined
      if (tableCells && pipeCells(lines[j + 1] ?? '')?.length === tableCells.length && !inBoilerplate && !inReferences) {
        i = readTable(j, tableCells.length, { text: unit ? `${t} ${unit}` : t, line: lineNo }); continue
      }
      if (RE_FIGURE_CAPTION.test(t)) {
        boilerplate.push({ text: t, reason: 'figure caption without its figure', span: span(lineNo) })
        captionUntil = i + 1; i++; continue
      }
    }
    if (captionUntil === i && !/[.!?]$/.test(t) && countWords(t) <= MAX_HEADING_WORDS) {
      boilerplate.push({ text: t, reason: 'continues the figure caption above it', span: span(lineNo) })
      captionUntil = i + 1; i++; continue
    }
    if (isFurniture(t)) { boilerplate.push({ text: t, reason: 'unit line or interactive-figure note', span: span(lineNo) }); i++; continue }
    const heading = headingShape(raw) ?? looseHeading(i)
    // a heading needs text after it
    if (heading && i < lastText) {
      inReferences = RE_FOOTNOTE_HEADING.test(heading.title)
      inBoilerplate = RE_BOILERPLATE_HEADING.test(heading.title) ? heading.title : undefined
      if (inReferences || inBoilerplate) {
        boilerplate.push({ text: t, reason: inReferences ? 'heading of the references' : 'heading of a section kept out of the slides', span: span(lineNo) })
        current = undefined; i++; continue
      }
      const section: Section = { id: uniqueId(slugify(heading.title), ids), title: heading.title, level: heading.level, span: span(lineNo), blocks: [], children: [] }
      while (stack.length && stack[stack.length - 1]!.level >= section.level) stack.pop()
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(section); else root.push(section)
      section.level = stack.length + 1
      stack.push(section)
      current = section
      i++; continue
    }
    if (inBoilerplate) { boilerplate.push({ text: t, reason: `under the "${inBoilerplate}" heading`, span: span(lineNo) }); i++; continue }
    if (inReferences) {
      const m = /^\[?(\d{1,4})[\].)]?\s+(.*)$/.exec(t)
      references.push({ label: m?.[1] ?? String(references.length + 1), text: m?.[2] ?? t, span: span(lineNo) })
      i++; continue
    }
    const bullet = RE_BULLET.exec(raw)
    if (bullet) {
      const list: List = { kind: 'list', ordered: RE_ORDERED.test(raw), items: [], span: span(lineNo) }
      const entries: { text: string; span: Span }[] = []
      while (i < lines.length) {
        const b = RE_BULLET.exec(lines[i]!)
        if (!b?.[1]) { if (!lines[i]!.trim() && RE_BULLET.test(lines[i + 1] ?? '')) { i++; continue } break }
        let body = b[1]
        const start = i + 1
        // continuation lines of a wrapped bullet
        while (i + 1 < lines.length && lines[i + 1]!.trim() && !RE_BULLET.test(lines[i + 1]!) && /^\s+/.test(lines[i + 1]!)) { i++; body += ' ' + lines[i]!.trim() }
        entries.push({ text: body, span: span(start, i + 1) })
        i++
      }
      list.items = listItems(entries)
      list.span = span(list.items[0]!.span.line, list.items[list.items.length - 1]!.span.endLine)
      addBlock(list)
      continue
    }
    // A paragraph: join hard-wrapped lines.
    const start = i
    let body = t
    while (i + 1 < lines.length) {
      const nl = lines[i + 1]!
      const nt = collapse(nl)
      if (!nt || RE_BULLET.test(nl) || metadataFields(nt) || pipeCells(nl) || isFurniture(nt)) break
      const wrapped = !/[.!?:;"”’)\]»]$/u.test(body) || /^[\p{Ll}]/u.test(nt)
      if (!wrapped || (headingShape(nl) && !/^[\p{Ll}]/u.test(nt))) break
      body += ' ' + nt
      i++
    }
    proseBlocks(body, span(start + 1, i + 1)).forEach(addBlock)
    i++
  }

  /** Reads the pipe table starting at line index `start`; returns the index after it (and its Source/Note lines). */
  function readTable(start: number, width: number, caption: { text: string; line: number } | undefined): number {
    const rows: string[][] = []
    let j = start
    while (j < lines.length) {
      const c = pipeCells(lines[j]!)
      if (c?.length !== width) break
      rows.push(c); j++
    }
    const first = rows[0]!
    const hasHeader = !first.some(c => RE_NUMERIC_CELL.test(c))
    const table: Table = {
      kind: 'table', header: hasHeader ? first : first.map(() => ''), rows: hasHeader ? rows.slice(1) : rows,
      ...(caption ? { caption: caption.text } : {}), span: span(caption?.line ?? start + 1, j),
    }
    // Source/Note lines right under the table are its source.
    const sources: string[] = []
    let k = nextText(j - 1)
    while (k < lines.length) {
      const ref = RE_REFERENCE.exec(collapse(lines[k]!))
      if (!ref?.[1] || !ref[2]) break
      references.push({ label: ref[1], text: ref[2], span: span(k + 1) })
      sources.push(`${ref[1]}: ${ref[2]}`)
      j = k + 1
      k = nextText(k)
    }
    if (sources.length) table.source = sources.join(' ')
    addBlock(table)
    return j
  }

  let sections = relabelSections(root)
  if (preamble.length) {
    if (sections.length === 0) sections = partition(preamble, ids)
    else sections = [{ id: uniqueId('overview', ids), title: 'Overview', level: 1, span: preamble[0]!.span, blocks: preamble, children: [], synthetic: true }, ...sections]
  }
  meta.wordCount = countWords(bodyText(sections))
  return { path, format: 'txt', text, title: title || titleFromPath(path), ...(titleSpan ? { titleSpan } : {}), ...(subtitle ? { subtitle } : {}), ...(byline ? { byline } : {}), ...(dateline ? { dateline } : {}), meta, sections, references, boilerplate, diagnostics }
}

/** Groups heading-less blocks into topical parts (TextTiling, see segment.ts), each titled by its own words. */
export function partition(blocks: Block[], ids: Set<string>): Section[] {
  const texts = blocks.map(blockText)
  const starts = tile(texts)
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? blocks.length
    const part = blocks.slice(start, end)
    const title = partTitle(part, texts.slice(start, end))
    return { id: uniqueId(slugify(title) || `part-${n + 1}`, ids), title, level: 1, span: part[0]!.span, blocks: part, children: [], synthetic: true }
  })
}

/** Adds metadata fields to `meta` (word count, themes, other keys). */
export function absorbMeta(meta: ArticleMeta, fields: Record<string, string>, at: Span): void {
  meta.span ??= at
  for (const [k, v] of Object.entries(fields)) {
    if (/word\s*count/i.test(k)) { const n = Number(v.replace(/[^\d]/g, '')); if (n) meta.statedWordCount = n }
    else if (/theme|keyword|tag|topic/i.test(k)) meta.themes.push(...v.split(/[,;]/).map(s => s.trim()).filter(Boolean))
    else meta.other[k] = v
  }
}

/** The author named by a metadata field, if any. */
export function authorOf(fields: Record<string, string>): string | undefined {
  const k = Object.keys(fields).find(key => /^authors?(\(s\))?$|^by$/i.test(key))
  return k ? fields[k] : undefined
}


/** A title made from the file name, for text that states none: "12-foreign-policy.txt" → "Foreign Policy". */
export function titleFromPath(path: string): string {
  const stem = (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '').replace(/^\d+[-_ ]+/, '')
  const words = stem.split(/[-_ ]+/).filter(Boolean)
  // A trailing language tag ("…-excerpt-ru") says what language the file is in; it is not part of the title.
  if (words.length > 1 && FILE_LANGUAGE_TAGS.has(words[words.length - 1]!))
    words.pop()
  return words.length ? words.map(w => w[0]!.toUpperCase() + w.slice(1)).join(' ') : 'Untitled'
}

/**
 * Lower-case ISO 639-1 codes taken as a file name's language tag. Only codes that are not also common words or
 * country abbreviations in titles (no "us", "uk", "in", "it", "no").
 */
const FILE_LANGUAGE_TAGS = new Set(['en', 'ru', 'zh', 'fr', 'de', 'es', 'ar', 'ja', 'ko', 'pt', 'pl', 'fa', 'tr'])
