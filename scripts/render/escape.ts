/**
 * The one place where article text meets Markdown, Vue templates, HTML comments (notes), YAML
 * frontmatter and component props. Nothing else in the codebase escapes.
 *
 * In a Slidev deck a slide's Markdown is rendered by markdown-it (HTML allowed) and the result is
 * compiled as a Vue template. So a text field must survive three readers:
 *  1. Slidev's own line-level syntax (`---` separators, `::slot::`, `<<<` snippets, `$…$` math),
 *  2. markdown-it (emphasis, links, HTML tags, entities, list and heading markers),
 *  3. Vue's template compiler (`{{ }}` interpolation, directives on tags).
 *
 * The rules below are data: each says what it guards against. Backslash-escaping every ASCII
 * punctuation character is legal CommonMark for all of them and makes markdown-it emit the
 * literal character (with `<`, `>`, `&`, `"` HTML-escaped), so no tag, link or emphasis can be
 * formed. Vue, however, would still see `{{` in the output; a field containing `{` is therefore
 * wrapped in `<span v-pre>`, which Vue leaves uncompiled (Slidev does the same for code).
 */
import { stringify as yamlStringify } from 'yaml'

/** A rule of the escaper, kept as data so tests and docs can enumerate it. */
export interface EscapeRule {
  /** What the rule matches. */
  pattern: RegExp
  /** What it becomes. */
  replace: string | ((m: string) => string)
  /** Which reader it protects against. */
  why: string
}

const esc = (m: string) => m.replace(/./g, c => `\\${c}`)

/** A UTF-16 surrogate without its pair: not a character; written to a UTF-8 file it would become U+FFFD anyway. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Rules for inline Markdown text (bullets, titles, labels). Applied in order. Punctuation that
 * is harmless inside a line (`.`, `,`, `'`, `"`, `(`, `?`…) is left alone so that a presenter
 * editing slides.md reads plain prose.
 */
export const MARKDOWN_TEXT_RULES: readonly EscapeRule[] = [
  { pattern: /\s+/g, replace: ' ', why: 'a field is one line: a newline could start a list, a heading or a `---` slide separator' },
  { pattern: /^ | $/g, replace: '', why: 'a leading or trailing space stops `**label:**` from being bold and is invisible anyway' },
  { pattern: LONE_SURROGATE, replace: '\uFFFD', why: 'a lone surrogate is not text; the UTF-8 file would hold U+FFFD in its place' },
  { pattern: /[\u0000-\u0008\u000e-\u001f\u007f]/g, replace: '\uFFFD', why: 'control characters are not text; markdown-it maps NUL to U+FFFD anyway' },
  { pattern: /[\\`*_[\]<>&{}$|~^=#!]/g, replace: esc, why: 'emphasis, code, links, images, footnotes, HTML tags, entities, math, table cells, strike/mark, headings: an escaped character is always literal (CommonMark)' },
  { pattern: /[.:@/](?=\S)/g, replace: esc, why: 'linkify turns `www.x.org`, `a@b.org`, `http://` into links; slot syntax `::name::` needs `::`' },
  { pattern: /(?<=url)\(|\((?=(?:c|r|tm)\))/gi, replace: esc, why: '@slidev/parser preloads any `url(…png)` in a slide (escapes ignored), and the typographer turns `(c)` `(r)` `(tm)` into © ® ™' },
  { pattern: /[-,?](?=[-,?])|\+(?=-)/g, replace: esc, why: 'Slidev turns on the typographer: `--`/`---` become dashes, `+-` ±, `,,` `,`, `????` `???`; an escaped character is never replaced' },
  { pattern: /^[-+]|^\d+(?=[.)])/, replace: m => /\d/.test(m) ? m.replace(/(\d)$/, '$1\\') : esc(m), why: 'a leading `-`, `+` or `1.` would start a (nested) list' },
]

/** Rules for text inside an HTML comment (speaker notes). */
export const NOTES_RULES: readonly EscapeRule[] = [
  { pattern: /[\u0000-\u0008\u000e-\u001f\u007f]/g, replace: '\uFFFD', why: 'control characters are not text' },
  { pattern: LONE_SURROGATE, replace: '\uFFFD', why: 'a lone surrogate is not text; the UTF-8 file would hold U+FFFD in its place' },
  { pattern: /\r\n?/g, replace: '\n', why: 'one kind of line break, so the rules below see every line start' },
  { pattern: /^[^\S\n]+|[^\S\n]+$/gm, replace: '', why: 'an indented line would be a code block (which shows the escapes below literally); two trailing spaces would be a line break element' },
  { pattern: /[\\`*_[\]<>&{}$|~^=#!-]/g, replace: esc, why: 'notes are Markdown rendered with v-html in the presenter view: no tag may be formed; escaping `-` means `-->` can never close the comment early' },
  { pattern: /[.:@/](?=\S)/g, replace: esc, why: 'linkify (when a renderer enables it) turns `www.x.org`, `a@b.org` into links' },
  { pattern: /^[+]|^\d+(?=[.)])/gm, replace: m => /\d/.test(m) ? m.replace(/(\d)$/, '$1\\') : esc(m), why: 'a `+` or `1.` at the start of any line of a note would start a list' },
]

function apply(rules: readonly EscapeRule[], text: string): string {
  let out = text
  for (const r of rules) out = out.replace(r.pattern, r.replace as (m: string) => string)
  return out
}

/** Escapes one text field for a Slidev Markdown line: shows exactly `text`, creates nothing. */
export function mdText(text: string): string {
  const escaped = apply(MARKDOWN_TEXT_RULES, text)
  // Vue interpolates `{{` in the rendered HTML; v-pre stops the compiler for this span.
  return text.includes('{') ? `<span v-pre>${escaped}</span>` : escaped
}

/**
 * Escapes one text field for the inside of an HTML element the renderer writes (an HTML block, which Markdown does
 * not parse): every ASCII punctuation mark becomes a numeric entity, line breaks become spaces (a blank line would
 * end the block), and a `v-pre` span keeps Vue from interpolating `{{ }}`.
 */
export function htmlText(text: string): string {
  // every ASCII punctuation mark as a numeric entity: nothing of HTML, Vue, KaTeX (`$`) or Markdown survives as syntax
  const escaped = text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, c => `&#${c.charCodeAt(0)};`)
  return `<span v-pre>${escaped}</span>`
}

/** Escapes one line of speaker notes (inside `<!-- -->`). */
export function notesText(text: string): string {
  return apply(NOTES_RULES, text)
}

/**
 * The plain text of a field or note line written by {@link mdText} / {@link notesText}, for places that
 * print it outside the browser (PDF metadata, handout notes, outlines). The inverse of the escaping,
 * kept here so that the escaping rules and their reversal live in one module.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<span v-pre>([\s\S]*?)<\/span>/g, '$1')
    .replace(/(?<!\\)&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim()
}

/**
 * Serialises component props as a JavaScript literal inside a single-quoted attribute:
 * `:risks='[…]'`. JSON is valid JS; characters that could end the attribute, open a tag, form an
 * entity or break the line are written as `\uXXXX` escapes inside the JSON strings, where they
 * are the same characters to JS. So are `(` and `)`: @slidev/parser scans the raw slide for `![…](url)` and
 * `url(…)` and preloads what it finds, so a prop holding `![x](https://…/x.png)` would make the deck fetch it.
 * Vue never evaluates article text as code: it is only string data.
 */
export function propLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/['<>&()\u2028\u2029\n\r]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A component tag with serialised props, on one line (an HTML block to markdown-it). */
export function componentTag(name: string, props: Record<string, unknown>): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`bad component name ${name}`)
  const attrs = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!/^[a-z][a-zA-Z0-9]*$/.test(k)) throw new Error(`bad prop name ${k}`)
      return ` :${k}='${propLiteral(v)}'`
    })
    .join('')
  return `<${name}${attrs} />`
}

/**
 * YAML for frontmatter/headmatter, via the yaml library (never by joining strings). Every string is double-quoted,
 * and a `-` that would make a run of three is written as the YAML escape `\x2D`: @slidev/parser ends a frontmatter
 * block at the first `---` anywhere in it (`RE_FRONTMATTER = /^---.*\r?\n([\s\S]*?)---/`), even inside a quoted
 * value, so a title such as `Before --- after` would otherwise cut the headmatter in two.
 */
export function yamlBlock(data: Record<string, unknown>): string {
  return yamlStringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
    .trimEnd()
    .replace(/-(?=--)/g, '\\x2D')
}
