/**
 * Block builders shared by every input format (plain text, Markdown, HTML): they turn a piece of
 * text and its line span into typed blocks with sentences, and recognise labelled items.
 * The rules are about line shape, never about particular words.
 */
import type { Block, LabelledItem, ListItem, Paragraph, Section, Sentence, Span } from '../model.ts'
import { splitSentences } from '../text/sentences.ts'
import { collapse, countWords, slugify } from '../text/words.ts'

/** Longest label we accept in `Label: text` / `Label. text` (words). */
export const MAX_LABEL_WORDS = 6
/** Longest label in characters. */
export const MAX_LABEL_CHARS = 60

/** Sentences of `text`, anchored to `span` with 1-based sentence indexes. */
export function sentencesOf(text: string, span: Span): Sentence[] {
  return splitSentences(text).map((s, i) => ({ text: s, span: { line: span.line, endLine: span.endLine, sentence: i + 1 } }))
}

const RE_PRONOUN = /^(I|We|You|He|She|It|They|This|That|These|Those|There|Here|My|Our|Your|His|Her|Their|And|But|So|Or|Now|Tonight|Today|Yes|No)$/
/** `**Label.** text` / `**Label:** text` (Markdown bold lead-in). */
const RE_BOLD_LABEL = /^\*\*([^*]{1,60}?)[.:]?\*\*[.:]?\s+(\S.*)$/s
/** `Label: text` — a short label, a colon, then text. */
const RE_COLON_LABEL = /^([^:!?;]{1,60}):\s+(\S.*)$/s
/** `Label. Text` — a short title-like label, a period, then a capitalised sentence. */
const RE_PERIOD_LABEL = /^([^.!?;:]{1,60})\.\s+(\p{Lu}.*)$/su
/** Text up to the first sentence end that is not an initial or abbreviation (a lower-case letter or digit before `.`). */
const RE_FIRST_CLAUSE = /^.*?[\p{Ll}\p{N}][.!?](?=\s|$)/su

/**
 * Is `label` shaped like a label? Short, starts with a capital or digit, does not end in a
 * function word, and (for period labels) is title-like: no finite-clause shape such as a
 * lower-case run longer than the label's capitalised words.
 */
export function isLabelShape(label: string, strict: boolean, looseWords = 2): boolean {
  const words = label.trim().split(/\s+/)
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || label.length > MAX_LABEL_CHARS) return false
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(label.trim())) return false
  if (/^(the|a|an|and|or|of|to|in|on|for|with|by|at|from|as)$/i.test(words[words.length - 1] ?? '')) return false
  // A label names a thing; a clause opening with a pronoun ("We should agree: …") is prose.
  if (RE_PRONOUN.test(words[0] ?? '')) return false
  if (!strict && words.length <= looseWords) return true
  // "Label. Text" needs a title-like label: most words capitalised (function words aside).
  const content = words.filter(w => !/^(and|or|of|the|a|an|in|on|for|to|with|by|at|from|as|vs\.?)$/i.test(w))
  const caps = content.filter(w => /^[\p{Lu}\p{N}"“‘'(]/u.test(w)).length
  return words.length <= 2 || caps >= Math.ceil(content.length * 0.6)
}

/** Most words in a sentence-case label, accepted only in a list where most items are labelled. */
export const MAX_LOOSE_LABEL_WORDS = 6
/** Fewest words in the first sentence after a `Label.`: a run of short fragments is rhetoric, not label + text. */
const MIN_BODY_WORDS = 4

/**
 * Splits `text` into a label and body when it is a labelled item, else undefined.
 * `loose` also accepts sentence-case `Label. Text` labels of up to {@link MAX_LOOSE_LABEL_WORDS} words
 * (used for list items when most items of the list are labelled, e.g. "- War powers. Some Members…").
 */
export function splitLabel(text: string, loose = false): { label: string; body: string } | undefined {
  const t = collapse(text)
  const bold = RE_BOLD_LABEL.exec(t)
  if (bold?.[1] && bold[2]) return { label: bold[1].trim(), body: bold[2].trim() }
  const colon = RE_COLON_LABEL.exec(t)
  if (colon?.[1] && colon[2] && isLabelShape(colon[1], false)) return { label: colon[1].trim(), body: colon[2].trim() }
  const period = RE_PERIOD_LABEL.exec(t)
  // a period after a single capital is a middle initial ("President Donald J. Trump met …"), not a label's end
  if (period?.[1] && period[2] && !/(?:^|\s)\p{Lu}$/u.test(period[1]) && (isLabelShape(period[1], true) || (loose && isLabelShape(period[1], false, MAX_LOOSE_LABEL_WORDS)))
    && countWords(RE_FIRST_CLAUSE.exec(period[2])?.[0] ?? period[2]) >= MIN_BODY_WORDS) {
    return { label: period[1].trim(), body: period[2].trim() }
  }
  return undefined
}

/** A paragraph block. */
export function paragraph(text: string, span: Span): Paragraph {
  const t = collapse(text)
  return { kind: 'paragraph', text: t, sentences: sentencesOf(t, span), span }
}

/** A labelled item block. */
export function labelledItem(label: string, body: string, span: Span): LabelledItem {
  const t = collapse(body)
  return { kind: 'item', label: collapse(label), text: t, sentences: sentencesOf(t, span), span }
}

/** A labelled item if the text is one, else a paragraph. */
export function paragraphOrItem(text: string, span: Span): Block {
  const l = splitLabel(text)
  return l ? labelledItem(l.label, l.body, span) : paragraph(text, span)
}

/** An inline enumeration marker "(1) " / "(a) ", at the start, after a space or after a dash ("to—(1) provide"). */
export const RE_ENUM_MARKER = /(^|[\s—–])\((\d{1,2}|[a-z])\)\s+/g

/** The parts of a paragraph with an inline "(1) … (2) …" (or "(a) … (b) …") enumeration, or undefined. */
export function inlineEnumeration(text: string): { lead: string; items: string[]; tail: string } | undefined {
  const marks: { at: number; end: number; key: string }[] = []
  for (const m of text.matchAll(RE_ENUM_MARKER)) {
    const key = m[2]!
    const expected = marks.length === 0 ? undefined : nextKey(marks[marks.length - 1]!.key)
    if (marks.length === 0 ? key === '1' || key === 'a' : key === expected) {
      marks.push({ at: m.index + m[1]!.length, end: m.index + m[0].length, key })
    }
  }
  if (marks.length < 2) return undefined
  const items = marks.map((m, i) => text.slice(m.end, i + 1 < marks.length ? marks[i + 1]!.at : text.length).trim())
  // The last item ends with its sentence; what follows is ordinary prose.
  const last = splitSentences(items[items.length - 1]!)
  items[items.length - 1] = last[0] ?? ''
  return { lead: text.slice(0, marks[0]!.at).trim(), items, tail: last.slice(1).join(' ') }
}

function nextKey(key: string): string {
  return /\d/.test(key) ? String(Number(key) + 1) : String.fromCharCode(key.charCodeAt(0) + 1)
}

/**
 * The blocks of one paragraph of prose, for every reader: a labelled item or a paragraph; or, when it holds an
 * inline enumeration "(1) … (2) …" (or "(a) … (b) …"), its lead-in as a paragraph, the items as an ordered list,
 * and the sentences after the last item as a paragraph.
 */
export function proseBlocks(text: string, span: Span): Block[] {
  const en = inlineEnumeration(text)
  if (!en) return [paragraphOrItem(text, span)]
  return [
    ...(en.lead ? [paragraphOrItem(en.lead, span)] : []),
    { kind: 'list', ordered: true, items: listItems(en.items.map(it => ({ text: it, span }))), span },
    ...(en.tail ? [paragraph(en.tail, span)] : []),
  ]
}

/**
 * Labelled runs: a paragraph next to labelled items (the block before or after it is one) is retried with the
 * loose label rule, as list items are when most of their list is labelled ("In s pace. Protecting…" between
 * "From space. …" items). The run's shape, not the one paragraph, says the author wrote labelled paragraphs.
 */
export function relabelRuns(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    if (b.kind !== 'paragraph') return b
    if (blocks[i - 1]?.kind !== 'item' && blocks[i + 1]?.kind !== 'item') return b
    const l = splitLabel(b.text, true)
    return l ? labelledItem(l.label, l.body, b.span) : b
  })
}

/** {@link relabelRuns} over a section tree. */
export function relabelSections(sections: Section[]): Section[] {
  return sections.map(s => ({ ...s, blocks: relabelRuns(s.blocks), children: relabelSections(s.children) }))
}

/** A list item, with its label split off when written `Label. text`. */
export function listItem(text: string, span: Span, loose = false): ListItem {
  const l = splitLabel(text, loose)
  const body = collapse(l ? l.body : text)
  return { ...(l ? { label: l.label } : {}), text: body, sentences: sentencesOf(body, span), span }
}

/**
 * List items from their texts, with labels split off. A sentence-case label ("Iran's nuclear
 * program. The U.S. plan…") is accepted when at least half of the list's items have one: the
 * list's shape, not one item, says the author wrote labelled bullets.
 */
export function listItems(entries: { text: string; span: Span }[]): ListItem[] {
  const loose = entries.filter(e => splitLabel(e.text, true)).length * 2 >= entries.length && entries.length >= 2
  return entries.map(e => listItem(e.text, e.span, loose))
}

