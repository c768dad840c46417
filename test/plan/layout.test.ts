import { describe, expect, it } from 'vitest'
import type { Slide, SlideBlock } from '../../scripts/model.ts'
import { BODY_WORDS } from '../../scripts/plan/budget.ts'
import { DIVIDER_MIN_SLIDES } from '../../scripts/plan/deck.ts'
import { SAMPLE, SAMPLE_SIDECAR, generateFile, generateText, sharedArticles } from '../helpers/generate.ts'
import { countWords } from '../../scripts/text/words.ts'

const deckOf = (text: string) => generateText(text, text.startsWith('#') ? 'article.md' : 'article.txt').deck
const section = (text: string, id: string) => deckOf(text).slides.find(s => s.id === id)!

/** Body words of a slide: every label and text a viewer reads under the title. */
function bodyWords(s: Slide): number {
  const text = (b: SlideBlock): string => {
    switch (b.kind) {
      case 'bullets': return b.items.map(i => `${i.label ?? ''} ${i.text}`).join(' ')
      case 'lead': return b.text
      case 'cards': return b.cards.map(c => `${c.label} ${c.text}`).join(' ')
      case 'fact': return `${b.value} ${b.text}`
      case 'quote': return `${b.text} ${b.speaker ?? ''}`
      case 'steps': return b.steps.map(i => `${i.label ?? ''} ${i.text}`).join(' ')
      case 'questions': return b.questions.map(i => i.text).join(' ')
      default: return ''
    }
  }
  return s.blocks.reduce((n, b) => n + countWords(text(b)), 0)
}

describe('the layout rule', () => {
  it('lays labelled items out as cards, the label as the card’s heading', () => {
    const s = section('A Test\n\nRisks\n\nRetaliation: Sanctions could strain the budget.\nStagnation: Industry may suffer delays.\nBacklash: Partners could be alienated.\n', 'risks')
    expect(s.layout).toBe('cards')
    const cards = s.blocks.find(b => b.kind === 'cards')
    expect(cards?.kind === 'cards' && cards.cards.map(c => c.label)).toEqual(['Retaliation', 'Stagnation', 'Backlash'])
  })

  it('gives a section whose point is one number the fact layout: the number and the clause it measures', () => {
    const s = section('A Test\n\nEnergy\n\nIndia imports 40% of its oil from Russia, leveraging discounts amid global price volatility.\n', 'energy')
    expect(s.layout).toBe('fact')
    const fact = s.blocks.find(b => b.kind === 'fact')
    expect(fact?.kind === 'fact' && fact.value).toBe('40%')
    expect(fact?.kind === 'fact' && fact.text).toContain('India imports 40% of its oil from Russia')
  })

  it('shows a quotation as a quote, with the speaker the quotation names', () => {
    const s = section('# A Test\n\n## Outlook\n\n> The two-weeks ceasefire does not include Lebanon. — Benjamin Netanyahu\n', 'outlook')
    expect(s.layout).toBe('quote')
    const quote = s.blocks.find(b => b.kind === 'quote')
    expect(quote?.kind === 'quote' && quote.speaker).toBe('Benjamin Netanyahu')
    expect(quote?.kind === 'quote' && quote.text).toBe('The two-weeks ceasefire does not include Lebanon.')
  })

  it('shows a numbered list as steps, in order', () => {
    const s = section('# A Test\n\n## Process\n\n1. The agency drafts the rule.\n2. The public comments on it.\n3. The agency publishes the final rule.\n', 'process')
    expect(s.layout).toBe('steps')
    const steps = s.blocks.find(b => b.kind === 'steps')
    expect(steps?.kind === 'steps' && steps.steps.map(x => x.text)).toEqual(['The agency drafts the rule.', 'The public comments on it.', 'The agency publishes the final rule.'])
  })

  it('shows a list of questions as questions', () => {
    const s = section('# A Test\n\n## Questions for Congress\n\n- Should Congress fund the new fleet?\n- How will the Navy crew the ships?\n- What does the fleet cost over its life?\n', 'questions-for-congress')
    expect(s.layout).toBe('questions')
  })

  it('keeps plain prose as bullets', () => {
    const s = section('A Test\n\nBackground\n\nThe committee met on Tuesday. It heard two witnesses.\n', 'background')
    expect(s.layout).toBe('bullets')
  })

  it('records the layout of every slide of the sample in the deck', () => {
    const layouts = generateFile(SAMPLE, SAMPLE_SIDECAR).deck.slides.map(s => s.layout)
    expect(layouts).toContain('cards')
    expect(layouts).toContain('fact')
    expect(layouts.every(Boolean)).toBe(true)
  })
})

describe('the word ceiling', () => {
  for (const path of [SAMPLE, ...sharedArticles()]) {
    it(`holds section, bottom-line and conclusion slides to ${BODY_WORDS} words of body text: ${path.split('/').pop()}`, () => {
      for (const s of generateFile(path).deck.slides.filter(x => x.kind === 'section' || x.kind === 'bottom-line' || x.kind === 'conclusion')) {
        expect(bodyWords(s), s.id).toBeLessThanOrEqual(BODY_WORDS)
      }
    })
  }
})

describe('condensing to the ceiling', () => {
  it('shows the opening of a sentence too long for a slide, up to a clause boundary, and never a clause from its middle', () => {
    const long = `The agency reviewed the program in detail, ${Array.from({ length: 8 }, (_, i) => `considering factor number ${i + 1} in its own right`).join(', ')}, and then it reported to Congress.`
    const s = section(`A Test\n\nReview\n\n${long}\n`, 'review')
    const shown = s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items.map(i => i.text) : []))
    expect(shown).toHaveLength(1)
    expect(long.startsWith(shown[0]!)).toBe(true)
    expect(countWords(shown[0]!)).toBeLessThanOrEqual(BODY_WORDS)
    expect(s.notes.sources.map(n => n.text).join(' ')).toContain(long)
  })
})

describe('a list’s lead-in', () => {
  it('stays in the notes when the section takes more than one slide, so it never ends a slide without its list', () => {
    const entry = (n: number) => `- Option ${n} would change how the agency funds its work over the next decade, with effects on staff and partners.`
    const text = `# A Test\n\n## Options\n\nOptions before Congress include\n\n${[1, 2, 3, 4].map(entry).join('\n')}\n`
    const slides = generateText(text, 'options.md').deck.slides.filter(s => s.kind === 'section')
    expect(slides.length).toBeGreaterThan(1)
    const shown = slides.flatMap(s => s.blocks.flatMap(b => (b.kind === 'bullets' ? b.items.map(i => i.text) : b.kind === 'steps' ? b.steps.map(i => i.text) : [])))
    expect(shown).not.toContain('Options before Congress include')
    expect(slides.flatMap(s => s.notes.sources.map(n => n.text)).join(' ')).toContain('Options before Congress include')
  })
})

describe('section dividers', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} explains one more important consideration that matters for the decision at hand in some detail. It adds a second sentence.`).join('\n\n')

  it('open the longer sections of a deck over twelve slides', () => {
    const deck = deckOf(`A Test Article\n\nFirst Part\n\n${paragraphs(6)}\n\nSecond Part\n\n${paragraphs(6)}\n\nThird Part\n\n${paragraphs(6)}\n`)
    const dividers = deck.slides.filter(s => s.kind === 'divider')
    expect(deck.slides.length - dividers.length).toBeGreaterThan(DIVIDER_MIN_SLIDES)
    expect(dividers.map(d => d.title)).toEqual(['First Part', 'Second Part', 'Third Part'])
    expect(dividers.every(d => d.layout === 'divider')).toBe(true)
    const next = dividers.map(d => deck.slides[deck.slides.indexOf(d) + 1]!.id)
    expect(next).toEqual(['first-part', 'second-part', 'third-part'])
  })

  it('stay out of a deck of twelve slides or fewer', () => {
    const deck = deckOf(`A Test Article\n\nFirst Part\n\n${paragraphs(2)}\n\nSecond Part\n\n${paragraphs(2)}\n`)
    expect(deck.slides.length).toBeLessThanOrEqual(DIVIDER_MIN_SLIDES)
    expect(deck.slides.some(s => s.kind === 'divider')).toBe(false)
  })
})
