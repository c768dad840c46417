/**
 * HTML ingest: a saved web page. `@mozilla/readability` (on a `linkedom` DOM) finds the article and
 * drops navigation, ads and footers; h1–h6, p, ul/ol/li, table, blockquote and pre are mapped to
 * {@link Unit}s and assembled by the rules shared with Markdown (assemble.ts).
 *
 * Line numbers: each element's line is found by searching the source — with tags blanked to spaces so
 * offsets stay true — for the element's first words, moving forward from the previous match. When
 * the words cannot be found (entities such as `&amp;` in the first words, or text Readability
 * rewrote), the element gets the line of the previous match: an approximation that never goes back.
 */
import { createRequire } from 'node:module'
import type { Article, Span } from '../model.ts'
import { type Unit, assemble } from './assemble.ts'
import { collapse } from '../text/words.ts'

/**
 * linkedom and Readability, loaded on the first HTML article: ~0.2 s at start-up that text and Markdown articles,
 * and every command but generate, never need. (Node caches the modules after the first call.)
 */
function htmlLibraries(): { parseHTML: typeof import('linkedom').parseHTML, Readability: typeof import('@mozilla/readability').Readability } {
  const require = createRequire(import.meta.url)
  return { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability }
}

/** Deepest element nesting walked; deeper content is taken as text of its ancestor. */
const MAX_DEPTH = 200
const RE_BLOCK = /^(P|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|PRE|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|FIGURE|FIGCAPTION|DL|DT|DD|HR|NAV|FORM|DETAILS|SUMMARY)$/

/** Finds source lines for element texts, moving forward through the document. */
class Locator {
  private readonly plain: string
  private readonly lineStarts: number[] = [0]
  private cursor = 0
  constructor(source: string) {
    // Blank out tags, comments, scripts and styles but keep every offset and newline.
    const blank = (m: string) => m.replace(/[^\n]/g, ' ')
    this.plain = source.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank).replace(/<!--[\s\S]*?-->/g, blank).replace(/<[^>]*>/g, blank)
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
  }
  private lineOf(offset: number): number {
    let lo = 0, hi = this.lineStarts.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1 }
    return lo + 1
  }
  /** The span of `text` (first and last words), starting the search at the previous match. */
  find(text: string): Span {
    const words = text.split(/\s+/).filter(w => /^[\p{L}\p{N}][\p{L}\p{N}.,'’-]*$/u.test(w))
    const start = this.search(words.slice(0, 4)) ?? this.search(words.slice(0, 1))
    if (start === undefined) { const l = this.lineOf(this.cursor); return { line: l, endLine: l } }
    this.cursor = start
    const endWords = words.slice(-3)
    const end = words.length > 4 ? this.search(endWords, false) : undefined
    const line = this.lineOf(start)
    return { line, endLine: Math.max(line, end !== undefined ? this.lineOf(end) : line) }
  }
  private search(words: string[], move = true): number | undefined {
    if (!words.length) return undefined
    const re = new RegExp(words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu')
    re.lastIndex = this.cursor
    const m = re.exec(this.plain)
    if (!m) return undefined
    return move ? m.index : m.index + m[0].length - 1
  }
}

type El = Element

/** Text of an element without its nested lists. */
function ownText(el: El, skip: (e: El) => boolean): string {
  let out = ''
  const walk = (n: Node, depth: number) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out += c.textContent ?? ''
      else if (c.nodeType === 1 && !skip(c as El)) {
        const tag = (c as El).tagName
        if (tag === 'BR' || RE_BLOCK.test(tag)) out += ' '
        if (depth < MAX_DEPTH) walk(c, depth + 1); else out += c.textContent ?? ''
        if (RE_BLOCK.test(tag)) out += ' '
      }
    }
  }
  walk(el, 0)
  return collapse(out)
}

function toUnits(root: El, loc: Locator): Unit[] {
  const units: Unit[] = []
  let inline = ''
  const flushInline = () => {
    const t = collapse(inline)
    inline = ''
    if (/[\p{L}\p{N}]/u.test(t)) units.push({ kind: 'para', text: t, span: loc.find(t) })
  }
  const listItems = (list: El, depth: number, out: { text: string; span: Span }[]) => {
    for (const li of Array.from(list.children)) {
      if (li.tagName !== 'LI') continue
      const t = ownText(li, e => e.tagName === 'UL' || e.tagName === 'OL')
      if (t) out.push({ text: t, span: loc.find(t) })
      for (const sub of Array.from(li.querySelectorAll(':scope > ul, :scope > ol'))) if (depth < MAX_DEPTH) listItems(sub, depth + 1, out)
    }
  }
  const walk = (el: El, depth: number) => {
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType === 3) { inline += c.textContent ?? ''; continue }
      if (c.nodeType !== 1) continue
      const e = c as El
      const tag = e.tagName
      if (!RE_BLOCK.test(tag)) { if (tag === 'BR') inline += ' '; else if (tag !== 'SCRIPT' && tag !== 'STYLE') inline += e.textContent ?? ''; continue }
      flushInline()
      if (/^H[1-6]$/.test(tag)) {
        const t = ownText(e, () => false)
        if (t) units.push({ kind: 'heading', level: Number(tag[1]), title: t, span: loc.find(t) })
      } else if (tag === 'P' || tag === 'PRE' || tag === 'FIGCAPTION' || tag === 'DT' || tag === 'DD' || tag === 'SUMMARY') {
        const t = ownText(e, () => false)
        if (t) units.push({ kind: 'para', text: t, span: loc.find(t) })
      } else if (tag === 'UL' || tag === 'OL') {
        const items: { text: string; span: Span }[] = []
        listItems(e, depth, items)
        if (items.length) {
          const span = { line: items[0]!.span.line, endLine: items[items.length - 1]!.span.endLine }
          units.push({ kind: 'list', ordered: tag === 'OL', start: Number(e.getAttribute('start') ?? 1) || 1, items, span })
        }
      } else if (tag === 'TABLE') {
        const rows = Array.from(e.querySelectorAll('tr')).map(tr => Array.from(tr.children).filter(c => c.tagName === 'TD' || c.tagName === 'TH').map(c => ownText(c, () => false)))
        const [header, ...rest] = rows
        if (header) {
          const first = collapse([...header, ...(rest[0] ?? [])].join(' '))
          const span = loc.find(first)
          units.push({ kind: 'table', header, rows: rest, span })
        }
      } else if (tag === 'BLOCKQUOTE') {
        const t = ownText(e, () => false)
        if (t) units.push({ kind: 'quote', text: t, span: loc.find(t) })
      } else if (tag !== 'HR' && tag !== 'NAV' && tag !== 'FORM') {
        if (depth < MAX_DEPTH) walk(e, depth + 1)
        else { const t = ownText(e, () => false); if (t) units.push({ kind: 'para', text: t, span: loc.find(t) }) }
      }
      flushInline()
    }
  }
  walk(root, 0)
  flushInline()
  return units
}

/** Ingests an HTML page (already decoded and LF-normalised) into an Article. */
export function ingestHtml(text: string, path: string): Article {
  const { parseHTML, Readability } = htmlLibraries()
  const { document } = parseHTML(text)
  const pageTitle = collapse(document.querySelector('title')?.textContent ?? '')
  // One h1 whose text the page title contains ("Title | Site") is the cleaner title.
  const h1s = Array.from(document.querySelectorAll('h1')).map(h => collapse(h.textContent ?? '')).filter(Boolean)
  const h1 = h1s.length === 1 && pageTitle.toLowerCase().includes(h1s[0]!.toLowerCase()) ? h1s[0] : undefined
  let root: El | null = null
  let title = ''
  let byline = ''
  try {
    const article = new Readability(document as unknown as Document, { serializer: (n: Node) => n, charThreshold: 200 }).parse()
    if (article?.content) root = article.content as El
    title = collapse(article?.title ?? '')
    byline = collapse(article?.byline ?? '')
  } catch {
    root = null // Readability gave up: read the whole body below.
  }
  if (!root) root = (parseHTML(text).document.body as unknown as El | null) ?? null
  const loc = new Locator(text)
  const units = root ? toUnits(root, loc) : []
  title = h1 ?? (title || pageTitle)
  // Readability keeps the page title separately; an h1 equal to it is the title, not a section.
  const first = units[0]
  if (title && first?.kind === 'heading' && collapse(first.title).toLowerCase() === title.toLowerCase()) first.level = 1
  const titleSpan = title ? new Locator(text).find(title) : undefined
  return assemble({
    path, format: 'html', text, units,
    head: { ...(title ? { title } : {}), ...(titleSpan ? { titleSpan } : {}), ...(byline ? { byline } : {}) },
  })
}
