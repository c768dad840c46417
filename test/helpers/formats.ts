/**
 * Helpers for the PDF and Word readers' tests: the same report read from its text version and from its document,
 * compared as a reader would compare the two decks.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Block, Deck, Section } from '../../scripts/model.ts'
import { SHARED_ARTICLES } from './generate.ts'

export const SHARED_PDFS = join(SHARED_ARTICLES, 'pdf')
export const SHARED_DOCX = join(SHARED_ARTICLES, 'docx')

/** The shared PDFs, each with the text version of the same number. */
export function pdfPairs(): { pdf: string; text: string }[] {
  if (!existsSync(SHARED_PDFS)) return []
  const texts = readdirSync(SHARED_ARTICLES).filter(f => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md')
  return readdirSync(SHARED_PDFS).filter(f => f.endsWith('.pdf')).sort().map(f => {
    const number = /^\d+/.exec(f)![0]
    const text = texts.find(t => t.startsWith(`${number}-`))
    return { pdf: join(SHARED_PDFS, f), text: join(SHARED_ARTICLES, text ?? '') }
  })
}

/** Text compared without case, typographic quotes, dashes or spacing. */
export const normal = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\p{L}\p{N}'"-]+/gu, ' ').trim()

/** The titles of a deck's section slides (first part of each), in order. */
export function sectionTitles(deck: Deck): string[] {
  return [...new Set(deck.slides.filter(s => (s.kind === 'section' || s.kind === 'conclusion') && (s.part?.index ?? 1) === 1).map(s => normal(s.title)))]
}

function* sections(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* sections(s.children) } }

/** The paragraphs (and list items) of an article's body, as text. */
export function paragraphs(a: Article): string[] {
  const out: string[] = []
  const add = (b: Block) => {
    if (b.kind === 'list') for (const it of b.items) out.push(`${it.label ? `${it.label}. ` : ''}${it.text}`)
    else if (b.kind === 'item') out.push(`${b.label}. ${b.text}`)
    else if (b.kind !== 'table') out.push(b.text)
  }
  for (const s of sections(a.sections)) s.blocks.forEach(add)
  return out
}

/** Everything a deck shows or has in its notes, as one normalised text. */
export function deckText(deck: Deck): string {
  const parts: string[] = []
  for (const s of deck.slides) {
    parts.push(s.title, ...(s.notes.sources.map(x => x.text)))
    for (const b of s.blocks) parts.push(JSON.stringify(b))
  }
  return ` ${normal(parts.join(' ').replace(/\\[nrt]/g, ' '))} `
}

/** Is most of the paragraph (80 % of its runs of five words) somewhere in the text? */
export function kept(paragraph: string, text: string): boolean {
  const w = normal(paragraph).split(' ').filter(Boolean)
  if (w.length < 5) return text.includes(` ${w.join(' ')} `)
  let found = 0, total = 0
  for (let i = 0; i + 5 <= w.length; i += 2) { total++; if (text.includes(w.slice(i, i + 5).join(' '))) found++ }
  return found >= total * 0.8
}

/** Every authored section title of an article, at every level, in order (normalised). */
export function articleTitles(a: Article): string[] {
  return [...sections(a.sections)].filter(s => !s.synthetic).map(s => normal(s.title))
}
