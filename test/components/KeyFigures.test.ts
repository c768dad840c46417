import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KeyFigures from '../../components/KeyFigures.vue'
import type { FigureCard } from '../../scripts/model.ts'

const FIGURES: FigureCard[] = [
  { value: '$5.4 billion', measure: 'The S-400 deal', kind: 'money', anchor: 'L8·s1' },
  { value: '2025', measure: 'S-400 deliveries set to begin', kind: 'date', anchor: 'L8·s1' },
  { value: '$20 billion', measure: 'arms sales to India in 2023', kind: 'money', anchor: 'L11' },
  { value: '40%', measure: 'India imports 40% of its oil from Russia', kind: 'percent', anchor: 'L26' },
]

describe('KeyFigures', () => {
  it('renders one card per figure with its value, measure, kind and anchor', () => {
    const wrapper = mount(KeyFigures, { props: { figures: FIGURES } })
    const cards = wrapper.findAll('.bd-kf__card')
    expect(cards).toHaveLength(4)
    expect(cards.map(c => c.get('[data-field="value"]').text())).toEqual(['$5.4 billion', '2025', '$20 billion', '40%'])
    expect(cards[3]!.get('[data-field="measure"]').text()).toBe('India imports 40% of its oil from Russia')
    expect(cards[3]!.attributes('data-kind')).toBe('percent')
    expect(cards[3]!.get('.bd-kf__kind').text()).toBe('Share')
    expect(cards[0]!.get('[data-at]').attributes('data-at')).toBe('L8·s1')
  })

  it('lays out 2–3 cards in one row, four as 2 × 2 and six as 3 × 2', () => {
    const columns = (n: number) =>
      mount(KeyFigures, { props: { figures: Array.from({ length: n }, (_, i) => FIGURES[i % 4]!) } }).attributes('data-columns')
    expect(columns(2)).toBe('2')
    expect(columns(3)).toBe('3')
    expect(columns(4)).toBe('2')
    expect(columns(6)).toBe('3')
  })
})
