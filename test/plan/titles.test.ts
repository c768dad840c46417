import { ingest } from '../../scripts/ingest/index.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block, Section, Sentence } from '../../scripts/model.ts'
import { lineCount, TITLE_LINES } from '../../scripts/plan/budget.ts'
import { assertionTitle, candidates, topicWords, type TitleSource } from '../../scripts/plan/titles.ts'
import { SAMPLE, generateFile, generateText, sharedArticles } from '../helpers/generate.ts'

const sentence = (text: string, line = 1): Sentence => ({ text, span: { line, endLine: line, sentence: 1 } })
const sources = (...texts: string[]): TitleSource[] => texts.map((t, i) => ({ sentence: sentence(t, i + 1), lead: i ? 'paragraph' : 'slide' }))
const squash = (t: string) => t.replace(/\s+/g, ' ')
const walk = (ss: Section[]): Section[] => ss.flatMap(s => [s, ...walk(s.children)])
const sentencesOf = (b: Block): string[] => (b.kind === 'list' ? b.items.flatMap(i => i.sentences.map(x => x.text)) : b.kind === 'table' ? [] : b.sentences.map(x => x.text))
/** The title as it stands in the source: the first letter may have been capitalised, nothing else. */
const inSource = (title: string, source: string) => source.includes(title) || source.includes(title.charAt(0).toLowerCase() + title.slice(1))

describe('an assertion title', () => {
  it('is the judgement-bearing sentence of the slide rather than the narrative one', () => {
    const t = assertionTitle(sources(
      'The committee met on Tuesday in the main hall.',
      'The new tariff could cripple exports of steel within a year.',
    ))
    expect(t?.text).toBe('The new tariff could cripple exports of steel within a year')
  })

  it('is, other things equal, the sentence about the section’s own topic (its heading’s words, not the article title’s)', () => {
    const two = sources('The port handles ships from many countries every day.', 'Gulf nations rely on ships to bring in their food.')
    const topic = topicWords('Food and Animal Feed', 'The Strait of Hormuz: Non-Oil Shipments')
    expect(topic).toEqual(['food', 'animal', 'feed'])
    expect(assertionTitle(two.map(x => ({ ...x, lead: 'none' as const })), [], new Set(), topic)?.text).toBe('Gulf nations rely on ships to bring in their food')
    expect(topicWords('Space Force Organization', 'Defense Primer: U.S. Space Force')).toEqual(['organization'])
  })

  it('is a clause cut at a semicolon when the whole sentence is too long for two lines', () => {
    const long = 'Sanctions have crippled Russian exports over the past several years across many sectors of its economy; arms sales to India ($20 billion in 2023) are critical for bridging fiscal gaps.'
    expect(lineCount(long)).toBeGreaterThan(TITLE_LINES)
    expect(assertionTitle(sources(long))?.text).toBe('Arms sales to India ($20 billion in 2023) are critical for bridging fiscal gaps')
  })

  it('may drop a leading connective, and nothing else', () => {
    expect(candidates(sentence('However, the partnership’s sustainability hinges on managing Western backlash.'))[0]?.text)
      .toBe('The partnership’s sustainability hinges on managing Western backlash')
    expect(candidates(sentence('In addition to oil and gas, byproducts are critical.'))[0]?.text).toBe('In addition to oil and gas, byproducts are critical')
  })

  it('may leave out a leading means phrase, but never a leading time or source', () => {
    expect(candidates(sentence('By forcing India to confront Western sanctions, Putin aims to erode U.S. influence in Asia.')).map(c => c.text))
      .toContain('Putin aims to erode U.S. influence in Asia')
    expect(candidates(sentence('According to one report, there were 280 dry bulk ships held up inside the Strait.')).map(c => c.text))
      .toEqual(['According to one report, there were 280 dry bulk ships held up inside the Strait'])
  })

  it('never cuts inside a quotation or a bracket', () => {
    const quoted = candidates(sentence('President Trump wrote on April 8 that "We are, and will be, talking Tariff and Sanctions relief with Iran."'))
    expect(quoted.map(c => c.text)).toContain('President Trump wrote on April 8 that "We are, and will be') // a candidate…
    expect(assertionTitle(sources('President Trump wrote on April 8 that "We are, and will be, talking Tariff and Sanctions relief with Iran."'))?.whole).toBe(true) // …never the title
    const bracketed = 'The act provided funds (a total of $5.9 billion, mostly for procurement, and the rest for personnel costs) to the service.'
    expect(assertionTitle(sources(bracketed))?.text ?? '').not.toMatch(/\([^)]*$/)
  })

  it('is not a lead-in, a question, a verbless phrase, a sentence that points back, or a remark about the document', () => {
    expect(assertionTitle(sources('Issues of potential disagreement or contention include'))).toBeUndefined()
    expect(assertionTitle(sources('Will the ceasefire hold beyond the two weeks agreed?'))).toBeUndefined()
    expect(assertionTitle(sources('Providing assured space access through the launch network.'))).toBeUndefined()
    expect(assertionTitle(sources('This report first briefly describes the status of the Strait.'))).toBeUndefined()
    expect(assertionTitle(sources('This program is intended to ensure U.S. access to space.'))).toBeUndefined()
  })

  it('is never cut before a capitalised word in -ing: a name ("Banking, Housing, and Urban Affairs") is no participle clause', () => {
    const s = 'In recent correspondence sent to the Senate Banking, Housing, and Urban Affairs Committee, the agency said it would review its rules.'
    expect(candidates(sentence(s)).map(c => c.text)).not.toContain('In recent correspondence sent to the Senate Banking')
  })

  it('is not a sentence that introduces a quotation, nor a reporting verb with nothing reported', () => {
    expect(assertionTitle(sources('In June 2023, the coastal command reported,'))).toBeUndefined()
    expect(assertionTitle(sources('The ministry set out its three aims in its white paper:'))).toBeUndefined()
    expect(assertionTitle(sources('In its annual statement the ministry of trade noted'))).toBeUndefined()
  })

  it('does not split a list’s entries at their semicolons', () => {
    const texts = candidates(sentence('Delivering global mission operations like satellite communications; positioning, navigation, and timing; and missile warning.')).map(c => c.text)
    expect(texts.some(t => /^And missile warning|^Positioning/.test(t))).toBe(false)
  })
})

describe('assertion titles in the sample deck', () => {
  const deck = generateFile(SAMPLE).deck
  const source = squash(readFileSync(SAMPLE, 'utf8'))
  const sections = deck.slides.filter(s => s.kind === 'section' || s.kind === 'conclusion')

  it('are the article’s own words: each headline stands verbatim in the article', () => {
    for (const s of sections) expect(inSource(s.title, source), s.title).toBe(true)
  })

  it('fit two lines at title size', () => {
    for (const s of sections.filter(x => x.kicker)) expect(lineCount(s.title), s.title).toBeLessThanOrEqual(TITLE_LINES)
  })

  it('keep the section heading above them as a kicker, and the agenda reads by section', () => {
    const background = deck.slides.find(s => s.id === 'background-the-s-400-controversy')!
    expect(background.kicker).toBe('Background: The S-400 Controversy')
    expect(background.title).toBe('The $5.4 billion S-400 deal, set to begin deliveries in 2025, has drawn U.S. sanctions threats')
    const agenda = deck.slides.find(s => s.kind === 'agenda')!.blocks[0]!
    expect(agenda.kind === 'agenda' && agenda.entries.map(e => e.title)).toContain('Background: The S-400 Controversy')
  })

  it('state the conclusion’s judgement, not the word “Conclusion”', () => {
    const conclusion = deck.slides.find(s => s.kind === 'conclusion')!
    expect(conclusion.title).toBe('Putins’ gamble is a calculated risk to preserve Russia’s relevance in a multipolar world')
    expect(conclusion.kicker).toBe('Conclusion')
  })

  it('fall back to the heading where no sentence fits: the introduction’s sentences are too long or about the article', () => {
    const intro = deck.slides.find(s => s.id === 'introduction')!
    expect(intro.title).toBe('Introduction')
    expect(intro.kicker).toBeUndefined()
  })

  it('give a continuation slide its own key sentence, never its first page’s', () => {
    const continued = sections.filter(x => x.part && x.part.index > 1 && x.kicker)
    expect(continued.length).toBeGreaterThan(0)
    for (const s of continued) {
      const first = deck.slides.find(x => x.id === s.id.slice(0, -`-${s.part!.index}`.length))!
      expect(first.part?.index).toBe(1)
      expect(s.title).not.toBe(first.title)
    }
  })
})

describe('a list paged over two slides', () => {
  it('heads each slide with a sentence of an entry that slide shows', () => {
    const entry = (label: string, claim: string) => `- ${label}. ${claim} The committee discussed the matter at length over several sessions in the spring and summer, and heard from many witnesses.`
    const text = `# A Test\n\n## Trade Measures\n\n${entry('Tariffs', 'Tariffs could raise prices sharply.')}\n${entry('Quotas', 'Quotas would limit imports severely.')}\n${entry('Subsidies', 'Subsidies may distort the market.')}\n`
    const slides = generateText(text, 'options.md').deck.slides.filter(s => s.kind === 'section')
    expect(slides.length).toBeGreaterThan(1)
    for (const s of slides.filter(x => x.kicker)) {
      const shown = s.blocks.flatMap(b => (b.kind === 'cards' ? b.cards.map(c => c.text) : b.kind === 'bullets' ? b.items.map(i => i.text) : []))
      expect(shown.some(t => t.includes(s.title)), s.title).toBe(true)
    }
  })
})

describe('an article not in English', () => {
  it('keeps its headings as titles (the clause rule knows English only)', () => {
    const ru = sharedArticles().find(p => p.includes('-ru.'))!
    const deck = generateFile(ru).deck
    // the headingless text's one part is titled by its own segmenter title (ingest/segment.ts), unchanged by the planner
    const article = ingest(readFileSync(ru), ru)
    expect(deck.slides.filter(s => s.kind === 'section').map(s => s.title)).toEqual(article.sections.map(s => s.title))
    expect(deck.slides.some(s => s.kicker)).toBe(false)
  })
})

describe('the titles option', () => {
  it('restores the section headings with `titles: heading`, and no kicker', () => {
    const plain = generateFile(SAMPLE, undefined, { titles: 'heading' })
    const sectionTitles = plain.deck.slides.filter(s => s.kind === 'section').map(s => s.title)
    expect(new Set(sectionTitles)).toEqual(new Set(['Introduction', 'Background: The S-400 Controversy', 'Putin’s Motivations: Beyond the S-400', 'India’s Pragmatism: Security First, Relations Second', 'Risks and Challenges', 'The Quasi-Alliance in Action']))
    expect(plain.deck.slides.some(s => s.kicker)).toBe(false)
  })
})

describe('every shared article', () => {
  for (const path of sharedArticles()) {
    it(`titles its section slides with its own words, within two lines: ${path.split('/').pop()}`, () => {
      const g = generateFile(path)
      const sentences = walk(g.article.sections).flatMap(s => s.blocks.flatMap(sentencesOf))
      // (a risk matrix under a heading too long for its title lines is titled by its axes, the heading its kicker)
      for (const s of g.deck.slides.filter(x => x.kicker && x.kind !== 'risks')) {
        expect(sentences.some(t => inSource(s.title, t)), s.title).toBe(true)
        expect(lineCount(s.title), s.title).toBeLessThanOrEqual(TITLE_LINES)
      }
    })
  }
})
