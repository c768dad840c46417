/**
 * Markdown ingest: CommonMark + GFM tables and strikethrough via markdown-it, footnotes via
 * markdown-it-footnote; each block token's line map gives its span. The tokens are flattened into
 * {@link Unit}s (inline formatting dropped, link text kept, URLs dropped) and assembled by the rules shared with
 * HTML (assemble.ts).
 *
 * Why markdown-it (it replaced unified + remark-parse + remark-gfm): it parses the 20,000-word shared report in
 * 10–40 ms where micromark took 170–400 ms, and loads in ~30 ms instead of ~260 ms. It is CommonMark-compliant,
 * widely used (Slidev itself renders with it), has no dependencies beyond its own small ones, and runs on Node 20.
 * On the shared Markdown articles it gives the same Article as remark did (checked unit by unit when it replaced
 * it); GFM tables follow the spec: a row's cells beyond the header's are dropped, missing ones are empty.
 *
 * Front matter (`---` YAML `---` at the very top) is read with `yaml`: `title`, `subtitle`,
 * `author`/`authors`/`byline`, `date`. Its lines are blanked before parsing so line numbers stay true.
 */
import { createRequire } from 'node:module'
import type { MarkdownIt, Token } from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import type { Article, Span } from '../model.ts'
import { type AssembleInput, type Unit, assemble } from './assemble.ts'
import { IngestError } from './errors.ts'
import { collapse } from '../text/words.ts'

const RE_FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
/** Deepest nesting we walk; deeper content is flattened to text. */
const MAX_DEPTH = 200

let parser: MarkdownIt | undefined

/**
 * The parser, made on the first Markdown article (text and HTML articles, and every command but generate, never
 * need it): HTML recognised as CommonMark says; bare URLs linkified as GFM's autolink literals are, so that the
 * underscores in `https://x.gov/a_-_b.pdf` are not read as emphasis, their text kept as written; no typographer; and
 * footnote definitions left where they stand (`footnote_tail` would move them to the end, without their lines);
 * inline `^[…]` footnotes are not GFM and stay text.
 */
function markdownParser(): MarkdownIt {
  if (!parser) {
    const require = createRequire(import.meta.url)
    const markdownit = require('markdown-it') as typeof import('markdown-it').default
    const footnote = require('markdown-it-footnote') as typeof import('markdown-it-footnote')
    parser = markdownit('default', { html: true, linkify: true, typographer: false }).use(footnote)
    parser.normalizeLinkText = text => text // an autolinked URL's text stays as written (no %xx decoding)
    parser.core.ruler.disable('footnote_tail')
    parser.inline.ruler.disable('footnote_inline')
  }
  return parser
}

/** The block tokens of `body`. */
export function parseMarkdown(body: string): Token[] {
  return markdownParser().parse(body, {})
}

/** The index of the token that closes the one opened at `open` (the next one at its level with nesting -1). */
function closing(tokens: Token[], open: number): number {
  const level = tokens[open]!.level
  for (let j = open + 1; j < tokens.length; j++) {
    if (tokens[j]!.level === level && tokens[j]!.nesting === -1) return j
  }
  return tokens.length - 1
}

/** Lines `map` covers (0-based, end exclusive) as a 1-based span, trailing blank lines left out. */
function spanOf(map: [number, number] | null | undefined, lines: string[]): Span {
  if (!map) return { line: 1, endLine: 1 }
  let end = Math.max(map[0], map[1] - 1)
  while (end > map[0] && !lines[end]?.trim()) end--
  return { line: map[0] + 1, endLine: end + 1 }
}

/** The span of tokens[from..to): the first and last lines any of them maps. */
function spanOfRange(tokens: Token[], from: number, to: number, lines: string[]): Span {
  let first: number | undefined
  let last: number | undefined
  for (let k = from; k < to; k++) {
    const map = tokens[k]!.map
    if (!map) continue
    first = Math.min(first ?? map[0], map[0])
    last = Math.max(last ?? map[1], map[1])
  }
  return first === undefined ? { line: 1, endLine: 1 } : spanOf([first, last!], lines)
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '')

/** Plain text of inline tokens: link text kept, URLs, images, footnote marks and HTML tags dropped. */
export function inlineText(children: Token[] | null): string {
  let out = ''
  for (const c of children ?? []) {
    switch (c.type) {
      case 'text': case 'code_inline': out += c.content; break
      case 'softbreak': case 'hardbreak': out += ' '; break
      case 'html_inline': out += stripTags(c.content); break
      default: break // emphasis, links and the like: their text is in the text tokens; images and footnote_ref drop
    }
  }
  return collapse(out)
}

/** The text of the block tokens in tokens[from..to), each block separated by a space; nested lists skipped when asked. */
function blockText(tokens: Token[], from: number, to: number, { skipLists = false } = {}): string {
  const parts: string[] = []
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (skipLists && (t.type === 'bullet_list_open' || t.type === 'ordered_list_open')) { k = closing(tokens, k); continue }
    if (t.type === 'inline') parts.push(inlineText(t.children))
    else if (t.type === 'code_block' || t.type === 'fence') parts.push(t.content)
    else if (t.type === 'html_block') parts.push(stripTags(t.content))
  }
  return collapse(parts.join(' '))
}

/** Each item of the list opened at tokens[open]: its own text, then its nested lists' items, in order. */
function listEntries(tokens: Token[], open: number, depth: number, lines: string[], out: { text: string; span: Span }[]): void {
  const end = closing(tokens, open)
  for (let k = open + 1; k < end; k++) {
    if (tokens[k]!.type !== 'list_item_open') continue
    const itemEnd = closing(tokens, k)
    if (depth >= MAX_DEPTH) {
      const text = blockText(tokens, k + 1, itemEnd)
      if (text) out.push({ text, span: spanOf(tokens[k]!.map, lines) })
      k = itemEnd
      continue
    }
    const own = blockText(tokens, k + 1, itemEnd, { skipLists: true })
    if (own) out.push({ text: own, span: spanOf(tokens[k]!.map, lines) })
    for (let j = k + 1; j < itemEnd; j++) {
      const t = tokens[j]!
      if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
        listEntries(tokens, j, depth + 1, lines, out)
        j = closing(tokens, j)
      }
    }
    k = itemEnd
  }
}

/** The cells of each row of the table opened at tokens[open], header row first. */
function tableRows(tokens: Token[], open: number): string[][] {
  const rows: string[][] = []
  const end = closing(tokens, open)
  for (let k = open + 1; k < end; k++) {
    const t = tokens[k]!
    if (t.type === 'tr_open') rows.push([])
    else if (t.type === 'inline') rows[rows.length - 1]?.push(inlineText(t.children))
  }
  return rows
}

/** Units of the top-level block tokens. */
function toUnits(tokens: Token[], lines: string[]): Unit[] {
  const units: Unit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    const span = spanOf(t.map, lines)
    switch (t.type) {
      case 'heading_open': {
        const title = inlineText(tokens[k + 1]?.children ?? null)
        if (title) units.push({ kind: 'heading', level: Number(t.tag.slice(1)), title, span })
        k = closing(tokens, k)
        break
      }
      case 'paragraph_open': case 'code_block': case 'fence': case 'html_block': {
        const end = t.nesting === 1 ? closing(tokens, k) : k
        const text = t.nesting === 1 ? blockText(tokens, k + 1, end) : blockText(tokens, k, k + 1)
        if (text) units.push({ kind: 'para', text, span })
        k = end
        break
      }
      case 'bullet_list_open': case 'ordered_list_open': {
        const items: { text: string; span: Span }[] = []
        listEntries(tokens, k, 1, lines, items)
        const start = Number(t.attrGet('start') ?? 1)
        if (items.length) units.push({ kind: 'list', ordered: t.type === 'ordered_list_open', start: Number.isFinite(start) ? start : 1, items, span })
        k = closing(tokens, k)
        break
      }
      case 'table_open': {
        const [head, ...rest] = tableRows(tokens, k)
        units.push({ kind: 'table', header: head ?? [], rows: rest, span })
        k = closing(tokens, k)
        break
      }
      case 'blockquote_open': {
        const end = closing(tokens, k)
        const text = blockText(tokens, k + 1, end)
        if (text) units.push({ kind: 'quote', text, span })
        k = end
        break
      }
      case 'footnote_reference_open': {
        const end = closing(tokens, k)
        units.push({ kind: 'footnote', label: String((t.meta as { label?: string } | null)?.label ?? '').toLowerCase(), text: blockText(tokens, k + 1, end), span: spanOfRange(tokens, k + 1, end, lines) })
        k = end
        break
      }
      default: break // hr
    }
  }
  return units
}

/** Front matter fields and the text with the front matter lines blanked (line numbers kept). */
function frontMatter(text: string, path: string): { head: AssembleInput['head']; body: string } {
  const m = RE_FRONT_MATTER.exec(text)
  if (!m) return { head: undefined, body: text }
  let data: unknown
  try { data = parseYaml(m[1] ?? '') } catch (e) {
    throw new IngestError(`${path}: the front matter at the top is not valid YAML (${(e as Error).message.split('\n')[0]}); fix it or remove the --- block`, 1)
  }
  const blank = m[0].replace(/[^\n]/g, '')
  const body = blank + text.slice(m[0].length)
  if (!data || typeof data !== 'object') return { head: undefined, body }
  const d = data as Record<string, unknown>
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(String).join(', ') : v instanceof Date ? v.toISOString().slice(0, 10) : undefined)
  const title = str(d.title)
  const titleLine = m[1]!.split('\n').findIndex(l => /^title\s*:/.test(l))
  const head: NonNullable<AssembleInput['head']> = {}
  if (title) { head.title = title; if (titleLine >= 0) head.titleSpan = { line: titleLine + 2, endLine: titleLine + 2 } }
  const subtitle = str(d.subtitle); if (subtitle) head.subtitle = subtitle
  const byline = str(d.author ?? d.authors ?? d.byline); if (byline) head.byline = byline
  const dateline = str(d.date); if (dateline) head.dateline = dateline
  return { head, body }
}

/** Deepest block-quote or list nesting parsed as such; deeper lines are flattened to this depth. */
export const MAX_NESTING = 32
const RE_DEEP_QUOTE = new RegExp(`^((?:[ \\t]*>){${MAX_NESTING}})(?:[ \\t]*>)+`)
const RE_DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_NESTING * 2 + 1},}(?=\\S)`)

/**
 * Caps block-quote and list nesting at {@link MAX_NESTING}: parsers' container handling grows faster than
 * linearly with depth (micromark took minutes for 1,000 nested list levels; markdown-it stops nesting at 100 and
 * keeps the rest as text), and no article needs it.
 * Returns the capped text and the first line that was flattened.
 */
function capNesting(text: string): { text: string; line?: number } {
  let first: number | undefined
  const lines = text.split('\n').map((l, i) => {
    const capped = l.replace(RE_DEEP_QUOTE, '$1').replace(RE_DEEP_INDENT, ' '.repeat(MAX_NESTING * 2))
    if (capped !== l) first ??= i + 1
    return capped
  })
  return first === undefined ? { text } : { text: lines.join('\n'), line: first }
}

/** Ingests Markdown (already decoded and LF-normalised) into an Article. */
export function ingestMarkdown(text: string, path: string): Article {
  const { head, body: raw } = frontMatter(text, path)
  const { text: body, line: flattened } = capNesting(raw)
  let units: Unit[]
  try {
    units = toUnits(parseMarkdown(body), body.split('\n'))
  } catch (e) {
    if (e instanceof RangeError) throw new IngestError(`${path}: the Markdown is nested too deeply to read (${e.message}); flatten the nested lists or block quotes`)
    throw e
  }
  const article = assemble({ path, format: 'md', text, units, ...(head ? { head } : {}) })
  if (flattened !== undefined) {
    article.diagnostics.push({ line: flattened, column: 1, severity: 'warning', rule: 'deep-nesting', message: `block quotes or lists nested deeper than ${MAX_NESTING} levels were flattened to ${MAX_NESTING}; reduce the nesting if the structure matters` })
  }
  return article
}
