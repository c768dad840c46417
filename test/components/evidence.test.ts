import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cards from '../../components/Cards.vue'
import Fact from '../../components/Fact.vue'
import PullQuote from '../../components/PullQuote.vue'
import Questions from '../../components/Questions.vue'
import Steps from '../../components/Steps.vue'

// Text from the sample article (content/00-putins-gamble.txt, lines 10–12, 25, 16, 28) and a CRS report's questions.
const CARDS = [
  { label: 'Weakening U.S. Leverage', text: 'By forcing India to confront Western sanctions, Putin aims to erode U.S. influence in Asia.', at: 'L10', n: 1 },
  { label: 'Economic Survival', text: 'Sanctions have crippled Russian exports.', at: 'L11', n: 2 },
  { label: 'Geopolitical Leverage', text: 'A stronger India could counterbalance China in the Indo-Pacific, a priority for Moscow.', at: 'L12', n: 3 },
]

describe('Cards', () => {
  it('is a list of cards, each headed by its label, with its text and a numbered source marker', () => {
    const w = mount(Cards, { props: { cards: CARDS } })
    expect(w.element.tagName).toBe('UL')
    const items = w.findAll('li.bd-cards__card')
    expect(items.map(i => i.get('h2').text())).toEqual(['Weakening U.S. Leverage', 'Economic Survival', 'Geopolitical Leverage'])
    expect(items[1]!.get('[data-field="text"]').text()).toContain('Sanctions have crippled Russian exports.')
    expect(items[1]!.get('.bd-ref').attributes('data-at')).toBe('L11')
    expect(items[1]!.get('.bd-ref__marker').text()).toBe('2')
    expect(items[1]!.get('.bd-ref').attributes('aria-label')).toBe('Source: article line 11')
  })

  it('puts two or three cards in one row and four in two rows of two', () => {
    const cols = (n: number) => mount(Cards, { props: { cards: Array.from({ length: n }, (_, i) => CARDS[i % 3]!) } }).attributes('data-columns')
    expect([cols(2), cols(3), cols(4)]).toEqual(['2', '3', '2'])
  })
})

describe('Fact', () => {
  it('shows the number as written and the clause it measures, named together for screen readers', () => {
    const w = mount(Fact, { props: { value: '40%', text: 'of India’s oil comes from Russia', at: 'L25', n: 1 } })
    expect(w.get('[data-field="value"]').text()).toBe('40%')
    expect(w.get('[data-field="text"]').text()).toContain('of India’s oil comes from Russia')
    expect(w.attributes('aria-label')).toBe('40%: of India’s oil comes from Russia')
    expect(w.get('.bd-ref').attributes('data-at')).toBe('L25')
  })
})

describe('PullQuote', () => {
  it('is a blockquote with the speaker in words, the decorative mark hidden from screen readers', () => {
    const w = mount(PullQuote, { props: { text: 'A bet on Russia’s reliability.', speaker: 'PM Narendra Modi’s government', at: 'L16' } })
    expect(w.get('blockquote').text()).toContain('A bet on Russia’s reliability.')
    expect(w.get('figcaption').text()).toBe('— PM Narendra Modi’s government')
    expect(w.get('.bd-quote__mark').attributes('aria-hidden')).toBe('true')
  })

  it('leaves the speaker out when the text names none', () => {
    expect(mount(PullQuote, { props: { text: 'A bet.', at: 'L16' } }).find('figcaption').exists()).toBe(false)
  })
})

describe('Steps', () => {
  const steps = [
    { label: 'Sanctions escalate', text: 'U.S. sanctions escalate.', at: 'L28·s1' },
    { label: 'India pivots', text: 'New Delhi may pivot to European suppliers.', at: 'L28·s2' },
  ]
  it('is an ordered list whose numbers are printed, so the order never rests on position or colour', () => {
    const w = mount(Steps, { props: { steps } })
    expect(w.element.tagName).toBe('OL')
    expect(w.findAll('.bd-steps__num').map(n => n.text())).toEqual(['1', '2'])
    expect(w.findAll('[data-field="label"]').map(n => n.text())).toEqual(['Sanctions escalate', 'India pivots'])
  })

  it('runs short steps left to right and long or many steps top to bottom', () => {
    expect(mount(Steps, { props: { steps } }).attributes('data-orientation')).toBe('horizontal')
    const many = Array.from({ length: 5 }, () => steps[0]!)
    expect(mount(Steps, { props: { steps: many } }).attributes('data-orientation')).toBe('vertical')
    const long = [{ text: 'word '.repeat(25).trim(), at: 'L1' }, steps[0]!]
    expect(mount(Steps, { props: { steps: long } }).attributes('data-orientation')).toBe('vertical')
  })
})

describe('Questions', () => {
  it('numbers each question in words a screen reader reads out ("Question 1"), not by colour', () => {
    const w = mount(Questions, { props: { questions: [
      { text: 'Where Is Cryptocurrency Mined?', at: 'L110' },
      { text: 'How Much Electricity Is Consumed by Cryptocurrency Mining?', at: 'L133' },
    ] } })
    expect(w.element.tagName).toBe('OL')
    const badges = w.findAll('.bd-qs__badge')
    expect(badges.map(b => b.text())).toEqual(['Q1', 'Q2'])
    expect(badges[1]!.attributes('aria-label')).toBe('Question 2')
    expect(w.findAll('[data-field="text"]')[0]!.text()).toContain('Where Is Cryptocurrency Mined?')
  })
})
