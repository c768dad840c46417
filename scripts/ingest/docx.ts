/**
 * Word ingest: mammoth (1.13, pinned: its document hooks are marked unstable) turns the .docx into HTML; its elements
 * become the same {@link Unit}s the HTML reader makes and assemble.ts builds the Article. The extracted text has one
 * line per paragraph of the document (a table row is one line, cells joined by " | "), so a span's line is its
 * paragraph number, shown as `¶12`.
 *
 * Stated rules:
 * - **Headings**: Heading 1–6 give levels; the Title style (which mammoth leaves as a plain paragraph) is mapped to
 *   the title. A document with no heading styles falls back to the plain-text shape rules (`headingShape` in
 *   text.ts) paragraph by paragraph, and a short paragraph that is wholly bold and does not end in sentence
 *   punctuation is a heading too; its first paragraph is left to assemble's title rule.
 * - **Lists, tables, footnotes and endnotes** come from mammoth's HTML (footnotes are its `footnote-N` list).
 * - **Metadata**: the core properties (dc:title, dc:creator, dcterms:created/modified) fill the title, byline and
 *   dateline when the body does not state them.
 * - **Refusals**: a file that is not a ZIP with word/document.xml is damaged; an encrypted (password-protected)
 *   Word file is an OLE compound file, not a ZIP, and is named as such.
 */
import { createRequire } from 'node:module'
import type { Article, Span } from '../model.ts'
import { type Unit, assemble } from './assemble.ts'
import { IngestError } from './errors.ts'
import { anchorSpans } from './pdf.ts'
import { RE_FIGURE_CAPTION, RE_REFERENCE, headingShape, isDateline, metadataFields } from './text.ts'
import { collapse } from '../text/words.ts'

interface Mammoth {
  convertToHtml(input: { buffer: Buffer }, options?: Record<string, unknown>): Promise<{ value: string; messages: { type: string; message: string }[] }>
}
interface Libraries { mammoth: Mammoth; JSZip: { loadAsync(data: Uint8Array): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }> } }
let libs: Libraries | undefined
/** mammoth and JSZip (mammoth's own), loaded on the first Word file. */
function libraries(): Libraries {
  if (!libs) {
    const require = createRequire(import.meta.url)
    const mammothRequire = createRequire(require.resolve('mammoth'))
    libs = { mammoth: require('mammoth'), JSZip: mammothRequire('jszip') }
  }
  return libs
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The checks that need no parsing: a ZIP, or a password-protected (OLE) file. */
function refuseEarly(bytes: Uint8Array, path: string): void {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new IngestError(`${path}: the Word file is password-protected (encrypted) or in the old .doc format; save an unprotected copy as .docx (File → Info → Protect Document → remove the password) and give that`)
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new IngestError(`${path}: not a Word file (a .docx is a ZIP archive); check the file, or give it the extension of its real format`)
}

/** An element of mammoth's HTML. */
interface El { tag: string; attrs: Record<string, string>; children: (El | string)[] }
const VOID = new Set(['BR', 'IMG', 'HR'])
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const unescape = (t: string) => t.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e.toLowerCase()] ?? m))

/**
 * mammoth's HTML as a tree. mammoth writes well-formed HTML from a fixed set of elements (p, h1–h6, ul/ol/li, table,
 * strong, em, a, sup, br, img…), so a small tokenizer reads it; a DOM library took ~0.3 s to load for this.
 */
export function parseMammothHtml(html: string): El {
  const root: El = { tag: 'BODY', attrs: {}, children: [] }
  const stack = [root]
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|</g)) {
    const top = stack[stack.length - 1]!
    if (m[5] !== undefined) { top.children.push(unescape(m[5])); continue }
    if (m[2] === undefined) { top.children.push('<'); continue }
    const tag = m[2].toUpperCase()
    if (m[1]) {
      const at = stack.map(e => e.tag).lastIndexOf(tag)
      if (at > 0) stack.length = at
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of (m[3] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = unescape(a[2] ?? '')
    const el: El = { tag, attrs, children: [] }
    top.children.push(el)
    if (!VOID.has(tag) && !m[4]) stack.push(el)
  }
  return root
}

const elements = (e: El) => e.children.filter((c): c is El => typeof c !== 'string')
const find = (e: El, test: (x: El) => boolean): El | undefined => {
  for (const c of elements(e)) { if (test(c)) return c; const d = find(c, test); if (d) return d }
  return undefined
}
const findAll = (e: El, test: (x: El) => boolean, out: El[] = []): El[] => {
  for (const c of elements(e)) { if (test(c)) out.push(c); findAll(c, test, out) }
  return out
}
const textContent = (e: El): string => e.children.map(c => (typeof c === 'string' ? c : textContent(c))).join('')
const isNoteRef = (x: El) => x.tag === 'A' && /^#(foot|end)note/.test(x.attrs['href'] ?? '')
const isNote = (x: El) => x.tag === 'LI' && /^(foot|end)note-/.test(x.attrs['id'] ?? '')

/** The paragraphs of mammoth's HTML, as units and text lines. */
function unitsOf(html: string): { units: Unit[]; lines: string[]; styled: boolean } {
  const body = parseMammothHtml(html)
  const lines: string[] = []
  const units: Unit[] = []
  const line = (t: string): Span => { lines.push(t); const n = lines.length; return { line: n, endLine: n, paragraph: n } }
  const text = (el: El, skip = (_e: El) => false): string => {
    let out = ''
    const walk = (n: El) => {
      for (const c of n.children) {
        if (typeof c === 'string') { out += c; continue }
        if (skip(c) || (c.tag === 'SUP' && find(c, isNoteRef))) continue
        if (c.tag === 'BR') out += ' '
        walk(c)
        if (/^(P|LI|TD|TH|DIV)$/.test(c.tag)) out += ' '
      }
    }
    walk(el)
    return collapse(out)
  }
  const wholeBold = (el: El) => {
    const all = collapse(textContent(el))
    const bold = findAll(el, x => x.tag === 'STRONG').map(x => collapse(textContent(x))).join(' ')
    return !!all && collapse(bold) === all
  }
  let styled = false
  const list = (el: El, ordered: boolean) => {
    const items: { text: string; span: Span }[] = []
    const walkItems = (l: El) => {
      for (const li of elements(l)) {
        if (li.tag !== 'LI') continue
        const t = text(li, e => e.tag === 'UL' || e.tag === 'OL')
        if (t) items.push({ text: t, span: line(t) })
        for (const sub of elements(li)) if (sub.tag === 'UL' || sub.tag === 'OL') walkItems(sub)
      }
    }
    walkItems(el)
    if (items.length) units.push({ kind: 'list', ordered, start: 1, items, span: { ...items[0]!.span, endLine: items[items.length - 1]!.span.line } })
  }
  for (const el of elements(body)) {
    const tag = el.tag
    if (/^H[1-6]$/.test(tag)) { const t = text(el); if (t) { styled = true; units.push({ kind: 'heading', level: Number(tag[1]), title: t, span: line(t) }) } }
    else if (tag === 'P') {
      const t = text(el)
      if (!t) continue
      const bold = wholeBold(el) && t.split(' ').length <= 12 && !/[.!?;,:]$/.test(t)
      units.push(bold ? { kind: 'heading', level: 2, title: t, span: line(t) } : { kind: 'para', text: t, span: line(t) })
    } else if (tag === 'UL' || tag === 'OL') {
      if (find(el, isNote)) {
        for (const li of elements(el)) {
          const t = text(li).replace(/\s*↑\s*$/, '')
          if (t) units.push({ kind: 'footnote', label: /(\d+)$/.exec(li.attrs['id'] ?? '')?.[1] ?? String(units.length), text: t, span: line(t) })
        }
      } else list(el, tag === 'OL')
    } else if (tag === 'TABLE') {
      const rows = findAll(el, x => x.tag === 'TR').map(tr => elements(tr).filter(c => c.tag === 'TD' || c.tag === 'TH').map(c => text(c)))
      const [header, ...rest] = rows
      if (header) {
        const first = line(header.join(' | '))
        let last = first
        for (const r of rest) last = line(r.join(' | '))
        units.push({ kind: 'table', header, rows: rest, span: { ...first, endLine: last.line } })
      }
    } else if (tag === 'BLOCKQUOTE') { const t = text(el); if (t) units.push({ kind: 'quote', text: t, span: line(t) }) }
    else { const t = text(el); if (t) units.push({ kind: 'para', text: t, span: line(t) }) }
  }
  return { units, lines, styled }
}

/** Core properties (docProps/core.xml): title, creator, dates. */
async function coreProperties(bytes: Uint8Array, JSZip: Libraries['JSZip']): Promise<{ title?: string; creator?: string; created?: string; modified?: string }> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('docProps/core.xml')?.async('string')
  if (!xml) return {}
  const field = (tag: string) => { const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml); const v = m?.[1]?.trim(); return v ? v.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'") : undefined }
  const out: { title?: string; creator?: string; created?: string; modified?: string } = {}
  const t = field('dc:title'); if (t) out.title = t
  const c = field('dc:creator'); if (c) out.creator = c
  const d = field('dcterms:created'); if (d) out.created = d
  const m = field('dcterms:modified'); if (m) out.modified = m
  return out
}

/** Reads a Word file into the Article model (async: mammoth and JSZip are promise-based). */
export async function ingestDocxAsync(bytes: Uint8Array, path: string): Promise<Article> {
  refuseEarly(bytes, path)
  const { mammoth, JSZip } = libraries()
  let html: string
  let props: Awaited<ReturnType<typeof coreProperties>>
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true, styleMap: ['p[style-name=\'Title\'] => h1.title:fresh', 'p[style-name=\'Subtitle\'] => p.subtitle:fresh'] })).value
    props = await coreProperties(bytes, JSZip)
  } catch (e) {
    const why = (e as Error).message.split('\n')[0]
    throw new IngestError(`${path}: the Word file is damaged and cannot be read (${why}); open it in Word or LibreOffice and save it again`)
  }
  const { units, lines, styled } = unitsOf(html)
  if (!lines.length) throw new IngestError(`${path}: the Word file has no text; check that it is the right file`)
  let input = units
  if (!styled) {
    // No heading styles: the plain-text shape rules, paragraph by paragraph (the first is left to the title rule).
    input = units.map((u, i) => {
      if (u.kind !== 'para' || i === 0 || i === units.length - 1) return u
      const t = u.text
      // what the plain-text reader reads before headings: head lines, metadata, Source/Note lines, captions
      if (isDateline(t) || metadataFields(t) || /^\(.*\)$/.test(t) || RE_REFERENCE.test(t) || RE_FIGURE_CAPTION.test(t)) return u
      const h = headingShape(t)
      return h ? { kind: 'heading', level: h.level, title: h.title, span: u.span } : u
    })
  }
  const text = lines.join('\n')
  const article = assemble({ path, format: 'docx', text, units: input })
  if (!article.titleSpan && props.title) article.title = props.title
  if (!article.byline && props.creator) article.byline = props.creator
  if (!article.dateline && (props.modified ?? props.created)) article.meta.other['modified'] = (props.modified ?? props.created)!
  const anchors = lines.map((_, i) => ({ paragraph: i + 1 }))
  anchorSpans(article, anchors)
  article.lineAnchors = anchors
  return article
}

/** Synchronous entry point: Word files are read through {@link ingestDocxAsync}; see ingestAsync in index.ts. */
export function ingestDocx(_bytes: Uint8Array, path: string): Article {
  throw new IngestError(`${path}: a Word file is read asynchronously; call ingestAsync() (briefdeck does)`)
}
