/**
 * The readers a slide goes through in Slidev, rebuilt in Node so the escaping tests need no browser:
 *  - @slidev/parser splits slides.md into slides, frontmatter and notes;
 *  - markdown-exit (Slidev's markdown-it fork) with Slidev's options renders a slide's Markdown to HTML;
 *  - @vue/compiler-dom parses and compiles that HTML as a Vue template;
 *  - notes and the headmatter `info` are rendered by a second markdown-exit (HTML allowed, no linkify) and shown
 *    with `v-html`, so they are read back with an HTML parser (linkedom);
 *  - the headmatter `title` is read as inline Markdown for the document title, and every slide title is rendered
 *    as Markdown into Slidev's title renderer (a Vue component).
 * The browser fuzz (test/browser/fuzz.test.ts) checks the same things through the real build.
 */
import { compile, parse as vueParse, NodeTypes, ElementTypes, type RootNode, type TemplateChildNode, type ElementNode } from '@vue/compiler-dom'
import { parseHTML } from 'linkedom'
import { createMarkdownExit } from 'markdown-exit'
import footnote from 'markdown-it-footnote'

/**
 * Slidev's slide renderer options (unplugin-vue-markdown's defaults, typographer included, then Slidev's
 * node/vite/markdown.ts); linkify keeps fuzzy links on here, which is stricter.
 */
export const slideMd = createMarkdownExit({ html: true, xhtmlOut: true, linkify: true, typographer: true, quotes: '""\'\'' }).use(footnote)
/** Slidev's notes and `info` renderer (node/vite/loaders.ts, node/commands/shared.ts). */
export const notesMd = createMarkdownExit({ html: true })

/** Slidev's line-level syntax, which runs before markdown-it sees a line (slot sugar, snippets). */
export const RE_SLOT_MARKER = /^::\s*[\w.\-:]+\s*::\s*$/m
export const RE_SNIPPET = /^\s*<<<\s/m

/**
 * What the escaper promises to show for a text field: lone surrogates and control characters become U+FFFD,
 * whitespace runs become one space, and the ends are trimmed.
 */
export function shown(s: string): string {
  return s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Collapses whitespace as a browser does when it lays out text (for comparing whole elements). The typographer's
 * apostrophe (`don't` → `don’t`) is the one change Slidev makes that escaping does not stop; it is folded here.
 */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, '\'').trim()

/** Elements the renderer itself writes into slide content; anything else came from input. */
const WRITTEN = new Set(['h1', 'p', 'ul', 'ol', 'li', 'strong', 'span', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'template'])
/** Components the renderer writes, with the props it binds. */
const COMPONENTS: Record<string, string[]> = {
  Ref: ['at', 'n'], RiskMatrix: ['risks'], ScenarioCompare: ['scenarios', 'dimensions'], KeyFigures: ['figures'],
  ActorMap: ['actors', 'relations'], Timeline: ['events'], Cards: ['cards'], Fact: ['value', 'text', 'at', 'n'],
  PullQuote: ['text', 'speaker', 'at', 'n'], Steps: ['steps'], Questions: ['questions'],
}
/** Static attributes the renderer writes. */
const ATTRIBUTES: Record<string, RegExp> = { class: /^(lead|themes|theme-chip|subtitle|table-source|bd-kicker)$/ }

/** A Vue template tree of one slide, with what in it did not come from the renderer. */
export interface VueSlide {
  root: RootNode
  /** Elements, attributes, directives, interpolations or comments the renderer does not write. */
  foreign: string[]
  /** Component props, parsed as JSON: `Component.prop` → values in document order. */
  props: Map<string, unknown[]>
}

/** Parses rendered slide HTML as Vue does, compiles it (throws on template errors), and lists foreign nodes. */
export function readVue(html: string, allow: { directives?: string[]; context?: string[] } = {}): VueSlide {
  // Errors are collected, not thrown: Vue's parser keeps `inVPre` in module state and a throw inside a `v-pre`
  // element would leave every later parse in this process ignoring directives.
  const errors: string[] = []
  const onError = (e: Error) => { errors.push(e.message) }
  const code = compile(html, { mode: 'module', prefixIdentifiers: true, hoistStatic: false, onError }).code
  const root = vueParse(html, { comments: true, onError })
  if (errors.length) throw new Error(errors[0])
  const foreign: string[] = []
  const props = new Map<string, unknown[]>()
  for (const [ref] of code.matchAll(/_ctx\.[\w$]+/g)) if (!allow.context?.includes(ref.slice(5))) foreign.push(`compiled code reads the component context: ${ref}`)
  if (/_toDisplayString\(/.test(code)) foreign.push('compiled code interpolates an expression')
  const walk = (nodes: TemplateChildNode[]) => {
    for (const n of nodes) {
      if (n.type === NodeTypes.INTERPOLATION) foreign.push(`interpolation {{${n.content.loc.source}}}`)
      else if (n.type === NodeTypes.COMMENT) foreign.push(`comment <!--${n.content}-->`)
      else if (n.type === NodeTypes.ELEMENT) {
        const known = COMPONENTS[n.tag]
        if (n.tagType === ElementTypes.COMPONENT ? !known : !WRITTEN.has(n.tag)) foreign.push(`element <${n.tag}>`)
        for (const p of n.props) {
          if (p.type === NodeTypes.ATTRIBUTE) {
            if (!ATTRIBUTES[p.name]?.test(p.value?.content ?? '')) foreign.push(`attribute ${p.name}="${p.value?.content ?? ''}" on <${n.tag}>`)
          }
          else if (p.name === 'bind' && known && p.arg?.type === NodeTypes.SIMPLE_EXPRESSION && known.includes(p.arg.content) && p.exp?.type === NodeTypes.SIMPLE_EXPRESSION) {
            const key = `${n.tag}.${p.arg.content}`
            props.set(key, [...(props.get(key) ?? []), JSON.parse(p.exp.content) as unknown])
          }
          else if (!allow.directives?.includes(p.rawName ?? p.name)) foreign.push(`directive ${p.rawName ?? p.name} on <${n.tag}>`)
        }
        walk(n.children)
      }
    }
  }
  walk(root.children)
  return { root, foreign, props }
}

/** Text of a Vue node, without what components render. */
export function vueText(n: TemplateChildNode | RootNode): string {
  if (n.type === NodeTypes.TEXT) return n.content
  if (n.type === NodeTypes.ROOT || (n.type === NodeTypes.ELEMENT && n.tagType !== ElementTypes.COMPONENT)) return n.children.map(vueText).join('')
  return ''
}

/** Every element with `tag` (and `class`, if given), in document order. */
export function vueAll(n: RootNode | TemplateChildNode, tag: string, cls?: string): ElementNode[] {
  const out: ElementNode[] = []
  const visit = (x: RootNode | TemplateChildNode) => {
    if (x.type === NodeTypes.ELEMENT) {
      const c = x.props.find(p => p.type === NodeTypes.ATTRIBUTE && p.name === 'class')
      if (x.tag === tag && (!cls || (c?.type === NodeTypes.ATTRIBUTE && c.value?.content === cls))) out.push(x)
    }
    if (x.type === NodeTypes.ROOT || x.type === NodeTypes.ELEMENT) x.children.forEach(visit)
  }
  visit(n)
  return out
}

/** HTML shown with v-html (notes, info): the elements in it other than `allowed`, and its text. */
export function readHtml(html: string, allowed = ['p']): { foreign: string[]; text: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const foreign: string[] = []
  for (const el of document.body.querySelectorAll('*')) {
    if (!allowed.includes(el.tagName.toLowerCase())) foreign.push(`element <${el.tagName.toLowerCase()}>`)
    for (const a of el.attributes) foreign.push(`attribute ${a.name} on <${el.tagName.toLowerCase()}>`)
  }
  return { foreign, text: document.body.textContent ?? '' }
}

/** Slidev's document title: the headmatter title read as inline Markdown, text tokens only (node/commands/shared.ts). */
export function documentTitle(title: string): string {
  return notesMd.parseInline(title, {})
    .map(t => (t.children ?? []).filter(c => ['text', 'code_inline'].includes(c.type) && !/^\s*$/.test(c.content)).map(c => c.content.trim()).join(' '))
    .filter(Boolean).join(' ')
}
