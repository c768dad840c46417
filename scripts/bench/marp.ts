/**
 * The same deck for Marp, so the benchmark can print it with Marp CLI as a reference: one Marp slide per briefdeck
 * slide, its title as a heading and every string its blocks show (bullets, cards, matrix entries, table cells) as
 * a list. It carries the same text, not the same look: Marp has no components.
 */
import type { Deck, SlideBlock } from '../model.ts'

/** The strings a block shows, in order (ids, kinds and source spans left out). */
function shownText(block: SlideBlock): string[] {
  const out: string[] = []
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (!['id', 'kind', 'slideId', 'from', 'to'].includes(key) && value.trim())
        out.push(value)
    }
    else if (Array.isArray(value)) {
      for (const v of value) walk(v, key)
    }
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k !== 'anchor' && k !== 'span' && k !== 'source')
          walk(v, k)
      }
    }
  }
  walk(block)
  return out
}

/** Marp can read Markdown and HTML: every character that could start either is escaped. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, c => `\\${c}`).replace(/\s+/g, ' ')

/** The deck as Marp Markdown (`marp: true`, 16:9). */
export function marpDeck(deck: Deck): string {
  const slides = deck.slides.map((slide) => {
    const lines = slide.blocks.flatMap(shownText).map(t => `- ${escapeMarkdown(t)}`)
    return [`# ${escapeMarkdown(slide.title)}`, '', ...lines].join('\n')
  })
  return `---\nmarp: true\nsize: 16:9\n---\n\n${slides.join('\n\n---\n\n')}\n`
}
