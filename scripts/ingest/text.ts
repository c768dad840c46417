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
 * - **Labelled item**: `Label: text` / `Label. Text` with a short label (see blocks.ts).
 * - **List item**: a line starting with `-`, `*`, `•`, `1.`, `1)` or `(1)`.
 * - **Inline enumeration**: "(1) … (2) …" inside a paragraph becomes a list (see `proseBlocks` in blocks.ts).
 * - **Paragraph**: consecutive body lines are joined when the first does not end in terminal
 *   punctuation or the next starts in lower case (hard-wrapped text); otherwise each line is a block.
 * - **References**: `Source:`/`Note:` lines, and everything under a heading that is a footnote list.
 * - **Stray lines**: lines with no letter or digit (a lone `|`) are kept out and reported.
 * - **No headings at all**: paragraphs are grouped into synthetic parts of about {@link PART_WORDS} words.
 */
import type { Article, ArticleMeta, Block, Diagnostic, List, Reference, Section, Span } from '../model.ts'
import { collapse, countWords, listItems, proseBlocks, slugify, uniqueId } from './blocks.ts'

/** Target size of a synthetic part when the text has no headings. */
export const PART_WORDS = 300
const MAX_HEADING_WORDS = 12
const MAX_HEADING_CHARS = 90

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

/** Is this line shaped like a plain-text heading? */
export function headingShape(line: string): HeadingLine | undefined {
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
  if (!titleLike) return undefined
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
    const fields = metadataFields(t)
    if (fields) { absorbMeta(meta, fields, span(lineNo)); i++; continue }
    const ref = RE_REFERENCE.exec(t)
    if (ref?.[1] && ref[2]) { references.push({ label: ref[1], text: ref[2], span: span(lineNo) }); i++; continue }
    if (RE_FIGURE_CAPTION.test(t)) { boilerplate.push({ text: t, reason: 'figure caption without its figure', span: span(lineNo) }); i++; continue }
    const heading = headingShape(raw)
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
      if (!nt || RE_BULLET.test(nl) || metadataFields(nt)) break
      const wrapped = !/[.!?:;"”’)\]»]$/u.test(body) || /^[\p{Ll}]/u.test(nt)
      if (!wrapped || (headingShape(nl) && !/^[\p{Ll}]/u.test(nt))) break
      body += ' ' + nt
      i++
    }
    proseBlocks(body, span(start + 1, i + 1)).forEach(addBlock)
    i++
  }

  let sections = root
  if (preamble.length) {
    if (sections.length === 0) sections = partition(preamble, ids)
    else sections = [{ id: uniqueId('overview', ids), title: 'Overview', level: 1, span: preamble[0]!.span, blocks: preamble, children: [], synthetic: true }, ...sections]
  }
  meta.wordCount = countWords(bodyText(sections))
  return { path, format: 'txt', text, title: title || titleFromPath(path), ...(titleSpan ? { titleSpan } : {}), ...(subtitle ? { subtitle } : {}), ...(byline ? { byline } : {}), ...(dateline ? { dateline } : {}), meta, sections, references, boilerplate, diagnostics }
}

/** Groups heading-less blocks into synthetic parts of about PART_WORDS words. */
export function partition(blocks: Block[], ids: Set<string>): Section[] {
  const parts: Block[][] = [[]]
  let words = 0
  for (const b of blocks) {
    const w = countWords(blockText(b))
    if (words > 0 && words + w > PART_WORDS * 1.3) { parts.push([]); words = 0 }
    parts[parts.length - 1]!.push(b)
    words += w
  }
  return parts.filter(p => p.length).map((p, n) => ({
    id: uniqueId(`part-${n + 1}`, ids), title: `Part ${n + 1}`, level: 1, span: p[0]!.span, blocks: p, children: [], synthetic: true,
  }))
}

/** The plain text of a block (for word counts and checks). */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'paragraph': case 'quote': return b.text
    case 'item': return `${b.label} ${b.text}`
    case 'list': return b.items.map(it => `${it.label ?? ''} ${it.text}`).join(' ')
    case 'table': return [b.header, ...b.rows].map(r => r.join(' ')).join(' ')
  }
}

/** All body text of a section tree. */
export function bodyText(sections: Section[]): string {
  return sections.map(s => `${s.title} ${s.blocks.map(blockText).join(' ')} ${bodyText(s.children)}`).join(' ')
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
