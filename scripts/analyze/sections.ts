/** Helpers for walking the section tree and picking the items of a section. */
import type { Block, Section, Span } from '../model.ts'

/** A closing section: the deck's conclusion slide. */
export const RE_CONCLUSION_HEADING = /\b(conclusions?|takeaways?|bottom line|final thoughts|заключение|выводы)\b/iu
/** Where the article states its thesis: a closing section, or a summary / key-judgements section. */
export const RE_THESIS_HEADING = /\b(conclusions?|summary|bottom line|takeaways?|key judgements?|key judgments?|заключение|выводы)\b/iu
/** An opening section, where the thesis is otherwise the last sentence. */
export const RE_INTRO_HEADING = /\b(introduction|overview|summary|background)\b/iu

/** A named entry of a section: a labelled item, a list item, or (failing those) a paragraph. */
export interface Entry { label?: string; text: string; sentences: string[]; span: Span }

/** The entries of a section (its own blocks and its children's), labelled ones first in document order. */
export function entriesOf(section: Section): Entry[] {
  const out: Entry[] = []
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'item') out.push({ label: b.label, text: b.text, sentences: b.sentences.map(s => s.text), span: b.span })
      else if (b.kind === 'list') for (const it of b.items) out.push({ ...(it.label ? { label: it.label } : {}), text: it.text, sentences: it.sentences.map(s => s.text), span: it.span })
      else if (b.kind === 'paragraph' || b.kind === 'quote') out.push({ text: b.text, sentences: b.sentences.map(s => s.text), span: b.span })
    }
  }
  visit(section.blocks)
  for (const c of section.children) {
    const sub = entriesOf(c)
    // a sub-section is itself one entry, named by its heading
    if (sub.length) out.push({ label: c.title, text: sub.map(e => e.text).join(' '), sentences: sub.flatMap(e => e.sentences), span: { ...c.span, endLine: sub[sub.length - 1]!.span.endLine } })
  }
  return out
}
