/**
 * Markdown ingest: CommonMark + GFM via unified/remark-parse/remark-gfm, whose mdast positions give
 * the line spans. The tree is flattened into {@link Unit}s (inline formatting dropped, link text kept,
 * URLs dropped) and assembled by the rules shared with HTML (assemble.ts).
 *
 * Front matter (`---` YAML `---` at the very top) is read with `yaml`: `title`, `subtitle`,
 * `author`/`authors`/`byline`, `date`. Its lines are blanked before parsing so line numbers stay true.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { createRequire } from 'node:module'
import type { Data, Processor } from 'unified'
import { parse as parseYaml } from 'yaml'
import type { Article, Span } from '../model.ts'
import { type AssembleInput, type Unit, assemble } from './assemble.ts'
import { collapse } from './blocks.ts'
import { IngestError } from './errors.ts'

/**
 * unified, remark-parse and remark-gfm, loaded on the first Markdown article: ~0.15 s at start-up that text and
 * HTML articles, and every command but generate, never need. (Node caches the modules after the first call.)
 */
function markdownLibraries(): { unified: typeof import('unified').unified, remarkParse: typeof import('remark-parse').default, remarkGfm: typeof import('remark-gfm').default } {
  const require = createRequire(import.meta.url)
  return { unified: require('unified').unified, remarkParse: require('remark-parse').default, remarkGfm: require('remark-gfm').default }
}

const RE_FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
/** Deepest nesting we walk; deeper content is flattened to text (remark itself copes, recursion might not). */
const MAX_DEPTH = 200

type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number]
type ConstructRecord = NonNullable<MicromarkExtension['text']>
type Construct = Extract<ConstructRecord[string], { name?: string }>

/** A character of an email autolink literal's local part (GFM: ASCII letters and digits, `+ - . _`). */
const isEmailAtext = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46 || c === 95
const AT_SIGN = 64

/**
 * What the source must hold at the start of each GFM autolink literal for it to succeed: an email's
 * characters running into an `@`, `www.`, `http://` or `https://` (micromark-extension-gfm-autolink-literal's
 * tokenizers, case-insensitive like them).
 */
const AUTOLINK_NEEDS: Readonly<Record<string, (source: string, at: number) => boolean>> = {
  emailAutolink: (source, at) => {
    let i = at
    while (isEmailAtext(source.charCodeAt(i))) i++
    return source.charCodeAt(i) === AT_SIGN
  },
  wwwAutolink: (source, at) => /^www\./i.test(source.slice(at, at + 4)),
  protocolAutolink: (source, at) => /^https?:\/\//i.test(source.slice(at, at + 8)),
}

/**
 * GFM's autolink literals are tried at the start of words: the email one at every word (it is registered for
 * every ASCII letter and digit), the www and http ones at every word starting with w or h. Each try makes
 * micromark stop, save its state, scan, fail, restore and start a new data token, which was about half of the
 * time spent parsing a long report. This guard adds each construct's necessary condition on the source text
 * ({@link AUTOLINK_NEEDS}) to its `previous` check, which micromark consults before trying a construct (and
 * nowhere else): an attempt that must fail is skipped.
 */
function autolinkGuard(source: string): (c: Construct) => Construct {
  return (c) => {
    const previous = c.previous
    const needs = c.name ? AUTOLINK_NEEDS[c.name] : undefined
    if (!needs || !previous) return c
    return { ...c, previous(code) { return previous.call(this, code) && needs(source, this.now().offset) } }
  }
}

/** A line that could be a GFM table's delimiter row (`|---|:--:|`), behind any block quote or indentation. */
const RE_DELIMITER_ROW = /^[ \t>]*[ \t|:-]*-[ \t|:-]*$/
const RE_BLANK_LINE = /^[ \t]*$/

/**
 * The lines (1-based) where a GFM table row can be: a head row needs a delimiter row on the next line, and a
 * body row follows a delimiter row with no blank line between. The table construct is tried at the start of
 * every block and every paragraph line and reads the whole line before it looks at the next; elsewhere it must
 * fail, so it is not tried.
 */
function tableGuard(source: string): (c: Construct) => Construct {
  const lines = source.split('\n')
  const possible = [false]
  let afterDelimiter = false
  lines.forEach((line, i) => {
    possible.push(afterDelimiter || RE_DELIMITER_ROW.test(lines[i + 1] ?? ''))
    if (RE_BLANK_LINE.test(line)) afterDelimiter = false
    else if (RE_DELIMITER_ROW.test(line)) afterDelimiter = true
  })
  return (c) => {
    const tokenize = c.tokenize
    if (c.name !== 'table') return c
    return { ...c, tokenize(effects, ok, nok) { return code => (possible[this.now().line] ? tokenize.call(this, effects, ok, nok)(code) : nok(code)) } }
  }
}

/**
 * Skips micromark's attempts at GFM constructs that the source text rules out (see {@link autolinkGuard},
 * {@link tableGuard}). Each guard only adds a necessary condition to a construct, so the tree is the same.
 * `source` is the text that is parsed: micromark's offsets and lines index it.
 */
function gfmGuards(this: Processor, source: string): void {
  const guards = [autolinkGuard(source), tableGuard(source)]
  const guard = (c: Construct) => guards.reduce((x, g) => g(x), c)
  const guardRecord = (record: ConstructRecord): ConstructRecord =>
    Object.fromEntries(Object.entries(record).map(([code, cs]) => [code, Array.isArray(cs) ? cs.map(guard) : cs && guard(cs)]))
  const extensions = this.data('micromarkExtensions') ?? []
  this.data('micromarkExtensions', extensions.map(e => ({
    ...e,
    ...(e.text ? { text: guardRecord(e.text) } : {}),
    ...(e.flow ? { flow: guardRecord(e.flow) } : {}),
  })))
}

/**
 * The mdast tree of `body`: CommonMark + GFM, with {@link gfmGuards} (built per text, as the guards read it).
 * `guarded: false` parses without them, for the test that keeps the two trees equal.
 */
export function parseMarkdown(body: string, guarded = true): Root {
  const { unified, remarkParse, remarkGfm } = markdownLibraries()
  const processor = unified().use(remarkParse).use(remarkGfm)
  return (guarded ? processor.use(gfmGuards, body) : processor).parse(body)
}

const spanOf = (n: Nodes): Span => ({ line: n.position?.start.line ?? 1, endLine: n.position?.end.line ?? n.position?.start.line ?? 1 })

/** Plain text of inline content: link text kept, URLs, images and HTML tags dropped. Iterative (no recursion limit). */
export function inlineText(node: Nodes): string {
  const out: string[] = []
  const todo: Nodes[] = [node]
  while (todo.length) {
    const n = todo.pop()!
    switch (n.type) {
      case 'text': case 'inlineCode': out.push(n.value); break
      case 'html': out.push(n.value.replace(/<[^>]*>/g, '')); break
      case 'break': out.push(' '); break
      case 'image': case 'imageReference': case 'footnoteReference': case 'definition': break
      case 'code': out.push(' ', n.value, ' '); break
      default:
        if ('children' in n) {
          // Block children are separated by a space; push in reverse to keep order.
          const kids = n.children as Nodes[]
          for (let k = kids.length - 1; k >= 0; k--) {
            const block = !isInline(kids[k]!)
            if (block) todo.push({ type: 'text', value: ' ' })
            todo.push(kids[k]!)
            if (block) todo.push({ type: 'text', value: ' ' })
          }
        }
    }
  }
  return collapse(out.join(''))
}

function isInline(n: Nodes): boolean {
  return ['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'html', 'image', 'imageReference', 'footnoteReference'].includes(n.type)
}

/** Units of one list item's own text (paragraphs), and of its nested lists (appended as further items). */
function listEntries(list: Extract<Nodes, { type: 'list' }>, depth: number, out: { text: string; span: Span }[]): void {
  for (const item of list.children) {
    const own = item.children.filter(c => c.type !== 'list')
    const text = own.map(c => inlineText(c)).join(' ').trim()
    if (text) out.push({ text: collapse(text), span: spanOf(item) })
    for (const c of item.children) {
      if (c.type !== 'list') continue
      if (depth < MAX_DEPTH) listEntries(c, depth + 1, out)
      else { const t = inlineText(c); if (t) out.push({ text: t, span: spanOf(c) }) }
    }
  }
}

function toUnits(nodes: RootContent[], units: Unit[], depth: number): void {
  for (const n of nodes) {
    const span = spanOf(n)
    switch (n.type) {
      case 'heading': { const title = inlineText(n); if (title) units.push({ kind: 'heading', level: n.depth, title, span }); break }
      case 'paragraph': case 'html': case 'code': {
        const text = inlineText(n)
        if (text) units.push({ kind: 'para', text, span })
        break
      }
      case 'list': {
        const items: { text: string; span: Span }[] = []
        listEntries(n, depth + 1, items)
        if (items.length) units.push({ kind: 'list', ordered: n.ordered === true, start: n.start ?? 1, items, span })
        break
      }
      case 'table': {
        const [head, ...rest] = n.children.map(r => r.children.map(c => inlineText(c)))
        units.push({ kind: 'table', header: head ?? [], rows: rest, span })
        break
      }
      case 'blockquote': {
        const text = inlineText(n)
        if (text) units.push({ kind: 'quote', text, span })
        break
      }
      case 'footnoteDefinition': units.push({ kind: 'footnote', label: n.identifier, text: inlineText(n), span }); break
      default: break // thematicBreak, definition, yaml
    }
  }
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
 * Caps block-quote and list nesting at {@link MAX_NESTING}: micromark's container handling grows
 * faster than linearly with depth (1,000 nested list levels take minutes), and no article needs it.
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
  let tree: Root
  try {
    tree = parseMarkdown(body)
  } catch (e) {
    if (e instanceof RangeError) throw new IngestError(`${path}: the Markdown is nested too deeply to read (${e.message}); flatten the nested lists or block quotes`)
    throw e
  }
  const units: Unit[] = []
  toUnits(tree.children, units, 0)
  const article = assemble({ path, format: 'md', text, units, ...(head ? { head } : {}) })
  if (flattened !== undefined) {
    article.diagnostics.push({ line: flattened, column: 1, severity: 'warning', rule: 'deep-nesting', message: `block quotes or lists nested deeper than ${MAX_NESTING} levels were flattened to ${MAX_NESTING}; reduce the nesting if the structure matters` })
  }
  return article
}
