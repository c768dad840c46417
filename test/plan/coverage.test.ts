// Nothing is silently dropped: every body sentence of every shared article reaches the deck,
// on a slide or in the speaker notes of the slide that covers it.
import { describe, expect, it } from 'vitest'
import type { Block, Section } from '../../scripts/model.ts'
import { generateFile, sharedArticles } from '../helpers/generate.ts'

const sentencesOf = (b: Block): string[] =>
  b.kind === 'list' ? b.items.flatMap(i => i.sentences.map(s => s.text))
    : b.kind === 'table' ? [...b.header, ...b.rows.flat()].filter(c => c.trim())
      : b.sentences.map(s => s.text)
const walk = (ss: Section[]): Section[] => ss.flatMap(s => [s, ...walk(s.children)])
const squash = (t: string) => t.replace(/\s+/g, ' ').trim()

describe('every shared article', () => {
  for (const path of sharedArticles()) {
    it(`keeps every body sentence on a slide or in its notes: ${path.split('/').pop()}`, () => {
      const g = generateFile(path)
      expect(g.deck.diagnostics.some(d => d.rule === 'max-slides'), 'deck was cut to the slide limit').toBe(false)
      const deckText = squash(g.deck.slides.flatMap(s => [
        ...s.notes.sources.map(n => n.text), ...s.notes.remarks,
        ...s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items.map(i => i.text) : [])),
      ]).join(' '))
      const missing = walk(g.article.sections).flatMap(s => s.blocks.flatMap(sentencesOf)).filter(t => !deckText.includes(squash(t)))
      expect(missing).toEqual([])
      expect(g.deck.slides.filter(s => s.kind === 'section' || s.kind === 'conclusion').length).toBeGreaterThan(0)
    })
  }
})
