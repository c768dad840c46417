/**
 * Helpers over the article's section tree that every stage shares: the leaf module (it imports only the model).
 */
import type { Block, Section, Sentence } from '../model.ts'

/** Every section, depth first. */
export function allSections(sections: Section[]): Section[] {
  return sections.flatMap(s => [s, ...allSections(s.children)])
}

/** Every sentence of a section tree, in order: of paragraphs, labelled items, list items and quotations (tables hold none). */
export function allSentences(sections: Section[]): Sentence[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => b.kind === 'list' ? b.items.flatMap(i => i.sentences) : 'sentences' in b ? b.sentences : []))
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

